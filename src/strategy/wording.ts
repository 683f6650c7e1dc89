/**
 * Matching phrases in free text the way people write them: case-insensitive,
 * on word boundaries, with umlauts and their ae/oe/ue/ss spellings treated alike.
 * Used by `check` (vague goals, broad audiences, placeholders) and by `init`'s
 * nudge, so both find the same phrases.
 */

const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Characters whose folded form differs from their lower-case form: umlauts, ß, and white space other than a plain space. */
const NEEDS_FOLDING = /[äöüß\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Folded text plus, for every folded character, the index of its original
 * character; `origin` is null when the two line up one to one, which spares
 * most texts the per-character work.
 */
function fold(text: string): { folded: string; origin: number[] | null } {
  const lower = text.toLowerCase();
  if (lower.length === text.length && !NEEDS_FOLDING.test(lower)) return { folded: lower, origin: null };
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const lowered = character.toLowerCase();
    const replacement = /\s/.test(lowered) ? ' ' : (FOLDS[lowered] ?? lowered);
    for (const unit of replacement) {
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
const LETTERS = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;
const WORD = /[^\s!-/:-@[-^`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+/g;

/** The words of `text` as written, with their positions: letters, digits and `_` in any script. */
export function wordsOf(text: string): { word: string; index: number }[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((match) => ({ word: match[0], index: match.index }));
}

/**
 * Phrases are compared word by word: the folded text is cut into words once,
 * and each run of words is looked up in a set of the folded phrases. That is
 * word-bounded in every script by construction ("mehr Likes" never matches in
 * "mehr Likeshops") and builds no regular expression per list.
 */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  /** Folded phrases by their number of words, longest first, so the longest phrase at a place is quoted. */
  let byLength: [number, Set<string>][] = [];
  /** The first words of all phrases: most places in a text start none and are skipped at once. */
  let firstWords: Set<string> | undefined;
  const index = () => {
    const sets = new Map<number, Set<string>>();
    firstWords = new Set();
    for (const phrase of phrases) {
      const words = fold(phrase.normalize('NFC')).folded.match(LETTERS) ?? [];
      if (words.length === 0) continue;
      firstWords.add(words[0]!);
      let set = sets.get(words.length);
      if (!set) sets.set(words.length, (set = new Set()));
      set.add(words.join(' '));
    }
    byLength = [...sets].sort(([a], [b]) => b - a);
    return firstWords;
  };
  return {
    find(text) {
      const starts = firstWords ?? index();
      const normalized = text.normalize('NFC');
      const { folded, origin } = fold(normalized);
      const words = [...folded.matchAll(LETTERS)];
      for (let first = 0; first < words.length; first++) {
        if (!starts.has(words[first]![0])) continue;
        for (const [length, set] of byLength) {
          if (first + length > words.length) continue;
          const run = words.slice(first, first + length);
          if (!set.has(run.map((match) => match[0]).join(' '))) continue;
          const start = run[0]!.index;
          const end = run.at(-1)!.index + run.at(-1)![0].length;
          return origin ? normalized.slice(origin[start], origin[end]) : normalized.slice(start, end);
        }
      }
      return undefined;
    },
  };
}

/** The spec's starting lists of empty goal words, and a few more of the same kind. */
export const VAGUE_GOAL_PHRASES = [
  'increase traffic',
  'more followers',
  'grow presence',
  'more engagement',
  'increase engagement',
  'more likes',
  'brand awareness',
  'raise awareness',
  'go viral',
  'be present on',
  'get better at social media',
  'because everyone is doing it',
  'grow our following',
  'more reach',
  'increase reach',
  'more visibility',
  'be on social media',
  'bekannter werden',
  'Bekanntheit steigern',
  'mehr Reichweite',
  'Reichweite erhöhen',
  'Engagement steigern',
  'mehr Likes',
  'mehr Follower',
  'präsent sein',
  'dabei sein',
  'sichtbarer werden',
  'Community aufbauen',
  'weil man das heute muss',
  'die Konkurrenz macht das auch',
  'mehr Sichtbarkeit',
  'mehr Engagement',
  'Präsenz zeigen',
  'viral gehen',
] as const;

export const vagueGoalWording = phraseMatcher(VAGUE_GOAL_PHRASES);
