import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { StrategyDocument } from '../../src/strategy/document.js';
import { FileError, MAX_FILE_BYTES, readTextFile } from '../../src/strategy/files.js';

const source = [
  '# Strategie Kiosk',
  'smplan: 1',
  'company:',
  '  name: Kiosk Müller   # the shop',
  'goals:',
  '  - id: laufkundschaft',
  '    kpi:',
  '      metric: Follower',
  '      target: 600',
  '',
].join('\n');

describe('StrategyDocument positions', () => {
  const document = StrategyDocument.parse('smplan.yaml', source);

  it('locates an existing value', () => {
    expect(document.locate(['goals', 0, 'kpi', 'target'])).toEqual({ line: 9, column: 15, endLine: 9, endColumn: 18 });
    expect(document.locate(['company', 'name'])).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 21 });
    expect(document.locate(['goals', 0, 'kpi'])).toEqual({ line: 7, column: 5, endLine: 9, endColumn: 18 });
  });

  it('locates a missing key at its parent mapping, from the parent key on', () => {
    expect(document.locate(['goals', 0, 'kpi', 'baseline'])).toEqual({ line: 7, column: 5, endLine: 9, endColumn: 18 });
    expect(document.locate(['team', 'owner'])).toEqual({ line: 2, column: 1, endLine: 9, endColumn: 18 });
  });

  it('locates a list item', () => {
    expect(document.locate(['goals', 0]).line).toBe(6);
    expect(document.locate(['goals', 0]).column).toBe(5);
  });

  it('gives the same positions with a BOM and with CRLF line endings', () => {
    const withBom = StrategyDocument.parse('a.yaml', `\uFEFF${source}`);
    const withCrlf = StrategyDocument.parse('b.yaml', source.replace(/\n/g, '\r\n'));
    for (const path of [['goals', 0, 'kpi', 'target'], ['goals', 0, 'kpi', 'baseline'], ['company', 'name']]) {
      expect(withBom.locate(path)).toEqual(document.locate(path));
      expect(withCrlf.locate(path)).toEqual(document.locate(path));
    }
    expect(withBom.strategy?.company.name).toBe('Kiosk Müller');
    expect(withCrlf.strategy?.company.name).toBe('Kiosk Müller');
  });

  it('writes BOM and CRLF back as they were', () => {
    const withBoth = StrategyDocument.parse('c.yaml', `\uFEFF${source.replace(/\n/g, '\r\n')}`);
    withBoth.set(['goals', 0, 'kpi', 'target'], 700);
    const text = withBoth.toString();
    expect(text.startsWith('\uFEFF# Strategie Kiosk\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('target: 700\r\n');
  });
});

