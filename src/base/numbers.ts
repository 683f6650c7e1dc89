/**
 * Numbers as each language writes them: "1,250.5" in English, "1.250,5" in
 * German. Every number a person reads goes through here, so one run never
 * mixes the two.
 */
import type { Language } from './message.js';

export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', de: 'de-DE' };

const formats = new Map<string, Intl.NumberFormat>();

/** A number with at most `digits` decimals, in the language's way. */
export function formatNumber(value: number, language: Language, digits = 4): string {
  const key = `${language}${digits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits })));
  return format.format(value);
}

/** A calendar date (YYYY-MM-DD) as the language writes it: 31.01.2027 in German, the ISO form in English. */
export function formatDate(date: string, language: Language): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return language === 'de' && parts ? `${parts[3]}.${parts[2]}.${parts[1]}` : date;
}
