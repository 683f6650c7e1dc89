/**
 * For commands that need a well-formed strategy (`report`, `track`): one line
 * naming the first problem the way `check` words it, with its position.
 */
import type { Language } from '../base/message.js';
import { schemaProblemMessage } from '../lint/rules/schema.js';
import type { StrategyDocument } from '../strategy/document.js';

export function describeFirstProblem(document: StrategyDocument, file: string, language: Language): string {
  const problem = document.problems[0];
  if (!problem) return `${file}: the file is not a strategy`;
  return `${file}:${problem.position.line}:${problem.position.column}: ${schemaProblemMessage(problem.code, language, problem.data)}`;
}
