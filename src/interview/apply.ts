/**
 * Puts new answers into an existing strategy document, changing only what
 * changed: a changed scalar is set in place (its comment stays), a removed key
 * is deleted, a new key goes where the spec's order puts it, items of a list
 * are updated one by one. Comments, unknown keys and untouched sections stay
 * as they are. Used by `smplan edit`.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { DataPath, StrategyDocument } from '../strategy/document.js';
import { isMapping } from './data.js';
import { useFlowStyle } from './write.js';

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function createNode(yaml: Document, value: unknown, key: string | undefined): Node {
  const node = yaml.createNode(value) as Node;
  useFlowStyle(node, key);
  return node;
}

/** Adds `key` to `map` before the first key that comes after it in `order` (the order of the new data). */
function insertKey(yaml: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  const pair = yaml.createPair(key, null) as Pair;
  pair.value = createNode(yaml, value, key);
  const later = new Set(order.slice(order.indexOf(key) + 1));
  const index = map.items.findIndex((item) => later.has(String(keyOf(item))));
  if (index === -1) map.items.push(pair);
  else map.items.splice(index, 0, pair);
}

const isScalarValue = (value: unknown) => value === null || typeof value !== 'object';

function joinComments(...comments: (string | null | undefined)[]): string {
  return comments.filter((comment) => comment != null).join('\n');
}

/**
 * For each item of `after`, the index of the item of `before` it continues:
 * the one with the same `id`, else an equal one, else the next one left in
 * order that has no `id` of its own; undefined for a new item.
 */
function matchItems(before: readonly unknown[], after: readonly unknown[]): (number | undefined)[] {
  const idOf = (item: unknown) => (isMapping(item) && typeof item.id === 'string' ? item.id : undefined);
  const used = new Set<number>();
  const take = (index: number) => (index === -1 || used.has(index) ? undefined : (used.add(index), index));
  const byId = after.map((item) => (idOf(item) === undefined ? undefined : take(before.findIndex((old) => idOf(old) === idOf(item)))));
  const byValue = byId.map((match, index) => match ?? take(before.findIndex((old, at) => !used.has(at) && isDeepStrictEqual(old, after[index]))));
  return byValue.map((match, index) => {
    if (match !== undefined || idOf(after[index]) !== undefined) return match;
    return take(before.findIndex((old, at) => !used.has(at) && idOf(old) === undefined));
  });
}

/** Changes the document at `path` from `before` to `after` (plain data; keys of `after` in the wanted order). */
export function applyChange(document: StrategyDocument, path: DataPath, before: unknown, after: unknown): void {
  if (isDeepStrictEqual(before, after)) return;
  const yaml = document.yaml;
  if (after === undefined) {
    yaml.deleteIn(path);
    return;
  }
  const node: unknown = path.length === 0 ? yaml.contents : yaml.getIn(path, true);
  if (isMapping(before) && isMapping(after) && isMap(node)) {
    for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) node.delete(key);
    const order = Object.keys(after);
    for (const key of order) {
      if (Object.hasOwn(before, key)) applyChange(document, [...path, key], before[key], after[key]);
      else insertKey(yaml, node, key, after[key], order);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(node) && !after.every(isScalarValue)) {
    // Each item keeps its node, and with it the comments above it (a disable directive too):
    // a removed item takes them away, a moved one takes them along.
    const matches = matchItems(before, after);
    const comment = node.commentBefore;
    const first = node.items[0] as Node | undefined;
    // yaml keeps the comment above the first item on the list; it belongs to that item.
    if (first && comment !== undefined && matches[0] !== 0) [node.commentBefore, first.commentBefore] = [undefined, joinComments(comment, first.commentBefore)];
    const kept = node.items;
    node.items = after.map((item, index) => (matches[index] === undefined ? createNode(yaml, item, undefined) : kept[matches[index]!]));
    after.forEach((item, index) => {
      if (matches[index] !== undefined) applyChange(document, [...path, index], before[matches[index]!], item);
    });
    return;
  }
  if (isScalar(node) && isScalarValue(after) && node.value !== null) {
    document.set(path, after);
    return;
  }
  // a new value of another shape (or for an empty key): the node is replaced, the key and its comments stay
  yaml.setIn(path, createNode(yaml, after, typeof path.at(-1) === 'string' ? String(path.at(-1)) : undefined));
}
