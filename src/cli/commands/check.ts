/** `smplan check [paths...]`: lint strategy files for people and CI. */
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseRuleFlags, readConfigFile } from '../../lint/config.js';
import { discoverStrategyFiles } from '../../lint/discover.js';
import { FORMATTERS } from '../../lint/formatters/index.js';
import { lintFiles, lintText, type LintedFiles, type LintRun } from '../../lint/lint-files.js';
import { formatMessage, type Language, type Message } from '../../base/message.js';
import { RULES } from '../../lint/rules/index.js';
import { writeOutputFile } from '../../strategy/write.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { colorsFor, wantsColor } from '../colors.js';
import { LocalizedError } from '../../base/errors.js';
import { FORMAT } from '../usage-messages.js';
import { EXIT, say } from '../errors.js';
import { localeLanguage } from '../../base/locale.js';
import { VERSION } from '../version.js';
import { confirm, writeOut } from '../output.js';

/** check's own problems with its options. */
const USAGE = {
  concurrency: { en: '--concurrency takes a whole number, auto or off, not "{value}"', de: '--concurrency nimmt eine ganze Zahl, auto oder off, nicht „{value}“' },
  maxWarnings: { en: '--max-warnings takes a whole number, not "{value}"', de: '--max-warnings nimmt eine ganze Zahl, nicht „{value}“' },
  stdin: { en: '--stdin reads one text; name it with --stdin-filename instead of passing paths', de: '--stdin liest einen Text; nennen Sie ihn mit --stdin-filename statt Pfade anzugeben' },
} satisfies Record<string, Message>;

/** What check says besides its report, in the report's language. */
const SAY = {
  written: {
    en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s); report written to {output}',
    de: '{files} Datei(en) geprüft: {errors} Fehler, {warnings} Warnung(en); Bericht nach {output} geschrieben',
  },
  error: { en: 'error', de: 'Fehler' },
  tooManyWarnings: { en: '{warnings} warnings exceed --max-warnings {max}', de: '{warnings} Warnungen überschreiten --max-warnings {max}' },
} satisfies Record<string, Message>;

export interface CheckOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  lang?: Language;
  rule: string[];
  config?: string;
  errorOnUnmatchedPattern?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  color?: boolean;
  cwd?: string;
  stdin?: boolean;
  stdinFilename?: string;
}

/** Where `--cache` keeps results without `--cache-location`, as ESLint keeps `.eslintcache`. */
const DEFAULT_CACHE = '.smplancache';

/** With `auto`, files are linted in several threads from this many on: below it, starting a worker costs more than it saves. */
const AUTO_THREADS_FROM = 400;

/** `--concurrency`: how many threads lint, for this many files. */
function threadsFor(setting: string | undefined, files: number): number {
  if (setting === undefined || setting === 'auto') return files < AUTO_THREADS_FROM ? 1 : Math.min(availableParallelism(), 4);
  if (setting === 'off') return 1;
  const threads = Number(setting);
  if (!Number.isInteger(threads) || threads < 1) throw new LocalizedError(USAGE.concurrency, { value: setting });
  return threads;
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  const count = Number(value);
  if (!Number.isInteger(count) || count < -1) throw new LocalizedError(USAGE.maxWarnings, { value });
  return count === -1 ? Number.POSITIVE_INFINITY : count;
}

/** `--stdin`: the text on standard input, linted as the file `--stdin-filename` (which need not exist), else `<text>` as ESLint names it. */
async function lintStdin(stdinFilename: string | undefined, run: LintRun): Promise<LintedFiles> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
  const filePath = stdinFilename === undefined ? '<text>' : relative(run.cwd, resolve(run.cwd, stdinFilename)) || stdinFilename;
  return lintText({ filePath, text }, run);
}

export async function check(paths: string[], options: CheckOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const loadFormatter = FORMATTERS[options.format];
  if (!loadFormatter) throw new LocalizedError(FORMAT, { formats: Object.keys(FORMATTERS).join(', '), format: String(options.format) });
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const overrides = options.config ? readConfigFile(resolve(cwd, options.config), cwd) : new Map();
  for (const [ruleId, setting] of parseRuleFlags(options.rule)) overrides.set(ruleId, setting);
  const today = todayFromEnvironment();
  const fallbackLanguage = options.lang ?? localeLanguage();

  const run = { cwd, today, language: options.lang, fallbackLanguage, quiet: Boolean(options.quiet), overrides: [...overrides] };
  const readsStdin = options.stdin || (paths.length === 1 && paths[0] === '-');
  if (readsStdin && paths.length > 0 && paths[0] !== '-') throw new LocalizedError(USAGE.stdin);
  const { files, problems } = readsStdin
    ? { files: [], problems: [] }
    : await discoverStrategyFiles(paths, cwd, { allowUnmatched: options.errorOnUnmatchedPattern === false, language: fallbackLanguage });
  const threads = threadsFor(options.concurrency, files.length);
  // The cache (and node:crypto with it) loads only when asked for.
  const cache =
    !readsStdin && (options.cache || options.cacheLocation !== undefined)
      ? (await import('../../lint/cache.js')).LintCache.load(resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE), VERSION, run)
      : undefined;
  const linted = readsStdin ? await lintStdin(options.stdinFilename, run) : await lintFiles(files, run, { cache, threads });
  cache?.save(files.map((file) => resolve(cwd, file)));
  const { results } = linted;
  problems.push(...linted.problems);
  const reportLanguage = options.lang ?? linted.language;

  const toFile = options.outputFile !== undefined;
  const colors = await colorsFor(!toFile && wantsColor(options.color));
  const formatter = await loadFormatter();
  // GitHub places annotations by their path from the repository root, whatever folder the job runs in.
  const workspace = options.format === 'github' ? process.env.GITHUB_WORKSPACE : undefined;
  const shown = workspace ? results.map((result) => ({ ...result, filePath: relative(workspace, resolve(cwd, result.filePath)) })) : results;
  const language = reportLanguage ?? fallbackLanguage;
  const report = formatter(shown, { colors, language, rules: RULES, version: VERSION, cwd });
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (toFile) {
    writeOutputFile(resolve(cwd, options.outputFile!), report, files.map((file) => resolve(cwd, file)));
    const data = { files: results.length, errors: errorCount, warnings: warningCount, output: options.outputFile! };
    confirm(() => writeOut(`${formatMessage(SAY.written, language, data)}\n`));
  } else writeOut(report);

  for (const problem of problems) say(`${SAY.error[language]}: ${problem}`);
  if (problems.length > 0) return EXIT.usage;
  if (errorCount > 0 || warningCount > maxWarnings) {
    if (errorCount === 0) say(formatMessage(SAY.tooManyWarnings, language, { warnings: warningCount, max: maxWarnings }));
    return EXIT.findings;
  }
  return EXIT.ok;
}
