/**
 * The npm package as users get it: `npm pack` (whose prepack builds the CLI),
 * installed into an empty project, then the first steps of the README run
 * through `npx`. Dependencies come from the npm cache the repository's own
 * `npm ci` filled (`--prefer-offline`), the registry only for what is missing.
 *
 * The package is packed from a copy of the repository, so the prepack build
 * never replaces the dist/ that the other tests are running at the same time.
 */
import { execFile } from 'node:child_process';
import { access, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Top-level entries a package build does not need: installed or generated things, git, benchmarks. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'coverage', 'bench']);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a user's shell: no npm_config_* inherited from `npm test`, a fixed "today". */
function userEnv(): NodeJS.ProcessEnv {
  const env = cleanEnv({ SMPLAN_TODAY: '2027-01-01', npm_config_update_notifier: 'false' });
  for (const key of Object.keys(env)) if (/^npm_(?!config_update_notifier$)/i.test(key)) delete env[key];
  return env;
}

function run(command: string, args: string[], cwd: string, timeout = 60_000): Promise<Result> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: userEnv(), timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let folder: string;
let project: string;
let installed: string;
let packed: string[];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-package-'));
  const source = join(folder, 'source');
  await cp(ROOT, source, { recursive: true, filter: (path) => !NOT_COPIED.has(relative(ROOT, path).split(sep)[0]!) });
  await symlink(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');

  const pack = await run(NPM, ['pack', '--json', '--pack-destination', folder], source, 120_000);
  expect(pack.code, pack.stderr).toBe(0);
  const [{ filename, files }] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  packed = files.map((file) => file.path);

  project = join(folder, 'project');
  await mkdir(project);
  expect((await run(NPM, ['init', '-y'], project)).code).toBe(0);
  const install = await run(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(folder, filename)], project, 150_000);
  expect(install.code, install.stderr).toBe(0);
  installed = join(project, 'node_modules/smplan');
}, 300_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the packed package', () => {
  it('ships the CLI, the schema, the templates and the docs', async () => {
    for (const path of ['package.json', 'README.md', 'bin/smplan.cjs', 'dist/cli.js', 'schema/strategy-v1.json', 'docs/strategy-file.md']) {
      expect(await exists(join(installed, path)), path).toBe(true);
    }
    expect((await readdir(join(installed, 'templates'))).filter((name) => name.endsWith('.yaml')).length).toBeGreaterThanOrEqual(8);
    expect((await readdir(join(installed, 'docs/rules'), { recursive: true })).filter((name) => String(name).endsWith('.md')).length).toBeGreaterThanOrEqual(36);
    expect(JSON.parse(await readFile(join(installed, 'schema/strategy-v1.json'), 'utf8'))).toEqual(
      JSON.parse(await readFile(join(ROOT, 'schema/strategy-v1.json'), 'utf8')),
    );
  });

  it('leaves out sources, tests and development files', async () => {
    for (const path of ['src', 'test', 'bench', 'scripts', 'tsconfig.json', 'vitest.config.ts', '.ci', 'node_modules']) {
      expect(await exists(join(installed, path)), path).toBe(false);
    }
    const topLevel = new Set(packed.map((path) => path.split('/')[0]));
    expect([...topLevel].sort()).toEqual(expect.arrayContaining(['bin', 'dist', 'docs', 'package.json', 'schema', 'templates']));
    for (const path of packed) expect(path, path).not.toMatch(/^(src|test|bench|scripts)\/|\.test\.|\.tsbuildinfo$/);
  });

  it('declares what npm and users need', async () => {
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'smplan', type: 'module', bin: { smplan: 'bin/smplan.cjs' }, engines: { node: expect.stringMatching(/^>=20/) } });
    expect(manifest.license).toBeTruthy();
    expect(manifest.repository?.url).toBeTruthy();
    expect(manifest.keywords?.length).toBeGreaterThan(0);
    const binPath = relative(project, join(project, 'node_modules/.bin/smplan'));
    expect(await exists(join(project, binPath)), binPath).toBe(true);
  });
});

describe('the installed CLI, through npx', () => {
  const smplan = (...args: string[]) => run(NPX, ['--no', '--', 'smplan', ...args], project);

  it('prints its version', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = await smplan('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(manifest.version);
  }, 60_000);

  it('writes a strategy from a template, checks it and reports on it', async () => {
    const init = await smplan('init', '--yes', '--template', 'kiosk', '--lang', 'en');
    expect(init.code, init.stderr).toBe(0);
    const text = await readFile(join(project, 'smplan.yaml'), 'utf8');
    // the modeline points at the schema inside the installed package
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
    expect(schema).toBe('./node_modules/smplan/schema/strategy-v1.json');
    expect(await exists(join(project, schema!))).toBe(true);

    const check = await smplan('check');
    expect(check.code, check.stdout + check.stderr).toBe(0);

    const report = await smplan('report');
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/pre-orders|ROI/i);
  }, 90_000);

  it('finds its shipped rule docs and schema', async () => {
    const rules = await smplan('rules', 'goals/metric');
    expect(rules.code, rules.stderr).toBe(0);
    expect(rules.stdout).toMatch(/goals\/metric/);
    const schema = await smplan('schema');
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(await readFile(join(installed, 'schema/strategy-v1.json'), 'utf8')));
  }, 60_000);
});
