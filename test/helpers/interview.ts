/**
 * Drives the interview through @inquirer/testing's screen, answering each
 * question by its id (never by its wording). Import '@inquirer/testing/vitest'
 * in the test file before anything that loads src/interview/ask.ts.
 */
import type { Screen } from '@inquirer/testing/vitest';
import type { Language } from '../../src/base/message.js';
import * as schemas from '../../src/strategy/schema.js';
import type { AskContext } from '../../src/interview/ask.js';
import { allFields } from '../../src/interview/questions.js';

/** Enter alone: accept the suggestion (or skip an optional question without one). */
export const ENTER = { enter: true } as const;
/** Backspace, then Enter: clear the suggestion and skip. */
export const CLEAR = { clear: true } as const;

export type Answer = string | boolean | typeof ENTER | typeof CLEAR | { select: string | undefined };
/** Answers by question id; a list is used up one per time the question is asked (groups, re-asks). */
export type Script = Record<string, Answer | Answer[]>;

export interface Drive {
  asked: string[];
  printed: string[];
  /** The screen of each prompt as it first came up, by question id (the last time it was asked). */
  screens: Map<string, string>;
  /** Every screen that showed a validation error, with the id of its question. */
  errors: { id: string; screen: string }[];
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function testContext(language: Language, today = '2027-01-01'): AskContext & { printed: string[]; asked: string[] } {
  const printed: string[] = [];
  const asked: string[] = [];
  return {
    language,
    today,
    printed,
    asked,
    print: (line) => printed.push(line),
    style: { bold: (text) => text, dim: (text) => text },
    onQuestion: (id) => asked.push(id),
  };
}

function selectIndex(id: string, value: string | undefined): number {
  const entry = allFields().find(({ field }) => field.id === id);
  if (!entry?.field.choices) throw new Error(`question ${id} is not a select`);
  const values = entry.field.choices(schemas).map((choice) => choice.value);
  if (value === undefined) return values.length + 1; // "(no answer)", shown last
  const index = values.indexOf(value);
  if (index === -1) throw new Error(`question ${id} has no choice ${value}`);
  return index + 1;
}

/**
 * Runs `run` and answers every question from `script`. Fails when a question
 * comes up that the script has no (more) answers for.
 */
export async function drive<T>(screen: Screen, run: () => Promise<T>, context: { asked: string[]; printed: string[] }, script: Script, timeoutMs = 10_000): Promise<{ result: T } & Drive> {
  const queue = new Map(Object.entries(script).map(([id, answers]) => [id, Array.isArray(answers) ? [...answers] : [answers]]));
  const screens = new Map<string, string>();
  const errors: { id: string; screen: string }[] = [];
  const typed = new Map<string, number>();
  let finished = false;
  let failure: unknown;
  const promise = run();
  promise.then(
    () => (finished = true),
    (error: unknown) => {
      finished = true;
      failure = error;
    },
  );
  const deadline = Date.now() + timeoutMs;
  const hasError = () => /^> /m.test(screen.getScreen());

  /** Waits until a new question is on the screen, the current one shows an error, or the run is over. */
  async function settle(askedBefore: number, checkError: boolean): Promise<void> {
    while (!finished && context.asked.length === askedBefore && !(checkError && hasError())) {
      if (Date.now() > deadline) throw new Error(`interview stuck after ${context.asked.at(-1)}; screen:\n${screen.getScreen()}`);
      await Promise.race([screen.next(), promise.catch(() => undefined), delay(20)]);
    }
  }

  await settle(0, false);
  let answered = 0;
  while (!finished) {
    const id = context.asked.at(-1)!;
    const retry = context.asked.length === answered; // the same question again, after a validation error
    if (retry) errors.push({ id, screen: screen.getScreen() });
    const answer = queue.get(id)?.shift();
    if (answer === undefined) throw new Error(`no answer scripted for question ${id}; screen:\n${screen.getScreen()}`);
    if (!retry) screens.set(id, screen.getScreen());
    if (retry) for (let index = 0; index < (typed.get(id) ?? 0); index++) screen.keypress('backspace');
    typed.set(id, 0);
    if (typeof answer === 'string') {
      screen.type(answer);
      typed.set(id, answer.length);
    } else if (typeof answer === 'boolean') {
      screen.type(answer ? 'y' : 'n');
      typed.set(id, 1);
    } else if ('select' in answer) {
      screen.type(String(selectIndex(id, answer.select)));
    } else if ('clear' in answer) {
      screen.keypress('backspace');
    }
    answered = context.asked.length;
    screen.keypress('enter');
    await settle(answered, true);
  }
  if (failure) throw failure;
  const left = [...queue].filter(([, answers]) => answers.length > 0).map(([id]) => id);
  if (left.length > 0) throw new Error(`scripted answers never asked for: ${left.join(', ')}`);
  return { result: await promise, asked: context.asked, printed: context.printed, screens, errors };
}
