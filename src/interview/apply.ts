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
    const common = Math.min(before.length, after.length);
    for (let index = 0; index < common; index++) applyChange(document, [...path, index], before[index], after[index]);
    for (let index = before.length - 1; index >= after.length; index--) node.delete(index);
    for (let index = before.length; index < after.length; index++) node.add(createNode(yaml, after[index], undefined));
    return;
  }
  if (isScalar(node) && isScalarValue(after) && node.value !== null) {
    document.set(path, after);
    return;
  }
  // a new value of another shape (or for an empty key): the node is replaced, the key and its comments stay
  yaml.setIn(path, createNode(yaml, after, typeof path.at(-1) === 'string' ? String(path.at(-1)) : undefined));
}
