/**
 * Messages in both languages, and the one escape of text that came from a
 * file. Every layer may use this module; it imports nothing of smplan but
 * the number formats of its sibling numbers.ts.
 */
import { formatDate, formatNumber } from './numbers.js';

export type Language = 'en' | 'de';

/** A text in both languages; `{name}` is replaced with the reported value `name`. */
export interface Message {
  en: string;
  de: string;
}

export type MessageData = Record<string, string | number>;

/** Characters that must never reach a terminal or CI log raw: C0, DEL, C1 and bidi controls. */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shows control characters as visible escapes (`\x1b`, `\n`) so quoted text stays data. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (character) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = character.charCodeAt(0);
    return named[character] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * Fills `{placeholders}`; every value is escaped, since most of them are
 * quoted from the file, and numbers and calendar dates are written as the
 * language writes them ("4,5" and "31.01.2027" in German).
 */
export function formatMessage(message: Message, language: Language, data: MessageData = {}): string {
  return message[language].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(data, name)) return placeholder;
    const value = data[name]!;
    return typeof value === 'number' ? formatNumber(value, language) : escapeControlCharacters(formatDate(value, language));
  });
}
