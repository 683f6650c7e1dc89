import { escapeControlCharacters } from '../../base/message.js';
import type { Formatter } from './formatter.js';

const WORDS = {
  en: { error: 'error', warn: 'warning', summary: (total: number, errors: number, warnings: number) =>
    `${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})` },
  de: { error: 'Fehler', warn: 'Warnung', summary: (total: number, errors: number, warnings: number) =>
    `${total} ${total === 1 ? 'Befund' : 'Befunde'} (${errors} Fehler, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'})` },
};

/** ESLint's stylish: findings grouped per file, aligned columns, a summary line. */
const stylish: Formatter = (results, { colors, language }) => {
  const words = WORDS[language];
  let errors = 0;
  let warnings = 0;
  const blocks: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.findings.map((finding) => [
      `${finding.line}:${finding.column}`,
      finding.severity === 'error' ? words.error : words.warn,
      escapeControlCharacters(finding.message),
      finding.ruleId ?? '',
    ]);
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    const lines = rows.map(([position, severity, message, ruleId], index) => {
      const paint = result.findings[index]!.severity === 'error' ? colors.red : colors.yellow;
      return `  ${colors.dim(position!.padEnd(widths[0]!))}  ${paint(severity!.padEnd(widths[1]!))}  ${message}  ${colors.dim(ruleId!)}`.trimEnd();
    });
    blocks.push(`${colors.underline(escapeControlCharacters(result.filePath))}\n${lines.join('\n')}\n`);
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${words.summary(total, errors, warnings)}`;
  return `\n${blocks.join('\n')}\n${colors.bold((errors > 0 ? colors.red : colors.yellow)(summary))}\n`;
};

export default stylish;
