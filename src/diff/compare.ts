/**
 * The semantic diff of two strategies: what a reviewer of a pull request needs
 * to see (a goal added, a target moved, a new owner), not which lines moved.
 *
 * Pure and defensive: both sides are the plain data of a file as it was read
 * (`StrategyDocument.data`), which may break the schema anywhere. The data is
 * walked as a tree; lists of goals, audiences, guidelines and scenarios are
 * matched by their ids (or names, topics, types) rather than by position.
 * Every difference found is then classified into a kind of change; what no
 * kind covers is still reported, as `other-changed` with the path of the key.
 */
import { isMapping } from '../strategy/mapping.js';

export const CHANGE_KINDS = [
  'status-changed',
  'revision-changed',
  'goal-added',
  'goal-removed',
  'goal-retargeted',
  'goal-reworded',
  'goal-revalued',
  'audience-added',
  'audience-removed',
  'owner-changed',
  'sponsor-changed',
  'cost-changed',
  'guideline-topic-added',
  'guideline-topic-removed',
  'response-time-changed',
  'scenario-added',
  'scenario-removed',
  'other-changed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One change, in the stable shape of `smplan diff --format json`. `id` names
 * the goal or audience; `field` is the key that changed (relative to the goal
 * for goal changes, else its dotted path in the file); `from` is absent for
 * something added, `to` for something removed. Values are as the file has them.
 */
export interface Change {
  kind: ChangeKind;
  id?: string;
  field?: string;
  from?: unknown;
  to?: unknown;
}

/** The KPI fields whose change retargets a goal, in the order they are shown. */
export const RETARGET_FIELDS = ['kpi.metric', 'kpi.unit', 'kpi.baseline', 'kpi.target', 'kpi.deadline'] as const;
export const COST_FIELDS = ['team.budget.amount', 'team.budget.period', 'team.hours_per_week', 'team.hourly_rate'] as const;

/** What a goal that was added or removed is about, for the one line that names it. */
export interface GoalSummary {
  objective?: string;
  metric?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  deadline?: string;
}

type Segment = { key: string } | { item: string; natural: boolean; data: unknown };

interface RawChange {
  path: Segment[];
  from: unknown;
  to: unknown;
}

/** Lists whose items are matched by a key of theirs; the first key that matches wins. */
const KEYED_LISTS: Record<string, readonly string[]> = {
  goals: ['id'],
  audiences: ['id', 'name'],
  'employees.guidelines': ['topic'],
  'criticism.scenarios': ['type'],
};

export function compareStrategies(oldData: unknown, newData: unknown): Change[] {
  const raw: RawChange[] = [];
  // A file that is not a mapping at all (a YAML list, a single value) has nothing to compare; its schema finding says why.
  const root = (data: unknown) => (isMapping(data) ? data : {});
  walk([], root(oldData), root(newData), raw);
  const changes = raw.map(classify);
  const order = (change: Change) => CHANGE_KINDS.indexOf(change.kind);
  // Array.prototype.sort is stable: within a kind the order of the file is kept.
  return changes.sort((a, b) => order(a) - order(b));
}

/** A key written with nothing after it reads as null; like the schema, treat it as absent. */
function present(value: unknown): unknown {
  return value === null ? undefined : value;
}

function own(mapping: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(mapping, key) ? present(mapping[key]) : undefined;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  a = present(a);
  b = present(b);
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isMapping(a) && isMapping(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!deepEqual(own(a, key), own(b, key))) return false;
    return true;
  }
  return false;
}

function keyPath(path: readonly Segment[]): string | undefined {
  if (!path.every((segment) => 'key' in segment)) return undefined;
  return path.map((segment) => (segment as { key: string }).key).join('.');
}

