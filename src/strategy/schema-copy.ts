/**
 * A schema editors can always reach. The YAML language server reads the
 * `$schema` of a file's modeline from disk, relative to the file; with smplan
 * installed in the project that is its `node_modules/smplan/schema/…`, and
 * otherwise (a global install, npx) a copy smplan keeps in the repository at
 * `.smplan/strategy-v1.json`, which `init` and `smplan schema --write` write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { packagePath } from '../base/package-root.js';
import { writeOutputFile } from './write.js';

const SCHEMA_IN_PACKAGE = ['node_modules', 'smplan', 'schema', 'strategy-v1.json'];
export const SCHEMA_COPY = ['.smplan', 'strategy-v1.json'];
const MODELINE = /^# yaml-language-server: \$schema=\S*[^\S\r\n]*(\r?\n|$)/m;

/** The repository a file is in (the folder holding `.git`), else the file's own folder. */
export function repositoryRoot(folder: string): string {
  for (let current = resolve(folder); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return resolve(folder);
  }
}

/** `path`, relative to `folder` as a modeline writes it: always starting with `.`, always with `/`. */
export function relativeReference(folder: string, path: string): string {
  const reference = relative(folder, path).split(sep).join('/');
  return reference.startsWith('./') || reference.startsWith('../') ? reference : `./${reference}`;
}

/**
 * Where the modeline of `file` points: the schema of the nearest installed
 * smplan above it, else the repository's copy (`copy` says where to write it).
 */
export function schemaLocation(file: string): { reference: string; copy?: string } {
  const folder = dirname(resolve(file));
  for (let current = folder; ; current = dirname(current)) {
    const installed = join(current, ...SCHEMA_IN_PACKAGE);
    if (existsSync(installed)) return { reference: relativeReference(folder, installed) };
    if (dirname(current) === current) break;
  }
  const copy = join(repositoryRoot(folder), ...SCHEMA_COPY);
  return { reference: relativeReference(folder, copy), copy };
}

/** `text` with its modeline pointing at `reference`: replaced where there is one, else added as the first line. */
export function withModeline(text: string, reference: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const newline = body.includes('\r\n') ? '\r\n' : '\n';
  const line = `# yaml-language-server: $schema=${reference}`;
  if (MODELINE.test(body)) return bom + body.replace(MODELINE, (_, end: string) => `${line}${end}`);
  return `${bom}${line}${newline}${body}`;
}

/** Writes the shipped schema to `copy` (and its folder), unless it holds that schema already. */
export function writeSchemaCopy(copy: string): void {
  const schema = readFileSync(packagePath('schema', 'strategy-v1.json'), 'utf8');
  if (existsSync(copy) && readFileSync(copy, 'utf8') === schema) return;
  writeOutputFile(copy, schema, []);
}
