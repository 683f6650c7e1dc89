/**
 * The stems of the word lists, worked out ahead so that `check` rarely loads
 * the stemmer, must be the stemmer's own: this test recomputes them and fails
 * when known-stems.ts is stale. With UPDATE_KNOWN_STEMS=1 it writes the file.
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import '../../../src/strategy/text/lexicon.js';
import { KNOWN_STEMS } from '../../../src/strategy/text/known-stems.js';
import { computedEnglishStem, computedGermanStem } from '../../../src/strategy/text/stem.js';
import { LEXICON } from '../../../src/strategy/text/word-set.js';

const FILE = new URL('../../../src/strategy/text/known-stems.ts', import.meta.url);

it('holds the stemmer’s stem of every word of the word lists, and no other', () => {
  const sorted = (words: Set<string>) => [...words].sort();
  const expected = {
    de: Object.fromEntries(sorted(LEXICON.de).map((word) => [word, computedGermanStem(word)])),
    en: Object.fromEntries(sorted(LEXICON.en).map((word) => [word, computedEnglishStem(word)])),
  };
  if (process.env.UPDATE_KNOWN_STEMS) {
    writeFileSync(
      FILE,
      `// Written by \`UPDATE_KNOWN_STEMS=1 npx vitest run test/strategy/text/known-stems.test.ts\`; that test holds it to the stemmer.\nexport const KNOWN_STEMS: { readonly de: Readonly<Record<string, string>>; readonly en: Readonly<Record<string, string>> } = ${JSON.stringify(expected)};\n`,
    );
  }
  expect(KNOWN_STEMS).toEqual(expected);
});
