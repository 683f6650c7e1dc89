/**
 * `init --answers <file>`: a partial strategy in YAML or JSON, merged over the
 * template (or the defaults) and validated with the schema before anything is
 * written. Problems are reported at their line and column in the answers file.
 */
import type { Language } from '../base/message.js';
import { schemaProblemMessage } from '../lint/rules/schema.js';
import { StrategyDocument, type DataPath, type Position } from '../strategy/document.js';
import { FORMAT_VERSION } from '../strategy/schema.js';
import { validateStrategy } from '../strategy/validate.js';
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

/** Reads an answers file; `list: true` accepts a list at the top (`edit goals --answers goals.yaml`). */
export async function readAnswers(path: string, language: Language, { list = false } = {}): Promise<Answers> {
  const document = await StrategyDocument.load(path);
  const problems = document.problems
    .filter((problem) => FILE_PROBLEMS.has(problem.code) && !(list && problem.code === 'not-a-mapping' && Array.isArray(document.data)))
    .map((problem) => ({ ...problem.position, message: schemaProblemMessage(problem.code, language, problem.data) }));
  return { document, data: isMapping(document.data) ? document.data : {}, problems };
}

/** `answers` over `base`: mappings merge, lists replace, `null` removes. */
export function mergeAnswers(base: Data, answers: Data): Data {
  return deepMerge(base, answers) as Data;
}

/**
 * Schema problems of the merged strategy, placed in the answers file. The
 * template and the defaults are valid, so every problem is about a value of
 * the answers, and `locate` finds where it stands (or, for a missing key, the
 * mapping that should hold it).
 */
export function validateMerged(merged: Data, answers: Answers, language: Language, within: DataPath = []): AnswersProblem[] {
  // the format version is added when the strategy is finished; a wrong one in the answers is reported
  const { problems } = validateStrategy({ smplan: FORMAT_VERSION, ...merged });
  return problems.map((problem) => {
    // an answers file that holds one section (`edit team --answers team.yaml`) starts at that section
    const inside = within.every((segment, index) => problem.path[index] === segment);
    const path = inside ? problem.path.slice(within.length) : [];
    return { ...answers.document.locate(path), message: schemaProblemMessage(problem.code, language, problem.data) };
  });
}
