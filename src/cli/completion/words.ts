/** Quoting shared by the bash, zsh and fish scripts. */
import type { OptionSpec } from './spec.js';

/** Words that need no quoting in any of the three shells. */
export const WORD = /^[A-Za-z0-9_.,:/=+@%-]+$/;

/** A word for bash or zsh: bare when it is safe, else single-quoted. */
export function shellQuote(text: string): string {
  return WORD.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The command line of this smplan, quoted for bash, zsh and fish (all three read '…' and \\' alike). */
export function selfCommand(spec: { self: readonly string[] }): string {
  return spec.self.map(shellQuote).join(' ');
}

/** A list for `compgen -W`, quoted once for the script (compgen splits it on whitespace). */
export function wordList(words: readonly string[]): string {
  return shellQuote(words.filter((word) => WORD.test(word)).join(' '));
}

export function valueOptions(options: OptionSpec[]): OptionSpec[] {
  return options.filter((option) => option.value);
}
