/**
 * Word stems in German and English from the Snowball algorithms as NLP.js
 * implements them (`@nlpjs/lang-de`, `@nlpjs/lang-en-min`), so that "Follower", "followers" and
 * "Interaktionen" meet "follower" and "Interaktion" in the word lists. The
 * stems of the word lists themselves are worked out ahead (known-stems.ts,
 * held to the stemmer by a test); the package is loaded only for a word of a
 * strategy that none of them is, and this JavaScript port is slow when cold.
 */
import { createRequire } from 'node:module';
import { KNOWN_STEMS } from './known-stems.js';

type Stemmer = { stemWord(word: string): string };
let stemmers: { de: Stemmer; en: Stemmer } | undefined;

/** Only the two stemmers, not the packages' tokenizers and sentiment data. */
function load(): { de: Stemmer; en: Stemmer } {
  if (!stemmers) {
    const require = createRequire(import.meta.url);
    const StemmerDe = require('@nlpjs/lang-de/src/stemmer-de.js') as typeof import('@nlpjs/lang-de/src/stemmer-de.js').default;
    const StemmerEn = require('@nlpjs/lang-en-min/src/stemmer-en.js') as typeof import('@nlpjs/lang-en-min/src/stemmer-en.js').default;
    stemmers = { de: new StemmerDe(), en: new StemmerEn() };
  }
  return stemmers;
}

const FOLDS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** Umlauts and ß as the German stemmer writes them in a stem. */
export function foldUmlauts(lower: string): string {
  return lower.replace(/[äöüß]/g, (character) => FOLDS[character]!);
}

/** Stems already found, the word lists' to begin with: the judgments ask for the same words many times. */
const german = new Map<string, string>(Object.entries(KNOWN_STEMS.de));
const english = new Map<string, string>(Object.entries(KNOWN_STEMS.en));

/** The German stem as the stemmer gives it, umlauts folded; what known-stems.ts holds. */
export function computedGermanStem(lower: string): string {
  return foldUmlauts(load().de.stemWord(lower));
}

export function computedEnglishStem(lower: string): string {
  return load().en.stemWord(lower);
}

/** The German stem, umlauts folded as the German Snowball stemmer folds them ("erhöhen" → "erhoh"). */
export function germanStem(word: string): string {
  const lower = word.toLowerCase();
  let stem = german.get(lower);
  if (stem === undefined) german.set(lower, (stem = computedGermanStem(lower)));
  return stem;
}

export function englishStem(word: string): string {
  const lower = word.toLowerCase();
  let stem = english.get(lower);
  if (stem === undefined) english.set(lower, (stem = computedEnglishStem(lower)));
  return stem;
}
