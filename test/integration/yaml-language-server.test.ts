/**
 * Editors: the YAML language server (VS Code's YAML extension, Neovim, Helix,
 * Zed, IntelliJ via LSP) checks a strategy file against the shipped JSON Schema
 * while it is typed, through the modeline that `smplan init` writes:
 *
 *   # yaml-language-server: $schema=./node_modules/smplan/schema/strategy-v1.json
 *
 * This runs the real yaml-language-server on a project folder laid out as
 * after `npm install -D smplan`, with the schema served from disk only.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from 'yaml-language-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { statuses, teamSchema } from '../../src/strategy/schema.js';
import { runCli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODELINE = '# yaml-language-server: $schema=./node_modules/smplan/schema/strategy-v1.json';

let folder: string;
/** A repository without node_modules: smplan runs from a global install or npx. */
let bare: string;
let service: LanguageService;
/** Every schema URI the server asked for. */
const requested: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-yls-'));
  bare = await mkdtemp(join(tmpdir(), 'smplan-yls-bare-'));
  await mkdir(join(bare, '.git'));
  await mkdir(join(folder, 'node_modules/smplan/schema'), { recursive: true });
  await copyFile(join(ROOT, 'schema/strategy-v1.json'), join(folder, 'node_modules/smplan/schema/strategy-v1.json'));
  service = getLanguageService({
    // No network: only files, and only below the project folder.
    schemaRequestService: async (uri) => {
      requested.push(uri);
      if (![folder, bare].some((allowed) => uri.startsWith(pathToFileURL(allowed).href))) throw new Error(`refused to fetch ${uri}`);
      return readFile(fileURLToPath(uri), 'utf8');
    },
    // What the server does: a relative $schema is relative to the file that names it.
    workspaceContext: { resolveRelativePath: (relativePath, resource) => new URL(relativePath, resource).href },
  });
  service.configure({ validate: true, hover: true, completion: true, schemas: [] });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(bare, { recursive: true, force: true });
});

let version = 0;
function open(path: string, text: string, root = folder): TextDocument {
  return TextDocument.create(pathToFileURL(join(root, path)).href, 'yaml', ++version, text);
}

async function template(name: string): Promise<string> {
  return readFile(join(ROOT, 'templates', name), 'utf8');
}

/** The zero-based line of the first line that contains `text`. */
function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((candidate) => candidate.includes(needle));
  expect(line, needle).toBeGreaterThanOrEqual(0);
  return line;
}

