/**
 * Which files `check` reads: the paths, folders and globs the user named, or
 * every strategy file below the current folder when none were named.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { globBase, globToRegExp, isGlob } from './glob.js';
import { byCodePoint } from '../strategy/order.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** `smplan.yaml`, `smplan.yml` and `<anything>.smplan.yaml` / `.yml`. */
const STRATEGY_FILE_NAME = /^(?:.+\.)?smplan\.ya?ml$/;

function* walk(folder: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // an unreadable folder below the one named is skipped, as git and ESLint do
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* walk(path);
    } else if (entry.isFile()) yield path;
  }
}

export interface Discovery {
  files: string[];
  /** One line per path or glob that named no strategy file. */
  problems: string[];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export function discoverStrategyFiles(patterns: readonly string[], cwd: string): Discovery {
  const files = new Set<string>();
  const problems: string[] = [];
  const display = (path: string) => relative(cwd, path) || '.';

  const collectStrategyFiles = (folder: string): number => {
    let count = 0;
    for (const path of walk(folder)) {
      if (STRATEGY_FILE_NAME.test(basename(path))) {
        files.add(display(path));
        count++;
      }
    }
    return count;
  };

  if (patterns.length === 0) {
    if (collectStrategyFiles(cwd) === 0) {
      problems.push('no strategy files found (smplan.yaml or *.smplan.yaml) below this folder; name a file or run `smplan init`');
    }
    return { files: [...files].sort(), problems };
  }

  for (const pattern of patterns) {
    if (isGlob(pattern)) {
      const matcher = globToRegExp(toPosix(pattern).replace(/^\.\//, ''));
      let count = 0;
      for (const path of walk(resolve(cwd, globBase(pattern)))) {
        const relativePath = toPosix(relative(cwd, path));
        if (matcher.test(relativePath)) {
          files.add(display(path));
          count++;
        }
      }
      if (count === 0) problems.push(`${pattern}: no files match this pattern; check the quoting and the path`);
      continue;
    }
    const path = resolve(cwd, pattern);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) problems.push(`${pattern}: no such file or folder; check the path`);
    else if (info.isDirectory()) {
      if (collectStrategyFiles(path) === 0) problems.push(`${pattern}: no strategy files (smplan.yaml or *.smplan.yaml) in this folder`);
    } else files.add(display(path));
  }
  return { files: [...files].sort(), problems };
}
