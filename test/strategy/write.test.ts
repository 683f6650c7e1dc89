/** The one write path (src/strategy/write.ts): what it keeps, what it refuses, and its lock. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FileError, MAX_FILE_BYTES } from '../../src/strategy/files.js';
import { ChangedOnDiskError, withStrategyLock, writeOutputFile, writeStrategyFile } from '../../src/strategy/write.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'smplan-write-'));
});

describe('writeStrategyFile', () => {
  it('replaces atomically, keeps the mode and leaves no temp or lock file', async () => {
    const path = join(folder, 'smplan.yaml');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    await writeStrategyFile(path, 'new\n', { text: 'old\n' });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['smplan.yaml']);
  });

  it('refuses to write over a file that changed since it was read', async () => {
    const path = join(folder, 'smplan.yaml');
    writeFileSync(path, 'changed by someone else\n');
    await expect(writeStrategyFile(path, 'new\n', { text: 'old\n' })).rejects.toBeInstanceOf(ChangedOnDiskError);
    await expect(writeStrategyFile(path, 'new\n', 'absent')).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(path, 'utf8')).toBe('changed by someone else\n');
    await writeStrategyFile(path, 'new\n', 'any');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  it('writes through a symlink: the link stays, its target changes', async () => {
    mkdirSync(join(folder, 'real'));
    const target = join(folder, 'real', 'strategy.yaml');
    writeFileSync(target, 'old\n');
    symlinkSync('real/strategy.yaml', join(folder, 'link.yaml'));
    await writeStrategyFile(join(folder, 'link.yaml'), 'new\n', { text: 'old\n' });
    expect(lstatSync(join(folder, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
  });

  it('keeps hard links linked', async () => {
    const path = join(folder, 'a.yaml');
    writeFileSync(path, 'old\n');
    linkSync(path, join(folder, 'b.yaml'));
    await writeStrategyFile(path, 'new\n', { text: 'old\n' });
    expect(readFileSync(join(folder, 'b.yaml'), 'utf8')).toBe('new\n');
  });

  it('never writes what smplan would refuse to read back', async () => {
    const path = join(folder, 'smplan.yaml');
    writeFileSync(path, 'old\n');
    await expect(writeStrategyFile(path, 'x'.repeat(MAX_FILE_BYTES + 1), { text: 'old\n' })).rejects.toThrow(/archive file/);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
  });

  it('refuses a folder, a special file and a missing folder, leaving nothing behind', async () => {
    mkdirSync(join(folder, 'taken'));
    await expect(writeStrategyFile(join(folder, 'taken'), 'x', 'any')).rejects.toBeInstanceOf(FileError);
    await expect(writeStrategyFile(join(folder, 'no-such-folder', 'a.yaml'), 'x', 'absent')).rejects.toThrow(/folder does not exist/);
    expect(spawnSync('mkfifo', [join(folder, 'fifo.yaml')]).status).toBe(0);
    await expect(writeStrategyFile(join(folder, 'fifo.yaml'), 'x', 'any')).rejects.toThrow(/not a regular file/);
    expect(readdirSync(folder).sort()).toEqual(['fifo.yaml', 'taken']);
  });
});

describe('withStrategyLock', () => {
  it('takes over the lock of a writer that is gone', async () => {
    const path = join(folder, 'smplan.yaml');
    writeFileSync(path, 'old\n');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(folder, '.smplan.yaml.lock'), JSON.stringify({ pid: Number(dead.stdout), host: (await import('node:os')).hostname() }));
    await writeStrategyFile(path, 'new\n', { text: 'old\n' });
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(folder)).toEqual(['smplan.yaml']);
  });

  it('lets one writer at a time change the file', async () => {
    const path = join(folder, 'smplan.yaml');
    writeFileSync(path, '0');
    // Another process holds the lock for a moment; this writer waits for it, then adds to what it wrote.
    const holder = spawn(
      process.execPath,
      ['-e', `const fs = require('fs'); fs.writeFileSync(process.argv[1], JSON.stringify({ pid: process.pid, host: require('os').hostname() }), { flag: 'wx' }); process.stdout.write('held'); setTimeout(() => { fs.writeFileSync(process.argv[2], '1'); fs.unlinkSync(process.argv[1]); }, 300);`, join(folder, '.smplan.yaml.lock'), path],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    await withStrategyLock(path, () => writeStrategyFile(path, `${readFileSync(path, 'utf8')}+1`, 'any'));
    expect(readFileSync(path, 'utf8')).toBe('1+1');
  });
});

describe('writeOutputFile', () => {
  it('writes a new report and its folder, atomically', () => {
    writeOutputFile(join(folder, 'reports', 'r.json'), '{}\n', []);
    expect(readFileSync(join(folder, 'reports', 'r.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(join(folder, 'reports'))).toEqual(['r.json']);
  });

  it('refuses the strategy it reads, also through a symlink', () => {
    const strategy = join(folder, 'smplan.yaml');
    writeFileSync(strategy, 'keep\n');
    symlinkSync('smplan.yaml', join(folder, 'alias.yaml'));
    expect(() => writeOutputFile(strategy, 'report', [strategy])).toThrow(/strategy file this command reads/);
    expect(() => writeOutputFile(join(folder, 'alias.yaml'), 'report', [strategy])).toThrow(/strategy file this command reads/);
    expect(readFileSync(strategy, 'utf8')).toBe('keep\n');
  });

  it('writes to a FIFO as a stream, for its reader', async () => {
    const fifo = join(folder, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let received = '';
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    writeOutputFile(fifo, 'the report\n', []);
    await closed;
    expect(received).toBe('the report\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
