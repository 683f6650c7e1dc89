/**
 * Linting a list of files: the part of `check` that scales with their number.
 * Files are read here; each is parsed once into a StrategyDocument and linted.
 * What a linter does to be fast with many files happens here too: results of
 * unchanged files come from the cache (`--cache`), and the rest are shared
 * out to worker threads (`--concurrency`) in contiguous slices, so the results
 * come back in the order of a serial run.
 */
import { resolve } from 'node:path';
import { declaredLanguage } from '../base/locale.js';
import type { Language } from '../base/message.js';
import { StrategyDocument } from '../strategy/document.js';
import { FileError, readTextFile } from '../strategy/files.js';
import type { LintCache } from './cache.js';
import { ConfigResolver, type Severities } from './config.js';
import { lintWithSuppressed } from './engine.js';
import { toFileResult, type FileResult, type Finding } from './finding.js';
import type { SeveritySetting } from './rule.js';

/** Everything a run needs besides the files. */
export interface LintRun {
  cwd: string;
  today: string;
  /** --lang, or undefined to use each file's own language. */
  language: Language | undefined;
  fallbackLanguage: Language;
  quiet: boolean;
  /** --config and --rule, as entries. */
  overrides: [string, SeveritySetting][];
}

export interface LintedFiles {
  results: FileResult[];
  /** One line per file that could not be read. */
  problems: string[];
  /** The language of the first file linted, for the report's own words. */
  language: Language | undefined;
}

/** A file read, ready to lint: its path as shown, the path to open, and its text. */
export interface Source {
  filePath: string;
  text: string;
}

/** One file's result, with the language its messages are in. */
export interface Linted {
  result: FileResult;
  language: Language;
}

export interface LintOptions {
  /** Results of files that have not changed. */
  cache?: LintCache;
  /** How many threads lint at once (1: this one alone). */
  threads: number;
}

/** Lints one file's text. */
export function lintSource({ filePath, text }: Source, run: LintRun, severities: Severities): Linted {
  const document = StrategyDocument.parse(resolve(run.cwd, filePath), text);
  const language = run.language ?? declaredLanguage(document.data) ?? run.fallbackLanguage;
  const { findings, suppressed } = lintWithSuppressed(document, { language, today: run.today, severities });
  const shown = <T extends Finding>(list: T[]) => (run.quiet ? list.filter((finding) => finding.severity === 'error') : list);
  return { result: toFileResult(filePath, shown(findings), shown(suppressed)), language };
}

/** A file's text, opened by the path as shown when that is relative to this process's folder: the kernel then
 * walks a name or two instead of every folder from the root, for each of thousands of files. */
function readSource(filePath: string, run: LintRun): Source {
  return { filePath, text: readTextFile(run.cwd === process.cwd() ? filePath : resolve(run.cwd, filePath)) };
}

/** Lints a text that is no file on disk (`check --stdin`); its name still finds its config files. */
export function lintText(source: Source, run: LintRun): LintedFiles {
  const { result, language } = lintSource(source, run, new ConfigResolver(run.cwd, new Map(run.overrides)).severitiesFor(source.filePath));
  return { results: [result], problems: [], language };
}

/** Reads and lints files one after the other, in this thread (and in each worker, for its slice). */
export function lintPaths(filePaths: readonly string[], run: LintRun): Linted[] {
  const configs = new ConfigResolver(run.cwd, new Map(run.overrides));
  return filePaths.map((filePath) => lintSource(readSource(filePath, run), run, configs.severitiesFor(filePath)));
}

/**
 * Reads each file once here, for its problems and its cache entry, and keeps no text: a serial run lints it
 * at once, a run in threads leaves the files not in the cache to the workers, which read them again.
 */
export async function lintFiles(files: readonly string[], run: LintRun, options: LintOptions = { threads: 1 }): Promise<LintedFiles> {
  const configs = new ConfigResolver(run.cwd, new Map(run.overrides));
  const { cache } = options;
  const problems: string[] = [];
  const linted: (Linted | undefined)[] = [];
  const readable: string[] = [];
  const hashes: (string | undefined)[] = [];
  const serial = options.threads <= 1;
  for (const filePath of files) {
    let source: Source;
    try {
      source = readSource(filePath, run);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      problems.push(`${filePath}: ${error.reasonIn(run.language ?? run.fallbackLanguage)}`);
      continue;
    }
    const severities = configs.severitiesFor(filePath);
    const hash = cache?.hash(source.text);
    let result = cache?.lookup(filePath, hash!, severities);
    if (!result && serial) {
      result = lintSource(source, run, severities);
      cache?.store(filePath, hash!, severities, result);
    }
    readable.push(filePath);
    hashes.push(hash);
    linted.push(result);
  }
  if (!serial) {
    const pending = readable.filter((_, index) => linted[index] === undefined);
    const fresh = await lintInThreads(pending, run, options.threads);
    let next = 0;
    readable.forEach((filePath, index) => {
      if (linted[index] !== undefined) return;
      linted[index] = fresh[next++]!;
      cache?.store(filePath, hashes[index]!, configs.severitiesFor(filePath), linted[index]!);
    });
  }
  const results = linted as Linted[];
  return { results: results.map(({ result }) => result), problems, language: results[0]?.language };
}

/** Lints in `threads` threads, this one included; each worker takes a contiguous slice, so the order stays. */
async function lintInThreads(filePaths: readonly string[], run: LintRun, threads: number): Promise<Linted[]> {
  if (filePaths.length < 2) return lintPaths(filePaths, run);
  const { lintInWorker } = await import('./workers.js');
  const size = Math.ceil(filePaths.length / threads);
  const slices = Array.from({ length: threads }, (_, index) => filePaths.slice(index * size, (index + 1) * size)).filter((slice) => slice.length > 0);
  // The workers start first; this thread lints the first slice meanwhile.
  const others = slices.slice(1).map((slice) => lintInWorker(slice, run));
  const first = lintPaths(slices[0]!, run);
  return [first, ...(await Promise.all(others))].flat();
}
