import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../src/strategy/wording.js';

const PHRASES = ['mehr Reichweite', 'Reichweite erhöhen', 'alle Kunden', 'Groß und Klein', 'more likes', 'go viral', 'jedermann', 'team', 'ὁδός', 'straße'];

/**
 * What phraseMatcher promises, written the plain way: fold character by
 * character, cut into words, try every run of words against every phrase.
 */
function referenceFind(phrases: string[], text: string): string | undefined {
  const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ς: 'σ' };
  const fold = (source: string) => {
    let folded = '';
    const origin: number[] = [];
    let index = 0;
    for (const character of source) {
      const lowered = character.toLowerCase();
      for (const unit of /\s/.test(lowered) ? ' ' : (FOLDS[lowered] ?? lowered)) {
        folded += unit;
        origin.push(index);
      }
      index += character.length;
    }
    origin.push(index);
    return { folded, origin };
  };
  const LETTERS = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;
  const normalized = text.normalize('NFC');
  const { folded, origin } = fold(normalized);
  const words = [...folded.matchAll(LETTERS)];
  const wanted = phrases.map((phrase) => fold(phrase.normalize('NFC')).folded.match(LETTERS)!.join(' ')).sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (let first = 0; first < words.length; first++) {
    for (const phrase of wanted) {
      const length = phrase.split(' ').length;
      const run = words.slice(first, first + length);
      if (run.length === length && run.map((match) => match[0]).join(' ') === phrase) {
        return normalized.slice(origin[run[0]!.index], origin[run.at(-1)!.index + run.at(-1)![0].length]);
      }
    }
  }
  return undefined;
}

const fragments = fc.constantFrom(
  'Mehr', 'mehr', 'MEHR', 'Reichweite', 'REICHWEITE', 'erhöhen', 'erhoehen', 'ERHÖHEN', 'erho\u0308hen', 'alle', 'Kunden', 'Groß', 'gross', 'GROSS', 'und', 'Klein',
  'more', 'Likes', 'go', 'viral', 'Jedermann', 'Team', 'teams', 'ὉΔΌΣ', 'ὁδός', 'ὁδόσ', 'STRASSE', 'Straße', 'İ', 'ı', 'x',
  ' ', '  ', '\t', '\n', '\u00a0', '-', '_', ',', '.', '„', '“', '–', '…', '#', "'", '1', '😀',
);
const texts = fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join(''));
const textsWithSpaces = fc.array(fragments, { maxLength: 8 }).map((parts) => parts.join(' '));

describe('phraseMatcher', () => {
  const matcher = phraseMatcher(PHRASES);

  it('finds what the plain way finds, quoted as written, in any text', () => {
    fc.assert(
      fc.property(fc.oneof(texts, textsWithSpaces, fc.string({ unit: 'grapheme', maxLength: 30 })), (text) => {
        expect(matcher.find(text)).toBe(referenceFind(PHRASES, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches case-insensitively, on word boundaries, with umlauts and their spellings alike', () => {
    expect(matcher.find('Wir wollen MEHR  Reichweite!')).toBe('MEHR  Reichweite');
    expect(matcher.find('Reichweite erhoehen')).toBe('Reichweite erhoehen');
    expect(matcher.find('für GROSS und klein')).toBe('GROSS und klein');
    expect(matcher.find('mehr Reichweiten')).toBeUndefined();
    expect(matcher.find('Teamwork')).toBeUndefined();
    expect(matcher.find('Eine STRASSE')).toBe('STRASSE');
  });
});

