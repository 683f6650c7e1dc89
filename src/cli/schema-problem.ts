/**
 * For commands that need a well-formed strategy (`report`, `track`): one line
 * naming the first problem the way `check` words it, with its position.
 */
import { formatMessage, type Language } from '../lint/rule.js';
import schemaRule from '../lint/rules/schema.js';
import type { StrategyDocument } from '../strategy/document.js';

export function describeFirstProblem(document: StrategyDocument, file: string, language: Language): string {
  const problem = document.problems[0];
  if (!problem) return `${file}: the file is not a strategy`;
  const messages: Readonly<Record<string, { en: string; de: string }>> = schemaRule.messages;
  const message = formatMessage(messages[problem.code] ?? schemaRule.messages.invalid, language, problem.data);
  return `${file}:${problem.position.line}:${problem.position.column}: ${message}`;
}
