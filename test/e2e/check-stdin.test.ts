/** `smplan check --stdin`, `check -`, `/dev/stdin` and `--no-error-on-unmatched-pattern`, run through the built CLI. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let folder: string;
let text: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-stdin-'));
  await mkdir(join(folder, 'clients'));
  // one error (no metric), which clients/.smplanrc.yaml turns into a warning
  text = (await readFile(join(ROOT, 'templates/kiosk.en.yaml'), 'utf8')).replace(/\n {6}metric: [^\n]*/, '');
  await writeFile(join(folder, 'smplan.yaml'), text);
  await writeFile(join(folder, 'clients/a.smplan.yaml'), text);
  await writeFile(join(folder, 'clients/.smplanrc.yaml'), 'rules:\n  goals/metric: warn\n');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const check = (args: string[], input?: string) => runCli(['check', '--format', 'json', ...args], { cwd: folder, input });
const messagesOf = (stdout: string) => (JSON.parse(stdout) as { messages: unknown[] }[])[0]!.messages;

describe('check --stdin', () => {
  it('reports the text under --stdin-filename with the findings of that file and the config of its folder', async () => {
    const fromFile = await check(['clients/a.smplan.yaml']);
    const fromStdin = await check(['--stdin', '--stdin-filename', 'clients/a.smplan.yaml'], text.trimEnd());
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(JSON.parse(fromStdin.stdout)[0].filePath).toMatch(/clients\/a\.smplan\.yaml$/);
    expect(messagesOf(fromStdin.stdout)).toEqual(messagesOf(fromFile.stdout));
    expect(messagesOf(fromStdin.stdout)).toEqual([expect.objectContaining({ ruleId: 'goals/metric', severity: 1 })]);
  });

  it('names the text <text> without --stdin-filename, and reads it for the path -', async () => {
    for (const args of [['--stdin'], ['-']]) {
      const { code, stdout } = await runCli(['check', ...args], { cwd: folder, input: text });
      expect(code).toBe(1);
      expect(stdout).toMatch(/^<text>$/m);
      expect(stdout).toMatch(/goals\/metric/);
    }
  });

  it('shows /dev/stdin as /dev/stdin', () => {
    // as a shell redirects a file (`< smplan.yaml`); a socket, as runCli's stdin is, cannot be read by path
    const input = openSync(join(folder, 'smplan.yaml'), 'r');
    try {
      const { status, stdout } = spawnSync(process.execPath, [BIN, 'check', '/dev/stdin'], { cwd: folder, env: cleanEnv(), stdio: [input, 'pipe', 'pipe'], encoding: 'utf8' });
      expect(status).toBe(1);
      expect(stdout).toMatch(/^\/dev\/stdin$/m);
    } finally {
      closeSync(input);
    }
  });

  it('refuses paths next to --stdin', async () => {
    const { code, stderr } = await runCli(['check', '--stdin', 'smplan.yaml'], { cwd: folder, input: text });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--stdin-filename/);
  });
});

describe('check --no-error-on-unmatched-pattern', () => {
  it('lets a glob match nothing', async () => {
    expect((await runCli(['check', 'smplan.yaml', 'old/*.smplan.yaml'], { cwd: folder })).code).toBe(2);
    const allowed = await runCli(['check', 'clients/*.smplan.yaml', 'old/*.smplan.yaml', '--no-error-on-unmatched-pattern'], { cwd: folder });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toMatch(/clients\/a\.smplan\.yaml/);
  });
});
