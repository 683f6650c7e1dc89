/**
 * Errors a user can cause, and the one place that turns any error into a line
 * on stderr and an exit code (ESLint's: 0 clean, 1 findings, 2 usage or I/O).
 */
import { FileError } from '../strategy/files.js';
import { InvalidTodayError } from '../strategy/today.js';
import { escapeControlCharacters, formatMessage, type Language, type Message } from '../base/message.js';
import { LocalizedError, UsageError } from '../base/errors.js';
import { writeErr } from './output.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130 } as const;

/** The user pressed Ctrl-C at a prompt: nothing was written. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}

function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** One line on stderr, `smplan: <text>`; text from files and paths cannot carry control characters into the terminal. */
export function say(text: string): void {
  writeErr(`smplan: ${escapeControlCharacters(text)}\n`);
}

const WORDS = {
  cancelled: { en: 'cancelled; nothing was written', de: 'abgebrochen; nichts wurde geschrieben' },
  error: { en: 'error', de: 'Fehler' },
  internal: {
    en: 'internal error: {message}; run again with --debug for details and please report it',
    de: 'interner Fehler: {message}; mit --debug gibt es Einzelheiten, bitte melden Sie ihn',
  },
} satisfies Record<string, Message>;

/**
 * Writes one line for `error` and returns the exit code; a stack trace only
 * with --debug. The line is in the language of its message where the command
 * knew it (the file's), else in `language` (--lang or the locale).
 */
export function reportError(error: unknown, debug: boolean, language: Language = 'en'): number {
  if (error instanceof InterruptedError || isPromptExit(error)) {
    say(WORDS.cancelled[language]);
    return EXIT.interrupted;
  }
  if (error instanceof UsageError || error instanceof FileError || error instanceof InvalidTodayError) {
    const said = error instanceof LocalizedError || error instanceof FileError ? error.in((error instanceof UsageError && error.language) || language) : error.message;
    say(`${WORDS.error[(error instanceof UsageError && error.language) || language]}: ${said}`);
    if (debug && error.stack) writeErr(`${error.stack}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  say(formatMessage(WORDS.internal, language, { message }));
  if (debug && error instanceof Error && error.stack) writeErr(`${error.stack}\n`);
  return EXIT.usage;
}
