/**
 * `smplan track <goal-id> <value>`: records a measured KPI value in the goal's
 * `measurements`, kept sorted by date; `--delete <date>` removes one, and
 * `--from <csv>` imports many at once, all or nothing. The file changes only
 * where it must: the new lines, the replaced value, `revision` and `updated`
 * (see DocumentEditor). Every line it prints is in the run's language: --lang,
 * else the strategy's `language`, else the locale.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocalizedError } from '../../base/errors.js';
import { declaredLanguage, localeLanguage } from '../../base/locale.js';
import { escapeControlCharacters, formatMessage, type Language, type Message, type MessageData } from '../../base/message.js';
import { formatDate, formatNumber } from '../../base/numbers.js';
import { StrategyDocument } from '../../strategy/document.js';
import { DocumentEditor } from '../../strategy/editor.js';
import { readTextFile, type ReadLimit } from '../../strategy/files.js';
import {
  deleteMeasurement,
  findGoal,
  impossibleMeasurement,
  noSuchGoal,
  readMeasuredValue,
  readMeasurementDate,
  recordMeasurements,
  validateRows,
  type Measurement,
  type Replacing,
  MeasurementError,
} from '../../strategy/measurements.js';
import { goalProgress } from '../../strategy/progress.js';
import { markChanged } from '../../strategy/revision.js';
import type { Goal, Strategy } from '../../strategy/schema.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { CsvError, trackRows, type TrackRow } from '../../strategy/track-csv.js';
import { TRACK_MESSAGES as SAY } from '../../strategy/track-messages.js';
import { withStrategyLock } from '../../strategy/write.js';
import { WORDS } from '../../report/views/words.js';
import { EXIT, say } from '../errors.js';
import { describeFirstProblem } from '../schema-problem.js';
import { confirm, writeOut } from '../output.js';

export interface TrackOptions {
  date?: string;
  file: string;
  note?: string;
  replace?: boolean;
  keepNote?: boolean;
  delete?: string;
  from?: string;
  lang?: Language;
}

/** A measurements import: far more rows than a strategy can hold, yet not a file named by mistake. */
const CSV_LIMIT: ReadLimit = {
  bytes: 32 * 1024 * 1024,
  meaning: { en: 'more than smplan imports at once', de: 'mehr, als smplan auf einmal übernimmt' },
  action: { en: 'split it into smaller files', de: 'teilen Sie sie in kleinere Dateien' },
};

/** Bad CSV rows shown before the rest are summed up. */
const MAX_ROW_ERRORS = 20;

/** A problem with how track was called, said in the run's language. */
const usage = (text: Message, data?: MessageData) => new LocalizedError(text, data);

interface Run {
  options: TrackOptions;
  /** --lang, else the locale's until the strategy is read, then the strategy's `language` if it declares one. */
  language: Language;
  today: string;
  text(message: Message, data?: MessageData): string;
}

async function loadStrategy(run: Run): Promise<{ document: StrategyDocument; strategy: Strategy } | { problem: string }> {
  const document = await StrategyDocument.load(resolve(run.options.file));
  run.language = run.options.lang ?? declaredLanguage(document.data) ?? run.language;
  if (!document.strategy) return { problem: describeFirstProblem(document, run.options.file, run.language) };
  return { document, strategy: document.strategy };
}

/** Writes the file; says so when its layout could not be kept exactly (the data is right either way). */
async function save(editor: DocumentEditor, run: Run): Promise<void> {
  if (!(await editor.save())) confirm(() => say(run.text(SAY.rewritten, { file: run.options.file })));
}

function sayNotWellFormed(problem: string, run: Run): number {
  say(`${run.text(SAY.error)}: ${run.text(SAY.notWellFormed, { problem })}`);
  return EXIT.findings;
}

