/**
 * What the views of `smplan diff` share: the result they show, and the
 * sentences for the changes. Text and Markdown say the same things; they
 * differ in how text from the file is escaped, which the caller passes in.
 */
import type { Colors } from '../../base/colors.js';
import type { Language } from '../../base/message.js';
import type { Change } from '../compare.js';
import type { LintDiff, LintEntry } from '../lint.js';
import {
  CHANGE_MESSAGES,
  COST_MESSAGES,
  fill,
  GOAL_SUMMARY_MESSAGES,
  LINT_MESSAGES,
  RETARGET_MESSAGES,
  SECTION_OF,
  SIGILS,
  VALUE_MESSAGES,
  type Section,
  type Sigil,
} from '../messages.js';
import type { GoalSummary } from '../compare.js';

export interface DiffResult {
  /** The old side as the user named it: a file, or `<rev>:<file>`. */
  old: string;
  new: string;
  changes: Change[];
  lint: LintDiff;
  /**
   * Whether each side could be read as YAML at all. A file with a syntax
   * error has no content to compare: then `changes` is empty and the syntax
   * errors show up as `schema` findings.
   */
  readable: { old: boolean; new: boolean };
}

export interface ViewContext {
  language: Language;
  colors: Colors;
}

/** A view is pure: the result in, the output text out. */
export type DiffView = (result: DiffResult, context: ViewContext) => string;

export type Escape = (text: string) => string;

export interface ChangeLine {
  sigil: Sigil;
  section: Section;
  text: string;
}

/** Free text longer than this is cut in a sentence (the JSON view keeps it whole). */
const MAX_SHOWN = 60;

/** Strings that read as one token (a date, an enum value, an id) are shown without quotes. */
const TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}._:/+-]*$/u;

