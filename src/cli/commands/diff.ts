/**
 * `smplan diff <old> <new>` and `smplan diff --since <rev> [file]`: what changed
 * in a strategy, for the review of a pull request. Goals added, removed and
 * retargeted, people, money, audiences, guidelines, scenarios, status; and the
 * lint findings the change brings or clears.
 *
 * Exit codes: 0 when the diff ran, whatever changed (1 with `--exit-code`
 * when anything changed, as `git diff --exit-code`); 2 for usage, I/O and git
 * problems. Files that break the schema are still compared as far as they can
 * be read; their schema problems show up as lint findings of rule `schema`.
 */
import { relative, resolve } from 'node:path';
import { ConfigResolver } from '../../lint/config.js';
import { lintDocument } from '../../lint/engine.js';
import type { Language } from '../../base/message.js';
import { StrategyDocument } from '../../strategy/document.js';
import { FileError, MAX_FILE_BYTES } from '../../strategy/files.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { compareStrategies } from '../../diff/compare.js';
import { readAtRevision, RevisionError } from '../../diff/git.js';
import { compareLint } from '../../diff/lint.js';
import { ERROR_MESSAGES, fill } from '../../diff/messages.js';
import { DIFF_VIEWS, type DiffFormat } from '../../diff/views/index.js';
import { hasChanges, type DiffResult } from '../../diff/views/view.js';
import { colorsFor, wantsColor } from '../colors.js';
import { UsageError } from '../../base/errors.js';
import { EXIT } from '../errors.js';
import { declaredLanguage, localeLanguage } from '../../base/locale.js';
import { writeOut } from '../output.js';

export interface DiffOptions {
  /** Compare the file with its version at this git revision. */
  since?: string;
  format: DiffFormat;
  lang?: Language;
  color?: boolean;
  /** Exit 1 when anything changed, as `git diff --exit-code`. */
  exitCode?: boolean;
  /** Where relative paths start; the process's folder when absent. */
  cwd?: string;
}

export const DEFAULT_FILE = 'smplan.yaml';

/** A file with a YAML syntax error (or an alias bomb) has no content to compare, only its problems. */
function isReadable(document: StrategyDocument): boolean {
  return !document.problems.some((problem) => problem.code === 'syntax' || problem.code === 'alias-bomb');
}

/** Loads a file; its problems name it as the user did, not by its absolute path. */
function load(cwd: string, path: string): StrategyDocument {
  try {
    return StrategyDocument.load(resolve(cwd, path));
  } catch (error) {
    if (error instanceof FileError) throw new FileError(path, error.said, error.data);
    throw error;
  }
}

interface Sides {
  old: StrategyDocument;
  new: StrategyDocument;
  oldLabel: string;
  newLabel: string;
  /** The file whose folder's `.smplanrc.yaml` applies. */
  configFile: string;
}

async function readSides(paths: readonly string[], options: DiffOptions, cwd: string, language: (document: StrategyDocument) => Language): Promise<Sides> {
  if (options.since === undefined) {
    const [oldPath, newPath] = paths as [string, string];
    const old = load(cwd, oldPath);
    return { old, new: load(cwd, newPath), oldLabel: oldPath, newLabel: newPath, configFile: newPath };
  }
  const file = paths[0] ?? DEFAULT_FILE;
  // The current version first: a missing file is a plain "no such file", before git is asked anything.
  const current = load(cwd, file);
  const revision = options.since;
  const oldLabel = `${revision}:${file}`;
  let text: string;
  try {
    text = await readAtRevision(resolve(cwd, file), revision);
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error;
    const max = `${MAX_FILE_BYTES / 1024 / 1024} MiB`;
    throw new UsageError(fill(ERROR_MESSAGES[error.code], language(current), { file, revision, max, reason: error.reason }), language(current));
  }
  return { old: StrategyDocument.parse(oldLabel, text), new: current, oldLabel, newLabel: file, configFile: file };
}

export async function diff(paths: string[], options: DiffOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const usageLanguage = options.lang ?? localeLanguage();
  const view = Object.hasOwn(DIFF_VIEWS, options.format) ? DIFF_VIEWS[options.format] : undefined;
  if (!view) throw new UsageError(fill(ERROR_MESSAGES.format, usageLanguage, { format: String(options.format) }));
  if (options.since === undefined && paths.length !== 2) throw new UsageError(fill(ERROR_MESSAGES['two-files'], usageLanguage));
  if (options.since !== undefined && paths.length > 1) throw new UsageError(fill(ERROR_MESSAGES['one-file'], usageLanguage));

  const languageOf = (document: StrategyDocument) => options.lang ?? declaredLanguage(document.data) ?? localeLanguage();
  const sides = await readSides(paths, options, cwd, languageOf);
  const language = languageOf(sides.new);
  const today = todayFromEnvironment();
  // The configuration of today applies to both sides, so that only the strategy's changes show.
  // ConfigResolver joins the path to cwd, so it takes it relative to cwd (also when it was named absolute).
  const configFile = relative(cwd, resolve(cwd, sides.configFile));
  const severities = await new ConfigResolver(cwd, new Map()).severitiesFor(configFile);
  const lint = (document: StrategyDocument) => lintDocument(document, { language, today, severities });

  const readable = { old: isReadable(sides.old), new: isReadable(sides.new) };
  const result: DiffResult = {
    old: sides.oldLabel,
    new: sides.newLabel,
    // Without the content of one side every key of the other would look added or removed.
    changes: readable.old && readable.new ? compareStrategies(sides.old.data, sides.new.data) : [],
    lint: compareLint(lint(sides.old), lint(sides.new), { old: sides.old.strategy !== undefined, new: sides.new.strategy !== undefined }),
    readable,
  };
  const colors = await colorsFor(options.format === 'text' && wantsColor(options.color));
  writeOut(view(result, { language, colors }));
  // When a side could not be read, any difference of the text counts: the diff cannot tell it is harmless.
  const changed = hasChanges(result) || ((!readable.old || !readable.new) && sides.old.text !== sides.new.text);
  return options.exitCode && changed ? EXIT.findings : EXIT.ok;
}
