import { isAbsolute, resolve } from 'node:path';
import type { Finding } from '../finding.js';
import type { Formatter } from './formatter.js';

/** Schema findings after which nothing else could be read: ESLint's fatal parse errors. */
const FATAL_MESSAGE_IDS = new Set(['syntax', 'alias-bomb', 'not-a-mapping']);

const isFatal = (finding: Finding) => finding.ruleId === 'schema' && FATAL_MESSAGE_IDS.has(finding.messageId);

/**
 * ESLint's JSON shape, so tools that read ESLint results (its formatters among them) read these too:
 * absolute paths, the counts ESLint adds, and the findings disable comments accepted with their reasons.
 * smplan fixes nothing itself, so nothing is fixable.
 */
const message = (finding: Finding) => ({
  ruleId: finding.ruleId,
  messageId: finding.messageId,
  severity: finding.severity === 'error' ? 2 : 1,
  ...(isFatal(finding) && { fatal: true }),
  message: finding.message,
  line: finding.line,
  column: finding.column,
  endLine: finding.endLine,
  endColumn: finding.endColumn,
});

const json: Formatter = (results, context) =>
  `${JSON.stringify(
    results.map((result) => ({
      filePath: isAbsolute(result.filePath) || result.filePath === '<text>' ? result.filePath : resolve(context.cwd ?? process.cwd(), result.filePath),
      messages: result.findings.map(message),
      suppressedMessages: result.suppressed.map((finding) => ({ ...message(finding), suppressions: [{ kind: 'directive', justification: finding.justification }] })),
      errorCount: result.errorCount,
      fatalErrorCount: result.findings.filter(isFatal).length,
      warningCount: result.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    })),
  )}\n`;

export default json;