function truncate(text: string): string {
  const characters = Array.from(text);
  return characters.length > MAX_SHOWN ? `${characters.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}

/** A value from the file, escaped, as it stands in a sentence. */
export function showValue(value: unknown, language: Language, escape: Escape): string {
  if (value === undefined || value === null) return fill(VALUE_MESSAGES.none, language);
  if (typeof value === 'string') {
    return TOKEN.test(value) && value.length <= MAX_SHOWN ? escape(value) : fill(VALUE_MESSAGES.quoted, language, { text: escape(truncate(value)) });
  }
  if (typeof value === 'number' || typeof value === 'boolean') return escape(String(value));
  return escape(truncate(JSON.stringify(value) ?? String(value)));
}

function goalSummary(summary: GoalSummary, language: Language, escape: Escape): string | undefined {
  const target =
    summary.target === undefined ? undefined : `${showValue(summary.target, language, escape)}${summary.unit ? ` ${escape(truncate(summary.unit))}` : ''}`;
  const deadline = summary.deadline === undefined ? undefined : showValue(summary.deadline, language, escape);
  if (target !== undefined && deadline !== undefined) return fill(GOAL_SUMMARY_MESSAGES['target-deadline'], language, { target, deadline });
  if (target !== undefined) return fill(GOAL_SUMMARY_MESSAGES.target, language, { target });
  if (deadline !== undefined) return fill(GOAL_SUMMARY_MESSAGES.deadline, language, { deadline });
  return undefined;
}

function audienceLabel(change: Change, language: Language, escape: Escape): string {
  const name = change.to ?? change.from;
  const shownName = typeof name === 'string' ? fill(VALUE_MESSAGES.quoted, language, { text: escape(truncate(name)) }) : undefined;
  if (change.id !== undefined && shownName !== undefined) return fill(VALUE_MESSAGES['audience-id-name'], language, { id: escape(change.id), name: shownName });
  return shownName ?? escape(change.id ?? '');
}

/** The changes as sentences, in the order of `compareStrategies`; some kinds gather into one line. */
export function describeChanges(changes: readonly Change[], language: Language, escape: Escape): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const show = (value: unknown) => showValue(value, language, escape);
  const line = (change: Change, text: string) => lines.push({ sigil: SIGILS[change.kind], section: SECTION_OF[change.kind], text });
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    const id = escape(change.id ?? '');
    const fromTo = { from: show(change.from), to: show(change.to) };
    switch (change.kind) {
      case 'goal-added': {
        const summary = goalSummary((change.to ?? {}) as GoalSummary, language, escape);
        line(change, summary === undefined ? fill(CHANGE_MESSAGES['goal-added'], language, { id }) : fill(CHANGE_MESSAGES['goal-added-with-summary'], language, { id, summary }));
        break;
      }
      case 'goal-removed':
        line(change, fill(CHANGE_MESSAGES['goal-removed'], language, { id }));
        break;
      case 'goal-retargeted': {
        // All KPI changes of one goal in one line: `target 600 → 800, deadline …`.
        const parts: string[] = [];
        let next = index;
        for (; next < changes.length && changes[next]!.kind === 'goal-retargeted' && changes[next]!.id === change.id; next++) {
          const part = changes[next]!;
          const message = RETARGET_MESSAGES[part.field as keyof typeof RETARGET_MESSAGES];
          if (message) parts.push(fill(message, language, { from: show(part.from), to: show(part.to) }));
        }
        index = next - 1;
        line(change, fill(CHANGE_MESSAGES['goal-retargeted'], language, { id, changes: parts.join(', ') }));
        break;
      }
      case 'goal-reworded':
      case 'goal-revalued':
        line(change, fill(CHANGE_MESSAGES[change.kind], language, { id, ...fromTo }));
        break;
      case 'audience-added':
      case 'audience-removed':
        line(change, fill(CHANGE_MESSAGES[change.kind], language, { audience: audienceLabel(change, language, escape) }));
        break;
      case 'cost-changed': {
        const message = COST_MESSAGES[change.field as keyof typeof COST_MESSAGES];
        if (message) line(change, fill(message, language, fromTo));
        break;
      }
      case 'guideline-topic-added':
      case 'guideline-topic-removed':
        line(change, fill(CHANGE_MESSAGES[change.kind], language, { topic: show(change.to ?? change.from) }));
        break;
      case 'scenario-added':
      case 'scenario-removed':
        line(change, fill(CHANGE_MESSAGES[change.kind], language, { type: show(change.to ?? change.from) }));
        break;
      case 'other-changed': {
        // One line for all of them: these are changes no other kind speaks of.
        const fields = changes.slice(index).filter((other) => other.kind === 'other-changed');
        index += fields.length - 1;
        line(change, fill(CHANGE_MESSAGES['other-changed'], language, { fields: fields.map((other) => escape(other.field ?? '')).join(', ') }));
        break;
      }
      case 'status-changed':
      case 'revision-changed':
      case 'owner-changed':
      case 'sponsor-changed':
      case 'response-time-changed':
        line(change, fill(CHANGE_MESSAGES[change.kind], language, fromTo));
        break;
    }
  }
  return lines;
}

export function ruleLabel(entry: LintEntry, language: Language, escape: Escape): string {
  return entry.ruleId === null ? fill(LINT_MESSAGES['directive-rule'], language) : escape(entry.ruleId);
}

export interface Note {
  message: 'unreadable' | 'rules-skipped';
  file: string;
}

/** What the reader must know to trust the output: a side that could not be read, or not be linted. */
export function notesOf(result: DiffResult): Note[] {
  const notes: Note[] = [];
  for (const side of ['old', 'new'] as const) {
    if (!result.readable[side]) notes.push({ message: 'unreadable', file: result[side] });
    else if (!result.lint.rulesRan[side]) notes.push({ message: 'rules-skipped', file: result[side] });
  }
  return notes;
}

export function hasChanges(result: DiffResult): boolean {
  return result.changes.length > 0 || result.lint.newlyFailing.length > 0 || result.lint.nowPassing.length > 0;
}
