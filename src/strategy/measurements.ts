/**
 * Measurements of a goal's KPI, as `smplan track` records them: one value a
 * day, kept in date order, changed through the DocumentEditor so that the rest
 * of the file stays as it was. Many rows (`track --from`) are merged into each
 * goal's list in one pass, so an import costs time in proportion to its rows.
 */
import { isAlias, isMap, isSeq } from 'yaml';
import { LocalizedError } from '../base/errors.js';
import type { Language, Message, MessageData } from '../base/message.js';
import { formatDate, formatNumber } from '../base/numbers.js';
import type { DocumentEditor } from './editor.js';
import type { Goal, Strategy } from './schema.js';
import type { TrackRow } from './track-csv.js';
import { TRACK_MESSAGES as SAY } from './track-messages.js';
import { readDate, readNumber } from './typed-input.js';

export interface Measurement {
  goal: string;
  date: string;
  value: number;
  note?: string;
}

/** What happens to the note of a value that is replaced: the new note (or none), or the old one kept. */
export type Replacing = false | 'with-note' | 'keeping-note';

/** A change that cannot be made to this file, worded for the person who asked for it (exit 2). */
export class MeasurementError extends LocalizedError {
  override name = 'MeasurementError';
}

const fail = (text: Message, data?: MessageData) => new MeasurementError(text, data);

/** A measured value as people type it (typed-input.ts): "7,5" and "7.5" alike; "1.250" is refused with both readings. */
export function readMeasuredValue(text: string, language: Language): { value: number } | { problem: MeasurementError } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: fail(SAY.emptyValue) };
  const reading = readNumber(trimmed);
  if ('value' in reading) return reading;
  if (reading.problem === 'not-a-number') return { problem: fail(SAY.notANumber, { value: trimmed }) };
  const [whole, fraction] = reading.readings;
  // both readings as they would be typed unambiguously: no thousands separator
  const typed = (value: number) => (language === 'de' ? String(value).replace('.', ',') : String(value));
  return { problem: fail(SAY.ambiguousNumber, { value: trimmed, whole: typed(whole), fraction: typed(fraction) }) };
}

/** A measurement's date as people type it: YYYY-MM-DD or DD.MM.YYYY. */
export function readMeasurementDate(text: string, today: string, language: Language): { date: string } | { problem: MeasurementError } {
  const date = readDate(text);
  return date ? { date } : { problem: fail(SAY.notADate, { value: text.trim(), example: formatDate(today, language) }) };
}

/**
 * What cannot be a measurement of this goal: a date after today, or a value
 * below zero for a goal whose baseline and target are not (a count of orders
 * or followers cannot be negative).
 */
export function impossibleMeasurement(goal: Goal, date: string, value: number, today: string, language: Language): MeasurementError | undefined {
  if (date > today) return fail(SAY.futureDate, { date: formatDate(date, language), today: formatDate(today, language) });
  const { baseline, target, metric } = goal.kpi ?? {};
  if (value < 0 && !(baseline !== undefined && baseline < 0) && !(target !== undefined && target < 0)) {
    return fail(SAY.negative, { value: formatNumber(value, language), metric: metric?.trim() || goal.id });
  }
  return undefined;
}

export function knownGoals(strategy: Strategy): { text: Message; data?: MessageData } {
  const ids = (strategy.goals ?? []).map((goal) => goal.id);
  return ids.length === 0 ? { text: SAY.noGoals } : { text: SAY.knownGoals, data: { goals: ids.join(', ') } };
}

/** The error for a goal id the file does not have, naming those it has. */
export function noSuchGoal(strategy: Strategy, goal: string, file: string, language: Language): MeasurementError {
  const known = knownGoals(strategy);
  return fail(SAY.noGoal, { goal, file, known: new LocalizedError(known.text, known.data).in(language) });
}

export function findGoal(strategy: Strategy, id: string): number {
  return (strategy.goals ?? []).findIndex((goal) => goal.id === id);
}

const measurementsPath = (goalIndex: number) => ['goals', goalIndex, 'measurements'];

