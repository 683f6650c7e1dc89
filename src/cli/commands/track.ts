/**
 * `smplan track <goal-id> <value>`: records a measured KPI value in the goal's
 * `measurements`, kept sorted by date, and `--from <csv>` imports many at once,
 * all or nothing. The file changes only where it must: the new lines, the
 * replaced value, `revision` and `updated` (see DocumentEditor).
 */
import { resolve } from 'node:path';
import { isMap, isSeq } from 'yaml';
import { escapeControlCharacters } from '../../base/message.js';
import { StrategyDocument } from '../../strategy/document.js';
import { DocumentEditor } from '../../strategy/editor.js';
import { readTextFile } from '../../strategy/files.js';
import { goalProgress } from '../../strategy/progress.js';
import { markChanged } from '../../strategy/revision.js';
import { isCalendarDate, type Goal, type Strategy } from '../../strategy/schema.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { UsageError } from '../../base/errors.js';
import { EXIT, say } from '../errors.js';
import { describeFirstProblem } from '../schema-problem.js';
import { CsvError, trackRows, type TrackRow } from './track-csv.js';
import { confirm, writeOut } from '../output.js';
import { withStrategyLock } from '../../strategy/write.js';

export interface TrackOptions {
  date?: string;
  file: string;
  note?: string;
  replace?: boolean;
  from?: string;
}

/** Bad CSV rows shown before the rest are summed up. */
const MAX_ROW_ERRORS = 20;

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

interface Measurement {
  goal: string;
  date: string;
  value: number;
  note?: string;
}

function knownGoals(strategy: Strategy): string {
  const ids = (strategy.goals ?? []).map((goal) => goal.id);
  return ids.length === 0 ? 'the file has no goals yet (add one with smplan edit goals)' : `known goals: ${ids.join(', ')}`;
}

function findGoal(strategy: Strategy, id: string): number {
  return (strategy.goals ?? []).findIndex((goal) => goal.id === id);
}

/** The measurements of a goal in the document as it is now (with this run's changes), as dates. */
function datesIn(editor: DocumentEditor, goalIndex: number): (string | undefined)[] {
  const list = editor.document.yaml.getIn(['goals', goalIndex, 'measurements'], true);
  if (!isSeq(list)) return [];
  return list.items.map((item) => {
    const date = isMap(item) ? item.get('date') : undefined;
    return typeof date === 'string' ? date : undefined;
  });
}

/** Adds (or with `replace`, replaces) one measurement; returns the value it replaced. */
function record(editor: DocumentEditor, goalIndex: number, measurement: Measurement, replace: boolean): number | undefined {
  const path = ['goals', goalIndex, 'measurements'];
  const dates = datesIn(editor, goalIndex);
  const same = dates.indexOf(measurement.date);
  if (same !== -1) {
    const old = editor.document.yaml.getIn([...path, same, 'value']);
    if (!replace) {
      throw new UsageError(
        `${measurement.goal} already has a value for ${measurement.date} (${String(old)}); add --replace to replace it, or give another --date`,
      );
    }
    editor.set([...path, same, 'value'], measurement.value);
    if (measurement.note !== undefined) editor.set([...path, same, 'note'], measurement.note);
    return typeof old === 'number' ? old : undefined;
  }
  const later = dates.findIndex((date) => date !== undefined && date > measurement.date);
  const item: Record<string, string | number> = { date: measurement.date, value: measurement.value };
  if (measurement.note !== undefined) item.note = measurement.note;
  editor.insertItem(path, later === -1 ? dates.length : later, item);
  return undefined;
}

async function loadStrategy(file: string): Promise<{ document: StrategyDocument; strategy: Strategy } | { problem: string }> {
  const document = await StrategyDocument.load(resolve(file));
  if (!document.strategy) return { problem: describeFirstProblem(document, file, 'en') };
  return { document, strategy: document.strategy };
}

