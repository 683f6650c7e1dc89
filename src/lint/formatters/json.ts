import type { Formatter } from './formatter.js';

/** ESLint's JSON shape, so tools that read ESLint results read these too. */
const json: Formatter = (results) =>
  `${JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.findings.map((finding) => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity === 'error' ? 2 : 1,
        message: finding.message,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
    })),
  )}\n`;

export default json;
