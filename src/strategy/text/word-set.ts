/**
 * A set of words compared by stem, German words by the German stemmer and
 * English words by the English one, so that a word is found in any of its
 * forms ("Interaktionen", "followers", "gelöscht"). German compounds are
 * found by their head, the last part ("Hochschulkommunikation" has the head
 * "Kommunikation"), when the set allows it.
 *
 * A stem is the start of its word with a suffix cut off (German umlauts
 * folded; English changes a letter or two at the end), so a word whose first
 * letters begin no stem of the set cannot be one of its words, and is not
 * stemmed at all: most words of a strategy are settled that way, without
 * loading the stemmer.
 */
import { englishStem, foldUmlauts, germanStem } from './stem.js';

/** Shorter heads would find too much inside other words ("rat" in "Beirat", but also in "Ratgeber"). */
const SHORTEST_HEAD = 4;

/** Letters of a stem that its word shares for sure. */
const SHARED_START = 3;

/** German participles put ge- before the stem: "gelöscht" is a form of "löschen". */
const withoutGe = (stem: string) => (stem.length > 6 && stem.startsWith('ge') ? stem.slice(2) : stem);

export interface WordSet {
  /** Whether `word` is one of the set's words, in any form. */
  has(word: string): boolean;
  /** Whether `word` is one of them or a German compound that ends in one ("Online-Redaktion", "Markenbekanntheit"). */
  heads(word: string): boolean;
  /** Whether `word` is one of them, or a German compound that starts or ends in one ("Hasskommentare", "Kundenkritik"). */
  within(word: string): boolean;
  /** Whether `word` is one of them as written, or ends in one: the stem of "Geschäftsführer" is that of "Geschäftsführung". */
  written(word: string): boolean;
}

/** Every word of every set, lower-cased: their stems are worked out ahead (known-stems.ts), so that `check` rarely waits for the stemmer. */
export const LEXICON: { readonly de: Set<string>; readonly en: Set<string> } = { de: new Set(), en: new Set() };

interface Stems {
  de: Set<string>;
  en: Set<string>;
  /** The first letters of every stem, and the stems shorter than that. */
  starts: Set<string>;
  short: string[];
  /** German stems long enough to be a compound's head, and the German words as written. */
  heads: string[];
  words: string[];
  all: Set<string>;
}

export function wordSet({ de = [], en = [] }: { de?: readonly string[]; en?: readonly string[] }): WordSet {
  for (const word of de) LEXICON.de.add(word.toLowerCase());
  for (const word of en) LEXICON.en.add(word.toLowerCase());
  let stems: Stems | undefined;
  const built = (): Stems => {
    if (!stems) {
      const german = new Set(de.map((word) => withoutGe(germanStem(word))));
      const english = new Set(en.map(englishStem));
      const every = [...german, ...english];
      const long = (text: string) => text.length >= SHORTEST_HEAD;
      stems = {
        de: german,
        en: english,
        starts: new Set(every.map((stem) => stem.slice(0, SHARED_START))),
        short: every.filter((stem) => stem.length < SHARED_START),
        heads: [...german].filter(long),
        words: de.map((word) => word.toLowerCase()).filter(long),
        all: new Set([...de, ...en].map((word) => word.toLowerCase())),
      };
    }
    return stems;
  };
  /** Whether the word may stem to one of the set's stems: it starts as one does (after a German ge-). */
  const mayBe = (folded: string) => {
    const { starts, short } = built();
    const candidates = folded.startsWith('ge') ? [folded, folded.slice(2)] : [folded];
    return candidates.some((candidate) => starts.has(candidate.slice(0, SHARED_START)) || short.some((stem) => candidate.startsWith(stem)));
  };
  const has = (word: string) => {
    const { de: german, en: english } = built();
    if (!mayBe(foldUmlauts(word.toLowerCase()))) return false;
    return german.has(withoutGe(germanStem(word))) || english.has(englishStem(word));
  };
  const written = (word: string) => {
    const lower = word.toLowerCase();
    const { words, all } = built();
    return all.has(lower) || words.some((listed) => lower.length > listed.length && lower.endsWith(listed));
  };
  const heads = (word: string) => {
    if (has(word)) return true;
    // as written, and by stem ("Markenbekanntheit"), where the stemmer cuts a compound differently from its head ("Hochschulleitung")
    const lower = word.toLowerCase();
    const { heads: headStems, words } = built();
    if (words.some((head) => lower.length > head.length && lower.endsWith(head))) return true;
    // a German stem is the start of the folded word, so a head inside its stem is inside the word
    const folded = foldUmlauts(lower);
    if (!headStems.some((head) => folded.length > head.length && folded.includes(head))) return false;
    const stem = germanStem(word);
    return headStems.some((head) => stem.length > head.length && stem.endsWith(head));
  };
  return {
    has,
    written,
    heads,
    within: (word) => {
      const lower = word.toLowerCase();
      return heads(word) || built().words.some((part) => lower.length > part.length + 3 && lower.startsWith(part));
    },
  };
}
