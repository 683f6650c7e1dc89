/**
 * Nothing is lost: the built CLI writing as users (and accidents) make it
 * write. Concurrent writers, kills mid-write, permissions, owners, symlinks,
 * devices, FIFOs, the size limit and a full stdout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { StrategyDocument } from '../../src/strategy/document.js';
import { MAX_FILE_BYTES } from '../../src/strategy/files.js';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';

const STRATEGY = `smplan: 1
company: {name: Kiosk}
revision: 1
updated: 2027-01-01
started: 2027-01-01
goals:
  - id: walk-ins
    kpi: {metric: Walk-in customers a week, unit: customers, baseline: 120, target: 600, deadline: 2027-06-30}
    measurements:
      - date: 2027-01-02
        value: 121
`;

const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
const canUnshare = isRoot && spawnSync('unshare', ['-m', 'true']).status === 0;
const NOBODY = 65534;

let folder: string;
const file = (name = 'smplan.yaml') => join(folder, name);
const env = { SMPLAN_TODAY: '2027-06-01', SMPLAN_NO_COMPILE_CACHE: '1' };
const track = (args: string[]) => runCli(['track', ...args], { cwd: folder, env });
const dateOf = (day: number) => new Date(Date.UTC(2027, 1, day)).toISOString().slice(0, 10);
const measurementCount = () => (parse(readFileSync(file(), 'utf8')).goals[0].measurements as unknown[]).length;

/** Runs the CLI as the unprivileged user `nobody`, with no supplementary groups. */
function runAsNobody(args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args], {
    cwd: folder,
    env: cleanEnv(env),
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'smplan-write-safety-'));
  writeFileSync(file(), STRATEGY);
});

describe('concurrent writers', () => {
  it('keeps every value of 20 track runs started at once, five times over', async () => {
    for (let round = 0; round < 5; round++) {
      writeFileSync(file(), STRATEGY);
      const days = Array.from({ length: 20 }, (_, index) => dateOf(index + 1));
      const results = await Promise.all(days.map((date) => track(['walk-ins', String(200 + round), '--date', date])));
      for (const result of results) expect(result.code, result.stderr).toBe(0);
      const dates = (parse(readFileSync(file(), 'utf8')).goals[0].measurements as { date: string }[]).map((m) => m.date);
      expect(dates.sort()).toEqual(['2027-01-02', ...days].sort());
      expect(StrategyDocument.load(file()).strategy?.revision).toBe(21);
    }
  }, 120_000);

  it('loses no value and no answer when track and edit --answers write at once', async () => {
    writeFileSync(file('team.yaml'), 'coordination: Mondays, ten minutes\n');
    const days = Array.from({ length: 10 }, (_, index) => dateOf(index + 1));
    const runs = [...days.map((date) => track(['walk-ins', '150', '--date', date])), runCli(['edit', 'team', '--answers', 'team.yaml'], { cwd: folder, env })];
    for (const result of await Promise.all(runs)) expect(result.code, result.stderr).toBe(0);
    const data = parse(readFileSync(file(), 'utf8'));
    expect(data.goals[0].measurements).toHaveLength(11);
    expect(data.team.coordination).toBe('Mondays, ten minutes');
  }, 60_000);

  it('leaves the old or the new file, and no lock that blocks, when track is killed at any moment (200 kills)', async () => {
    let before = measurementCount();
    for (let batch = 0; batch < 20; batch++) {
      const runs = Array.from({ length: 10 }, (_, index) => {
        const child = spawn(process.execPath, [BIN, 'track', 'walk-ins', '300', '--date', dateOf(batch + 1), '--replace'], {
          cwd: folder,
          env: cleanEnv(env),
          stdio: 'ignore',
        });
        setTimeout(() => child.kill('SIGKILL'), 20 + ((batch * 10 + index) * 37) % 260);
        return new Promise((resolve) => child.on('close', resolve));
      });
      await Promise.all(runs);
      const document = StrategyDocument.load(file());
      expect(document.problems).toEqual([]);
      const count = measurementCount();
      expect(count === before || count === before + 1, `batch ${batch}: ${before} → ${count}`).toBe(true);
      before = count;
    }
    const next = await track(['walk-ins', '310', '--date', '2027-05-01']);
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(folder).filter((name) => name.endsWith('.lock'))).toEqual([]);
  }, 180_000);
});

