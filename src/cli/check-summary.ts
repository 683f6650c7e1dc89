/**
 * After `init` or `edit` wrote a strategy: what `check` says about it, in a
 * few lines (the counts and the first findings), so that the next step is clear.
 */
import { lintDocument } from '../lint/engine.js';
import { toFileResult, type FileResult } from '../lint/finding.js';
import stylish from '../lint/formatters/stylish.js';
import { formatMessage, type Language } from '../base/message.js';
import { RULES } from '../lint/rules/index.js';
import type { StrategyDocument } from '../strategy/document.js';
import type { Colors } from '../base/colors.js';
import { VERSION } from './version.js';

/** How many findings are shown; `smplan check` shows them all. */
export const FIRST_FINDINGS = 5;

const WORDS = {
  clean: { en: 'smplan check {file}: no findings.', de: 'smplan check {file}: keine Befunde.' },
  more: { en: '… and {count} more: smplan check {file}', de: '… und {count} weitere: smplan check {file}' },
};

/** Lints the document as written and returns the text to show, with the result. */
export function checkSummary(document: StrategyDocument, file: string, options: { language: Language; today: string; colors: Colors }): { text: string; result: FileResult } {
  const { language, today, colors } = options;
  const result = toFileResult(file, lintDocument(document, { language, today }));
  if (result.findings.length === 0) return { text: `${formatMessage(WORDS.clean, language, { file })}\n`, result };
  const shown = { ...result, findings: result.findings.slice(0, FIRST_FINDINGS) };
  let text = stylish([shown], { colors, language, rules: RULES, version: VERSION });
  const more = result.findings.length - shown.findings.length;
  if (more > 0) text += `${colors.dim(formatMessage(WORDS.more, language, { count: more, file }))}\n`;
  return { text, result };
}
