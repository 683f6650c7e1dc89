/**
 * The quick path may only ever say "clean" when the full way says so too:
 * the parsers agree on the plain subset, and the verdicts agree on real files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lintDocument } from '../../src/lint/engine.js';
import { hasNoFindings, isPlainYaml } from '../../src/lint/quick-check.js';
import { StrategyDocument } from '../../src/strategy/document.js';

const suite = fileURLToPath(new URL('../../../shared/yaml-test-suite/', import.meta.url));
const templates = fileURLToPath(new URL('../../templates/', import.meta.url));

function readWithYaml(text: string): { ok: boolean; data?: unknown } {
  const document = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
  if (document.errors.length > 0) return { ok: false };
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
}

function readWithJsYaml(text: string): { ok: boolean; data?: unknown } {
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
}

describe('the plain subset', () => {
  it('excludes the constructs the two parsers read differently', () => {
    expect(isPlainYaml('a: 1\nb: [x, y]\nc: {d: e}\n')).toBe(true);
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '? [a]\n: b\n', 'a: |\n  text\n', '---\na: 1\n', 'a:\n\t- 1\n', ': empty key\n', '%YAML 1.2\n---\na: 1\n']) {
      expect(isPlainYaml(text), text).toBe(false);
    }
  });

  it('is read the same by js-yaml and yaml on every input of the YAML test suite it admits', () => {
    let admitted = 0;
    for (const name of readdirSync(suite)) {
      const text = readFileSync(`${suite}${name}`, 'utf8');
      if (!isPlainYaml(text)) continue;
      admitted++;
      const full = readWithYaml(text);
      const quick = readWithJsYaml(text);
      // js-yaml may refuse more (then the full way runs); it may never accept what yaml refuses.
      if (!full.ok) expect(quick.ok, name).toBe(false);
      else if (quick.ok) expect(quick.data ?? null, name).toEqual(full.data ?? null);
    }
    expect(admitted).toBeGreaterThan(50);
  });
});

describe('hasNoFindings', () => {
  const options = { language: 'en' as const, today: '2027-01-01' };
  const verdicts = (text: string) => ({
    quick: hasNoFindings(text, options),
    full: lintDocument(StrategyDocument.parse('x.yaml', text), options).length === 0,
  });

  it('says clean for the clean templates', () => {
    for (const name of readdirSync(templates)) {
      expect(hasNoFindings(readFileSync(`${templates}${name}`, 'utf8'), options), name).toBe(true);
    }
  });

  it('never says clean when the full way finds something', () => {
    const kiosk = readFileSync(`${templates}kiosk.en.yaml`, 'utf8');
    const lines = kiosk.split('\n');
    const mutations = fc.oneof(
      fc.integer({ min: 1, max: lines.length - 1 }).map((index) => lines.filter((_, at) => at !== index).join('\n')),
      fc.integer({ min: 1, max: lines.length - 1 }).map((index) => lines.map((line, at) => (at === index ? line.replace(/\d+/, '0') : line)).join('\n')),
      fc.integer({ min: 1, max: lines.length - 1 }).map((index) => lines.map((line, at) => (at === index ? `${line} TODO` : line)).join('\n')),
      fc.constantFrom('unknown: 1', 'smplan: 2', 'next_review: 2026-01-01', 'status: live').map((extra) => `${kiosk}\n${extra}\n`),
    );
    let caught = 0;
    fc.assert(
      fc.property(mutations, (text) => {
        const { quick, full } = verdicts(text);
        if (!full) caught++;
        expect(quick && !full).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(caught).toBeGreaterThan(50);
  });

  it('leaves files with disable comments, anchors or a syntax error to the full way', () => {
    const kiosk = readFileSync(`${templates}kiosk.en.yaml`, 'utf8');
    expect(hasNoFindings(`${kiosk}# smplan-disable-next-line goals/metric -- reason\n`, options)).toBe(false);
    expect(hasNoFindings(kiosk.replace('smplan: 1', 'smplan: &v 1'), options)).toBe(false);
    expect(hasNoFindings(`${kiosk}\n  broken: [\n`, options)).toBe(false);
    expect(hasNoFindings(`\uFEFF${kiosk}`, options)).toBe(true);
  });

  it('honours rules turned off', () => {
    const kiosk = readFileSync(`${templates}kiosk.en.yaml`, 'utf8');
    const withUnknownKey = `${kiosk}\nnotes: kept\n`;
    expect(hasNoFindings(withUnknownKey, options)).toBe(false);
    expect(hasNoFindings(withUnknownKey, { ...options, severities: new Map([['strategy/unknown-key', 'off']]) })).toBe(true);
  });
});
