/**
 * `smplan init [file]`: interviews the owner through the five questions and
 * writes the strategy; or, without prompts, takes the answers from a file
 * (`--answers`) or accepts the suggestions (`--yes`).
 *
 * Asking (src/interview/ask.ts), building (build.ts, pure) and writing
 * (write.ts, atomic) are kept apart. The prompt library is loaded only after
 * it is clear that there is a terminal to ask on; zod only once the first
 * question is on the screen; the YAML writer and the lint engine only when the
 * file is written. (Time to the first question: bench/init-first-prompt.js.)
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Draft } from '../../interview/draft.js';
import type { AskContext } from '../../interview/ask.js';
import type { Data } from '../../interview/data.js';
import { companyNameFromPath, defaultStrategy } from '../../interview/defaults.js';
import { MESSAGES } from '../../interview/messages.js';
import { INTERVIEW } from '../../interview/questions.js';
import { summaryLines } from '../../interview/summary.js';
import { escapeControlCharacters, formatMessage, type Language, type Message } from '../../base/message.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { colorsFor, wantsColor } from '../colors.js';
import { UsageError } from '../../base/errors.js';
import { EXIT } from '../errors.js';
import { canPrompt, print, promptStyle } from '../interactive.js';
import { declaredLanguage, localeLanguage } from '../../base/locale.js';
import { VERSION } from '../version.js';
import { confirm, writeErr, writeOut } from '../output.js';
import type { OnDisk } from '../../strategy/write.js';
import type { Colors } from '../../base/colors.js';

export interface InitOptions {
  lang?: Language;
  template?: string;
  listTemplates?: boolean;
  answers?: string;
  yes?: boolean;
  force?: boolean;
  resume?: boolean;
}

async function existingKind(file: string): Promise<'none' | 'file' | 'folder'> {
  try {
    return (await stat(file)).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'none';
  }
}

interface Start {
  data: Data;
  template?: { name: string; description: string };
}

/** What the answers start from: the template (dates moved to today), or the defaults. */
async function startingPoint(file: string, templateName: string | undefined, language: Language, today: string): Promise<Start> {
  if (templateName === undefined) return { data: defaultStrategy(companyNameFromPath(file, language), { language, today }) };
  const { loadTemplate } = await import('../../interview/templates.js');
  const template = await loadTemplate(templateName, language, today);
  return { data: template.data, template };
}

export async function init(file: string, options: InitOptions): Promise<number> {
  const say = (message: Message, data?: Record<string, string | number>) => formatMessage(message, options.lang ?? localeLanguage(), data);
  if (options.listTemplates) {
    const { templateList } = await import('../../interview/templates.js');
    writeOut(await templateList(options.lang ?? localeLanguage()));
    return EXIT.ok;
  }
  const interactive = options.answers === undefined && !options.yes;
  if (interactive && !canPrompt()) throw new UsageError(say(MESSAGES.needsTerminal));

  const today = todayFromEnvironment();
  const existing = await existingKind(file);
  if (existing === 'folder') throw new UsageError(say(MESSAGES.notAFile, { file }));
  if (existing === 'file' && !options.force && !interactive) throw new UsageError(say(MESSAGES.fileExists, { file }));

  if (options.answers !== undefined) return fromAnswersFile(file, options.answers, options, today);
  if (options.yes) {
    const language = options.lang ?? localeLanguage();
    const start = await startingPoint(file, options.template, language, today);
    const { finishStrategy } = await import('../../interview/build.js');
    return writeAndReport(file, finishStrategy(start.data, { language, today }), options.force ? 'any' : 'absent', language, today);
  }
  const { readDraft } = await import('../../interview/draft.js');
  const draft = readDraft(file);
  if (options.resume && !draft) throw new UsageError(say(MESSAGES.noDraft, { file }));
  const language = options.lang ?? draft?.language ?? localeLanguage();
  return interview(file, { language, today, exists: existing === 'file', force: options.force === true, template: options.template, draft, resume: options.resume === true });
}

interface InterviewOptions {
  language: Language;
  today: string;
  /** The file was there when init started. */
  exists: boolean;
  force: boolean;
  template?: string;
  /** A draft of this file from an interview stopped earlier, and whether --resume asks to continue it. */
  draft?: Draft;
  resume: boolean;
}