describe('yaml-language-server with the modeline that init writes', () => {
  it.each(['kiosk.en.yaml', 'b2b.de.yaml', 'enterprise.en.yaml', 'nonprofit.de.yaml'])('finds nothing wrong in the template %s', async (name) => {
    const text = `${MODELINE}\n${await template(name)}`;
    expect(await service.doValidation(open('smplan.yaml', text), false)).toEqual([]);
  });

  it('reports a wrong type and an unknown enum value on their lines', async () => {
    const text = `${MODELINE}\n${await template('kiosk.en.yaml')}`.replace(/^revision: 1$/m, 'revision: "three"').replace(/^status: draft$/m, 'status: live');
    const diagnostics = await service.doValidation(open('smplan.yaml', text), false);
    expect(diagnostics).toHaveLength(2);
    const revision = diagnostics.find((diagnostic) => diagnostic.range.start.line === lineOf(text, 'revision: "three"'));
    const status = diagnostics.find((diagnostic) => diagnostic.range.start.line === lineOf(text, 'status: live'));
    expect(revision?.message).toMatch(/integer/);
    expect(status?.message).toMatch(/draft/);
    for (const value of statuses) expect(status?.message).toContain(value);
    for (const diagnostic of diagnostics) expect(diagnostic.source).toMatch(/smplan/);
  });

  it('resolves the modeline from the file\'s own folder (../node_modules for clients/kunz.smplan.yaml)', async () => {
    const text = `${MODELINE.replace('./node_modules', '../node_modules')}\n${await template('kiosk.de.yaml')}`.replace(/^revision: 1$/m, 'revision: 0');
    const diagnostics = await service.doValidation(open('clients/kunz.smplan.yaml', text), false);
    expect(diagnostics.map((diagnostic) => diagnostic.range.start.line)).toEqual([lineOf(text, 'revision: 0')]);
  });

  it('shows the description from the zod schema when hovering a key', async () => {
    const text = `${MODELINE}\n${await template('kiosk.en.yaml')}`;
    const line = lineOf(text, 'executive_sponsor:');
    const character = text.split('\n')[line]!.indexOf('executive_sponsor') + 4;
    const hover = await service.doHover(open('smplan.yaml', text), { line, character });
    const contents = hover?.contents;
    const markdown = typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : JSON.stringify(contents);
    const description = z.globalRegistry.get(teamSchema.shape.executive_sponsor)?.description ?? '';
    expect(description).toMatch(/backing from the top/);
    expect(markdown).toContain(description);
  });

  it('validates what `smplan init` writes, in the root and in a subfolder, through its own modeline', async () => {
    for (const [file, schema] of [
      ['smplan.yaml', './node_modules/smplan/schema/strategy-v1.json'],
      ['clients/kunz.smplan.yaml', '../node_modules/smplan/schema/strategy-v1.json'],
    ] as const) {
      const init = await runCli(['init', file, '--yes', '--template', 'kiosk', '--lang', 'de'], { cwd: folder });
      expect(init.code, init.stderr).toBe(0);
      const text = await readFile(join(folder, file), 'utf8');
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schema}`);
      expect(await service.doValidation(open(file, text), false)).toEqual([]);
      const broken = text.replace(/^status: draft$/m, 'status: live');
      const diagnostics = await service.doValidation(open(file, broken), false);
      expect(diagnostics.map((diagnostic) => diagnostic.range.start.line)).toEqual([lineOf(broken, 'status: live')]);
    }
  });

  it('validates in a repository without node_modules, through the copy init and schema --write keep in .smplan/', async () => {
    const init = await runCli(['init', 'clients/kunz.smplan.yaml', '--yes', '--template', 'kiosk', '--lang', 'de'], { cwd: bare });
    expect(init.code, init.stderr).toBe(0);
    const text = await readFile(join(bare, 'clients/kunz.smplan.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.smplan/strategy-v1.json');
    expect(await readFile(join(bare, '.smplan/strategy-v1.json'), 'utf8')).toBe(await readFile(join(ROOT, 'schema/strategy-v1.json'), 'utf8'));
    const broken = text.replace(/^status: draft$/m, 'status: live');
    const diagnostics = await service.doValidation(open('clients/kunz.smplan.yaml', broken, bare), false);
    expect(diagnostics.map((diagnostic) => diagnostic.range.start.line)).toEqual([lineOf(broken, 'status: live')]);

    // A strategy written by hand, without a modeline, gets one from schema --write.
    await writeFile(join(bare, 'smplan.yaml'), (await template('kiosk.en.yaml')).replace(/^status: draft$/m, 'status: live'));
    const write = await runCli(['schema', '--write'], { cwd: bare });
    expect(write.code, write.stderr).toBe(0);
    const handwritten = await readFile(join(bare, 'smplan.yaml'), 'utf8');
    expect(handwritten.split('\n')[0]).toBe('# yaml-language-server: $schema=./.smplan/strategy-v1.json');
    const found = await service.doValidation(open('smplan.yaml', handwritten, bare), false);
    expect(found.map((diagnostic) => diagnostic.range.start.line)).toEqual([lineOf(handwritten, 'status: live')]);
  });

  it('loaded the schema from disk and from nowhere else', () => {
    expect(requested.length).toBeGreaterThan(0);
    for (const uri of requested) expect(uri).toMatch(/^file:\/\/.*\/(node_modules\/smplan\/schema|\.smplan)\/strategy-v1\.json$/);
  });
});
