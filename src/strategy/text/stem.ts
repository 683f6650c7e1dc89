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
    const snowball = createRequire(import.meta.url)('snowball-stemmers') as typeof import('snowball-stemmers');
    stemmers = { de: snowball.newStemmer('german'), en: snowball.newStemmer('english') };
  }
  return stemmers;
}

const FOLDS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** The German stem, umlauts folded as the German Snowball stemmer folds them ("erhöhen" → "erhoh"). */
export function germanStem(word: string): string {
  return load().de.stem(word.toLowerCase()).replace(/[äöüß]/g, (character) => FOLDS[character]!);
}

export function englishStem(word: string): string {
  return load().en.stem(word.toLowerCase());
}
