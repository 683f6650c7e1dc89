/**
 * Word stems in German and English from the Snowball stemmers (the
 * `snowball-stemmers` package), so that "Follower", "followers" and
 * "Interaktionen" meet "follower" and "Interaktion" in the word lists. The
 * package is loaded at the first stem, not at start: most texts a `check`
 * reads are settled before a stem is needed.
 */
import { createRequire } from 'node:module';

type Stemmer = { stem(word: string): string };
let stemmers: { de: Stemmer; en: Stemmer } | undefined;

function load(): { de: Stemmer; en: Stemmer } {
  if (!stemmers) {
    // In the CLI bundle `require` is bin/smplan.cjs's, which serves the package from its code cache; elsewhere Node's.
    const requireHere = typeof require === 'function' ? require : createRequire(import.meta.url);
    const snowball = requireHere('snowball-stemmers') as typeof import('snowball-stemmers');
    stemmers = { de: snowball.newStemmer('german'), en: snowball.newStemmer('english') };
  }
  return stemmers;
}

const FOLDS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** Stems already found: the judgments ask for the same words many times, and the stemmers are slow when cold. */
const german = new Map<string, string>();
const english = new Map<string, string>();

/** The German stem, umlauts folded as the German Snowball stemmer folds them ("erhöhen" → "erhoh"). */
export function germanStem(word: string): string {
  const lower = word.toLowerCase();
  let stem = german.get(lower);
  if (stem === undefined) german.set(lower, (stem = load().de.stem(lower).replace(/[äöüß]/g, (character) => FOLDS[character]!)));
  return stem;
}

export function englishStem(word: string): string {
  const lower = word.toLowerCase();
  let stem = english.get(lower);
  if (stem === undefined) english.set(lower, (stem = load().en.stem(lower)));
  return stem;
}
