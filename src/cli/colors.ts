/**
 * Whether to colour output, decided once from flags and environment and then
 * passed to formatters (they never detect it themselves).
 * Order: --no-color, then NO_COLOR, then FORCE_COLOR, then "is it a terminal".
 */
import { NO_COLORS, type Colors } from '../base/colors.js';
import { isTerminal } from './output.js';

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
