/**
 * Which files `check` reads: the paths, folders and globs the user named, or
 * every strategy file below the current folder when none were named.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globBase, globToRegExp, isGlob } from './glob.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** `smplan.yaml`, `smplan.yml` and `<anything>.smplan.yaml` / `.yml`. */
const STRATEGY_FILE_NAME = /^(?:.+\.)?smplan\.ya?ml$/;

/**
 * Calls `visit` for every file below `folder` with its name and its path as
 * shown to the user (`shown` is the folder's). Paths are built by joining names
 * rather than by resolving each one: a linted folder can hold thousands of files.
 */
function walk(folder: string, shown: string, visit: (name: string, path: string) => void): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // an unreadable folder below the one named is skipped, as git and ESLint do
  }
  for (const entry of entries) {
    const path = shown ? `${shown}${sep}${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name), path, visit);
    } else if (entry.isFile()) visit(entry.name, path);
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

/** The words of the problem of a glob that matched no file. */
export const NO_MATCH = 'no files match this pattern';

export function discoverStrategyFiles(patterns: readonly string[], cwd: string): Discovery {
  const files = new Set<string>();
  const problems: string[] = [];
  // An absolute path outside this folder (/dev/stdin, /tmp/a.smplan.yaml) is shown as given, not as ../../..
  const display = (path: string) => {
    const shown = relative(cwd, path) || '.';
    return shown.startsWith('..') && isAbsolute(path) ? path : shown;
  };

  const collectStrategyFiles = (folder: string): number => {
    let count = 0;
    walk(folder, relative(cwd, folder), (name, path) => {
      if (STRATEGY_FILE_NAME.test(name)) {
        files.add(path);
        count++;
      }
    });
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
      const base = resolve(cwd, globBase(pattern));
      walk(base, relative(cwd, base), (_name, path) => {
        if (matcher.test(toPosix(path))) {
          files.add(path);
          count++;
        }
      });
      if (count === 0) problems.push(`${pattern}: ${NO_MATCH}; check the quoting and the path`);
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
