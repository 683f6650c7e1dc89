/**
 * The plain reader stands in for js-yaml in QuickDocument. On every text it
 * takes, it must give the data js-yaml gives (and yaml, which StrategyDocument
 * reads with), and put every value and every key where yaml puts them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/strategy/plain-reader.js';
import { StrategyDocument } from '../../src/strategy/document.js';
import { isPlainYaml, QuickDocument, readWithJsYaml } from '../../src/strategy/quick-document.js';
import { pathsOf } from '../helpers/data-paths.js';

const suite = fileURLToPath(new URL('../../../shared/yaml-test-suite/', import.meta.url));
const templates = fileURLToPath(new URL('../../templates/', import.meta.url));
const templateTexts = readdirSync(templates).map((name) => readFileSync(`${templates}${name}`, 'utf8'));
const valid = { strategy: undefined, problems: [] };

/** Compares the plain reading of `text` with js-yaml's and yaml's; returns whether the plain reader took it. */
function agree(text: string, name = text.slice(0, 80)): boolean {
  const plain = readPlainYaml(text);
  if (!plain) return false;
  const theirs = readWithJsYaml(text);
  expect(theirs, `js-yaml refuses what the plain reader took: ${name}`).toBeDefined();
  // isDeepStrictEqual, not toStrictEqual, whose check of constructors reads a key named `constructor`.
  expect(isDeepStrictEqual(plain.data, theirs!.data), `${name}: ${JSON.stringify(plain.data)} against js-yaml's ${JSON.stringify(theirs!.data)}`).toBe(true);
  const full = StrategyDocument.parse(name, text);
  expect(full.problems.filter((problem) => problem.code === 'syntax'), name).toEqual([]);
  expect(plain.data, name).toEqual(full.data);
  const ours = new QuickDocument(name, { text, ...plain }, valid);
  for (const path of pathsOf(plain.data)) {
    expect(ours.locate(path), `${name} at ${path.join('.')}`).toEqual(full.locate(path));
    expect(ours.locateKey(path), `${name}, key ${path.join('.')}`).toEqual(full.locateKey(path));
  }
  return true;
}

