/**
 * Matching phrases in free text the way people write them: case-insensitive,
 * on word boundaries, with umlauts and their ae/oe/ue/ss spellings treated alike.
 * Used by the text judgments (src/strategy/text) where only a whole phrase
 * means something, by audiences/too-broad and by strategy/placeholder.
 */

/** ς (σ at the end of a word, which only lower-casing a whole string writes) is σ: one spelling for both ways of folding. */
const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ς: 'σ' };

/** Characters whose folded form differs from their lower-case form: umlauts, ß, final sigma, and white space other than a plain space. */
const NEEDS_FOLDING = /[äöüßς\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Folds one lower-case character. */
const foldCharacter = (lowered: string): string => (/\s/.test(lowered) ? ' ' : (FOLDS[lowered] ?? lowered));

/**
 * The folded text alone. Lower-casing the whole string is lower-casing each
 * character, except for ς at the end of a word, which FOLDS writes as σ.
 */
function fold(text: string): string {
  return text.toLowerCase().replace(NEEDS_FOLDING, foldCharacter);
}

/** Folded text plus, for every folded character, the index of its original character, to quote what was found. */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    for (const unit of foldCharacter(character.toLowerCase())) {
      folded += unit;
      origin.push(index);
    }
    index += character.length;
  }
  origin.push(index);
  return { folded, origin };
}

export interface PhraseMatcher {
  /** The first phrase found in `text`, quoted as it stands there. */
  find(text: string): string | undefined;
}

/*
 * A word is a run of anything but white space and punctuation (ASCII, Latin-1
 * and the general punctuation block: – — „ “ ” « » …), which takes letters and
 * digits of every script without a Unicode property class: those cost about a
 * millisecond each to compile, at every start. WORD keeps `_` inside words.
 */
const NOT_LETTERS = '\\s!-/:-@[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u3000-\\u303f';
const LETTERS = new RegExp(`[^${NOT_LETTERS}]+`, 'g');
/** What lies between the words LETTERS finds: splitting at it gives the same words, without a match object each. */
const BETWEEN_LETTERS = new RegExp(`[${NOT_LETTERS}]+`);
const WORD = /[^\s!-/:-@[-^`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

/** The words of `text` as written, with their positions: letters, digits and `_` in any script. */
export function wordsOf(text: string): { word: string; index: number }[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((match) => ({ word: match[0], index: match.index }));
}

/** The folded words of `text`, split (the empty strings at either end are no word of any phrase). */
function foldedWords(text: string): string[] {
  return fold(text.normalize('NFC')).split(BETWEEN_LETTERS);
}

/**
 * Phrases are compared word by word: the folded text is cut into words once,
 * and each run of words is looked up in a set of the folded phrases. That is
 * word-bounded in every script by construction ("mehr Likes" never matches in
 * "mehr Likeshops") and builds no regular expression per list.
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  /** Built at the first use, so that a command which never matches a list pays nothing for it at start. */
  let table: PhraseTable | undefined;
  return {
    find(text) {
      const { byLength, firstWords } = (table ??= tableOf(phrases));
      if (!foldedWords(text).some((word) => firstWords.has(word))) return undefined;
      const normalized = text.normalize('NFC');
      const { folded, origin } = foldWithOrigin(normalized);
      const words = [...folded.matchAll(LETTERS)];
      for (let first = 0; first < words.length; first++) {
        if (!firstWords.has(words[first]![0])) continue;
        for (const [length, set] of byLength) {
          if (first + length > words.length) continue;
          const run = words.slice(first, first + length);
          if (!set.has(run.map((match) => match[0]).join(' '))) continue;
          const end = run.at(-1)!.index + run.at(-1)![0].length;
          return normalized.slice(origin[run[0]!.index], origin[end]);
        }
      }
      return undefined;
    },
  };
}

interface PhraseTable {
  /** Folded phrases by their number of words, longest first, so the longest phrase at a place is quoted. */
  byLength: [number, Set<string>][];
  /** The first words of all phrases: most texts hold none and are passed over at once. */
  firstWords: Set<string>;
}

function tableOf(phrases: readonly string[]): PhraseTable {
  const sets = new Map<number, Set<string>>();
  const firstWords = new Set<string>();
  for (const phrase of phrases) {
    const words = foldedWords(phrase).filter(Boolean);
    if (words.length === 0) continue;
    firstWords.add(words[0]!);
    let set = sets.get(words.length);
    if (!set) sets.set(words.length, (set = new Set()));
    set.add(words.join(' '));
  }
  return { byLength: [...sets].sort(([a], [b]) => b - a), firstWords };
}
