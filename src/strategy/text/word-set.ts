/**
 * A set of words compared by stem, German words by the German stemmer and
 * English words by the English one, so that a word is found in any of its
 * forms ("Interaktionen", "followers", "gelöscht"). German compounds are
 * found by their head, the last part ("Hochschulkommunikation" has the head
 * "Kommunikation"), when the set allows it.
 */
import { englishStem, germanStem } from './stem.js';

/** Shorter heads would find too much inside other words ("rat" in "Beirat", but also in "Ratgeber"). */
const SHORTEST_HEAD = 4;

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

export function wordSet({ de = [], en = [] }: { de?: readonly string[]; en?: readonly string[] }): WordSet {
  let stems: { de: Set<string>; en: Set<string>; heads: string[]; words: string[]; all: Set<string> } | undefined;
  const built = () => {
    if (!stems) {
      const german = new Set(de.map((word) => withoutGe(germanStem(word))));
      const long = (text: string) => text.length >= SHORTEST_HEAD;
      stems = {
        de: german,
        en: new Set(en.map(englishStem)),
        heads: [...german].filter(long),
        words: de.map((word) => word.toLowerCase()).filter(long),
        all: new Set([...de, ...en].map((word) => word.toLowerCase())),
      };
    }
    return stems;
  };
  const has = (word: string) => {
    const { de: german, en: english } = built();
    return german.has(withoutGe(germanStem(word))) || english.has(englishStem(word));
  };
  const written = (word: string) => {
    const lower = word.toLowerCase();
    const { words, all } = built();
    return all.has(lower) || words.some((listed) => lower.length > listed.length && lower.endsWith(listed));
  };
  const heads = (word: string) => {
    if (has(word)) return true;
    // by stem ("Markenbekanntheit") and as written, where the stemmer cuts a compound differently from its head ("Hochschulleitung")
    const stem = germanStem(word);
    const lower = word.toLowerCase();
    const { heads: stems, words } = built();
    return stems.some((head) => stem.length > head.length && stem.endsWith(head)) || words.some((head) => lower.length > head.length && lower.endsWith(head));
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

