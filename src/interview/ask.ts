/**
 * The thin layer between the question data and @inquirer/prompts. It knows how
 * to ask a field, a repeated group and a section; what is asked, in which
 * words and with which checks is all in questions.ts.
 *
 * Only `init` and `edit` import this module, and only after they know there is
 * a terminal: `check` never pays for the prompt library.
 */
import { input, select } from '@inquirer/prompts';
import { escapeControlCharacters, formatMessage, type Language, type Message as Text, type MessageData } from '../base/message.js';
import { formatAnswer, parseAnswer, problemText } from './answer.js';
import { formatNumber } from '../base/numbers.js';
import { clone, getIn, setIn, type Data } from './data.js';
import { MESSAGES } from './messages.js';
import type { Field, FieldContext, Group, SchemaModule, SectionSpec } from './questions.js';
import { sectionHeading } from '../strategy/sections.js';

export interface AskContext {
  language: Language;
  today: string;
  /** Prints one line around the prompts (intros, hints). */
  print(text: string): void;
  style: { bold(text: string): string; dim(text: string): string };
  /** Called with the id of every question right before its prompt is shown, so tests can answer by id. */
  onQuestion?(id: string): void;
  /**
   * `smplan edit`: each item the strategy has is offered to keep, change or
   * remove (a removal is confirmed), never dropped by a "no" to "add another?";
   * with `only`, just the item of that id is asked, the others are kept.
   */
  editing?: { only?: string };
  /**
   * `init` asks in two passes: the essential questions (Field.essential), which
   * make a complete strategy, then, if the person wants them, the details.
   * Without a pass every question is asked (`edit`).
   */
  pass?: 'essentials' | 'details';
  /** The answers so far, for going back and for a draft (`init`); without it there is no way back. */
  journal?: Journal;
}

/**
 * Every answer of an interview in order. Going back restarts the interview
 * and replays the answers up to the question before the last, without
 * asking; that question is then asked again with its answer as the
 * suggestion. The same replay continues a draft (`init --resume`).
 */
export interface Journal {
  answers: { value: unknown }[];
  /** How many answers of this run were replayed or given. */
  position: number;
  /** The earlier answer to the question asked next, after going back. */
  preferred?: { value: unknown };
}

/** Thrown when the person asks for the previous question. */
export class BackError extends Error {
  override name = 'BackError';
}

/** What the person types (or chooses) to return to the previous question. */
const BACK_WORDS = new Set(['<', 'back', 'zurück', 'zurueck']);
const isBack = (typed: string) => BACK_WORDS.has(typed.trim().toLowerCase());
const BACK = '\u0000back';

/** Whether the journal is replaying: then nothing is asked and nothing printed. */
const replaying = (context: AskContext) => context.journal !== undefined && context.journal.position < context.journal.answers.length;

/**
 * Asks through `prompt`, or takes the answer from the journal when it is
 * replaying; records what was answered. `prompt` gets the earlier answer to
 * suggest after going back, and resolves to BACK when the person wants that.
 */
async function answer<T>(id: string, context: AskContext, prompt: (preferred: { value: T } | undefined) => Promise<T | typeof BACK>): Promise<T> {
  const journal = context.journal;
  if (journal && replaying(context)) return journal.answers[journal.position++]!.value as T;
  const preferred = journal?.preferred as { value: T } | undefined;
  if (journal) journal.preferred = undefined;
  context.onQuestion?.(id);
  const given = await prompt(preferred);
  if (given === BACK) throw new BackError();
  if (journal) {
    journal.answers.push({ value: given });
    journal.position++;
  }
  return given as T;
}

/** Whether the pass asks this field; a field it leaves alone keeps its answer (or gets its suggestion, when one is required). */
function inPass(field: Field, context: AskContext): boolean {
  if (context.pass === 'essentials') return field.essential === true;
  if (context.pass === 'details') return field.essential !== true;
  return true;
}

/** Whether a group has questions of the essential pass. */
const hasEssentials = (group: Group) => group.fields.some((field) => field.essential);

/** What an item is called in a question: its id, else its name, topic, type or trigger. */
export function itemLabel(item: Data): string {
  const label = ['id', 'name', 'topic', 'type', 'trigger'].map((key) => item[key]).find((value) => typeof value === 'string' && value.trim() !== '');
  return escapeControlCharacters(String(label ?? '?'));
}

/** The value of the "(no answer)" choice of an optional select; never written. */
const SKIP = '\u0000skip';

