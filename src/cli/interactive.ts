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

export function print(line = ''): void {
  writeOut(`${line}\n`);
}