function walk(path: Segment[], oldValue: unknown, newValue: unknown, out: RawChange[]): void {
  const a = present(oldValue);
  const b = present(newValue);
  if (a === undefined && b === undefined) return;
  const listKeys = KEYED_LISTS[keyPath(path) ?? ''];
  if (listKeys && (a === undefined || Array.isArray(a)) && (b === undefined || Array.isArray(b))) {
    walkList(path, (a as unknown[] | undefined) ?? [], (b as unknown[] | undefined) ?? [], listKeys, out);
    return;
  }
  if ((a === undefined || isMapping(a)) && (b === undefined || isMapping(b))) {
    const before = (a ?? {}) as Record<string, unknown>;
    const after = (b ?? {}) as Record<string, unknown>;
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))];
    for (const key of keys) walk([...path, { key }], own(before, key), own(after, key), out);
    return;
  }
  if (!deepEqual(a, b)) out.push({ path, from: a, to: b });
}

interface Keyed {
  index: number;
  data: unknown;
  /** The value of the first of the list's keys that the item has, if any. */
  key?: string;
  keyName?: string;
  /** The first item of its list with this key: it stands for the key itself. */
  natural: boolean;
  label: string;
}

function keyedItems(items: readonly unknown[], keyNames: readonly string[]): Keyed[] {
  const seen = new Set<string>();
  return items.map((data, index) => {
    let key: string | undefined;
    let keyName: string | undefined;
    if (isMapping(data)) {
      for (const name of keyNames) {
        const value = own(data, name);
        if (typeof value === 'string' && value !== '') {
          [key, keyName] = [value, name];
          break;
        }
      }
    }
    const natural = key !== undefined && !seen.has(`${keyName}\0${key}`);
    if (key !== undefined) seen.add(`${keyName}\0${key}`);
    return { index, data, key, keyName, natural, label: key ?? `#${index + 1}` };
  });
}

/**
 * Pairs old and new items: by each key in turn (an audience by id, then by
 * name), the n-th item with a key value with the n-th one; items without any
 * key by their order among such items.
 */
function matchItems(before: Keyed[], after: Keyed[], keyNames: readonly string[]): Map<Keyed, Keyed> {
  const pairs = new Map<Keyed, Keyed>(); // new item → old item
  const taken = new Set<Keyed>();
  for (const name of keyNames) {
    for (const item of after) {
      if (pairs.has(item) || item.keyName === undefined) continue;
      const value = isMapping(item.data) ? own(item.data, name) : undefined;
      if (typeof value !== 'string') continue;
      const match = before.find((old) => !taken.has(old) && isMapping(old.data) && own(old.data, name) === value);
      if (match) {
        pairs.set(item, match);
        taken.add(match);
      }
    }
  }
  const keylessBefore = before.filter((old) => old.key === undefined && !taken.has(old));
  for (const item of after) {
    if (pairs.has(item) || item.key !== undefined) continue;
    const match = keylessBefore.shift();
    if (!match) break;
    pairs.set(item, match);
    taken.add(match);
  }
  return pairs;
}

function walkList(path: Segment[], before: readonly unknown[], after: readonly unknown[], keyNames: readonly string[], out: RawChange[]): void {
  const oldItems = keyedItems(before, keyNames);
  const newItems = keyedItems(after, keyNames);
  const pairs = matchItems(oldItems, newItems, keyNames);
  const matched = new Set(pairs.values());
  const segment = (item: Keyed): Segment => ({ item: item.label, natural: item.natural, data: item.data });
  for (const old of oldItems) {
    if (!matched.has(old)) out.push({ path: [...path, segment(old)], from: old.data, to: undefined });
  }
  for (const item of newItems) {
    const old = pairs.get(item);
    if (old) walk([...path, segment(item)], old.data, item.data, out);
    else out.push({ path: [...path, segment(item)], from: undefined, to: item.data });
  }
}

/** `goals[leads].kpi.target`: how a path is shown in `field` of an `other-changed`. */
function pathText(path: readonly Segment[]): string {
  return path.map((segment, index) => ('key' in segment ? `${index === 0 ? '' : '.'}${segment.key}` : `[${segment.item}]`)).join('');
}