/**
 * The schema module (and with it zod) is loaded once the first question is on
 * the screen, while the person reads it: it is needed only to validate answers
 * and to list enum choices. The module system keeps it after the first load.
 */
function loadSchemas(): Promise<SchemaModule> {
  return import('../strategy/schema.js');
}

function text(message: Text, context: AskContext, data?: MessageData): string {
  return formatMessage(message, context.language, data);
}

function selectTheme(context: AskContext) {
  const [navigate, choose] = MESSAGES.selectKeys[context.language].split('|');
  const words: Record<string, string | undefined> = { navigate, select: choose };
  return {
    indexMode: 'number' as const,
    style: {
      keysHelpTip: (keys: [string, string][]) => context.style.dim(keys.map(([key, action]) => `${key} ${words[action] ?? action}`).join(' • ')),
    },
  };
}

/** A yes/no question; `id` is reported to `onQuestion` like any other. Typed as a word, so that "<" can go back. */
export async function askYesNo(id: string, message: string, defaultValue: boolean, context: AskContext): Promise<boolean> {
  const yes = text(MESSAGES.yes, context);
  const no = text(MESSAGES.no, context);
  const reading = (typed: string, fallback: boolean): boolean | undefined => {
    const word = typed.trim().toLowerCase();
    if (word === '') return fallback;
    if (yes.startsWith(word) || 'yes'.startsWith(word)) return true;
    if (no.startsWith(word)) return false;
    return undefined;
  };
  return answer(id, context, async (preferred) => {
    const suggested = preferred === undefined ? defaultValue : Boolean(preferred.value);
    const hint = suggested ? `(${yes[0]!.toUpperCase()}/${no[0]})` : `(${yes[0]}/${no[0]!.toUpperCase()})`;
    const typed = await input({
      message: `${message} ${context.style.dim(hint)}`,
      transformer: (typed, { isFinal }) => (isFinal && !(context.journal && isBack(typed)) ? (reading(typed, suggested) ? yes : no) : escapeControlCharacters(typed)),
      validate: (typed) => (context.journal !== undefined && isBack(typed)) || reading(typed, suggested) !== undefined || text(MESSAGES.yesOrNo, context, { yes, no }),
    });
    return context.journal && isBack(typed) ? BACK : reading(typed, suggested)!;
  });
}

/** Asks one field and stores the answer in `scope` (an empty optional answer removes the value). */
export async function askField(field: Field, scope: Data, root: Data, siblings: readonly Data[], context: AskContext): Promise<void> {
  const fieldContext: FieldContext = { scope, root, siblings, today: context.today, language: context.language };
  if (field.when && !field.when(fieldContext)) {
    if (!field.asksAgain) setIn(scope, field.path, undefined);
    return;
  }
  const stored = getIn(scope, field.path);
  if (!inPass(field, context)) {
    // an id nobody was asked for yet: the one it would have suggested
    if (stored === undefined && field.required && field.suggest) setIn(scope, field.path, field.suggest(fieldContext));
    return;
  }
  const current = stored ?? field.suggest?.(fieldContext);
  const nudge = field.nudge?.(fieldContext);
  const message = nudge ? text(nudge.message, context, nudge.data) : field.message[context.language];
  const explained = field.explain?.(fieldContext);
  const hint = explained ? text(explained.message, context, explained.data) : field.hint?.[context.language];
  if (hint) context.print(context.style.dim(`  ${hint}`));

  let value: unknown;
  if (field.kind === 'select') {
    const schemas = await loadSchemas();
    const choices = (field.choices?.(schemas) ?? []).map((choice) => ({ value: choice.value, name: choice.label[context.language] }));
    if (!field.required) choices.push({ value: SKIP, name: text(field.noneLabel ?? MESSAGES.skipChoice, context) });
    if (context.journal) choices.push({ value: BACK, name: text(MESSAGES.backChoice, context) });
    value = await answer(field.id, context, async (preferred) => {
      const suggested = preferred === undefined ? current : preferred.value;
      const known = choices.some((choice) => choice.value === suggested);
      const chosen = await select({
        message,
        choices,
        pageSize: choices.length,
        default: known ? String(suggested) : field.required ? undefined : SKIP,
        theme: selectTheme(context),
      });
      return chosen === BACK ? BACK : chosen === SKIP ? undefined : chosen;
    });
  } else {
    value = await answer(field.id, context, async (preferred) => {
      // "+10 %" or "35,50 × 40 %" is shown with the number it stores.
      const showsWorking = field.kind === 'money' || field.changeOf !== undefined;
      let accepted: unknown;
      const working = (typed: string) =>
        showsWorking && typeof accepted === 'number' && String(accepted) !== typed.trim() ? ` = ${formatNumber(accepted, context.language)}` : '';
      const prompt = input({
        message,
        default: formatAnswer(preferred === undefined ? current : preferred.value),
        // The default and the answer may come from the file: shown, their control characters are escaped, never sent.
        transformer: (typed, { isFinal }) => (isFinal ? `${context.style.bold(escapeControlCharacters(typed))}${working(typed)}` : escapeControlCharacters(typed)),
        theme: { style: { defaultAnswer: (typed: string) => context.style.dim(`(${escapeControlCharacters(typed)})`) } },
        validate: async (typed) => {
          if (context.journal && isBack(typed)) return true;
          const parsed = parseAnswer(field, typed, fieldContext, await loadSchemas(), stored);
          if (parsed.ok) accepted = parsed.value;
          return parsed.ok || problemText(parsed.problem, context.language);
        },
      });
      // The prompt is on the screen now; a failure to load shows when the answer is validated.
      loadSchemas().catch(() => undefined);
      const typed = await prompt;
      if (context.journal && isBack(typed)) return BACK;
      const parsed = parseAnswer(field, typed, fieldContext, await loadSchemas(), stored);
      return parsed.ok ? parsed.value : undefined;
    });
  }
  setIn(scope, field.path, value);
}

