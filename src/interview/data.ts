/**
 * Plain strategy data as the interview builds it: nested mappings and lists,
 * read and changed by path. Pure helpers, no I/O.
 */
import type { DataPath } from '../strategy/document.js';
import { defineEntry, isMapping } from '../strategy/mapping.js';

export type Data = Record<string, unknown>;

export { isMapping };

/** A deep copy of plain data (mappings, lists, scalars). */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

export function getIn(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** Sets `value` at `path` in place, creating mappings on the way; `undefined` deletes the key. */
export function setIn(data: Data, path: DataPath, value: unknown): void {
  if (path.length === 0) throw new Error('setIn needs a path');
  let node: unknown = data;
  for (const [index, segment] of path.slice(0, -1).entries()) {
    const container = node as Record<string | number, unknown>;
    let next = Object.hasOwn(container, segment) ? container[segment] : undefined;
    if (typeof next !== 'object' || next === null) {
      if (value === undefined) return;
      next = typeof path[index + 1] === 'number' ? [] : {};
      if (Array.isArray(container)) container[segment as number] = next;
      else defineEntry(container as Data, String(segment), next);
    }
    node = next;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) {
    if (value === undefined) node.splice(last as number, 1);
    else node[last as number] = value;
  } else if (value === undefined) {
    delete (node as Data)[last];
  } else {
    defineEntry(node as Data, String(last), value);
  }
}

/** Drops mappings and lists that ended up empty (a deputy with no name and no role). */
export function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(pruneEmpty).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (!isMapping(value)) return value;
  const result: Data = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = pruneEmpty(child);
    if (pruned !== undefined) defineEntry(result, key, pruned);
  }
  return Object.keys(result).length === 0 ? undefined : result;
}

/**
 * `answers` over `base`: mappings merge key by key, lists and scalars replace,
 * and a `null` answer removes the key (a way to drop a template's section).
 */
export function deepMerge(base: unknown, answers: unknown): unknown {
  if (answers === undefined) return clone(base);
  if (!isMapping(answers) || !isMapping(base)) return clone(answers);
  const result: Data = clone(base);
  for (const [key, value] of Object.entries(answers)) {
    if (value === null) delete result[key];
    else defineEntry(result, key, deepMerge(result[key], value));
  }
  return result;
}