/** The path with list items as `[]`, e.g. `goals[].kpi.target`, to classify changes by. */
function pattern(path: readonly Segment[]): string {
  return pathText(path.map((segment) => ('key' in segment ? segment : { item: '', natural: false, data: undefined })));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function summarizeGoal(goal: unknown): GoalSummary {
  const summary: GoalSummary = {};
  if (!isMapping(goal)) return summary;
  const kpi = own(goal, 'kpi');
  const objective = text(own(goal, 'objective'));
  if (objective !== undefined) summary.objective = objective;
  if (isMapping(kpi)) {
    for (const key of ['metric', 'unit', 'deadline'] as const) {
      const value = text(own(kpi, key));
      if (value !== undefined) summary[key] = value;
    }
    for (const key of ['baseline', 'target'] as const) {
      const value = own(kpi, key);
      if (typeof value === 'number') summary[key] = value;
    }
  }
  return summary;
}

/** Builds a change with its keys in the documented order. */
function change(kind: ChangeKind, parts: { id?: string; field?: string; from?: unknown; to?: unknown }): Change {
  const result: Change = { kind };
  if (parts.id !== undefined) result.id = parts.id;
  if (parts.field !== undefined) result.field = parts.field;
  if (parts.from !== undefined) result.from = parts.from;
  if (parts.to !== undefined) result.to = parts.to;
  return result;
}

function classify(raw: RawChange): Change {
  const { path, from, to } = raw;
  const shape = pattern(path);
  const item = path.find((segment): segment is Extract<Segment, { item: string }> => 'item' in segment);
  const rest = path.slice(path.findIndex((segment) => 'item' in segment) + 1);
  const restText = keyPath(rest) ?? '';
  const addedOrRemoved = from === undefined ? 'added' : to === undefined ? 'removed' : undefined;
  const other = () => change('other-changed', { field: pathText(path), from, to });

  switch (shape) {
    case 'status':
      return change('status-changed', { field: 'status', from, to });
    case 'revision':
      return change('revision-changed', { field: 'revision', from, to });
    case 'team.owner.name':
      return change('owner-changed', { field: 'team.owner.name', from, to });
    case 'team.executive_sponsor.name':
      return change('sponsor-changed', { field: 'team.executive_sponsor.name', from, to });
    case 'criticism.response_time_hours':
      return change('response-time-changed', { field: 'criticism.response_time_hours', from, to });
    case 'goals[]':
      if (!item?.natural || !addedOrRemoved) return other();
      return addedOrRemoved === 'added'
        ? change('goal-added', { id: item.item, to: summarizeGoal(to) })
        : change('goal-removed', { id: item.item, from: summarizeGoal(from) });
    case 'audiences[]': {
      if (!item || !addedOrRemoved) return other();
      const data = isMapping(item.data) ? item.data : {};
      const id = text(own(data, 'id'));
      const name = text(own(data, 'name'));
      // An audience without id and name is named by its position, `#3`.
      const label = id ?? (name === undefined ? item.item : undefined);
      return addedOrRemoved === 'added'
        ? change('audience-added', { id: label, to: name })
        : change('audience-removed', { id: label, from: name });
    }
    case 'employees.guidelines[]':
    case 'criticism.scenarios[]': {
      if (!item?.natural || !addedOrRemoved) return other();
      const kinds = shape === 'criticism.scenarios[]' ? (['scenario-added', 'scenario-removed'] as const) : (['guideline-topic-added', 'guideline-topic-removed'] as const);
      return addedOrRemoved === 'added' ? change(kinds[0], { to: item.item }) : change(kinds[1], { from: item.item });
    }
  }
  if ((COST_FIELDS as readonly string[]).includes(shape)) return change('cost-changed', { field: shape, from, to });
  if (shape.startsWith('goals[].') && item?.natural) {
    if ((RETARGET_FIELDS as readonly string[]).includes(restText)) return change('goal-retargeted', { id: item.item, field: restText, from, to });
    if (restText === 'objective') return change('goal-reworded', { id: item.item, field: 'objective', from, to });
    if (restText === 'value_per_unit') return change('goal-revalued', { id: item.item, field: 'value_per_unit', from, to });
  }
  return other();
}
