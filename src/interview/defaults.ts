/**
 * What `init` starts from without a template, and what `--yes` writes then:
 * the company name guessed from the file's name or folder, EUR, today as the
 * start, a review in three months; the five sections are left open. Pure and
 * free of zod, so the interview can show its first question without loading it.
 */
import { basename, dirname, resolve } from 'node:path';
import type { Language } from '../base/message.js';
import { addMonths } from '../strategy/calendar.js';
import type { Data } from './data.js';
import { MESSAGES } from './messages.js';

/** "clients/baeckerei-kunz.smplan.yaml" → "Baeckerei Kunz"; "smplan.yaml" in ~/kiosk-mueller → "Kiosk Mueller". */
export function companyNameFromPath(file: string, language: Language): string {
  const path = resolve(file);
  const name = basename(path);
  const stem = /\.smplan\.ya?ml$/i.test(name) ? name.replace(/\.smplan\.ya?ml$/i, '') : basename(dirname(path));
  const words = stem.split(/[-_.\s]+/).filter((word) => /\p{L}/u.test(word));
  return words.length > 0 ? words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') : MESSAGES.defaultCompany[language];
}

/** The strategy `init` starts from without a template (the format version is added when it is finished). */
export function defaultStrategy(companyName: string, { language, today }: { language: Language; today: string }): Data {
  return { company: { name: companyName, currency: 'EUR' }, language, started: today, next_review: addMonths(today, 3) };
}
