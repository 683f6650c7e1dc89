/**
 * What a lint rule is. A rule reports a message id, a path into the strategy
 * and the values to quote; it never writes free text. The engine turns the path
 * into a position, picks the language and escapes what came from the file.
 */
import type { Position } from '../strategy/document.js';
import type { Strategy } from '../strategy/schema.js';
import type { DataPath } from '../strategy/validate.js';
import type { Message, MessageData } from '../base/message.js';

export type Severity = 'warn' | 'error';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'warn', 'error'];

/** What a rule may read of the file besides the validated strategy. */
export interface RuleSource {
  /** The file's text, for a rule that can rule out a finding from the text alone, quicker than from the data. */
  readonly text: string;
  /** The file's data as written, unknown keys and all. */
  readonly data: unknown;
  locate(path: DataPath): Position;
}

export interface RuleContext<MessageId extends string> {
  /** The strategy as the schema accepted it; rules only run on valid files. */
  readonly strategy: Strategy;
  readonly document: RuleSource;
  /** Today as YYYY-MM-DD (`SMPLAN_TODAY` or the local date). */
  readonly today: string;
  /** Reports at the value of `path`, or with `at: 'key'` at its key (for a key that is itself the problem). */
  report(messageId: MessageId, path: DataPath, data?: MessageData, at?: 'value' | 'key'): void;
}

export interface Rule<MessageId extends string = string> {
  /** `section/name`, as in the spec's rule table; also the doc page's path. */
  readonly id: string;
  readonly severity: Severity;
  /** One line for `smplan rules` and SARIF's short description. */
  readonly description: Message;
  readonly messages: Readonly<Record<MessageId, Message>>;
  /**
   * What the rule finds missing, in a few words ("metric (kpi.metric)"), for a
   * rule that reports a missing part of a goal: the stylish output lists a
   * goal's gaps under one heading instead of a sentence each.
   */
  readonly gap?: Message;
  /** Absent only for `schema`, whose findings the document module produces. */
  readonly check?: (context: RuleContext<MessageId>) => void;
}

/** Typing helper: a misspelled message id in `report` is a compile error. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}