describe('the plain reader against js-yaml', () => {
  it('takes the templates and agrees on them', () => {
    for (const text of templateTexts) expect(agree(text)).toBe(true);
  });

  it('agrees on every input of the YAML test suite it takes', () => {
    let taken = 0;
    for (const name of readdirSync(suite)) {
      const text = readFileSync(`${suite}${name}`, 'utf8');
      if (isPlainYaml(text) && agree(text, name)) taken++;
    }
    expect(taken).toBeGreaterThan(20);
  });

  it('refuses what it leaves to js-yaml', () => {
    for (const text of [
      'a: 1\r\nb: 2\n',
      'a: long text\n  continued\n',
      'a: 1\na: 2\n',
      'a: "tab\\tescape"\n',
      'a: [1,\n  2]\n',
      'a: [1, 2,]\n',
      '-\n',
      '- - nested\n',
      '  a: indented document\n',
      'a: b: c\n',
      'just text\n',
      '# only a comment\n',
      'null: js-yaml and yaml name this key differently\n',
      'a: a byte order mark\ufeff inside\n',
      'a:\n  b: text # a note:\n    # deeper than the next line\nc: 1\n',
      'a: [\u2028]\n',
      'a: [\u3000]\n',
    ]) {
      expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('reads control characters and unusual Unicode as yaml does, where js-yaml refuses them', () => {
    for (const text of ['a: x\u001by\n', 'a: x # c\u001bd\n', 'a\u0007: 1\n', "a: 'q\u001b'\n", 'a: x\u0085y\n', 'a: x\ud800y\n', 'a: [x\u001b, "%0A::error::"]\n']) {
      const plain = readPlainYaml(text);
      expect(plain, JSON.stringify(text)).toBeDefined();
      const full = StrategyDocument.parse('text', text);
      expect(plain!.data, JSON.stringify(text)).toEqual(full.data);
      const ours = new QuickDocument('text', { text, ...plain! }, valid);
      for (const path of pathsOf(plain!.data)) expect(ours.locate(path), JSON.stringify(text)).toEqual(full.locate(path));
    }
  });

  it('reads scalars as the core schema types them', () => {
    expect(readPlainYaml("a: 1\nb: -2.5\nc: true\nd: ~\ne: 0x1F\nf: 2027-01-31\ng: 'it''s'\nh: \"q\"\ni: .inf\n")!.data).toStrictEqual({
      a: 1,
      b: -2.5,
      c: true,
      d: null,
      e: 31,
      f: '2027-01-31',
      g: "it's",
      h: 'q',
      i: Number.POSITIVE_INFINITY,
    });
  });

  it('keeps a key named __proto__ as data', () => {
    const data = readPlainYaml('__proto__: {polluted: yes}\n')!.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__']);
  });

  it('agrees on any text made of lines of keys, items, values and comments', () => {
    const indent = fc.constantFrom('', '  ', '    ', '   ', ' ');
    const key = fc.constantFrom('a', 'b', 'kpi', 'a b', '"q"', "'s'", '1', 'null', 'x:y', '__proto__', 'a#b', '-k', '?k', 'ä');
    const value = fc.constantFrom(
      '',
      'text',
      'two words',
      '1',
      '-2.5',
      '0x1F',
      '.inf',
      '~',
      'true',
      'Null',
      '2027-01-31',
      'a: b',
      'a:',
      'url http://x',
      "'it''s'",
      '"q"',
      '"a\\"b"',
      '[a, b]',
      '[a, [b, c]]',
      '{k: v, l: [1]}',
      '{k: v, k: w}',
      '[a, ]',
      '[a,b]',
      '{a:1}',
      '[ ]',
      '{}',
      '- x',
      '# note',
      'x # note',
      'x#y',
      '@x',
      '`x',
      '%x',
      ':x',
      '-x',
      '?x',
      '[a',
      "'open",
    );
    const line = fc.oneof(
      fc.tuple(indent, key, value).map(([at, name, text]) => `${at}${name}:${text ? ` ${text}` : ''}`),
      fc.tuple(indent, value).map(([at, text]) => `${at}-${text ? ` ${text}` : ''}`),
      fc.tuple(indent, key, value).map(([at, name, text]) => `${at}- ${name}:${text ? ` ${text}` : ''}`),
      fc.tuple(indent, value).map(([at, text]) => `${at}${text}`),
      fc.constantFrom('', '# comment', '  # indented comment', '   '),
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, finalBreak) => {
        const text = lines.join('\n') + (finalBreak ? '\n' : '');
        if (isPlainYaml(text) && agree(text, JSON.stringify(text))) taken++;
      }),
      { numRuns: 20000 },
    );
    expect(taken).toBeGreaterThan(200);
  });

  it('agrees on nested mappings and lists written in any indentation, with comments between', () => {
    const scalar = fc.constantFrom('text', 'two words', '1', '-2.5', 'true', '~', '2027-01-31', "'it''s'", '"q"', 'http://x', 'a#b', 'ä ö', '[a, b]', '{k: v}', '[]');
    const name = fc.constantFrom('a', 'b', 'c', 'id', 'a b', '"q"', "'s'", 'x-y');
    type Tree = string | { list: Tree[] } | { map: [string, Tree][] };
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((list) => ({ list })),
        fc.uniqueArray(fc.tuple(name, tie('tree')), { minLength: 1, maxLength: 3, selector: ([key]) => key }).map((map) => ({ map })),
      ),
    }));
    /** Block style, each level `step` deeper; with a step of 3, a list stands at its key's indentation. */
    const render = (value: Tree, indent: number, step: number, comment: string): string[] => {
      const pad = ' '.repeat(indent);
      if (typeof value === 'string') return [value];
      if ('map' in value) {
        return value.map.flatMap(([key, child]) => {
          if (typeof child === 'string') return [`${pad}${key}: ${child}${comment}`];
          return [`${pad}${key}:`, ...render(child, 'list' in child && step === 3 ? indent : indent + step, step, comment)];
        });
      }
      return value.list.flatMap((item) => {
        if (typeof item === 'string') return [`${pad}- ${item}${comment}`];
        const [first, ...rest] = render(item, indent + 2, step, comment);
        return 'map' in item ? [`${pad}- ${first!.trimStart()}`, ...rest] : [`${pad}-`, first!, ...rest];
      });
    };
    let taken = 0;
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 3 }), fc.constantFrom('', ' # note'), fc.nat(), fc.constantFrom('', '# between', '\n'), (value, step, comment, at, extra) => {
        if (typeof value === 'string') return;
        const lines = render(value, 0, step, comment);
        lines.splice(at % (lines.length + 1), 0, ...(extra ? [extra] : []));
        const text = `${lines.join('\n')}\n`;
        if (isPlainYaml(text) && agree(text, JSON.stringify(text))) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(1000);
  });

  it('agrees on templates with lines dropped, indented, joined and changed', () => {
    const texts = fc.constantFrom(...templateTexts.map((text) => text.split('\n')));
    const edit = fc.oneof(
      fc.constant(() => ''),
      fc.constant((line: string) => ` ${line}`),
      fc.constant((line: string) => line.slice(1)),
      fc.constant((line: string) => line.replace(/: .*$/, ':')),
      fc.constant((line: string) => `${line} # note`),
      fc.constant((line: string) => `${line}: x`),
      fc.constant((line: string) => line.replace(/^(\s*)- /, '$1-   ')),
      fc.constant((line: string) => line.replace(/: (.*)$/, ": '$1'")),
      fc.constant((line: string) => line.replace(/: (.*)$/, ': [$1, "b", {c: 1}]')),
      fc.constant((line: string) => line.replace(/: (.*)$/, ': {k: $1, l: [ ]}')),
      fc.string({ maxLength: 6 }).map((extra) => (line: string) => `${line}${extra}`),
      fc.constantFrom('- x', 'key:', '  - y', '{a: 1}', 'k: v: w', "'q': 1", 'a: [b', '-', 'x: #c').map((extra) => (line: string) => `${line}\n${extra}`),
    );
    let taken = 0;
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 4 }), (lines, edits) => {
        const edited = [...lines];
        for (const [at, change] of edits) edited[at % edited.length] = change(edited[at % edited.length]!);
        const text = edited.join('\n');
        if (isPlainYaml(text) && agree(text)) taken++;
      }),
      { numRuns: 1000 },
    );
    expect(taken).toBeGreaterThan(200);
  });
});

