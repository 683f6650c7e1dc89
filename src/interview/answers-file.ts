/**
 * `init --answers <file>`: a partial strategy in YAML or JSON, merged over the
 * template (or the defaults) and validated with the schema before anything is
 * written. Problems are reported at their line and column in the answers file.
 */
import { formatMessage, type Language } from '../lint/rule.js';
import schemaRule from '../lint/rules/schema.js';
import { StrategyDocument, type Position } from '../strategy/document.js';
import { strategySchema } from '../strategy/schema.js';
import { deepMerge, isMapping, type Data } from './data.js';

export interface AnswersProblem extends Position {
  message: string;
}

export interface Answers {
  document: StrategyDocument;
  /** The answers as plain data (`{}` for an empty file). */
  data: Data;
  /** Syntax problems, or a file that is not a mapping. */
  problems: AnswersProblem[];
}

/** Problems of the file as such; the others depend on what the answers are merged over. */
const FILE_PROBLEMS = new Set(['syntax', 'alias-bomb', 'not-a-mapping']);

function messageOf(code: string, data: Record<string, string | number>, language: Language): string {
  const message = schemaRule.messages[code as keyof typeof schemaRule.messages] ?? schemaRule.messages.invalid;
  return formatMessage(message, language, data);
}

export async function readAnswers(path: string, language: Language): Promise<Answers> {
  const document = await StrategyDocument.load(path);
  const problems = document.problems
    .filter((problem) => FILE_PROBLEMS.has(problem.code))
    .map((problem) => ({ ...problem.position, message: messageOf(problem.code, problem.data, language) }));
  return { document, data: isMapping(document.data) ? document.data : {}, problems };
}

/** `answers` over `base`: mappings merge, lists replace, `null` removes. */
export function mergeAnswers(base: Data, answers: Data): Data {
  return deepMerge(base, answers) as Data;
}

/** Empty keys (`goals:`) mean "not answered yet" in a draft, as the document module reads them. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isMapping(value)) return value;
  const result: Data = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== null) Object.defineProperty(result, key, { value: withoutNulls(child), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/**
 * Schema problems of the merged strategy, placed in the answers file. The
 * template and the defaults are valid, so every problem comes from a value
 * of the answers: the document module has already described it (its code and
 * data, under the same key) when it read the answers file, and that
 * description is used; `locate` finds where it stands.
 */
export function validateMerged(merged: Data, answers: Answers, language: Language): AnswersProblem[] {
  const result = strategySchema.safeParse(withoutNulls(merged));
  if (result.success) return [];
  const described = new Map(answers.document.problems.map((problem) => [String(problem.data.key ?? ''), problem]));
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const key = path.map(String).join('.') || '(top level)';
    const known = described.get(key);
    const message = known ? messageOf(known.code, known.data, language) : messageOf('invalid', { key }, language);
    return { ...answers.document.locate(path), message };
  });
}
