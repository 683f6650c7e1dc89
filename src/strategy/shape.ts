/**
 * Which keys format v1 knows, where, and in which order: read once from the
 * JSON Schema that `smplan schema` derives from the zod schema (a test keeps
 * schema/strategy-v1.json equal to it). So the list of known keys is the schema
 * itself, and `check` finds unknown keys without building zod's schema objects.
 */
import strategyJsonSchema from '../../schema/strategy-v1.json' with { type: 'json' };
import { defineEntry, isMapping } from './mapping.js';
import type { DataPath, PathSegment } from './validate.js';

/** What a JSON Schema is made of, as far as the keys go. */
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** The keys of a mapping and the shape of each value, or the shape of a list's items. */
export interface Shape {
  fields?: Map<string, Shape>;
  items?: Shape;
}

function shapeOf({ properties, items }: JsonSchema): Shape {
  if (properties) return { fields: new Map(Object.entries(properties).map(([key, child]) => [key, shapeOf(child)])) };
  if (items) return { items: shapeOf(items) };
  return {};
}

const STRATEGY_SHAPE = shapeOf(strategyJsonSchema as JsonSchema);

/** The shape of the value at a path of keys, e.g. `shapeAt('employees', 'guidelines')`. */
export function shapeAt(...keys: string[]): Shape {
  return keys.reduce<Shape>((shape, key) => shape.fields?.get(key) ?? {}, STRATEGY_SHAPE);
}

/**
 * Where each key of format v1 lives, as mapping paths such as `goals[].kpi` or
 * `team` (the empty string for the top level).
 */
export function keyHomes(): Map<string, string[]> {
  const homes = new Map<string, string[]>();
  const visit = (shape: Shape, at: string): void => {
    if (shape.items) visit(shape.items, `${at}[]`);
    for (const [key, child] of shape.fields ?? []) {
      homes.set(key, [...(homes.get(key) ?? []), at]);
      visit(child, at ? `${at}.${key}` : key);
    }
  };
  visit(STRATEGY_SHAPE, '');
  return homes;
}

export interface UnknownKey {
  path: DataPath;
  /** A known key of the same mapping that the unknown one is likely a typo of. */
  suggestion?: string;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known key nearest to `key`: a few edits away, or one starting with the other; the first of equals. */
function closestKey(key: string, known: Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  let closest: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const related = candidate.startsWith(lower) || lower.startsWith(candidate);
    const allowed = Math.max(1, Math.floor(candidate.length / 4));
    // Keys differing in length by more than the edits allowed are that many edits apart at least.
    if (!related && Math.abs(candidate.length - lower.length) > allowed) continue;
    const distance = editDistance(lower, candidate);
    if ((related || distance <= allowed) && (!closest || distance < closest.distance)) closest = { candidate, distance };
  }
  return closest?.candidate;
}

/** `path` is one array, pushed and popped on the way, and copied only for a key that is reported. */
function walk(shape: Shape, value: unknown, path: PathSegment[], found: UnknownKey[]): void {
  const { fields, items } = shape;
  if (fields && isMapping(value)) {
    for (const key of Object.keys(value)) {
      const childShape = fields.get(key);
      if (!childShape) found.push({ path: [...path, key], suggestion: closestKey(key, fields.keys()) });
      // A value with no keys of its own below it (text, a number, a list of texts) needs no visit.
      else if (childShape.fields || childShape.items?.fields || childShape.items?.items) {
        path.push(key);
        walk(childShape, value[key], path, found);
        path.pop();
      }
    }
  } else if (items && Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walk(items, value[index], path, found);
      path.pop();
    }
  }
}

/** Paths of every key the schema does not name, in document order. */
export function findUnknownKeys(data: unknown): UnknownKey[] {
  const found: UnknownKey[] = [];
  walk(STRATEGY_SHAPE, data, [], found);
  return found;
}

/** Keys in the order of the schema; unknown keys keep their order, after the known ones. */
export function orderKeys(value: unknown, shape: Shape = STRATEGY_SHAPE): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, shape.items ?? {}));
  if (!isMapping(value)) return value;
  const fields = shape.fields ?? new Map<string, Shape>();
  const known = [...fields.keys()].filter((key) => Object.hasOwn(value, key));
  const unknown = Object.keys(value).filter((key) => !fields.has(key));
  const result: Record<string, unknown> = {};
  for (const key of [...known, ...unknown]) {
    defineEntry(result, key, orderKeys(value[key], fields.get(key) ?? {}));
  }
  return result;
}
