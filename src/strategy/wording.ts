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

/** A letter or digit in any script; compiled once, since Unicode classes are costly to build. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** The words of `text` as written, with their positions: letters, digits and `_` in any script. */
export function wordsOf(text: string): { word: string; index: number }[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((match) => ({ word: match[0], index: match.index }));
}

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const alternatives = phrases
    .map((phrase) => fold(phrase).folded.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, ' +'))
    .sort((a, b) => b.length - a.length);
  let pattern: RegExp | undefined;
  return {
    find(text) {
      const normalized = text.normalize('NFC');
      const { folded, origin } = fold(normalized);
      pattern ??= new RegExp(alternatives.join('|'), 'g');
      pattern.lastIndex = 0;
      for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
        const end = match.index + match[0].length;
        // Word boundaries in any script: "mehr Likes" must not match inside "mehr Likeshops".
        if (!isWordCharacter(folded[match.index - 1]) && !isWordCharacter(folded[end])) {
          return origin ? normalized.slice(origin[match.index], origin[end]) : normalized.slice(match.index, end);
        }
        pattern.lastIndex = match.index + 1;
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