/** Writes the file; says so when its layout could not be kept exactly (the data is right either way). */
async function save(editor: DocumentEditor, file: string): Promise<void> {
  if (!(await editor.save())) {
    confirm(() => say(`note: ${file} was rewritten as a whole (an unusual layout near the change); comments are kept, spacing may differ`));
  }
}

function sayNotWellFormed(problem: string): number {
  say(`error: ${problem} Nothing was written: fix the file first (smplan check lists every problem).`);
  return EXIT.findings;
}

/** "210 followers on 2027-01-31 recorded (target 600 by 2027-06-30, 19 % of the way, on track)". */
function confirmation(goal: Goal, measurement: Measurement, replaced: number | undefined, strategy: Strategy, today: string): string {
  const { baseline, target, deadline, unit } = goal.kpi ?? {};
  const amount = (value: number) => (unit?.trim() ? `${value} ${unit.trim()}` : String(value));
  const measurements = [...(goal.measurements ?? []).filter((existing) => existing.date !== measurement.date), { date: measurement.date, value: measurement.value }];
  const { status } = goalProgress({ ...goal, measurements }, strategy.started, today);
  const facts: string[] = [];
  if (target !== undefined) facts.push(deadline ? `target ${amount(target)} by ${deadline}` : `target ${amount(target)}`);
  if (baseline !== undefined && target !== undefined && target !== baseline) {
    facts.push(`${Math.round(((measurement.value - baseline) / (target - baseline)) * 100)} % of the way`);
  }
  if (status !== 'no-data') facts.push(status.replace('-', ' '));
  const what = replaced === undefined ? 'recorded' : `recorded, replacing ${amount(replaced)}`;
  return `${goal.id}: ${amount(measurement.value)} on ${measurement.date} ${what}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}

async function trackOne(goalId: string, valueText: string, options: TrackOptions): Promise<number> {
  const today = todayFromEnvironment();
  const date = options.date ?? today;
  if (!isCalendarDate(date)) throw new UsageError(`--date is "${date}", not a calendar date; write YYYY-MM-DD`);
  const parsed = parseMeasuredValue(valueText);
  if ('error' in parsed) throw new UsageError(parsed.error);
  // Read, change and write under the lock, so that writers running at once each add to what the last one wrote.
  return withStrategyLock(options.file, async () => {
    const loaded = await loadStrategy(options.file);
    if ('problem' in loaded) return sayNotWellFormed(loaded.problem);
    const { document, strategy } = loaded;
    const goalIndex = findGoal(strategy, goalId);
    if (goalIndex === -1) throw new UsageError(`no goal "${goalId}" in ${options.file}; ${knownGoals(strategy)}`);

    const note = options.note?.trim() ? options.note : undefined;
    const measurement: Measurement = { goal: goalId, date, value: parsed.value, ...(note !== undefined ? { note } : {}) };
    const editor = new DocumentEditor(document);
    const replaced = record(editor, goalIndex, measurement, options.replace === true);
    markChanged(editor, today);
    await save(editor, options.file);
    confirm(() => writeOut(`${escapeControlCharacters(confirmation(strategy.goals![goalIndex]!, measurement, replaced, strategy, today))}\n`));
    return EXIT.ok;
  });
}

/** Checks every row against the file before anything is changed; returns one message per bad row. */
function validateRows(rows: TrackRow[], strategy: Strategy, replace: boolean, csvName: string): { measurements: (Measurement & { row: number })[]; errors: string[] } {
  const errors: string[] = [];
  const measurements: (Measurement & { row: number })[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const problems: string[] = [];
    const goalIndex = findGoal(strategy, row.goal);
    if (row.goal === '') problems.push('the goal is empty');
    else if (goalIndex === -1) problems.push(`no goal "${row.goal}"; ${knownGoals(strategy)}`);
    if (!isCalendarDate(row.date)) problems.push(`the date "${row.date}" is not a calendar date; write YYYY-MM-DD`);
    const parsed = parseMeasuredValue(row.value);
    if ('error' in parsed) problems.push(parsed.error);
    if (problems.length === 0) {
      const key = `${row.goal}\u0000${row.date}`;
      const earlier = seen.get(key);
      const existing = strategy.goals![goalIndex]!.measurements?.find((measurement) => measurement.date === row.date);
      if (earlier !== undefined) problems.push(`row ${earlier} already gives ${row.goal} a value for ${row.date}`);
      else if (existing && !replace) problems.push(`${row.goal} already has a value for ${row.date} (${existing.value}); add --replace to replace it`);
      seen.set(key, row.row);
    }
    if (problems.length > 0) errors.push(`${csvName}, row ${row.row}: ${problems.join('; ')}`);
    else if ('value' in parsed) measurements.push({ row: row.row, goal: row.goal, date: row.date, value: parsed.value, ...(row.note !== undefined ? { note: row.note } : {}) });
  }
  return { measurements, errors };
}

async function trackFromCsv(csvPath: string, options: TrackOptions): Promise<number> {
  const today = todayFromEnvironment();
  let rows: TrackRow[];
  try {
    rows = trackRows(await readTextFile(resolve(csvPath)));
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`${csvPath}, row ${error.row}: ${error.message}; nothing was written`);
    throw error;
  }
  if (rows.length === 0) throw new UsageError(`${csvPath} has no rows to import; each row is goal,date,value with an optional note`);
  return withStrategyLock(options.file, async () => {
    const loaded = await loadStrategy(options.file);
    if ('problem' in loaded) return sayNotWellFormed(loaded.problem);
    const { document, strategy } = loaded;

    const { measurements, errors } = validateRows(rows, strategy, options.replace === true, csvPath);
    if (errors.length > 0) {
      for (const error of errors.slice(0, MAX_ROW_ERRORS)) say(`error: ${error}`);
      if (errors.length > MAX_ROW_ERRORS) say(`error: … and ${errors.length - MAX_ROW_ERRORS} more bad rows`);
      say(`nothing was written: ${errors.length} of ${rows.length} rows ${errors.length === 1 ? 'is' : 'are'} bad`);
      return EXIT.usage;
    }

    const editor = new DocumentEditor(document);
    const perGoal = new Map<string, number>();
    let replacedCount = 0;
    for (const measurement of measurements) {
      if (record(editor, findGoal(strategy, measurement.goal), measurement, options.replace === true) !== undefined) replacedCount++;
      perGoal.set(measurement.goal, (perGoal.get(measurement.goal) ?? 0) + 1);
    }
    markChanged(editor, today);
    await save(editor, options.file);
    const counts = [...perGoal].map(([goal, count]) => `${goal} ${count}`).join(', ');
    const replacedNote = replacedCount > 0 ? `, ${replacedCount} of them replacing earlier values` : '';
    confirm(() =>
      writeOut(
        `${escapeControlCharacters(`${measurements.length} ${measurements.length === 1 ? 'measurement' : 'measurements'} from ${csvPath} recorded in ${options.file} (${counts}${replacedNote})`)}\n`,
      ),
    );
    return EXIT.ok;
  });
}

export async function track(goalId: string | undefined, value: string | undefined, options: TrackOptions): Promise<number> {
  if (options.from !== undefined) {
    if (goalId !== undefined) throw new UsageError('give either a goal and a value, or --from <csv>, not both');
    if (options.date !== undefined || options.note !== undefined) {
      throw new UsageError('--date and --note are for one value; with --from every row has its own date (and note column)');
    }
    return trackFromCsv(options.from, options);
  }
  if (goalId === undefined) throw new UsageError('name a goal and a value (smplan track <goal-id> <value>), or import rows with --from <csv>');
  if (value === undefined) throw new UsageError(`give the value measured for "${goalId}": smplan track ${goalId} <value>`);
  return trackOne(goalId, value, options);
}