describe('StrategyDocument problems', () => {
  const problems = (text: string) => StrategyDocument.parse('x.yaml', text).problems;

  it('loads an empty file as an empty draft with findings', () => {
    const document = StrategyDocument.parse('empty.yaml', '');
    expect(document.data).toEqual({});
    expect(document.problems.map((problem) => [problem.code, problem.data.key])).toEqual([
      ['required', 'smplan'],
      ['required', 'company'],
    ]);
  });

  it('reports a syntax error with its position', () => {
    const [problem] = problems('smplan: 1\ncompany:\n  name: "open\n');
    expect(problem?.code).toBe('syntax');
    expect(problem?.data.reason).toMatch(/closing "quote/);
    expect(problem?.position.line).toBe(4);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const [problem] = problems('smplan: 1\ncompany: {name: A}\nsmplan: 1\n');
    expect(problem?.code).toBe('syntax');
    expect(problem?.data.reason).toMatch(/unique/i);
    expect(problem?.position.line).toBe(3);
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const started = Date.now();
    expect(problems(bomb.join('\n')).map((problem) => problem.code)).toEqual(['alias-bomb']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a top level that is not a mapping', () => {
    expect(problems('- a\n- b\n').map((problem) => problem.code)).toEqual(['not-a-mapping']);
    expect(problems('just text\n').map((problem) => problem.code)).toEqual(['not-a-mapping']);
  });

  it('keeps a __proto__ key as data without touching prototypes', () => {
    const document = StrategyDocument.parse('p.yaml', 'smplan: 1\ncompany: {name: A}\n__proto__: {polluted: true}\n');
    expect(document.problems).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(document.data)).toBe(Object.prototype);
    expect(Object.keys(document.data as object)).toContain('__proto__');
  });

  it('treats an empty section as not answered yet', () => {
    expect(problems('smplan: 1\ncompany: {name: A}\naudiences:\n')).toEqual([]);
  });

  it('reports schema problems at the offending node', () => {
    const [problem] = problems('smplan: 1\ncompany: {name: A}\nupdated: 2027-02-30\n');
    expect(problem).toMatchObject({ code: 'not-a-date', data: { key: 'updated', value: '2027-02-30' } });
    expect(problem?.position).toEqual({ line: 3, column: 10, endLine: 3, endColumn: 20 });
  });
});

describe('reading and writing files', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'smplan-files-'));
  });

  const loadError = (path: string) => {
    try {
      StrategyDocument.load(path);
    } catch (error) {
      expect(error).toBeInstanceOf(FileError);
      return (error as FileError).message;
    }
    throw new Error(`${path} loaded`);
  };

  it('names the file when it is missing, a folder, binary, not UTF-8 or too large', async () => {
    expect(loadError(join(folder, 'missing.yaml'))).toMatch(/missing\.yaml: no such file/);
    expect(loadError(folder)).toMatch(/is a folder/);
    await writeFile(join(folder, 'binary.yaml'), Buffer.from([0x73, 0x6d, 0x00, 0x01]));
    expect(loadError(join(folder, 'binary.yaml'))).toMatch(/binary\.yaml: is a binary file \(NUL byte at offset 2\)/);
    await writeFile(join(folder, 'latin1.yaml'), Buffer.from('name: K\xf6ln\n', 'latin1'));
    expect(loadError(join(folder, 'latin1.yaml'))).toMatch(/not UTF-8/);
    await writeFile(join(folder, 'huge.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    expect(loadError(join(folder, 'huge.yaml'))).toMatch(/huge\.yaml: is 50\.0 MiB, more than a strategy can be/);
  });

  it('reads files of any size up to the limit whole, each without the one before', async () => {
    const line = '# ä comment that fills the file\n';
    const sizes = [MAX_FILE_BYTES, 200 * 1024, 64 * 1024, 64 * 1024 - 1, 10, 0];
    for (const size of sizes) {
      const text = `${line.repeat(Math.floor(size / Buffer.byteLength(line)))}${'x'.repeat(size % Buffer.byteLength(line))}`;
      await writeFile(join(folder, 'file.yaml'), text);
      expect(Buffer.byteLength(text)).toBe(size);
      expect(readTextFile(join(folder, 'file.yaml'))).toBe(text);
    }
    await writeFile(join(folder, 'file.yaml'), 'x'.repeat(MAX_FILE_BYTES + 1));
    expect(() => readTextFile(join(folder, 'file.yaml'))).toThrow(/is 2\.0 MiB, more than a strategy can be/);
  });

  it.skipIf(process.platform === 'win32')('reads a pipe to its end, and no further than the limit', async () => {
    const fifo = join(folder, 'fifo.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer pauses between chunks, so reads come back short before the end.
    const writer = (script: string) => spawn(process.execPath, ['-e', script, fifo], { stdio: 'ignore' });
    writer("const fs = require('fs'); const fd = fs.openSync(process.argv[1], 'w'); let n = 0; const next = () => { if (n++ === 3) return fs.closeSync(fd); fs.writeSync(fd, 'a: ' + n + '\\n'); setTimeout(next, 30); }; next();");
    expect(readTextFile(fifo)).toBe('a: 1\na: 2\na: 3\n');
    const flood = writer("const fs = require('fs'); try { fs.writeFileSync(process.argv[1], 'x'.repeat(3 * 1024 * 1024)); } catch {}");
    expect(() => readTextFile(fifo)).toThrow(/is larger than 2\.0 MiB; name the right file/);
    flood.kill();
  });

  it('saves a loaded document with its comments', async () => {
    const path = join(folder, 'smplan.yaml');
    await writeFile(path, source);
    const document = StrategyDocument.load(path);
    document.set(['goals', 0, 'kpi', 'target'], 650);
    await document.save();
    const written = await readFile(path, 'utf8');
    expect(written).toContain('# Strategie Kiosk');
    expect(written).toContain('name: Kiosk Müller # the shop');
    expect(written).toContain('target: 650');
  });
});
