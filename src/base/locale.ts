/** The language of a run: from the locale, or from what a strategy declares. */
import type { Language } from './message.js';

/** The language of the user's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): German for de_*, else English. */
export function localeLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^de([_.-]|$)/i.test(locale) ? 'de' : 'en';
}

/** The language a strategy's data declares in `language`, if it is one smplan speaks. */
export function declaredLanguage(data: unknown): Language | undefined {
  const language = typeof data === 'object' && data !== null ? (data as { language?: unknown }).language : undefined;
  return language === 'de' || language === 'en' ? language : undefined;
}