/**
 * A repeated group (goals, guidelines, escalation levels, …). Existing items
 * are offered one by one as defaults; after each item "add another?" says
 * whether the recommended number is reached, and defaults to yes while it is
 * not (or while there are more existing items to go through).
 */
export async function askGroup(group: Group, root: Data, context: AskContext): Promise<void> {
  const existing = getIn(root, group.path);
  const defaults = Array.isArray(existing) ? (existing as Data[]) : [];
  if (context.editing && defaults.length > 0) return reviewGroup(group, root, defaults, context);
  if (context.pass === 'essentials' && !hasEssentials(group)) return;
  if (context.pass === 'details' && hasEssentials(group)) {
    if (group.fields.every((field) => field.essential)) return;
    // The items were named in the first pass: their details, one item after the other.
    const items = defaults.map(clone);
    for (const [index, item] of items.entries()) {
      context.print('');
      context.print(context.style.bold(`${text(group.item, context, { n: index + 1 })}: ${itemLabel(item)}`));
      for (const field of group.fields) await askField(field, item, root, items.slice(0, index), context);
    }
    setIn(root, group.path, items);
    return;
  }
  const items: Data[] = [];
  for (let index = 0; ; index++) {
    context.print('');
    context.print(context.style.bold(text(group.item, context, { n: index + 1 })));
    const item: Data = clone(defaults[index] ?? {});
    for (const field of group.fields) await askField(field, item, root, items, context);
    if (group.numbered) item[group.numbered] = index + 1;
    items.push(item);
    setIn(root, group.path, [...items]);

    const count = items.length;
    const data = { count, recommended: group.recommended, maximum: group.maximum ?? count };
    let question: string;
    let another: boolean;
    if (count < group.recommended) {
      [question, another] = [text(group.fewer, context, data), true];
    } else if (group.maximum !== undefined && count >= group.maximum) {
      [question, another] = [text(group.many ?? group.another, context, data), false];
    } else {
      [question, another] = [text(group.another, context, data), index + 1 < defaults.length];
    }
    const advice = group.advice?.(items, context.language);
    if (advice) question = `${text(advice.message, context, advice.data)} ${question}`;
    if (!(await askYesNo(`${group.id}.another`, question, another, context))) break;
  }
  setIn(root, group.path, items);
}

