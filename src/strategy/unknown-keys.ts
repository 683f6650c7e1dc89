/**
 * Keys that format v1 does not know, found by walking the data beside the zod
 * schema, so the list of known keys is the schema itself and nothing else.
 */
import * as z from 'zod';
import type { DataPath } from './document.js';
import { strategySchema } from './schema.js';

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
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

function closestKey(key: string, known: string[]): string | undefined {
  const lower = key.toLowerCase();
  const ranked = known
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate) }))
    .filter(({ candidate, distance }) => distance <= Math.max(1, Math.floor(candidate.length / 4)) || candidate.startsWith(lower) || lower.startsWith(candidate))
    .sort((a, b) => a.distance - b.distance);
  return ranked[0]?.candidate;
}

function walk(schema: z.ZodType, value: unknown, path: DataPath, found: UnknownKey[]): void {
  const type = unwrap(schema);
  if (type instanceof z.ZodObject && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const shape = type.shape as Record<string, z.ZodType>;
    for (const [key, child] of Object.entries(value)) {
      const childSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (childSchema) walk(childSchema, child, [...path, key], found);
      else found.push({ path: [...path, key], suggestion: closestKey(key, Object.keys(shape)) });
    }
  } else if (type instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, index) => walk(type.element as z.ZodType, item, [...path, index], found));
  }
}

/** Paths of every key the schema does not name, in document order. */
export function findUnknownKeys(data: unknown): UnknownKey[] {
  const found: UnknownKey[] = [];
  walk(strategySchema, data, [], found);
  return found;
}
