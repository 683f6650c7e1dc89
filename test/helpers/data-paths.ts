import type { DataPath } from '../../src/strategy/validate.js';

/** Every path to a value inside `data`, the root first. */
export function pathsOf(data: unknown, at: DataPath = []): DataPath[] {
  if (typeof data !== 'object' || data === null) return [at];
  const children = Array.isArray(data) ? data.map((child, index) => [index, child] as const) : Object.entries(data);
  return [at, ...children.flatMap(([key, child]) => pathsOf(child, [...at, key]))];
}
