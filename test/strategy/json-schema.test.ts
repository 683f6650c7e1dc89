/**
 * The JSON Schema is a published artifact for editors and other tools, not
 * something smplan runs: generated from the zod schema (`npm run schema`), it
 * must accept exactly what zod accepts, so an editor and `check` agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { strategySchema } from '../../src/strategy/schema.js';
import { withoutEmptyValues } from '../../src/strategy/validate.js';
import { pathsOf } from '../helpers/data-paths.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/strategy-v1.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ strict: false });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
const validateJson = ajv.compile(schema);

const templates = fileURLToPath(new URL('../../templates/', import.meta.url));
const templateData = readdirSync(templates).map((name) => parse(readFileSync(`${templates}${name}`, 'utf8')) as Record<string, unknown>);

/** Both validators' verdicts on data as a file holds it (a key without a value counts as absent for both). */
function verdicts(data: unknown): { zod: boolean; json: boolean } {
  const input = withoutEmptyValues(data);
  return { zod: strategySchema.safeParse(input).success, json: validateJson(input) };
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
    fc.constantFrom(null, true, false, 0, 1, 1.5, -3, 2 ** 53, 1e300, '', ' ', '\t', 'x', '2027-02-30', '2027-02-28', '2028-02-29', '2027-2-1'),
    fc.constantFrom('micro', 'active', 'de', 'sales', 'negative-review', 'month', 'day', 'decrease', 'DE', 'EUR', 'eur', 'Bad Id', 'good-id', '-lead'),
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('name', 'id', 'kpi', 'target', 'per', 'direction', 'date', 'value', 'topic', 'x'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('the shipped JSON Schema', () => {
  it('accepts every template', () => {
    for (const data of templateData) expect(verdicts(data)).toEqual({ zod: true, json: true });
  });

  it('agrees with zod on any value put anywhere in a template', () => {
    let refused = 0;
    const edits = fc
      .tuple(fc.constantFrom(...templateData), fc.nat(), yamlValue)
      .map(([data, pick, value]) => {
        const paths = pathsOf(data);
        return replaced(data, paths[pick % paths.length]!, value);
      });
    fc.assert(
      fc.property(edits, (data) => {
        const { zod, json } = verdicts(data);
        expect(json, JSON.stringify(data)).toBe(zod);
        if (!zod) refused++;
      }),
      { numRuns: 2000 },
    );
    expect(refused).toBeGreaterThan(200);
  });
});

describe('withoutEmptyValues', () => {
  it('drops keys without a value at any depth and keeps everything else in order', () => {
    const data = { a: null, b: { c: null, d: 1, e: [{ f: null, g: 'x' }, null] }, h: 'y' };
    expect(withoutEmptyValues(data)).toEqual({ b: { d: 1, e: [{ g: 'x' }, null] }, h: 'y' });
    expect(Object.keys(withoutEmptyValues({ z: 1, y: null, x: 2 }) as object)).toEqual(['z', 'x']);
    expect(data.b.c).toBeNull();
  });

  it('keeps a key named __proto__ as data', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "y": null}');
    const result = withoutEmptyValues(data) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});
