/**
 * Which files `check` reads: the paths, folders and globs the user named, or
 * every strategy file below the current folder when none were named. Globs
 * are picomatch's (the matcher of fast-glob, chokidar and tinyglobby); a path
 * that exists is taken as it is, even when it looks like a glob (`[old]/`).
 * Symlinks are followed, each real folder once; what cannot be read is
 * reported, never silently skipped.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { formatMessage, type Language, type Message } from '../base/message.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** `smplan.yaml`, `smplan.yml` and `<anything>.smplan.yaml` / `.yml`. */
const STRATEGY_FILE_NAME = /^(?:.+\.)?smplan\.ya?ml$/s;
/** Characters that make a pattern a glob for picomatch; a pattern without them is a path. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

export interface Discovery {
  files: string[];
  /** One line per path or glob that named no strategy file, and per folder that could not be read. */
  problems: string[];
}

export interface DiscoveryOptions {
  /** A pattern that matches nothing is not a problem (`--no-error-on-unmatched-pattern`). */
  allowUnmatched?: boolean;
  /** The language of the problems; English without one. */
  language?: Language;
}

/** What discovery can find wrong with a path, in both languages. */
const SAY = {
  unreadableFolder: {
    en: '{path}: cannot read this folder ({code}); check its permissions',
    de: '{path}: dieser Ordner lässt sich nicht lesen ({code}); prüfen Sie die Berechtigungen',
  },
  noneBelow: {
    en: 'no strategy files found (smplan.yaml or *.smplan.yaml) below this folder; name a file or run `smplan init`',
    de: 'keine Strategiedateien (smplan.yaml oder *.smplan.yaml) unter diesem Ordner; nennen Sie eine Datei oder rufen Sie `smplan init` auf',
  },
  noMatch: { en: '{path}: no files match this pattern; check the quoting and the path', de: '{path}: keine Datei passt zu diesem Muster; prüfen Sie Anführungszeichen und Pfad' },
  missing: { en: '{path}: no such file or folder; check the path', de: '{path}: diese Datei oder diesen Ordner gibt es nicht; prüfen Sie den Pfad' },
  noneIn: { en: '{path}: no strategy files (smplan.yaml or *.smplan.yaml) in this folder', de: '{path}: keine Strategiedateien (smplan.yaml oder *.smplan.yaml) in diesem Ordner' },
} satisfies Record<string, Message>;

/**
 * Calls `visit` for every file below `folder` (symlinks followed) with its name
 * and its path as shown to the user (`shown` is the folder's). Paths are built
 * by joining names: a linted folder can hold thousands of files.
 */
function walk(folder: string, shown: string, visit: (name: string, path: string) => void, problems: string[], language: Language, seen = new Set<string>()): void {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(folder);
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(formatMessage(SAY.unreadableFolder, language, { path: shown || '.', code: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return;
  }
  // A symlink back up the tree would walk forever; each real folder is read once.
  if (seen.has(real)) return;
  seen.add(real);
  for (const entry of entries) {
    const path = shown ? `${shown}${sep}${entry.name}` : entry.name;
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      // A broken link counts as a file, so that reading it reports it.
      isFolder = statSync(join(folder, entry.name), { throwIfNoEntry: false })?.isDirectory() ?? false;
    }
    if (isFolder) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name), path, visit, problems, language, seen);
    } else if (entry.isFile() || entry.isSymbolicLink()) visit(entry.name, path);
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export async function discoverStrategyFiles(patterns: readonly string[], cwd: string, options: DiscoveryOptions = {}): Promise<Discovery> {
  const files = new Set<string>();
  const problems: string[] = [];
  const language = options.language ?? 'en';
  const unmatched = (message: Message, path?: string) => {
    if (!options.allowUnmatched) problems.push(formatMessage(message, language, path === undefined ? {} : { path }));
  };
  // Paths are shown relative to the current folder, unless the user named them absolute or from far above.
  const display = (path: string) => {
    const shown = relative(cwd, path) || '.';
    return shown.startsWith(`..${sep}..${sep}`) && isAbsolute(path) ? path : shown;
  };

  const collectStrategyFiles = (folder: string, shown: string): number => {
    let count = 0;
    walk(
      folder,
      shown,
      (name, path) => {
        if (STRATEGY_FILE_NAME.test(name)) {
          files.add(path);
          count++;
        }
      },
      problems,
      language,
    );
    return count;
  };

  if (patterns.length === 0) {
    if (collectStrategyFiles(cwd, '') === 0) {
      unmatched(SAY.noneBelow);
    }
    return { files: [...files].sort(), problems };
  }

  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info && GLOB_CHARACTERS.test(pattern)) {
      const count = await collectGlob(pattern, cwd, (file) => files.add(file), problems, language);
      if (count === 0) unmatched(SAY.noMatch, pattern);
    } else if (!info) unmatched(SAY.missing, pattern);
    else if (info.isDirectory()) {
      if (collectStrategyFiles(path, display(path) === '.' ? '' : display(path)) === 0) {
        unmatched(SAY.noneIn, pattern);
      }
    } else files.add(display(path));
  }
  return { files: [...files].sort(), problems };
}

/** Adds every file a glob matches; the folder walked is the glob's static start. */
async function collectGlob(pattern: string, cwd: string, add: (file: string) => void, problems: string[], language: Language): Promise<number> {
  const { default: picomatch } = await import('picomatch');
  const posix = toPosix(pattern).replace(/^\.\//, '');
  const { base, glob } = picomatch.scan(posix);
  const matches = picomatch(glob, { dot: false });
  const start = resolve(cwd, base || '.');
  if (!statSync(start, { throwIfNoEntry: false })?.isDirectory()) return 0;
  // Matched paths keep the form the user gave: absolute for an absolute glob, else relative to here.
  const shownStart = isAbsolute(base) ? start : relative(cwd, start);
  let count = 0;
  walk(
    start,
    shownStart,
    (_name, path) => {
      const inside = toPosix(shownStart ? path.slice(shownStart.length + 1) : path);
      if (matches(inside)) {
        add(path);
        count++;
      }
    },
    problems,
    language,
  );
  return count;
}