/** The dates of a goal's measurements in the document as it is now; an alias is refused, since writing into it would change another list. */
function datesIn(editor: DocumentEditor, goalIndex: number, goalId: string): (string | undefined)[] {
  const list = editor.document.yaml.getIn(measurementsPath(goalIndex), true);
  if (isAlias(list)) {
    throw fail(SAY.alias, { goal: goalId, alias: String(list) });
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
export function recordMeasurements(editor: DocumentEditor, strategy: Strategy, measurements: readonly Measurement[], replace: Replacing, language: Language): (number | undefined)[] {
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
        throw fail(SAY.exists, { goal: measurement.goal, date: formatDate(measurement.date, language), old: typeof old === 'number' ? formatNumber(old, language) : String(old) });
      }
      editor.set([...path, same, 'value'], measurement.value);
      if (measurement.note !== undefined && replace === 'with-note') editor.set([...path, same, 'note'], measurement.note);
      else if (replace === 'with-note' && editor.document.yaml.hasIn([...path, same, 'note'])) editor.remove([...path, same, 'note']);
      replaced[index] = typeof old === 'number' ? old : undefined;
    }
    insertInOrder(editor, path, dates, added);
  }
  return replaced;
}

/** Removes the measurement of `date` from a goal; returns its value. The other items and their comments stay as they are. */
export function deleteMeasurement(editor: DocumentEditor, strategy: Strategy, goalIndex: number, date: string, language: Language): number {
  const goal = strategy.goals![goalIndex]!;
  const dates = datesIn(editor, goalIndex, goal.id);
  const at = dates.indexOf(date);
  if (at === -1) {
    const known = dates.filter((known): known is string => known !== undefined);
    if (known.length === 0) throw fail(SAY.noMeasurements, { goal: goal.id, date: formatDate(date, language) });
    const shown = known.length > 6 ? [...known.slice(0, 3), '…', ...known.slice(-3)] : known;
    throw fail(SAY.noSuchMeasurement, { goal: goal.id, date: formatDate(date, language), dates: shown.map((day) => (day === '…' ? day : formatDate(day, language))).join(', ') });
  }
  const old = editor.document.yaml.getIn([...measurementsPath(goalIndex), at, 'value']);
  editor.removeItem(measurementsPath(goalIndex), at);
  return typeof old === 'number' ? old : Number.NaN;
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
export function validateRows(
  rows: TrackRow[],
  strategy: Strategy,
  { replace, csvName, today, language }: { replace: boolean; csvName: string; today: string; language: Language },
): { measurements: (Measurement & { row: number })[]; errors: string[] } {
  const errors: string[] = [];
  const measurements: (Measurement & { row: number })[] = [];
  const seen = new Map<string, number>();
  const existing = new Map<string, number>();
  (strategy.goals ?? []).forEach((goal) => goal.measurements?.forEach((measurement) => existing.set(`${goal.id}\u0000${measurement.date}`, measurement.value)));
  const goals = new Map((strategy.goals ?? []).map((goal) => [goal.id, goal]));
  const say = (text: Message, data?: MessageData) => new LocalizedError(text, data).in(language);
  for (const row of rows) {
    const problems: string[] = [];
    const goal = goals.get(row.goal);
    if (row.goal === '') problems.push(say(SAY.csvEmptyGoal));
    else if (!goal) {
      const known = knownGoals(strategy);
      problems.push(say(SAY.csvNoGoal, { goal: row.goal, known: say(known.text, known.data) }));
    }
    const date = readMeasurementDate(row.date, today, language);
    if ('problem' in date) problems.push(date.problem.in(language));
    const value = readMeasuredValue(row.value, language);
    if ('problem' in value) problems.push(value.problem.in(language));
    if (problems.length === 0 && goal && 'date' in date && 'value' in value) {
      const impossible = impossibleMeasurement(goal, date.date, value.value, today, language);
      if (impossible) problems.push(impossible.in(language));
      const key = `${row.goal}\u0000${date.date}`;
      const earlier = seen.get(key);
      const old = existing.get(key);
      if (earlier !== undefined) problems.push(say(SAY.csvTwice, { earlier, goal: row.goal, date: formatDate(date.date, language) }));
      else if (old !== undefined && !replace) {
        problems.push(fail(SAY.exists, { goal: row.goal, date: formatDate(date.date, language), old: formatNumber(old, language) }).in(language));
      }
      seen.set(key, row.row);
      if (problems.length === 0) measurements.push({ row: row.row, goal: row.goal, date: date.date, value: value.value, ...(row.note !== undefined ? { note: row.note } : {}) });
    }
    if (problems.length > 0) errors.push(say(SAY.csvRow, { csv: csvName, row: row.row, problems: problems.join('; ') }));
  }
  return { measurements, errors };
}
