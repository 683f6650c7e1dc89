/**
 * Two small readings of what a goal's words say, for the goal rules and the interview: which
 * way its objective wants the number to move, and which period a metric or
 * unit counts over. Tokens are compared by their start, so inflections match
 * ("steigern", "gesteigert" is not: the prefix ge- is stripped first).
 */

import { LETTER } from './segment.js';

type Direction = 'increase' | 'decrease';
type RatePeriod = 'day' | 'week' | 'month' | 'quarter' | 'year';

const INCREASE = ['mehr', 'steiger', 'erhöh', 'ausbau', 'wachs', 'gewinn', 'verdoppel', 'höher', 'grow', 'increas', 'rais', 'boost', 'more', 'gain', 'doubl', 'higher', 'expand'];
const DECREASE = ['weniger', 'senk', 'reduz', 'verkürz', 'verringer', 'halbier', 'niedriger', 'reduc', 'cut', 'fewer', 'less', 'lower', 'shorten', 'decreas', 'halv'];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(new RegExp(`[^${LETTER}]+`))
    .filter(Boolean)
    .map((word) => (word.length > 5 && word.startsWith('ge') ? word.slice(2) : word));
}

const mentions = (tokens: readonly string[], stems: readonly string[]) => tokens.some((token) => stems.some((stem) => token.startsWith(stem)));

/** The direction a text asks for ("mehr Follower", "reduce response time"), or undefined when it says none or both. */
export function wordedDirection(text: string): Direction | undefined {
  const tokens = words(text);
  const up = mentions(tokens, INCREASE);
  const down = mentions(tokens, DECREASE);
  return up === down ? undefined : up ? 'increase' : 'decrease';
}

const PERIOD_WORDS: Record<RatePeriod, string> = {
  day: 'day|days|tag|tage|tages',
  week: 'week|weeks|wk|woche|wochen',
  month: 'month|months|mo|monat|monate|monats',
  quarter: 'quarter|quarters|quartal|quartale|quartals',
  year: 'year|years|jahr|jahre|jahres',
};
const ADVERBS: Record<RatePeriod, string> = {
  day: 'daily|täglich|tagsüber',
  week: 'weekly|wöchentlich',
  month: 'monthly|monatlich',
  quarter: 'quarterly|vierteljährlich|quartalsweise',
  year: 'yearly|annually|annual|jährlich',
};

const RATE_PATTERNS = (Object.keys(PERIOD_WORDS) as RatePeriod[]).map((period) => ({
  period,
  // \b knows no umlauts, so word edges are told by LETTER. Adverbs take German endings (wöchentliche, monatlichen).
  pattern: new RegExp(
    `(?:(?<![${LETTER}])(?:per|pro|je|a|an|each|every|im|in\\s+der|in\\s+the)\\s+|\\s*/\\s*)(?:${PERIOD_WORDS[period]})(?![${LETTER}])|(?<![${LETTER}])(?:${ADVERBS[period]})[${LETTER}]*`,
    'i',
  ),
}));

/** The period a metric or unit counts over ("orders per week", "Anfragen/Monat", "monatlich"), or undefined for a count. */
export function namedRatePeriod(text: string): RatePeriod | undefined {
  return RATE_PATTERNS.find(({ pattern }) => pattern.test(text))?.period;
}
