/**
 * `smplan track <goal-id> <value>`: records a measured KPI value in the goal's
 * `measurements`, kept sorted by date, and `--from <csv>` imports many at once,
 * all or nothing. The file changes only where it must: the new lines, the
 * replaced value, `revision` and `updated` (see DocumentEditor).
 */
import { resolve } from 'node:path';
import { escapeControlCharacters } from '../../base/message.js';
import { StrategyDocument } from '../../strategy/document.js';
import { DocumentEditor } from '../../strategy/editor.js';
import { readTextFile, type ReadLimit } from '../../strategy/files.js';
import { goalProgress } from '../../strategy/progress.js';
import { markChanged } from '../../strategy/revision.js';
import { isCalendarDate, type Goal, type Strategy } from '../../strategy/schema.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { UsageError } from '../../base/errors.js';
import { EXIT, say } from '../errors.js';
import { describeFirstProblem } from '../schema-problem.js';
import { CsvError, trackRows, type TrackRow } from '../../strategy/track-csv.js';
import { findGoal, knownGoals, parseMeasuredValue, recordMeasurements, validateRows, type Measurement } from '../../strategy/measurements.js';
import { confirm, writeOut } from '../output.js';
import { withStrategyLock } from '../../strategy/write.js';

export interface TrackOptions {
  date?: string;
  file: string;
  note?: string;
  replace?: boolean;
  from?: string;
}

/** A measurements import: far more rows than a strategy can hold, yet not a file named by mistake. */
const CSV_LIMIT: ReadLimit = { bytes: 32 * 1024 * 1024, meaning: 'more than smplan imports at once', action: 'split it into smaller files' };

/** Bad CSV rows shown before the rest are summed up. */
const MAX_ROW_ERRORS = 20;

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
    const [replaced] = recordMeasurements(editor, strategy, [measurement], options.replace === true);
    markChanged(editor, today);
    await save(editor, options.file);
    confirm(() => writeOut(`${escapeControlCharacters(confirmation(strategy.goals![goalIndex]!, measurement, replaced, strategy, today))}\n`));
    return EXIT.ok;
  });
}

async function trackFromCsv(csvPath: string, options: TrackOptions): Promise<number> {
  const today = todayFromEnvironment();
  let rows: TrackRow[];
  try {
    rows = trackRows(readTextFile(resolve(csvPath), CSV_LIMIT));
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
    const replacedCount = recordMeasurements(editor, strategy, measurements, options.replace === true).filter((old) => old !== undefined).length;
    for (const measurement of measurements) perGoal.set(measurement.goal, (perGoal.get(measurement.goal) ?? 0) + 1);
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
