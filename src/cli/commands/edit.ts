/**
 * `smplan edit <section> [file]`: asks one of the five questions again, with
 * the strategy's current answers as the suggestions (or merges a partial
 * section from `--answers`), and writes back only what changed: comments,
 * unknown keys and the other sections stay. Every change raises `revision`
 * and sets `updated`, never `started`.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMapping, type Data } from '../../interview/data.js';
import { MESSAGES } from '../../interview/messages.js';
import { sectionSpec } from '../../interview/questions.js';
import { formatMessage, escapeControlCharacters, type Language, type Message } from '../../base/message.js';
import { StrategyDocument } from '../../strategy/document.js';
import { SECTIONS, type Section } from '../../strategy/schema.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { colorsFor, wantsColor } from '../colors.js';
import { UsageError } from '../../base/errors.js';
import { EXIT } from '../errors.js';
import { canPrompt, print, promptStyle } from '../interactive.js';
import { declaredLanguage, localeLanguage } from '../../base/locale.js';
import { describeFirstProblem } from '../schema-problem.js';
import { writeErr, writeOut } from '../output.js';

export interface EditOptions {
  lang?: Language;
  answers?: string;
}

/** The section names `edit` takes: the keys, and their German names. */
const SECTION_NAMES: Record<string, Section> = {
  ...Object.fromEntries(SECTIONS.map((section) => [section, section])),
  ziele: 'goals',
  zielgruppen: 'audiences',
  mitarbeiter: 'employees',
  mitarbeitende: 'employees',
  kritik: 'criticism',
};

export function sectionOf(name: string): Section | undefined {
  const section = SECTION_NAMES[name.toLowerCase()];
  return section && Object.hasOwn(SECTION_NAMES, name.toLowerCase()) ? section : undefined;
}

export async function edit(sectionName: string, file: string, options: EditOptions): Promise<number> {
  const fallback = options.lang ?? localeLanguage();
  const section = sectionOf(sectionName);
  if (!section) throw new UsageError(formatMessage(MESSAGES.unknownSection, fallback, { name: sectionName }));
  const interactive = options.answers === undefined;
  if (interactive && !canPrompt()) throw new UsageError(formatMessage(MESSAGES.editNeedsTerminal, fallback));

  const document = await StrategyDocument.load(file);
  const language = options.lang ?? declaredLanguage(document.data) ?? fallback;
  if (!document.strategy) throw new UsageError(describeFirstProblem(document, file, language));
  const today = todayFromEnvironment();
  const before = document.data as Data;
  const say = (message: Message, data?: Record<string, string | number>) => formatMessage(message, language, data);

  const answered = options.answers === undefined ? await ask(section, file, before, language, today) : await fromAnswersFile(section, options.answers, before, language);
  if (answered === undefined) {
    print(say(MESSAGES.notWritten));
    return EXIT.ok;
  }
  const { finishSection } = await import('../../interview/build.js');
  const { orderKeys } = await import('../../strategy/shape.js');
  const after = orderKeys({ ...before, [section]: finishSection(section, answered[section]) }) as Data;
  if (isDeepStrictEqual(before[section] ?? null, after[section])) {
    print(say(MESSAGES.noChanges, { file }));
    return EXIT.ok;
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
  await written.save();
  print();
  print(colors.green(`✔ ${say(MESSAGES.edited, { file, revision: String((written.data as Data).revision) })}`));
  writeOut(checkSummary(written, file, { language, today, colors }).text);
  return EXIT.ok;
}

/** The interview of one section; `undefined` when the person does not want it written. */
async function ask(section: Section, file: string, before: Data, language: Language, today: string): Promise<Data | undefined> {
  const { askSection, askYesNo } = await import('../../interview/ask.js');
  const style = promptStyle(wantsColor(undefined));
  const context = { language, today, print, style };
  print(style.dim(formatMessage(MESSAGES.editing, language, { section, file })));
  print(style.dim(formatMessage(MESSAGES.keys, language)));
  const answered = await askSection(sectionSpec(section), before, context);
  print();
  return (await askYesNo('write', formatMessage(MESSAGES.confirmChanges, language, { file }), true, context)) ? answered : undefined;
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
    throw new UsageError(formatMessage(MESSAGES.answersInvalid, language, { file: path }));
  }
  return merged;
}
