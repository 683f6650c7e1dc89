import { escapeControlCharacters } from '../../base/message.js';
import type { Finding } from '../finding.js';
import type { Formatter } from './formatter.js';

const WORDS = {
  en: { error: 'error', warn: 'warning', missing: (of: string) => `${of} – missing:`, summary: (total: number, errors: number, warnings: number) =>
    `${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})` },
  de: { error: 'Fehler', warn: 'Warnung', missing: (of: string) => `${of} – es fehlt:`, summary: (total: number, errors: number, warnings: number) =>
    `${total} ${total === 1 ? 'Befund' : 'Befunde'} (${errors} Fehler, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'})` },
};

/**
 * Findings at one place that each say a part of one goal is missing (a goal
 * without a KPI gets six) are shown as one heading with the parts under it;
 * each keeps its severity and rule id.
 */
function gapGroups(findings: readonly Finding[]): Map<Finding, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.gap) continue;
    const key = `${finding.line}:${finding.column}:${finding.gap.of}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return new Map([...groups.values()].filter((group) => group.length > 1).map((group) => [group[0]!, group]));
}

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
    const groups = gapGroups(result.findings);
    const grouped = new Set([...groups.values()].flat());
    const severityWord = (finding: Finding) => (finding.severity === 'error' ? words.error : words.warn);
    const positionWidth = Math.max(...result.findings.map((finding) => `${finding.line}:${finding.column}`.length));
    const severityWidth = Math.max(...result.findings.map((finding) => severityWord(finding).length));
    const row = (position: string, finding: Finding, text: string) => {
      const paint = finding.severity === 'error' ? colors.red : colors.yellow;
      return `  ${colors.dim(position.padEnd(positionWidth))}  ${paint(severityWord(finding).padEnd(severityWidth))}  ${text}  ${colors.dim(finding.ruleId ?? '')}`.trimEnd();
    };
    const lines: string[] = [];
    for (const finding of result.findings) {
      const group = groups.get(finding);
      if (group) {
        const whatWidth = Math.max(...group.map((member) => member.gap!.what.length));
        lines.push(`  ${colors.dim(`${finding.line}:${finding.column}`.padEnd(positionWidth))}  ${escapeControlCharacters(words.missing(finding.gap!.of))}`);
        for (const member of group) lines.push(row('', member, `  ${escapeControlCharacters(member.gap!.what).padEnd(whatWidth)}`));
      } else if (!grouped.has(finding)) lines.push(row(`${finding.line}:${finding.column}`, finding, escapeControlCharacters(finding.message)));
    }
    blocks.push(`${colors.underline(escapeControlCharacters(result.filePath))}\n${lines.join('\n')}\n`);
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${words.summary(total, errors, warnings)}`;
  return `\n${blocks.join('\n')}\n${colors.bold((errors > 0 ? colors.red : colors.yellow)(summary))}\n`;
};

export default stylish;