describe('a value inside a flow mapping in a list', () => {
  it('is located at the value, as yaml does, by both quick readers', () => {
    const at = ['guidelines', 0, 'rule'];
    const plain = 'guidelines:\n  - {topic: disclosure, rule: TODO}\n';
    // A scalar over two lines is left to js-yaml.
    const jsYaml = 'guidelines:\n  - {topic: disclosure, rule: TODO}\nnote: two\n  lines\n';
    expect(readPlainYaml(jsYaml)).toBeUndefined();
    for (const text of [plain, jsYaml]) {
      const todo = { line: 2, column: 31, endLine: 2, endColumn: 35 };
      expect(new QuickDocument('text', QuickDocument.read(text)!, valid).locate(at)).toEqual(todo);
      expect(StrategyDocument.parse('text', text).locate(at)).toEqual(todo);
    }
  });
});

describe('what js-yaml and yaml read differently', () => {
  const numbers = fc
    .array(fc.constantFrom(...'0123456789+-._eExXoObBaf', 'inf', 'Inf', 'nan', 'NaN', '400', '0x', '0o', '0b'), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(''));

  it('types a plain scalar as yaml does, in either quick reader, or leaves the file to yaml', () => {
    let taken = 0;
    fc.assert(
      fc.property(numbers, fc.constantFrom('a: {}\n', '- {}\n', 'a: [{}]\n', '{}: x\n', 'a:\n  {}: x\n'), (number, frame) => {
        const text = frame.replace('{}', number);
        const quick = QuickDocument.read(text);
        if (!quick) return;
        taken++;
        const full = StrategyDocument.parse('text', text);
        expect(full.problems.filter((problem) => problem.code === 'syntax')).toEqual([]);
        expect(isDeepStrictEqual(quick.data, full.data), `${JSON.stringify(text)}: ${String((quick.data as never)['a'] ?? '')}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(taken).toBeGreaterThan(2000);
  });

  it('leaves js-yaml\'s extra numbers, overflows and negative zero to yaml', () => {
    for (const value of ['0b101', '-0x1F', '+0o17', '-.5', '+.5', '1e400', '-0', '9'.repeat(310)]) {
      expect(readPlainYaml(`a: ${value}\n`), value).toBeUndefined();
      expect(QuickDocument.read(`a: ${value}\n`), value).toBeUndefined();
    }
    expect(readPlainYaml('a: 0x1F\nb: -0.0\nc: .5\n')!.data).toStrictEqual({ a: 31, b: -0, c: 0.5 });
  });

  it('leaves flow entries without a value and pairs in flow lists to yaml, where js-yaml\'s nodes fall out of step', () => {
    for (const text of ['x: {a, null: c}\n', 'x: [null: a]\n', 'x: [~: a]\n', 'x: {a, k: c}\n']) {
      expect(readWithJsYaml(text), text).toBeUndefined();
      expect(QuickDocument.read(text), text).toBeUndefined();
    }
  });

  it('leaves keys longer than yaml takes, byte order marks and deep nesting to the others', () => {
    expect(QuickDocument.read(`${'k'.repeat(1025)}: 1\n`)).toBeUndefined();
    expect(QuickDocument.read(`a: ${'x'.repeat(9_000_000)}\n`)).toBeUndefined();
    expect(readPlainYaml(`a: ${'x'.repeat(9_000_000)}\n`)).toBeUndefined();
    expect(readPlainYaml('\uFEFFa: 1\n')).toBeUndefined();
    const twoMarks = '\uFEFF\uFEFFa: 1\n';
    expect(readPlainYaml(twoMarks.slice(1))).toBeUndefined();
    expect(QuickDocument.read(twoMarks)?.data ?? StrategyDocument.parse('text', twoMarks).data).toEqual(StrategyDocument.parse('text', twoMarks).data);
    expect(readPlainYaml(`a: ${'['.repeat(60)}${']'.repeat(60)}\n`)).toBeUndefined();
    expect(readPlainYaml(`a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`)).toBeUndefined();
    expect(readPlainYaml(`a: ${'['.repeat(40)}${']'.repeat(40)}\n`)).toBeDefined();
  });

  it('leaves Unicode spaces to js-yaml, which then locates values next to them as yaml does', () => {
    for (const text of ['a: \u00a0x\n', '\u00a0a: 1\n', 'a: [\u3000x]\n', 'a: x\u00a0# not a comment\n']) {
      expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
      const quick = new QuickDocument('text', QuickDocument.read(text)!, valid);
      const full = StrategyDocument.parse('text', text);
      for (const path of pathsOf(full.data)) expect(quick.locate(path), `${JSON.stringify(text)} at ${path.join('.')}`).toEqual(full.locate(path));
    }
  });
});
