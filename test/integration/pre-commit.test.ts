/**
 * The pre-commit hook as a user's repository gets it: the real `pre-commit
 * try-repo` clones this repository's HEAD, installs the hook the way pre-commit
 * installs node hooks (`npm install`, `npm pack`, `npm install -g` of the
 * tarball) and runs it on the staged files. npm works offline from the cache
 * that the repository's own `npm ci` filled, so the test needs no network.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function available(command: string, args: string[], cwd = ROOT): boolean {
  try {
    execFileSync(command, args, { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = !available('pre-commit', ['--version'])
  ? 'pre-commit is not installed (Debian: apt-get install pre-commit; .ci/run does this)'
  : !available('git', ['rev-parse', 'HEAD'])
    ? 'this copy of smplan is not a git repository with a commit'
    : undefined;
if (missing) console.warn(`skipping the pre-commit test: ${missing}`);

interface Result {
  code: number;
  output: string;
}

let folder: string;
let hookRepository: string;
let user: string;

function run(command: string, args: string[], cwd: string): Promise<Result> {
  const env = cleanEnv({ PRE_COMMIT_HOME: join(folder, 'pre-commit-cache'), npm_config_offline: 'true', npm_config_update_notifier: 'false' });
  // npm_* from a surrounding `npm test` would point the hook's npm at this repository
  for (const key of Object.keys(env)) if (/^npm_(?!config_(offline|update_notifier)$)/i.test(key)) delete env[key];
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
    );
  });
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, stdio: 'pipe' });

describe.skipIf(missing)('pre-commit try-repo with the smplan-check hook', () => {
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'smplan-pre-commit-'));
    hookRepository = join(folder, 'smplan');
    user = join(folder, 'user');
    git(folder, 'clone', '--quiet', ROOT, hookRepository);
    git(folder, 'init', '--quiet', user);
    await writeFile(join(user, 'README.md'), 'A repository without strategy files yet.\n');
    git(user, 'add', 'README.md');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const tryRepo = () => run('pre-commit', ['try-repo', hookRepository, 'smplan-check'], user);

  it('installs from a clean clone and skips a commit without strategy files', async () => {
    const { code, output } = await tryRepo();
    expect(output).toMatch(/smplan check\.+\(no files to check\)Skipped/);
    expect(code, output).toBe(0);
  }, 300_000);

  it('blocks a commit whose strategy has an error, naming the file and the rule', async () => {
    const kiosk = await readFile(join(ROOT, 'templates/kiosk.en.yaml'), 'utf8');
    await writeFile(join(user, 'smplan.yaml'), kiosk.replace(/\n {6}metric: [^\n]*/, ''));
    git(user, 'add', 'smplan.yaml');
    const { code, output } = await tryRepo();
    expect(output).toMatch(/smplan check\.+Failed/);
    expect(output).toMatch(/smplan\.yaml/);
    expect(output).toMatch(/goals\/metric/);
    expect(code).toBe(1);
  }, 300_000);

  it('lets the fixed strategy through, and the commit is made', async () => {
    await writeFile(join(user, 'smplan.yaml'), await readFile(join(ROOT, 'templates/kiosk.en.yaml'), 'utf8'));
    git(user, 'add', 'smplan.yaml');
    const { code, output } = await tryRepo();
    expect(output).toMatch(/smplan check\.+Passed/);
    expect(code, output).toBe(0);
    git(user, 'commit', '--quiet', '-m', 'Strategy');
    expect(execFileSync('git', ['ls-files'], { cwd: user, encoding: 'utf8' })).toContain('smplan.yaml');
  }, 300_000);
});
