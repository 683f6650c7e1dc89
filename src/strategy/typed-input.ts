/**
 * Numbers and dates as people type them, the same for every command (the
 * interview, `track`, `track --from`): a decimal point or comma ("7,5"),
 * spaces or apostrophes between thousands, YYYY-MM-DD or the German
 * DD.MM.YYYY. A number with three-digit groups ("1.250", "1,250") means a
 * thousand in one language and a fraction in the other, so it is refused with
 * both readings rather than guessed.
 */
import { isCalendarDate } from './calendar.js';

export type NumberReading = { value: number } | { problem: 'not-a-number' } | { problem: 'ambiguous-number'; readings: [number, number] };

/** Three-digit groups ("1.000", "12,500"): a thousand separator in one language, a decimal mark in the other. */
const GROUPED = /^[+-]?\d{1,3}([.,]\d{3})+$/;

export function readNumber(text: string): NumberReading {
  const compact = text.trim().replace(/[\s_'’]/g, '').replace(/^−/, '-');
  if (GROUPED.test(compact)) {
    const separator = compact.match(/[.,]/)![0];
    const whole = Number(compact.split(separator).join(''));
    const lastGroup = compact.lastIndexOf(separator);
    const fraction = Number(`${compact.slice(0, lastGroup).split(/[.,]/).join('')}.${compact.slice(lastGroup + 1)}`);
    return { problem: 'ambiguous-number', readings: [whole, fraction] };
  }
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return { problem: 'not-a-number' };
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value } : { problem: 'not-a-number' };
}

/** A calendar date written YYYY-MM-DD or DD.MM.YYYY, as YYYY-MM-DD; undefined for anything else. */
export function readDate(text: string): string | undefined {
  const trimmed = text.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : trimmed;
  return isCalendarDate(iso) ? iso : undefined;
}
