/**
 * Text cut the way the judgments read it: sentences that know abbreviations,
 * clauses, and words of the Latin letters German and English write.
 * `Intl.Segmenter` finds sentence boundaries; it ends a sentence at every
 * "z. B." and "Dr.", so a sentence is joined to the next when it ends in an
 * abbreviation or the next starts in lower case.
 */

/**
 * The letters German and English write. A Unicode property class (\p{L})
 * would cost every `check` start milliseconds to compile.
 */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';

/** Abbreviations that end in a full stop without ending a sentence, lower-cased, without their last stop. */
const ABBREVIATIONS = new Set([
  'z. b', 'z.b', 'o. ä', 'o.ä', 'u. a', 'u.a', 'd. h', 'd.h', 'u. ä', 'u.ä', 'bzw', 'ggf', 'evtl', 'usw', 'etc', 'ca', 'inkl', 'zzgl', 'vgl',
  'nr', 'abs', 'art', 'dr', 'prof', 'hr', 'fr', 'st', 'sog', 'bspw', 'e.g', 'i.e', 'e. g', 'i. e', 'vs', 'mr', 'mrs', 'ms', 'no', 'approx', 'incl', 'cf',
]);

/** The tail of a segment that may be an abbreviation: up to two short words with stops ("o. ä.", "z.B.", "Dr."). */
const TAIL = new RegExp(`(?:^|[\\s(„"'])((?:[${LETTER}]{1,6}\\.\\s?){0,2}[${LETTER}]{1,6})\\.\\s*$`);
const ONE_LETTER = new RegExp(`^[${LETTER}]$`);
const STARTS_LOWER = /^\s*[a-zß-öø-ÿ]/;

let sentenceSegmenter: Intl.Segmenter | undefined;

function endsInAbbreviation(segment: string): boolean {
  const tail = TAIL.exec(segment)?.[1]?.toLowerCase();
  if (tail === undefined) return false;
  // "o. ä" is checked whole and by its last part ("ä" alone would be a single letter anyway)
  return ABBREVIATIONS.has(tail) || ABBREVIATIONS.has(tail.split(/\.\s?/).at(-1)!) || ONE_LETTER.test(tail.split(/\.\s?/).at(-1)!);
}

/** Where a sentence may end: a stop, then more text. Without one a text is one sentence, and ICU's break data need not load. */
const MAYBE_MORE_SENTENCES = /[.!?…]["“”»)]*\s+\S/;

/** The sentences of a text, with abbreviations ("z. B.", "o. ä.", "Dr.") kept inside them. */
export function sentences(text: string): string[] {
  if (!MAYBE_MORE_SENTENCES.test(text)) return text.trim() ? [text.trim()] : [];
  sentenceSegmenter ??= new Intl.Segmenter('de', { granularity: 'sentence' });
  const result: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text)) {
    const previous = result.at(-1);
    if (previous !== undefined && (endsInAbbreviation(previous) || STARTS_LOWER.test(segment))) result[result.length - 1] = previous + segment;
    else result.push(segment);
  }
  return result.map((sentence) => sentence.trim()).filter(Boolean);
}

/** Separators of clauses inside a sentence: semicolons, colons, commas, parentheses and dashes between spaces. */
const CLAUSE_BREAK = /[;:,()]|\s[-–—]\s/;

/** Words that begin a new clause: "not criticism, but spam", "Kritik nicht, sondern nur Spam". */
const CONJUNCTIONS = new Set(['but', 'except', 'however', 'whereas', 'instead', 'aber', 'sondern', 'außer', 'ausser', 'jedoch', 'stattdessen', 'dagegen']);

export interface Word {
  /** As written. */
  text: string;
  /** Lower case, with ’ as ' ("don't"). */
  lower: string;
  /** Where it starts in its clause's sentence. */
  index: number;
}

/** A word: letters and digits, with an apostrophe inside ("don't"); a hyphen parts words ("Online-Redaktion" is two). */
const WORD = new RegExp(`[${LETTER}0-9]+(?:'[${LETTER}]+)*`, 'g');

/** The words of a text, with where each starts. */
export function words(text: string): Word[] {
  return [...text.replace(/’/g, "'").matchAll(WORD)].map((match) => ({ text: match[0], lower: match[0].toLowerCase(), index: match.index }));
}

/** The clauses of a sentence, each as its words; a conjunction starts a new clause. */
export function clauses(sentence: string): Word[][] {
  const result: Word[][] = [];
  for (const part of sentence.split(CLAUSE_BREAK)) {
    let clause: Word[] = [];
    result.push(clause);
    for (const word of words(part)) {
      if (CONJUNCTIONS.has(word.lower)) result.push((clause = []));
      else clause.push(word);
    }
  }
  return result.filter((clause) => clause.length > 0);
}
