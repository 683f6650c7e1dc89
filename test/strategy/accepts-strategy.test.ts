/**
 * The compiled validator (src/strategy/accepts-strategy.ts) may only accept
 * what zod accepts, and must hand on the same data zod would; files it does
 * not accept go to zod anyway. And it must be current with the schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { accepted, withoutEmptyValues } from '../../src/strategy/accepts-strategy.js';
import { strategySchema } from '../../src/strategy/schema.js';
import { generateValidator } from '../../scripts/validator-source.js';
import { pathsOf } from '../helpers/data-paths.js';

const suite = fileURLToPath(new URL('../../../shared/yaml-test-suite/', import.meta.url));
const templates = fileURLToPath(new URL('../../templates/', import.meta.url));
const templateData = readdirSync(templates).map((name) => load(readFileSync(`${templates}${name}`, 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>);

/** Where the compiled validator accepts, zod accepts too, with the same data. */
function holdsToZod(data: unknown): boolean {
  const verdict = accepted(data);
  if (!verdict) return false;
  const judged = strategySchema.safeParse(withoutEmptyValues(data));
  expect(judged.success, JSON.stringify(data)).toBe(true);
  // zod assigns each key, so a key named __proto__ sets the prototype and is lost; the compiled path keeps it as data.
  expect(withoutProtoKeys(verdict.strategy)).toEqual(withoutProtoKeys(judged.data));
  return true;
}

function withoutProtoKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProtoKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__proto__').map(([key, child]) => [key, withoutProtoKeys(child)]));
}

function replaced(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, value);
  return copy;
}

/** Values a YAML file can hold, and the edges where JSON Schema and zod could part. */
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -0, 1, 1.5, -3, 2 ** 53, 1e300, Infinity, -Infinity, NaN, '', ' ', '\t', 'x', '2027-02-30', '2027-02-28', '2028-02-29', '2027-2-1'),
    fc.constantFrom('micro', 'active', 'de', 'sales', 'negative-review', 'month', 'DE', 'de', 'EUR', 'eur', 'Bad Id', 'good-id', '-lead'),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('name', 'id', 'kpi', 'target', 'date', 'value', 'topic', 'x', '__proto__'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('the compiled validator', () => {
  it('is generated from the current schema (npm run schema)', () => {
    const committed = readFileSync(new URL('../../src/strategy/accepts-strategy.generated.js', import.meta.url), 'utf8');
    expect(committed).toBe(generateValidator());
  });

  it('accepts the templates, so check lints them without zod', () => {
    for (const data of templateData) expect(holdsToZod(data)).toBe(true);
  });

  it('accepts nothing zod refuses: any value put anywhere in a template', () => {
    let taken = 0;
    const edits = fc
      .tuple(fc.constantFrom(...templateData), fc.nat(), yamlValue)
      .map(([data, pick, value]) => {
        const paths = pathsOf(data);
        return replaced(data, paths[pick % paths.length]!, value);
      });
    fc.assert(
      fc.property(edits, (data) => {
        if (holdsToZod(data)) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it('accepts nothing zod refuses at the edges of each check', () => {
    const kiosk = templateData[0]!;
    const company = kiosk.company as object;
    const edges: unknown[] = [
      { ...kiosk, company: { ...company, name: '   ' } },
      { ...kiosk, smplan: 1.0000001 },
      { ...kiosk, smplan: '1' },
      { ...kiosk, revision: 2 ** 53 },
      { ...kiosk, revision: 0 },
      { ...kiosk, updated: '2027-02-29' },
      { ...kiosk, team: { ...(kiosk.team as object), hours_per_week: -1 } },
      { ...kiosk, goals: [{ id: 'ok', kpi: { target: Infinity } }] },
      { ...kiosk, goals: [{ id: 'ok', measurements: [{ date: '2027-01-01' }] }] },
      { ...kiosk, company: { ...company, country: 'de' } },
      { ...kiosk, audiences: [{ age: [25, 65] }] },
      { ...kiosk, goals: [{ id: 'Ok' }] },
      JSON.parse('{"smplan": 1, "company": {"name": "x"}, "__proto__": {"goals": 1}}'),
    ];
    for (const data of edges) holdsToZod(data);
    for (const data of edges.slice(0, 12)) expect(accepted(data), JSON.stringify(data)).toBeUndefined();
  });

  it('accepts nothing zod refuses among the inputs of the YAML test suite', () => {
    for (const name of readdirSync(suite)) {
      let data: unknown;
      try {
        data = load(readFileSync(`${suite}${name}`, 'utf8'), { schema: CORE_SCHEMA });
      } catch {
        continue;
      }
      holdsToZod(data);
    }
  });
});

describe('withoutEmptyValues', () => {
  it('drops keys without a value at any depth and keeps everything else in order', () => {
    const data = { a: null, b: { c: null, d: 1, e: [{ f: null, g: 'x' }, null] }, h: 'y' };
    expect(withoutEmptyValues(data)).toEqual({ b: { d: 1, e: [{ g: 'x' }, null] }, h: 'y' });
    expect(Object.keys(withoutEmptyValues({ z: 1, y: null, x: 2 }) as object)).toEqual(['z', 'x']);
    expect(data.b.c).toBeNull();
  });

  it('returns a value without empty keys itself, and shares the parts it does not change', () => {
    const data = { a: { b: [1, { c: 'x' }] }, d: { e: null } };
    expect(withoutEmptyValues(data.a)).toBe(data.a);
    const result = withoutEmptyValues(data) as typeof data;
    expect(result.a).toBe(data.a);
    expect(result.d).toEqual({});
  });

  it('keeps a key named __proto__ as data', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "y": null}');
    const result = withoutEmptyValues(data) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});
