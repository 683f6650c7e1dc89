/** Every rule of format v1, sorted by id; the engine and `smplan rules` read only this. */
import type { Rule } from '../rule.js';
import audiences from './audiences/index.js';
import criticism from './criticism/index.js';
import employees from './employees/index.js';
import goals from './goals/index.js';
import schema from './schema.js';
import strategy from './strategy/index.js';
import team from './team/index.js';
import { byCodePoint } from '../../strategy/order.js';

export const RULES: readonly Rule[] = [schema, ...goals, ...audiences, ...team, ...employees, ...criticism, ...strategy].sort(
  (a, b) => byCodePoint(a.id, b.id),
);

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
