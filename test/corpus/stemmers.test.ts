/**
 * Why the judgments stem with NLP.js's Snowball stemmers: measured on the
 * corpus (development part) against no stemming at all and against
 * snowball-stemmers (a development dependency only for this comparison). The
 * two implementations of the same algorithms make the same errors; NLP.js
 * loads in half the time (README), so it is the one `check` loads. The test
 * holds that the chosen stemmer does at least as well as either alternative.
 */
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import type { CorpusFile } from './evaluate.js';

const stemmer = vi.hoisted(() => ({ de: (word: string) => word, en: (word: string) => word }));
vi.mock('../../src/strategy/text/stem.js', () => ({
  foldUmlauts: (lower: string) => lower.replace(/[äöüß]/g, (character) => ({ ä: 'a', ö: 'o', ü: 'u', ß: 'ss' })[character]!),
  germanStem: (word: string) => stemmer.de(word.toLowerCase()).replace(/[äöüß]/g, (character) => ({ ä: 'a', ö: 'o', ü: 'u', ß: 'ss' })[character]!),
  englishStem: (word: string) => stemmer.en(word.toLowerCase()),
}));

const require = createRequire(import.meta.url);
type Stem = (word: string) => string;

const VARIANTS: Record<string, () => { de: Stem; en: Stem }> = {
  'snowball-stemmers': () => {
    const snowball = require('snowball-stemmers') as typeof import('snowball-stemmers');
    const [de, en] = [snowball.newStemmer('german'), snowball.newStemmer('english')];
    return { de: (word) => de.stem(word), en: (word) => en.stem(word) };
  },
  'none (lower case)': () => ({ de: (word) => word, en: (word) => word }),
  '@nlpjs': () => {
    const StemmerDe = require('@nlpjs/lang-de/src/stemmer-de.js') as new () => { stemWord(word: string): string };
    const StemmerEn = require('@nlpjs/lang-en-min/src/stemmer-en.js') as new () => { stemWord(word: string): string };
    const [de, en] = [new StemmerDe(), new StemmerEn()];
    return { de: (word) => de.stemWord(word), en: (word) => en.stemWord(word) };
  },
};

/** Errors on the development part of every judgment, with the stemmer of `variant`. */
async function errors(variant: string): Promise<number> {
  Object.assign(stemmer, VARIANTS[variant]!());
  vi.resetModules();
  const { corpusFiles, score } = (await import('./evaluate.js')) as typeof import('./evaluate.js');
  return corpusFiles().reduce((sum: number, file: CorpusFile) => sum + score(file, 'dev').wrong.length, 0);
}

describe('the stemmer, chosen by measuring', () => {
  it('makes no more errors on the development part than no stemming or snowball-stemmers', async () => {
    const measured: Record<string, number> = {};
    for (const variant of Object.keys(VARIANTS)) measured[variant] = await errors(variant);
    console.log('errors on the development part of the corpus:', measured);
    expect(measured['@nlpjs']).toBeLessThanOrEqual(measured['none (lower case)']!);
    expect(measured['@nlpjs']).toBeLessThanOrEqual(measured['snowball-stemmers']!);
  }, 60_000);
});
