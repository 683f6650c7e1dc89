/**
 * Matching phrases in free text the way people write them: case-insensitive,
 * on word boundaries, with umlauts and their ae/oe/ue/ss spellings treated alike.
 * Used by `check` (vague goals, broad audiences, placeholders) and by `init`'s
 * nudge, so both find the same phrases.
 */

const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Folded text plus, for every folded character, the index of its original character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text.normalize('NFC')) {
    const lower = character.toLowerCase();
    const replacement = /\s/.test(lower) ? ' ' : (FOLDS[lower] ?? lower);
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
          return normalized.slice(origin[match.index], origin[end]);
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