/** "torten: 6 Bestellungen am 31.01.2027 erfasst (Ziel 15 bis 31.10.2027, 18 % des Wegs, im Plan)". */
function confirmation(goal: Goal, measurement: Measurement, replaced: number | undefined, strategy: Strategy, run: Run): string {
  const { language, today } = run;
  const { baseline, target, deadline, unit } = goal.kpi ?? {};
  const amount = (value: number) => (unit?.trim() ? `${formatNumber(value, language)} ${unit.trim()}` : formatNumber(value, language));
  const measurements = [...(goal.measurements ?? []).filter((existing) => existing.date !== measurement.date), { date: measurement.date, value: measurement.value }];
  const { status } = goalProgress({ ...goal, measurements }, strategy.started, today);
  const facts: string[] = [];
  if (target !== undefined) facts.push(deadline ? run.text(SAY.targetBy, { target: amount(target), deadline: formatDate(deadline, language) }) : run.text(SAY.target, { target: amount(target) }));
  if (baseline !== undefined && target !== undefined && target !== baseline) {
    facts.push(run.text(SAY.ofTheWay, { percent: formatNumber(Math.round(((measurement.value - baseline) / (target - baseline)) * 100), language) }));
  }
  if (status !== 'no-data') facts.push(WORDS[language].status[status]);
  const data = { goal: goal.id, amount: amount(measurement.value), date: formatDate(measurement.date, language), facts: facts.length > 0 ? ` (${facts.join(', ')})` : '' };
  return replaced === undefined ? run.text(SAY.recorded, data) : run.text(SAY.replaced, { ...data, old: amount(replaced) });
}

function replacing(options: TrackOptions): Replacing {
  if (!options.replace) return false;
  return options.keepNote ? 'keeping-note' : 'with-note';
}

/**
 * Reads the strategy and finds the goal, under the write lock, so that
 * writers running at once each change what the last one wrote; then `change`.
 */
function withGoal(goalId: string, run: Run, change: (found: { document: StrategyDocument; strategy: Strategy; goalIndex: number }) => Promise<number>): Promise<number> {
  return withStrategyLock(run.options.file, async () => {
    const loaded = await loadStrategy(run);
    if ('problem' in loaded) return sayNotWellFormed(loaded.problem, run);
    const goalIndex = findGoal(loaded.strategy, goalId);
    if (goalIndex === -1) throw noSuchGoal(loaded.strategy, goalId, run.options.file, run.language);
    return change({ ...loaded, goalIndex });
  });
}

async function trackOne(goalId: string, valueText: string, run: Run): Promise<number> {
  const { options, today } = run;
  return withGoal(goalId, run, async ({ document, strategy, goalIndex }) => {
    const { language } = run;
    const date = options.date === undefined ? { date: today } : readMeasurementDate(options.date, today, language);
    if ('problem' in date) throw date.problem;
    const value = readMeasuredValue(valueText, language);
    if ('problem' in value) throw value.problem;
    const goal = strategy.goals![goalIndex]!;
    const impossible = impossibleMeasurement(goal, date.date, value.value, today, language);
    if (impossible) throw impossible;

    const note = options.note?.trim() ? options.note : undefined;
    const measurement: Measurement = { goal: goalId, date: date.date, value: value.value, ...(note !== undefined ? { note } : {}) };
    const editor = new DocumentEditor(document);
    const [replaced] = recordMeasurements(editor, strategy, [measurement], replacing(options), language);
    markChanged(editor, today);
    await save(editor, run);
    if (strategy.started && date.date < strategy.started) {
      confirm(() => say(run.text(SAY.beforeStart, { date: formatDate(date.date, language), started: formatDate(strategy.started!, language) })));
    }
    confirm(() => writeOut(`${escapeControlCharacters(confirmation(goal, measurement, replaced, strategy, run))}\n`));
    return EXIT.ok;
  });
}

async function deleteOne(goalId: string, dateText: string, run: Run): Promise<number> {
  const { today } = run;
  return withGoal(goalId, run, async ({ document, strategy, goalIndex }) => {
    const { language } = run;
    const date = readMeasurementDate(dateText, today, language);
    if ('problem' in date) throw date.problem;
    const editor = new DocumentEditor(document);
    const old = deleteMeasurement(editor, strategy, goalIndex, date.date, language);
    markChanged(editor, today);
    await save(editor, run);
    const unit = strategy.goals![goalIndex]!.kpi?.unit?.trim();
    const amount = `${formatNumber(old, language)}${unit ? ` ${unit}` : ''}`;
    confirm(() => writeOut(`${escapeControlCharacters(run.text(SAY.deleted, { goal: goalId, date: formatDate(date.date, language), amount }))}\n`));
    return EXIT.ok;
  });
}

