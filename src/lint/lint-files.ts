/** Linting a list of files: the part of `check` that scales with their number. */
import { resolve } from 'node:path';
import { FileError, readTextFile } from '../strategy/files.js';
import { accepted } from '../strategy/accepts-strategy.js';
import { QuickDocument } from '../strategy/quick-document.js';
import { ConfigResolver } from './config.js';
import { declaredLanguage } from '../base/locale.js';
import { lintDocument } from './engine.js';
import { toFileResult, type FileResult } from './finding.js';
import type { Language } from '../base/message.js';
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

/** Lints one text as if it were the file `filePath` (its name for positions, config lookup and output). */
async function lintSource(filePath: string, path: string, text: string, run: LintRun, configs: ConfigResolver, linted: LintedFiles): Promise<void> {
  // Most files are plain YAML, which js-yaml reads far faster, and valid, which the compiled validator
  // says without zod; the rest load the yaml library or zod (awaited only then).
  const quick = QuickDocument.read(text);
  const document = quick
    ? new QuickDocument(path, quick, accepted(quick.data) ?? (await import('../strategy/validate.js')).judgedByZod(quick.data))
    : (await import('../strategy/document.js')).StrategyDocument.parse(path, text);
  const language = run.language ?? declaredLanguage(document.data) ?? run.fallbackLanguage;
  linted.language ??= language;
  let findings = lintDocument(document, { language, today: run.today, severities: configs.severitiesFor(filePath) });
  if (run.quiet) findings = findings.filter((finding) => finding.severity === 'error');
  linted.results.push(toFileResult(filePath, findings));
}

export async function lintFiles(files: readonly string[], run: LintRun): Promise<LintedFiles> {
  const configs = new ConfigResolver(run.cwd, new Map(run.overrides));
  const linted: LintedFiles = { results: [], problems: [], language: undefined };
  // A file is opened by the path as shown when that is relative to this process's folder: the kernel then walks
  // a name or two instead of every folder from the root, for each of thousands of files.
  const shownPathsOpen = run.cwd === process.cwd();
  for (const filePath of files) {
    const path = shownPathsOpen ? filePath : resolve(run.cwd, filePath);
    let text: string;
    try {
      text = readTextFile(path);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      linted.problems.push(`${filePath}: ${error.reason}`);
      continue;
    }
    await lintSource(filePath, path, text, run, configs, linted);
  }
  return linted;
}

/** `check --stdin`: lints `text` under the name `filePath`, which need not exist. */
export async function lintText(text: string, filePath: string, run: LintRun): Promise<LintedFiles> {
  const linted: LintedFiles = { results: [], problems: [], language: undefined };
  await lintSource(filePath, filePath, text, run, new ConfigResolver(run.cwd, new Map(run.overrides)), linted);
  return linted;
}
