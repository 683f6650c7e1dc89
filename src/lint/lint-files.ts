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
import { lintDocument } from './engine.js';
import { toFileResult, type FileResult } from './finding.js';
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
  let findings = lintDocument(document, { language, today: run.today, severities });
  if (run.quiet) findings = findings.filter((finding) => finding.severity === 'error');
  return { result: toFileResult(filePath, findings), language };
}

/** Lints texts one after the other, in this thread. */
export function lintSources(sources: readonly Source[], run: LintRun): Linted[] {
  const configs = new ConfigResolver(run.cwd, new Map(run.overrides));
  return sources.map((source) => lintSource(source, run, configs.severitiesFor(source.filePath)));
}

export async function lintFiles(files: readonly string[], run: LintRun, options: LintOptions = { threads: 1 }): Promise<LintedFiles> {
  const configs = new ConfigResolver(run.cwd, new Map(run.overrides));
  const problems: string[] = [];
  const sources: Source[] = [];
  // A file is opened by the path as shown when that is relative to this process's folder: the kernel then walks
  // a name or two instead of every folder from the root, for each of thousands of files.
  const shownPathsOpen = run.cwd === process.cwd();
  for (const filePath of files) {
    try {
      sources.push({ filePath, text: readTextFile(shownPathsOpen ? filePath : resolve(run.cwd, filePath)) });
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      problems.push(`${filePath}: ${error.reason}`);
    }
  }

  const { cache } = options;
  const linted: (Linted | undefined)[] = sources.map((source) => cache?.lookup(source, configs.severitiesFor(source.filePath)));
  const pending = sources.filter((_, index) => linted[index] === undefined);
  const fresh = await lintInThreads(pending, run, options.threads);
  let next = 0;
  sources.forEach((source, index) => {
    if (linted[index] !== undefined) return;
    const result = fresh[next++]!;
    linted[index] = result;
    cache?.store(source, configs.severitiesFor(source.filePath), result);
  });
  const results = linted as Linted[];
  return { results: results.map(({ result }) => result), problems, language: results[0]?.language };
}

/** Lints in `threads` threads, this one included; each worker takes a contiguous slice, so the order stays. */
async function lintInThreads(sources: readonly Source[], run: LintRun, threads: number): Promise<Linted[]> {
  if (threads <= 1 || sources.length < 2) return lintSources(sources, run);
  const { lintInWorker } = await import('./workers.js');
  const size = Math.ceil(sources.length / threads);
  const slices = Array.from({ length: threads }, (_, index) => sources.slice(index * size, (index + 1) * size)).filter((slice) => slice.length > 0);
  // The workers start first; this thread lints the first slice meanwhile.
  const others = slices.slice(1).map((slice) => lintInWorker(slice, run));
  const first = lintSources(slices[0]!, run);
  return [first, ...(await Promise.all(others))].flat();
}
