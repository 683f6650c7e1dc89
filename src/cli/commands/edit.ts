/**
 * `smplan edit <section> [file]`: asks one of the five questions again, with
 * the strategy's current answers as the suggestions (or merges a partial
 * section from `--answers`), and writes back only what changed: comments,
 * unknown keys and the other sections stay. Every change raises `revision`
 * and sets `updated`, never `started`.
 */
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { isMapping, type Data } from '../../interview/data.js';
import { MESSAGES } from '../../interview/messages.js';
import { sectionSpec } from '../../interview/questions.js';
import { formatMessage, escapeControlCharacters, type Language, type Message } from '../../base/message.js';
import { StrategyDocument } from '../../strategy/document.js';
import { sectionChoices, sectionNamed, sectionTitle, type Section } from '../../strategy/sections.js';
import type { AskContext } from '../../interview/ask.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { colorsFor, wantsColor } from '../colors.js';
import { UsageError } from '../../base/errors.js';
import { EXIT } from '../errors.js';
import { canPrompt, print, promptStyle } from '../interactive.js';
import { declaredLanguage, localeLanguage } from '../../base/locale.js';
import { describeFirstProblem } from '../schema-problem.js';
import { confirm, writeErr, writeOut } from '../output.js';
import { ChangedOnDiskError, withStrategyLock, writeStrategyFile } from '../../strategy/write.js';

export interface EditOptions {
  lang?: Language;
  answers?: string;
}

/** `edit goals torten` names an item, `edit goals kunde.yaml` a file: a second argument that looks like a YAML file is the file. */
export function splitItemAndFile(item: string | undefined, file: string): { item?: string; file: string } {
  if (item === undefined) return { file };
  return /\.ya?ml$/i.test(item) ? { file: item } : { item, file };
}

export async function edit(sectionName: string, target: { item?: string; file: string }, options: EditOptions): Promise<number> {
  const { file } = target;
  const fallback = options.lang ?? localeLanguage();
  const section = sectionNamed(sectionName);
  if (!section) throw new UsageError(formatMessage(MESSAGES.unknownSection, fallback, { name: sectionName, sections: sectionChoices(fallback) }));
  const interactive = options.answers === undefined;
  if (interactive && !canPrompt()) throw new UsageError(formatMessage(MESSAGES.editNeedsTerminal, fallback));
  // Answers from a file are applied under the write lock, like track: whoever writes at the same time, nothing is lost.
  // A person's answers take minutes; the write then checks that the file is still the one they answered about.
  const run = () => editSection(section, target, options, fallback);
  return interactive ? run() : withStrategyLock(file, run);
}

