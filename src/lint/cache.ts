/**
 * `check --cache`, as ESLint's: the results of files that have not changed.
 * An entry is used only when everything that shapes a file's findings is the
 * same: its content (a hash), smplan's version, the rule severities that
 * apply to it, the language settings, `--quiet`, and today's date (some rules
 * depend on it). A cache file that is unreadable, corrupt or another
 * version's is ignored and rewritten, never an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../base/message.js';
import { writeOutputFile } from '../strategy/write.js';
import type { Severities } from './config.js';
import type { FileResult } from './finding.js';
import type { LintRun, Linted } from './lint-files.js';

/** Raised whenever the shape of an entry changes, so an older cache is not read. */
const FORMAT = 3;

interface Entry {
  hash: string;
  settings: string;
  language: Language;
  result: Omit<FileResult, 'filePath'>;
}

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, Entry>;
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('base64url');

export class LintCache {
  private readonly entries: Record<string, Entry>;
  private readonly runSettings: string;
  private readonly cwd: string;
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly version: string,
    entries: Record<string, Entry>,
    run: LintRun,
  ) {
    this.entries = entries;
    this.cwd = run.cwd;
    this.runSettings = JSON.stringify([version, run.today, run.language ?? null, run.fallbackLanguage, run.quiet]);
  }

  /** The cache at `path`; an empty one when there is none, or none smplan can use. */
  static load(path: string, version: string, run: LintRun): LintCache {
    let entries: Record<string, Entry> = Object.create(null);
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.version === version && typeof data.entries === 'object' && data.entries !== null) {
        entries = Object.assign(Object.create(null), data.entries);
      }
    } catch {
      // no cache yet, or one to replace
    }
    return new LintCache(path, version, entries, run);
  }

  private settings(severities: Severities): string {
    return hashOf(this.runSettings + JSON.stringify([...severities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  }

  /** The content hash an entry is keyed by (node:crypto loads with the cache, never on a run without it). */
  hash(text: string): string {
    return hashOf(text);
  }

  /** The cached result of a file, if nothing that shapes it has changed. */
  lookup(filePath: string, hash: string, severities: Severities): Linted | undefined {
    const entry = this.entries[resolve(this.cwd, filePath)];
    if (!isEntry(entry) || entry.hash !== hash || entry.settings !== this.settings(severities)) return undefined;
    return { result: { filePath, ...entry.result }, language: entry.language };
  }

  store(filePath: string, hash: string, severities: Severities, { result, language }: Linted): void {
    const { filePath: _shown, ...rest } = result;
    this.entries[resolve(this.cwd, filePath)] = { hash, settings: this.settings(severities), language, result: rest };
    this.changed = true;
  }

  /** Writes the cache when it learned something; the strategies themselves are never a cache's place. */
  save(strategies: readonly string[]): void {
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, version: this.version, entries: this.entries };
    writeOutputFile(this.path, JSON.stringify(data), strategies);
  }
}

function isEntry(entry: unknown): entry is Entry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { hash, settings, result } = entry as Partial<Entry>;
  return typeof hash === 'string' && typeof settings === 'string' && typeof result === 'object' && result !== null && Array.isArray(result.findings);
}
