/** `smplan check [paths...]`: lint strategy files for people and CI. */
import { relative, resolve } from 'node:path';
import { parseRuleFlags, readConfigFile } from '../../lint/config.js';
import { discoverStrategyFiles, NO_MATCH } from '../../lint/discover.js';
import { FORMATTERS } from '../../lint/formatters/index.js';
import { lintFiles, lintText } from '../../lint/lint-files.js';
import type { Language } from '../../base/message.js';
import { RULES } from '../../lint/rules/index.js';
import { writeReportFile } from '../../strategy/files.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { colorsFor, wantsColor } from '../colors.js';
import { UsageError } from '../../base/errors.js';
import { EXIT, say } from '../errors.js';
import { localeLanguage } from '../../base/locale.js';
import { VERSION } from '../version.js';
import { writeOut } from '../output.js';

export interface CheckOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  lang?: Language;
  rule: string[];
  config?: string;
  color?: boolean;
  cwd?: string;
  stdin?: boolean;
  stdinFilename?: string;
  errorOnUnmatchedPattern?: boolean;
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  const count = Number(value);
  if (!Number.isInteger(count) || count < -1) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return count === -1 ? Number.POSITIVE_INFINITY : count;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

export async function check(paths: string[], options: CheckOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const loadFormatter = FORMATTERS[options.format];
  if (!loadFormatter) throw new UsageError(`--format must be one of ${Object.keys(FORMATTERS).join(', ')}, not "${options.format}"`);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const overrides = options.config ? readConfigFile(resolve(cwd, options.config), cwd) : new Map();
  for (const [ruleId, setting] of parseRuleFlags(options.rule)) overrides.set(ruleId, setting);
  const today = todayFromEnvironment();
  const fallbackLanguage = options.lang ?? localeLanguage();

  const run = { cwd, today, language: options.lang, fallbackLanguage, quiet: Boolean(options.quiet), overrides: [...overrides] };
  const readsStdin = options.stdin || (paths.length === 1 && paths[0] === '-');
  if (readsStdin && paths.length > 0 && paths[0] !== '-') throw new UsageError('--stdin reads one text; name it with --stdin-filename instead of passing paths');
  const discovery = readsStdin ? { files: [], problems: [] } : discoverStrategyFiles(paths, cwd);
  const { files } = discovery;
  // --no-error-on-unmatched-pattern: a glob that matches nothing is no problem (a missing plain path still is).
  const problems = options.errorOnUnmatchedPattern === false ? discovery.problems.filter((problem) => !problem.includes(NO_MATCH)) : discovery.problems;
  const linted = readsStdin
    ? await lintText(await readStdin(), options.stdinFilename === undefined ? '<text>' : relative(cwd, resolve(cwd, options.stdinFilename)) || options.stdinFilename, run)
    : await lintFiles(files, run);
  const { results } = linted;
  problems.push(...linted.problems);
  const reportLanguage = options.lang ?? linted.language;

  const toFile = options.outputFile !== undefined;
  const colors = await colorsFor(!toFile && wantsColor(options.color));
  const formatter = await loadFormatter();
  // GitHub places annotations by their path from the repository root, whatever folder the job runs in.
  const workspace = options.format === 'github' ? process.env.GITHUB_WORKSPACE : undefined;
  const shown = workspace ? results.map((result) => ({ ...result, filePath: relative(workspace, resolve(cwd, result.filePath)) })) : results;
  const report = formatter(shown, { colors, language: reportLanguage ?? fallbackLanguage, rules: RULES, version: VERSION, cwd });
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (toFile) {
    await writeReportFile(resolve(cwd, options.outputFile!), report);
    writeOut(
      `${results.length} file(s) checked: ${errorCount} error(s), ${warningCount} warning(s); report written to ${options.outputFile}\n`,
    );
  } else writeOut(report);

  for (const problem of problems) say(`error: ${problem}`);
  if (problems.length > 0) return EXIT.usage;
  if (errorCount > 0 || warningCount > maxWarnings) {
    if (errorCount === 0) say(`${warningCount} warnings exceed --max-warnings ${maxWarnings}`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
