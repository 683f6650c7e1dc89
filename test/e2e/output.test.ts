/**
 * How the CLI writes: whole reports through pipes, a reader that leaves early
 * is not an error, and a run whose output goes to a pipe or file never loads
 * Node's stream modules (a tenth of `check`'s start; see src/cli/output.ts).
 */
import { spawnSync } from 'node:child_process';
import { openSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';

/** A strategy with a finding on each of many lines, for a report larger than a pipe's buffer. */
const MANY_FINDINGS = `smplan: 1\ncompany: {name: Kiosk}\nlanguage: en\n${Array.from({ length: 400 }, (_, index) => `x-unknown-${index}: value\n`).join('')}`;

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-output-'));
  await writeFile(join(folder, 'smplan.yaml'), MANY_FINDINGS);
});

describe('output', () => {
  it('reaches a pipe whole, larger than the pipe buffer', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--format', 'json'], { cwd: folder });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.length).toBeGreaterThan(65_536);
    expect(JSON.parse(stdout)[0].messages.filter((message: { ruleId: string }) => message.ruleId === 'strategy/unknown-key')).toHaveLength(400);
  });

  it('reaches a slow reader whole through a pipe that does not block (the write is handed to the stream)', () => {
    // Python can make the pipe non-blocking before smplan inherits it, and read only after a pause, when the pipe is full.
    const script = [
      'import os, subprocess, sys, time',
      'read, write = os.pipe()',
      'os.set_blocking(write, False)',
      `child = subprocess.Popen([sys.argv[1], sys.argv[2], 'check', '--format', 'json'], stdout=write)`,
      'os.close(write)',
      'time.sleep(0.5)',
      'chunks = []',
      'while True:',
      '    chunk = os.read(read, 65536)',
      '    if not chunk: break',
      '    chunks.append(chunk)',
      'sys.stdout.write(str(child.wait()) + " " + str(len(b"".join(chunks))) + "\\n")',
      'sys.stdout.flush()',
      'os.write(2, b"".join(chunks))',
    ].join('\n');
    const { stdout, stderr, status } = spawnSync('python3', ['-c', script, process.execPath, BIN], { cwd: folder, env: cleanEnv(), encoding: 'utf8' });
    expect(status).toBe(0);
    const [code, length] = stdout.trim().split(' ').map(Number);
    expect(code).toBe(1);
    expect(length).toBeGreaterThan(65_536);
    expect(JSON.parse(stderr)[0].messages).toHaveLength(412);
  });

  it('lets a reader stop early (`| head`) without an error', () => {
    const script = `node "${BIN}" check | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`;
    const { stderr } = spawnSync('bash', ['-c', script], { cwd: folder, env: cleanEnv(), encoding: 'utf8' });
    expect(stderr).toBe('exit 1\n');
  });

  it('loads no stream module when the report goes to a pipe, a file or /dev/null', async () => {
    const loaded = join(folder, 'loaded.txt');
    const recorder = join(folder, 'record-modules.cjs');
    await writeFile(recorder, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')));\n`);
    for (const stdout of ['pipe', 'file', 'ignore'] as const) {
      const out = stdout === 'file' ? openSync(join(folder, 'report.txt'), 'w') : stdout;
      const result = spawnSync(process.execPath, ['-r', recorder, BIN, 'check'], { cwd: folder, env: cleanEnv(), stdio: ['ignore', out, 'pipe'] });
      expect(result.status).toBe(1);
      const modules = (await readFile(loaded, 'utf8')).split('\n');
      expect(modules).not.toContain('NativeModule stream');
      expect(modules).not.toContain('NativeModule net');
    }
    expect(await readFile(join(folder, 'report.txt'), 'utf8')).toMatch(/✖ 412 problems \(6 errors, 406 warnings\)/);
  });
});
