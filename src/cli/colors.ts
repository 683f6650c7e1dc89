/**
 * Whether to colour output, decided once from flags and environment and then
 * passed to formatters (they never detect it themselves).
 * Order: --no-color, then NO_COLOR, then FORCE_COLOR, then "is it a terminal".
 */
import { isTerminal } from './output.js';

export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const plain = (text: string) => text;
export const NO_COLORS: Colors = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain, underline: plain };

/** Whether stdout gets colours; the terminal is asked last, since asking can cost a stream. */
export function wantsColor(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return env.TERM !== 'dumb' && isTerminal(1);
}

export async function colorsFor(enabled: boolean): Promise<Colors> {
  if (!enabled) return NO_COLORS;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { red: chalk.red, yellow: chalk.yellow, green: chalk.green, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