async function editSection(section: Section, { item, file }: { item?: string; file: string }, options: EditOptions, fallback: Language): Promise<number> {
  const interactive = options.answers === undefined;
  const document = await StrategyDocument.load(file);
  const language = options.lang ?? declaredLanguage(document.data) ?? fallback;
  if (!document.strategy) throw new UsageError(describeFirstProblem(document, file, language), language);
  const today = todayFromEnvironment();
  const before = document.data as Data;
  const say = (message: Message, data?: Record<string, string | number>) => formatMessage(message, language, data);

  if (item !== undefined) {
    const ids = Array.isArray(before[section]) ? (before[section] as Data[]).map((entry) => entry.id).filter((id) => typeof id === 'string') : [];
    if (!ids.includes(item)) throw new UsageError(say(MESSAGES.noSuchItem, { id: item, section: sectionTitle(section, language), file, ids: ids.join(', ') || '–' }), language);
  }
  const asking = interactive ? await import('../../interview/ask.js') : undefined;
  const context = { language, today, print, style: promptStyle(wantsColor(undefined)), editing: { only: item } };
  const answered = asking ? await ask(asking, section, file, before, context) : await fromAnswersFile(section, options.answers!, before, language);
  const { finishSection } = await import('../../interview/build.js');
  const { orderKeys } = await import('../../strategy/shape.js');
  const after = orderKeys({ ...before, [section]: finishSection(section, answered[section]) }) as Data;
  if (isDeepStrictEqual(before[section] ?? null, after[section])) {
    print(say(MESSAGES.noChanges, { file }));
    return EXIT.ok;
  }
  if (asking) {
    // What will change, in the words of `smplan diff`, before the person says yes.
    const [{ compareStrategies }, { describeChanges }] = await Promise.all([import('../../diff/compare.js'), import('../../diff/views/view.js')]);
    print();
    print(context.style.bold(say(MESSAGES.changes)));
    for (const line of describeChanges(compareStrategies(before, after), language, escapeControlCharacters)) print(`  ${line.sigil} ${line.text}`);
    print();
    if (!(await asking.askYesNo('write', say(MESSAGES.confirmChanges, { file }), true, context))) {
      print(say(MESSAGES.notWritten));
      return EXIT.ok;
    }
  }

  const [{ applyChange }, { markChanged }, { checkSummary }, colors] = await Promise.all([
    import('../../interview/apply.js'),
    import('../../strategy/revision.js'),
    import('../check-summary.js'),
    colorsFor(wantsColor(undefined)),
  ]);
  applyChange(document, [], before, after);
  markChanged(document, today);
  const written = StrategyDocument.parse(file, document.toString());
  if (written.problems.length > 0) throw new Error(`the edited strategy is not valid (${written.problems[0]!.code}); nothing was written`);
  try {
    await written.save({ text: document.source });
  } catch (error) {
    if (!(error instanceof ChangedOnDiskError) || !interactive) throw error;
    // The person's answers are kept where `edit --answers` takes them back.
    const kept = await keepAnswers(file, section, after[section]);
    throw new UsageError(say(MESSAGES.changedWhileEditing, { file, kept, section }), language);
  }
  confirm(() => {
    print();
    print(colors.green(`✔ ${say(MESSAGES.edited, { file, revision: String((written.data as Data).revision) })}`));
    writeOut(checkSummary(written, file, { language, today, colors }).text);
  });
  return EXIT.ok;
}

/** Writes a section's answers beside the strategy, in the form `edit --answers` reads; returns the file's name. */
async function keepAnswers(file: string, section: Section, answers: unknown): Promise<string> {
  const kept = `${file}.${section}-answers-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}.yaml`;
  await writeStrategyFile(kept, stringify({ [section]: answers }, { lineWidth: 0 }), 'absent');
  return kept;
}

/** The interview of one section. */
async function ask(asking: typeof import('../../interview/ask.js'), section: Section, file: string, before: Data, context: AskContext): Promise<Data> {
  print(context.style.dim(formatMessage(MESSAGES.editing, context.language, { section: sectionTitle(section, context.language), file })));
  print(context.style.dim(formatMessage(MESSAGES.keys, context.language)));
  return asking.withWayBack(context, (recorded) => asking.askSection(sectionSpec(section), before, recorded));
}

/**
 * A partial section from a file: either the section itself (`owner: {name: …}`
 * for team, a list for goals) or a mapping with the section as its only key.
 * Mappings merge over the current answers, lists replace.
 */
async function fromAnswersFile(section: Section, path: string, before: Data, language: Language): Promise<Data> {
  const { readAnswers, mergeAnswers, validateMerged } = await import('../../interview/answers-file.js');
  const answers = await readAnswers(path, language, { list: section === 'goals' || section === 'audiences' });
  const data = answers.document.data;
  const wrapped = isMapping(data) && Object.keys(data).length === 1 && Object.hasOwn(data, section);
  const value = wrapped ? (data as Data)[section] : data;
  let problems = answers.problems;
  let merged = before;
  if (problems.length === 0) {
    merged = mergeAnswers(before, { [section]: value === undefined ? null : value });
    problems = validateMerged(merged, answers, language, wrapped ? [] : [section]);
  }
  if (problems.length > 0) {
    const where = escapeControlCharacters(path);
    for (const problem of problems) writeErr(`${where}:${problem.line}:${problem.column}: ${problem.message}\n`);
    throw new UsageError(formatMessage(MESSAGES.answersInvalid, language, { file: path }), language);
  }
  return merged;
}
