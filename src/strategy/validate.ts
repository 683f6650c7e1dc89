/**
 * Validating plain data against the schema with zod, the one validator of every
 * command; the document (document.ts) adds positions to the problems.
 */
import { defineEntry, isMapping } from './mapping.js';
import { strategySchema, type Strategy } from './schema.js';

export type PathSegment = string | number;

export type DataPath = readonly PathSegment[];

/** A schema problem before it has a position: `code` names a message of rule `schema`. */
export interface PathProblem {
  code: string;
  path: DataPath;
  data: Record<string, string | number>;
}

export interface Validation {
  strategy: Strategy | undefined;
  problems: PathProblem[];
}

/** The strategy when `data` is valid, else every problem, worded. */
export function validateStrategy(data: unknown): Validation {
  if (!isMapping(data)) {
    return { strategy: undefined, problems: [{ code: 'not-a-mapping', path: [], data: {} }] };
  }
  const result = strategySchema.safeParse(withoutEmptyValues(data));
  if (result.success) return { strategy: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    return { ...describeIssue(issue, valueAt(data, path)), path };
  });
  return { strategy: undefined, problems };
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  expected?: string;
  values?: readonly unknown[];
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  message: string;
}

/** Maps a zod issue to a translatable problem code of rule `schema`. */
function describeIssue(issue: IssueLike, value: unknown): Omit<PathProblem, 'path'> {
  const key = issue.path.map(String).join('.') || '(top level)';
  if (value === undefined) return { code: 'required', data: { key } };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'wrong-type', data: { key, expected: YAML_TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'value', found: typeName(value) } };
    case 'invalid_value':
      return { code: 'not-allowed', data: { key, value: String(value), allowed: (issue.values ?? []).join(', ') } };
    case 'invalid_format':
    case 'custom':
      return { code: issue.message, data: { key, value: String(value) } };
    case 'too_small':
      return issue.origin === 'string'
        ? { code: 'empty', data: { key } }
        : { code: 'too-small', data: { key, value: String(value), minimum: Number(issue.minimum) } };
    default:
      return { code: 'invalid', data: { key, value: String(value) } };
  }
}

/** zod's JavaScript names, said the way a YAML file is read. */
const YAML_TYPE_NAMES: Record<string, string> = { object: 'mapping', array: 'list' };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite number';
  return typeof value;
}

/**
 * A key written with nothing after it (`audiences:`) reads as null; in a draft
 * that means "not answered yet", so it is treated as absent rather than as a type error.
 * Most files have no empty value: they come back as they are, in one walk and without a copy.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const kept = withoutEmptyValues(value[index]);
      if (kept !== value[index]) (copy ??= [...value])[index] = kept;
    }
    return copy ?? value;
  }
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const child = record[key];
    const kept = child === null ? undefined : withoutEmptyValues(child);
    if (!copy && kept === child) continue;
    if (!copy) {
      copy = {};
      for (const earlier of keys.slice(0, index)) defineEntry(copy, earlier, record[earlier]);
    }
    if (child !== null) defineEntry(copy, key, kept);
  }
  return copy ?? value;
}

