/**
 * QuickDocument (js-yaml) stands in for StrategyDocument (yaml) in `check`.
 * Wherever it takes a file, it must read the same data and give the same
 * findings at the same positions; these tests hold it to that.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/engine.js';
import { StrategyDocument } from '../../src/strategy/document.js';
import { isPlainYaml, QuickDocument } from '../../src/strategy/quick-document.js';
import { validateStrategy } from '../../src/strategy/validate.js';

const suite = fileURLToPath(new URL('../../../shared/yaml-test-suite/', import.meta.url));
const templates = fileURLToPath(new URL('../../templates/', import.meta.url));
const kiosk = readFileSync(`${templates}kiosk.de.yaml`, 'utf8');
const options = { language: 'en' as const, today: '2027-03-01' };

/** Compares both readings of `text`; returns whether the quick one took it. */
function agree(text: string, name = 'text'): boolean {
  const read = QuickDocument.read(text);
  const quick = read && new QuickDocument(name, read, validateStrategy(read.data));
  if (!quick) return false;
  const full = StrategyDocument.parse(name, text);
  // The quick reading may refuse more than yaml; it may never accept what yaml refuses.
  expect(full.problems.filter((problem) => problem.code === 'syntax' || problem.code === 'alias-bomb'), name).toEqual([]);
  expect(quick.data, name).toEqual(full.data);
  expect(lintDocument(quick, options), name).toEqual(lintDocument(full, options));
  return true;
}

/** The plain subset as it was first written, one alternative after the other: isPlainYaml's grouped expression must say the same. */
const OUTSIDE_PLAIN_SUBSET = /^\s*-\s*$|["']#|(^|[\s[{,])[&*!?|>]|^(---|\.\.\.|%)|\t|(^|[\s[{,]):($|[\s\]},])|^[\s-]*[[{][^\n]*[\]}]\s*:(\s|$)/m;

describe('the plain subset', () => {
  it('leaves out what the two parsers read differently', () => {
    expect(isPlainYaml('a: 1\nb: [x, y]\nc: {d: e}\n')).toBe(true);
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '? [a]\n: b\n', 'a: |\n  text\n', '---\na: 1\n', 'a:\n\t- 1\n', ': empty key\n', '%YAML 1.2\n---\na: 1\n']) {
      expect(isPlainYaml(text), text).toBe(false);
    }
  });

  it('reads a text of many blank lines without hanging', () => {
    // The line patterns once let white space run over line breaks: this took most of a minute.
    expect(isPlainYaml(`a: 1\n${'\n'.repeat(200_000)}`)).toBe(true);
    expect(isPlainYaml(`${' \n'.repeat(200_000)}-`)).toBe(false);
  });

  it('is the subset as first written, on any text made of what matters to it', () => {
    const pieces = fc.constantFrom(...'\t\n\r\v\f\u2028\u2029 \u00a0\u3000\ufeff-.%#"\'&*!?|>:[]{},ax', '---', '...', ' - ', ': ', '- [a]: b', '{a}\n:', 'key: value');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        expect(isPlainYaml(text)).toBe(!OUTSIDE_PLAIN_SUBSET.test(text));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('QuickDocument against StrategyDocument', () => {
  it('agrees on every input of the YAML test suite it takes', () => {
    let taken = 0;
    for (const name of readdirSync(suite)) if (agree(readFileSync(`${suite}${name}`, 'utf8'), name)) taken++;
    expect(taken).toBeGreaterThan(50);
  });

  it('agrees on the templates', () => {
    for (const name of readdirSync(templates)) expect(agree(readFileSync(`${templates}${name}`, 'utf8'), name)).toBe(true);
  });

  it('agrees on templates with lines dropped, values changed and keys added', () => {
    const lines = kiosk.split('\n');
    const at = fc.integer({ min: 1, max: lines.length - 1 });
    const edits = fc.oneof(
      at.map((index) => lines.filter((_, line) => line !== index).join('\n')),
      at.map((index) => lines.map((line, number) => (number === index ? line.replace(/: .*$/, ': ') : line)).join('\n')),
      at.map((index) => lines.map((line, number) => (number === index ? line.replace(/\d+/, '"7"') : line)).join('\n')),
      at.map((index) => lines.map((line, number) => (number === index ? `${line} TODO` : line)).join('\n')),
      fc.tuple(at, at).map(([first, second]) =>
        lines.map((line, number) => (number === first || number === second ? `${line}   # a note` : line)).join('\n'),
      ),
      fc.tuple(at, fc.constantFrom('deadlne: 2027-02-30', 'extra: [a, b]', 'notes: {a: 1}', '"quoted key": x')).map(([index, extra]) =>
        lines.map((line, number) => (number === index ? `${line}\n${line.match(/^\s*(- )?/)![0].replace('-', ' ')}${extra}` : line)).join('\n'),
      ),
    );
    let taken = 0;
    fc.assert(
      fc.property(edits, (text) => {
        if (agree(text)) taken++;
      }),
      { numRuns: 600 },
    );
    expect(taken).toBeGreaterThan(450);
  });

  it('agrees on an empty file, a BOM, CRLF line endings and schema problems', () => {
    for (const text of ['', '\uFEFF' + kiosk, kiosk.replace(/\n/g, '\r\n'), 'smplan: 2\ncompany: {name: ""}\ngoals: [{id: Bad Id}]\n', '- a\n- b\n']) {
      expect(agree(text)).toBe(true);
    }
  });
});
