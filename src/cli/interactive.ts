/**
 * For commands that ask questions (`init`, `edit`): whether there is a person
 * to ask, and the bit of styling around the prompts.
 */
import { isatty } from 'node:tty';
import { styleText } from 'node:util';
import { writeOut } from './output.js';

/** `CI=true` or `CI=1`, as CI services set it: never wait for a person there. */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  return /^(true|1)$/i.test(env.CI ?? '');
}

/**
 * Whether there is a person to ask. `isatty` on the descriptors, not
 * `process.stdin.isTTY`: touching `process.stdin` opens the stream, and an open
 * pipe that never sends anything would then keep the process alive.
 */
export function canPrompt(env: NodeJS.ProcessEnv = process.env): boolean {
  return isatty(0) && isatty(1) && !isCi(env);
}

export interface PromptStyle {
  bold(text: string): string;
  dim(text: string): string;
}

/** Bold and dim with node's own styling: chalk is not worth loading before the first question. */
export function promptStyle(enabled: boolean): PromptStyle {
  const plain = (text: string) => text;
  return enabled ? { bold: (text) => styleText('bold', text), dim: (text) => styleText('dim', text) } : { bold: plain, dim: plain };
}

/** Colour and style codes, which take no room on the screen. */
const STYLE_CODES = /\x1b\[[0-9;]*m/g;

/**
 * A line broken at spaces so that no word is split at the edge of a terminal
 * `width` columns wide; continuation lines keep the line's indentation.
 */
export function wrapLine(line: string, width: number): string {
  const indent = /^ */.exec(line)![0];
  const words = line.slice(indent.length).split(' ');
  const lines: string[] = [];
  let current = indent;
  for (const word of words) {
    const visible = (text: string) => text.replace(STYLE_CODES, '').length;
    if (current.trim() !== '' && visible(current) + 1 + visible(word) > width) {
      lines.push(current);
      current = indent + word;
    } else current = current.trim() === '' ? indent + word : `${current} ${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}

/** One line for the person at the terminal, wrapped at words to its width. */
export function print(line = ''): void {
  const width = process.stdout.columns;
  writeOut(`${width && line.length > width ? wrapLine(line, width) : line}\n`);
}
