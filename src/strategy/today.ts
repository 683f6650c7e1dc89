/**
 * "Today" for every date-dependent rule and command, from one place:
 * `SMPLAN_TODAY=YYYY-MM-DD` when set (reproducible CI runs and tests), else the local date.
 */
import { isCalendarDate } from './calendar.js';

export class InvalidTodayError extends Error {
  constructor(readonly value: string) {
    super(`SMPLAN_TODAY is "${value}", not a date; set it as YYYY-MM-DD or unset it`);
  }
}

export function today(env: NodeJS.ProcessEnv = process.env, clock: Date = new Date()): string {
  const fixed = env.SMPLAN_TODAY;
  if (fixed !== undefined && fixed !== '') {
    if (!isCalendarDate(fixed)) throw new InvalidTodayError(fixed);
    return fixed;
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${clock.getFullYear()}-${pad(clock.getMonth() + 1)}-${pad(clock.getDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