async function interview(file: string, { language, today, exists, force, template, draft, resume }: InterviewOptions): Promise<number> {
  const [{ askInterview, askYesNo }, { saveDraft, removeDraft }] = await Promise.all([import('../../interview/ask.js'), import('../../interview/draft.js')]);
  const say = (message: Message, data?: Record<string, string | number>) => formatMessage(message, language, data);
  const style = promptStyle(wantsColor(undefined));
  const context: AskContext = { language, today, print, style };
  // A draft is continued with --resume, or when the person says so.
  const continues =
    draft !== undefined &&
    (resume || (await askYesNo('resume', say(MESSAGES.resumeDraft, { file, count: draft.answers.length, date: draft.savedAt.slice(0, 10) }), true, context)));
  const journal = { answers: continues ? [...draft.answers] : [], position: 0 };
  const start = await startingPoint(file, continues ? draft.template : template, language, today);

  if (exists && !force && !(await askYesNo('overwrite', say(MESSAGES.overwrite, { file }), false, context))) {
    print(say(MESSAGES.unchanged, { file }));
    return EXIT.ok;
  }
  print(style.bold(say(MESSAGES.welcome, { file })));
  print(style.dim(say(MESSAGES.keys)));
  if (start.template) print(style.dim(say(MESSAGES.fromTemplate, start.template)));

  let answers: Data;
  try {
    answers = await askInterview(start.data, { ...context, journal }, INTERVIEW);
  } catch (error) {
    // Ctrl-C: nothing is written to the strategy, but the answers so far are kept.
    const given = journal.answers;
    if (error instanceof Error && error.name === 'ExitPromptError' && given.length > 0) {
      const kept = saveDraft({ file: resolve(file), language, ...(start.template ? { template: start.template.name } : {}), answers: given });
      print();
      print(say(MESSAGES.draftKept, { count: given.length, draft: kept }));
    }
    throw error;
  }
  const { finishStrategy } = await import('../../interview/build.js');
  const strategy = finishStrategy(answers, { language, today });
  print();
  print(style.bold(say(MESSAGES.summary)));
  for (const line of summaryLines(strategy, language)) print(`  ${line}`);
  print();
  if (!(await askYesNo('write', say(MESSAGES.confirmWrite, { file }), true, context))) {
    print(say(MESSAGES.notWritten));
    return EXIT.ok;
  }
  // Somebody may have created the file while the questions were answered: it was not agreed to replace that one.
  if (!exists && !force && (await existingKind(file)) !== 'none') throw new UsageError(say(MESSAGES.fileExists, { file }), language);
  // The person confirmed an overwrite, or there was nothing to overwrite when they started.
  const written = await writeAndReport(file, strategy, exists || force ? 'any' : 'absent', language, today);
  removeDraft(file);
  return written;
}

async function fromAnswersFile(file: string, answersPath: string, options: InitOptions, today: string): Promise<number> {
  const [{ readAnswers, mergeAnswers, validateMerged }, { finishStrategy }] = await Promise.all([
    import('../../interview/answers-file.js'),
    import('../../interview/build.js'),
  ]);
  const fallback = options.lang ?? localeLanguage();
  const answers = await readAnswers(answersPath, fallback);
  const language = options.lang ?? declaredLanguage(answers.data) ?? fallback;
  let problems = answers.problems;
  let merged: Data = {};
  if (problems.length === 0) {
    const start = await startingPoint(file, options.template, language, today);
    merged = mergeAnswers(start.data, answers.data);
    problems = validateMerged(merged, answers, language);
  }
  if (problems.length > 0) {
    const where = escapeControlCharacters(answersPath);
    for (const problem of problems) writeErr(`${where}:${problem.line}:${problem.column}: ${problem.message}\n`);
    throw new UsageError(formatMessage(MESSAGES.answersInvalid, language, { file: answersPath }), language);
  }
  return writeAndReport(file, finishStrategy(merged, { language, today }), options.force ? 'any' : 'absent', language, today);
}

/** Writes the strategy, then shows what `check` says about it and what to do next. */
async function writeAndReport(file: string, strategy: Data, expected: OnDisk, language: Language, today: string): Promise<number> {
  const [{ renderStrategy, writeStrategy }, { schemaLocation, writeSchemaCopy }, { checkSummary }, colors] = await Promise.all([
    import('../../interview/write.js'),
    import('../../strategy/schema-copy.js'),
    import('../check-summary.js'),
    colorsFor(wantsColor(undefined)),
  ]);
  const say = (message: Message, data?: Record<string, string | number>) => formatMessage(message, language, data);

  const schema = schemaLocation(file);
  const text = renderStrategy(strategy, { language, today, version: VERSION, schema: schema.reference });
  const document = await writeStrategy(file, text, expected);
  // Without smplan in the project's node_modules, editors find the schema in the repository's copy.
  if (schema.copy) writeSchemaCopy(schema.copy);
  const { text: summary, result } = checkSummary(document, file, { language, today, colors });
  confirm(() => {
    print();
    print(colors.green(`✔ ${say(MESSAGES.written, { file })}`));
    writeOut(summary);
    printNextSteps(file, strategy, result.errorCount > 0, say, colors);
  });
  return EXIT.ok;
}

function printNextSteps(file: string, strategy: Data, hasErrors: boolean, say: (message: Message, data?: Record<string, string>) => string, colors: Colors): void {
  print();
  print(colors.bold(say(MESSAGES.nextSteps)));
  print(`  ${say(MESSAGES.nextGit, { file })}`);
  print(`  ${say(MESSAGES.nextCi)}`);
  const goals = Array.isArray(strategy.goals) ? (strategy.goals as Data[]) : [];
  const firstGoal = goals.find((goal) => typeof goal.id === 'string')?.id;
  if (typeof firstGoal === 'string') print(`  ${say(MESSAGES.nextTrack, { goal: firstGoal })}`);
  if (hasErrors) print(`  ${say(MESSAGES.nextEdit, { file })}`);
}