describe.skipIf(!isRoot || !hasSetpriv)('permissions, as an unprivileged user (needs root and setpriv)', () => {
  beforeEach(() => chmodSync(folder, 0o777));

  it('refuses a read-only file, as `echo >` would', () => {
    chownSync(file(), NOBODY, NOBODY);
    chmodSync(file(), 0o444);
    const result = runAsNobody(['track', 'walk-ins', '130', '--date', '2027-02-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/smplan\.yaml: permission denied/);
    expect(readFileSync(file(), 'utf8')).toBe(STRATEGY);
  });

  it("refuses another user's file in a folder the user may write", () => {
    chmodSync(file(), 0o644);
    const result = runAsNobody(['track', 'walk-ins', '130', '--date', '2027-02-01']);
    expect(result.status).toBe(2);
    expect(readFileSync(file(), 'utf8')).toBe(STRATEGY);
    expect(statSync(file()).uid).toBe(0);
  });
});

describe.skipIf(!isRoot)('owners, links and special files (needs root)', () => {
  it("keeps owner and mode when root writes another user's file", async () => {
    chownSync(file(), NOBODY, NOBODY);
    chmodSync(file(), 0o640);
    const result = await track(['walk-ins', '130', '--date', '2027-02-01']);
    expect(result.code, result.stderr).toBe(0);
    const info = statSync(file());
    expect([info.uid, info.gid, info.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o640]);
    expect(measurementCount()).toBe(2);
  });

  it('writes through a symlink: it stays a symlink and its target changes', async () => {
    writeFileSync(file('target.yaml'), STRATEGY);
    symlinkSync('target.yaml', file('link.yaml'));
    const result = await track(['walk-ins', '130', '--date', '2027-02-01', '-f', 'link.yaml']);
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(file('link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file('target.yaml'), 'utf8')).toContain('value: 130');
  });

  it.skipIf(!canUnshare)('leaves /dev/null a character device with -o /dev/null (private mount namespace)', () => {
    const script = `mount -t tmpfs tmpfs /dev && mknod /dev/null c 1 3 && chmod 666 /dev/null && "$0" "$1" report smplan.yaml -o /dev/null && test -c /dev/null`;
    const result = spawnSync('unshare', ['-m', 'sh', '-c', script, process.execPath, BIN], { cwd: folder, env: cleanEnv(env), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });
});

describe('--output-file', () => {
  it('delivers the report to the reader of a FIFO', async () => {
    expect(spawnSync('mkfifo', [file('report.fifo')]).status).toBe(0);
    const reader = spawn('cat', [file('report.fifo')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let received = '';
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const result = await runCli(['report', '--format', 'json', '-o', 'report.fifo'], { cwd: folder, env });
    await closed;
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(received).goals[0].id).toBe('walk-ins');
    expect(lstatSync(file('report.fifo')).isFIFO()).toBe(true);
  });

  it.each([
    ['report', ['report', 'smplan.yaml', '-o', 'smplan.yaml']],
    ['check', ['check', '--format', 'junit', '-o', 'smplan.yaml']],
  ])('refuses to write %s over the strategy it reads', async (_, args) => {
    const result = await runCli(args, { cwd: folder, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/smplan\.yaml: is a strategy file this command reads/);
    expect(readFileSync(file(), 'utf8')).toBe(STRATEGY);
  });
});

describe('limits and exit codes', () => {
  it('refuses a track that would grow the file past what smplan reads', async () => {
    const filler = `# ${'x'.repeat(MAX_FILE_BYTES - STRATEGY.length - 100 - 3)}\n`;
    const text = `${STRATEGY}${filler}`;
    expect(Buffer.byteLength(text)).toBe(MAX_FILE_BYTES - 100);
    writeFileSync(file(), text);
    const result = await track(['walk-ins', '130', '--date', '2027-02-01', '--note', 'x'.repeat(100)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/archive/);
    expect(readFileSync(file(), 'utf8')).toBe(text);
  });

  it('records the value and does not fail when stdout is a full disk', () => {
    const result = spawnSync('sh', ['-c', '"$0" "$1" track walk-ins 130 --date 2027-02-01 > /dev/full', process.execPath, BIN], {
      cwd: folder,
      env: cleanEnv(env),
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(measurementCount()).toBe(2);
  });
});