async function trackFromCsv(csvPath: string, run: Run): Promise<number> {
  const { options, today } = run;
  let rows: TrackRow[];
  try {
    rows = trackRows(readTextFile(resolve(csvPath), CSV_LIMIT));
  } catch (error) {
    if (error instanceof CsvError) {
      const said = (language: Language) => formatMessage(SAY.csvUnreadable, language, { csv: csvPath, row: error.row, reason: error.in(language) });
      throw usage({ en: said('en'), de: said('de') });
    }
    throw error;
  }
  if (rows.length === 0) throw usage(SAY.csvEmpty, { csv: csvPath });
  return withStrategyLock(options.file, async () => {
    const loaded = await loadStrategy(run);
    if ('problem' in loaded) return sayNotWellFormed(loaded.problem, run);
    const { document, strategy } = loaded;
    const { language } = run;

    const { measurements, errors } = validateRows(rows, strategy, { replace: options.replace === true, csvName: csvPath, today, language });
    if (errors.length > 0) {
      for (const error of errors.slice(0, MAX_ROW_ERRORS)) say(`${run.text(SAY.error)}: ${error}`);
      if (errors.length > MAX_ROW_ERRORS) say(`${run.text(SAY.error)}: ${run.text(SAY.csvMore, { count: errors.length - MAX_ROW_ERRORS })}`);
      say(run.text(SAY.csvBad, { bad: errors.length, rows: rows.length }));
      return EXIT.usage;
    }

    const editor = new DocumentEditor(document);
    const perGoal = new Map<string, number>();
    const replacedCount = recordMeasurements(editor, strategy, measurements, replacing(options), language).filter((old) => old !== undefined).length;
    for (const measurement of measurements) perGoal.set(measurement.goal, (perGoal.get(measurement.goal) ?? 0) + 1);
    markChanged(editor, today);
    await save(editor, run);
    const data = { count: formatNumber(measurements.length, language), csv: csvPath, file: options.file, counts: [...perGoal].map(([goal, count]) => `${goal} ${count}`).join(', ') };
    const text =
      replacedCount > 0 ? run.text(SAY.importedReplacing, { ...data, replaced: replacedCount }) : run.text(measurements.length === 1 ? SAY.importedOne : SAY.imported, data);
    confirm(() => writeOut(`${escapeControlCharacters(text)}\n`));
    return EXIT.ok;
  });
}

/** For a problem found before the strategy was read: the language it declares, if it can be read at all. */
async function declaredIn(file: string): Promise<Language | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    return declaredLanguage((await StrategyDocument.load(resolve(file))).data);
  } catch {
    return undefined;
  }
}

export async function track(goalId: string | undefined, value: string | undefined, options: TrackOptions): Promise<number> {
  const run: Run = { options, language: options.lang ?? localeLanguage(), today: todayFromEnvironment(), text: (message, data) => formatMessage(message, run.language, data) };
  try {
    if (options.from !== undefined) {
      if (goalId !== undefined) throw usage(SAY.goalAndFrom);
      if (options.date !== undefined || options.note !== undefined || options.delete !== undefined) throw usage(SAY.dateWithFrom);
      return await trackFromCsv(options.from, run);
    }
    if (options.keepNote && !options.replace) throw usage(SAY.keepNoteWithoutReplace);
    if (goalId === undefined) throw usage(SAY.nameAGoal);
    if (options.delete !== undefined) {
      if (value !== undefined || options.note !== undefined || options.replace || options.date !== undefined) throw usage(SAY.deleteWithValue);
      return await deleteOne(goalId, options.delete, run);
    }
    if (value === undefined) throw usage(SAY.giveAValue, { goal: goalId });
    return await trackOne(goalId, value, run);
  } catch (error) {
    if (!(error instanceof LocalizedError)) throw error;
    if (!options.lang && !(error instanceof MeasurementError)) run.language = (await declaredIn(options.file)) ?? run.language;
    say(`${run.text(SAY.error)}: ${error.in(run.language)}`);
    return EXIT.usage;
  }
}
