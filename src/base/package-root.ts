/**
 * The folder smplan is installed in (the one with its package.json), found by
 * walking up from the running module. The source runs from src/cli/, the bundle
 * from dist/ and its chunks from dist/chunks/, so a fixed `../` would be wrong
 * in one of them; the walk finds the root from all three.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_NAME = 'smplan';

function packageNameIn(folder: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown };
    return typeof manifest.name === 'string' ? manifest.name : undefined;
  } catch {
    return undefined;
  }
}

/** The package root above `from` (a file URL or path); throws when there is none, which is a broken install. */
export function packageRoot(from: string | URL = import.meta.url): string {
  const start = typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from);
  let folder = dirname(start);
  for (;;) {
    if (packageNameIn(folder) === PACKAGE_NAME) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the ${PACKAGE_NAME} package folder above ${start}; reinstall smplan`);
    folder = parent;
  }
}

/** A file or folder shipped in the package (`templates`, `schema/strategy-v1.json`). */
export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