/** `smplan edit` of a list: every existing item kept, changed or (confirmed) removed, then new ones if wanted. */
async function reviewGroup(group: Group, root: Data, existing: readonly Data[], context: AskContext): Promise<void> {
  const only = context.editing?.only;
  const items: Data[] = [];
  for (const [index, old] of existing.entries()) {
    const label = itemLabel(old);
    if (only !== undefined && old.id !== only) {
      items.push(clone(old));
      continue;
    }
    context.print('');
    context.print(context.style.bold(`${text(group.item, context, { n: index + 1 })}: ${label}`));
    let action = 'change';
    if (only === undefined) {
      action = await answer(`${group.id}.review`, context, async (preferred) => {
        const choices = [
          { value: 'keep', name: text(MESSAGES.reviewKeep, context) },
          { value: 'change', name: text(MESSAGES.reviewChange, context) },
          { value: 'remove', name: text(MESSAGES.reviewRemove, context) },
          ...(context.journal ? [{ value: BACK, name: text(MESSAGES.backChoice, context) }] : []),
        ];
        const chosen = await select({ message: text(MESSAGES.review, context), choices, default: String(preferred?.value ?? 'keep'), theme: selectTheme(context) });
        return chosen === BACK ? BACK : chosen;
      });
    }
    if (action === 'remove') {
      const measured = Array.isArray(old.measurements) ? old.measurements.length : 0;
      const question = measured > 0 ? text(MESSAGES.confirmRemoveMeasurements, context, { label, count: measured }) : text(MESSAGES.confirmRemove, context, { label });
      if (await askYesNo(`${group.id}.remove`, question, false, context)) continue;
      context.print(context.style.dim(`  ${text(MESSAGES.kept, context)}`));
      action = 'keep';
    }
    const item = clone(old);
    if (action === 'change') for (const field of group.fields) await askField(field, item, root, items, context);
    if (group.numbered) item[group.numbered] = items.length + 1;
    items.push(item);
    setIn(root, group.path, [...items]);
  }
  // New items only when the whole list is edited; the question defaults to no once the recommended number is reached.
  while (only === undefined) {
    const count = items.length;
    const data = { count, recommended: group.recommended, maximum: group.maximum ?? count };
    const [question, another] =
      count < group.recommended ? [text(group.fewer, context, data), true] : [text(group.maximum !== undefined && count >= group.maximum ? (group.many ?? group.another) : group.another, context, data), false];
    if (!(await askYesNo(`${group.id}.another`, question, another, context))) break;
    context.print('');
    context.print(context.style.bold(text(group.item, context, { n: count + 1 })));
    const item: Data = {};
    for (const field of group.fields) await askField(field, item, root, items, context);
    if (group.numbered) item[group.numbered] = count + 1;
    items.push(item);
    setIn(root, group.path, [...items]);
  }
  setIn(root, group.path, items);
}

/** Asks one section with `data` as the defaults; returns the new strategy data (`data` is not changed). */
export async function askSection(spec: SectionSpec, data: Data, context: AskContext): Promise<Data> {
  const root = clone(data);
  context.print('');
  const heading = spec.id === 'basics' ? '' : `${sectionHeading(spec.id, context.language)}. `;
  // The why of a section once, in the first pass; the details only name it.
  context.print(context.style.bold(context.pass === 'details' ? heading.replace(/\. $/, '') || text(MESSAGES.basicsDetails, context) : `${heading}${spec.intro[context.language]}`));
  for (const step of spec.steps) {
    if (step.kind === 'group') await askGroup(step, root, context);
    else await askField(step, root, root, [], context);
  }
  return root;
}

/**
 * The whole interview: the basics and the five questions (`INTERVIEW` of
 * questions.ts), first what a complete strategy needs, then, if the person
 * wants them now, the details.
 */
export async function askInterview(data: Data, context: AskContext, sections: readonly SectionSpec[]): Promise<Data> {
  return withWayBack(context, async (recorded) => {
    let answers = data;
    for (const spec of sections) answers = await askSection(spec, answers, { ...recorded, pass: 'essentials' });
    recorded.print('');
    if (!(await askYesNo('details', text(MESSAGES.askDetails, recorded), false, recorded))) return answers;
    for (const spec of sections) answers = await askSection(spec, answers, { ...recorded, pass: 'details' });
    return answers;
  });
}

/**
 * Runs questions with a journal, so that "<" at any of them returns to the
 * one before: the run starts over, replays the answers up to it without
 * asking or printing, and asks that one again with its answer suggested.
 */
export async function withWayBack<T>(context: AskContext, questions: (recorded: AskContext) => Promise<T>): Promise<T> {
  const journal = context.journal ?? { answers: [], position: 0 };
  const recorded: AskContext = { ...context, journal, print: (line) => replaying(recorded) || context.print(line) };
  for (;;) {
    journal.position = 0;
    try {
      return await questions(recorded);
    } catch (error) {
      if (!(error instanceof BackError)) throw error;
      journal.preferred = journal.answers.pop();
    }
  }
}
