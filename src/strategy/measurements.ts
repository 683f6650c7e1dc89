/**
 * Measurements of a goal's KPI, as `smplan track` records them: one value a
 * day, kept in date order, changed through the DocumentEditor so that the rest
 * of the file stays as it was. Many rows (`track --from`) are merged into each
 * goal's list in one pass, so an import costs time in proportion to its rows.
 */
import { isAlias, isMap, isSeq } from 'yaml';
import { UsageError } from '../base/errors.js';
import type { DocumentEditor } from './editor.js';
import { isCalendarDate, type Strategy } from './schema.js';
import type { TrackRow } from './track-csv.js';

export interface Measurement {
  goal: string;
  date: string;
  value: number;
  note?: string;
}

/** A change that cannot be made to this file, worded for the person who asked for it (exit 2). */
export class MeasurementError extends UsageError {
  override name = 'MeasurementError';
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A measured value written as a plain decimal number; the reason otherwise. */
export function parseMeasuredValue(text: string): { value: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'the value is empty; give a number such as 210 or 3.5' };
  if (!DECIMAL.test(trimmed)) {
    if (/^[+-]?\d+,\d+$/.test(trimmed)) return { error: `"${trimmed}" is not a number; write the decimal point as a dot (${trimmed.replace(',', '.')})` };
    return { error: `"${trimmed}" is not a number; give a number such as 210 or 3.5` };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: `"${trimmed}" is too large to be a measured value` };
  return { value: value === 0 ? 0 : value };
}

export function knownGoals(strategy: Strategy): string {
  const ids = (strategy.goals ?? []).map((goal) => goal.id);
  return ids.length === 0 ? 'the file has no goals yet (add one with smplan edit goals)' : `known goals: ${ids.join(', ')}`;
}

export function findGoal(strategy: Strategy, id: string): number {
  return (strategy.goals ?? []).findIndex((goal) => goal.id === id);
}

const measurementsPath = (goalIndex: number) => ['goals', goalIndex, 'measurements'];

/** The dates of a goal's measurements in the document as it is now; an alias is refused, since writing into it would change another list. */
function datesIn(editor: DocumentEditor, goalIndex: number, goalId: string): (string | undefined)[] {
  const list = editor.document.yaml.getIn(measurementsPath(goalIndex), true);
  if (isAlias(list)) {
    throw new MeasurementError(`the measurements of goal "${goalId}" are an alias (${String(list)}) of another list; write them out as a list of their own, then record the value`);
  }
  if (!isSeq(list)) return [];
  return list.items.map((item) => {
    const date = isMap(item) ? item.get('date') : undefined;
    return typeof date === 'string' ? date : undefined;
  });
}

/**
 * Records measurements, several goals and dates at once: a date that already
 * has a value is replaced (only with `replace`), new ones are merged into the
 * goal's list before the first later date. Returns the values replaced, by
 * measurement.
 */
export function recordMeasurements(editor: DocumentEditor, strategy: Strategy, measurements: readonly Measurement[], replace: boolean): (number | undefined)[] {
  const replaced: (number | undefined)[] = new Array(measurements.length).fill(undefined);
  const byGoal = new Map<number, number[]>();
  measurements.forEach((measurement, index) => {
    const goalIndex = findGoal(strategy, measurement.goal);
    const indices = byGoal.get(goalIndex);
    if (indices) indices.push(index);
    else byGoal.set(goalIndex, [index]);
  });
  for (const [goalIndex, indices] of byGoal) {
    const path = measurementsPath(goalIndex);
    const dates = datesIn(editor, goalIndex, measurements[indices[0]!]!.goal);
    const position = new Map<string, number>();
    dates.forEach((date, at) => date !== undefined && !position.has(date) && position.set(date, at));
    const added: Measurement[] = [];
    for (const index of indices) {
      const measurement = measurements[index]!;
      const same = position.get(measurement.date);
      if (same === undefined) {
        added.push(measurement);
        continue;
      }
      const old = editor.document.yaml.getIn([...path, same, 'value']);
      if (!replace) {
        throw new MeasurementError(`${measurement.goal} already has a value for ${measurement.date} (${String(old)}); add --replace to replace it, or give another --date`);
      }
      editor.set([...path, same, 'value'], measurement.value);
      if (measurement.note !== undefined) editor.set([...path, same, 'note'], measurement.note);
      replaced[index] = typeof old === 'number' ? old : undefined;
    }
    insertInOrder(editor, path, dates, added);
  }
  return replaced;
}

/** Inserts each new measurement before the first existing one dated later: one pass over the list, however many are added. */
function insertInOrder(editor: DocumentEditor, path: (string | number)[], dates: readonly (string | undefined)[], added: Measurement[]): void {
  if (added.length === 0) return;
  const sorted = [...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const placed: { index: number; item: Record<string, string | number> }[] = [];
  let next = 0;
  for (const measurement of sorted) {
    // An existing list may be out of order; the new value goes before the first later date after the last one placed.
    while (next < dates.length && !(dates[next] !== undefined && dates[next]! > measurement.date)) next++;
    const item: Record<string, string | number> = { date: measurement.date, value: measurement.value };
    if (measurement.note !== undefined) item.note = measurement.note;
    placed.push({ index: next, item });
  }
  editor.insertItems(path, placed);
}

/** Checks every row against the file before anything is changed; returns one message per bad row. */
export function validateRows(rows: TrackRow[], strategy: Strategy, replace: boolean, csvName: string): { measurements: (Measurement & { row: number })[]; errors: string[] } {
  const errors: string[] = [];
  const measurements: (Measurement & { row: number })[] = [];
  const seen = new Map<string, number>();
  const existing = new Map<string, number>();
  (strategy.goals ?? []).forEach((goal) => goal.measurements?.forEach((measurement) => existing.set(`${goal.id}\u0000${measurement.date}`, measurement.value)));
  const goals = new Map((strategy.goals ?? []).map((goal, index) => [goal.id, index]));
  for (const row of rows) {
    const problems: string[] = [];
    if (row.goal === '') problems.push('the goal is empty');
    else if (!goals.has(row.goal)) problems.push(`no goal "${row.goal}"; ${knownGoals(strategy)}`);
    if (!isCalendarDate(row.date)) problems.push(`the date "${row.date}" is not a calendar date; write YYYY-MM-DD`);
    const parsed = parseMeasuredValue(row.value);
    if ('error' in parsed) problems.push(parsed.error);
    if (problems.length === 0) {
      const key = `${row.goal}\u0000${row.date}`;
      const earlier = seen.get(key);
      const old = existing.get(key);
      if (earlier !== undefined) problems.push(`row ${earlier} already gives ${row.goal} a value for ${row.date}`);
      else if (old !== undefined && !replace) problems.push(`${row.goal} already has a value for ${row.date} (${old}); add --replace to replace it`);
      seen.set(key, row.row);
    }
    if (problems.length > 0) errors.push(`${csvName}, row ${row.row}: ${problems.join('; ')}`);
    else if ('value' in parsed) measurements.push({ row: row.row, goal: row.goal, date: row.date, value: parsed.value, ...(row.note !== undefined ? { note: row.note } : {}) });
  }
  return { measurements, errors };
}
