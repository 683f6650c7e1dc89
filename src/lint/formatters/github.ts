/**
 * GitHub Actions: one workflow command per finding, so findings appear as
 * annotations on the pull request, then the stylish report for the log.
 *
 * Nothing quoted from a strategy file may start a workflow command of its own.
 * In the annotation lines the message is command *data* and is escaped as
 * `@actions/core` does. The stylish report is text for people, but the runner
 * reads every log line: `::command::` at a line's start (after spaces, e.g. a
 * file path line) and the legacy `##[command]` anywhere in a line. So the
 * report is wrapped in `::stop-commands::<token>` … `::<token>::`. The token is
 * a hash of the report itself: deterministic, yet no report can contain its
 * own resume token.
 */
import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import type { FileResult } from '../finding.js';
import { escapeControlCharacters } from '../../base/message.js';
import type { Formatter } from './formatter.js';
import stylish from './stylish.js';

/** `escapeData` of `@actions/core`: the command's message. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** `escapeProperty` of `@actions/core`: a `key=value` property of the command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

const github: Formatter = (results, context) => {
  // The engine escapes quoted values already; escape again so that neither the
  // annotations nor the report below can hold a raw line break or terminal control.
  const safeResults: FileResult[] = results.map((result) => ({
    ...result,
    findings: result.findings.map((finding) => ({
      ...finding,
      ruleId: finding.ruleId === null ? null : escapeControlCharacters(finding.ruleId),
      message: escapeControlCharacters(finding.message),
    })),
  }));
  const commands: string[] = [];
  for (const result of safeResults) {
    const file = escapeProperty(escapeControlCharacters(sep === '\\' ? result.filePath.replaceAll('\\', '/') : result.filePath));
    for (const finding of result.findings) {
      const command = finding.severity === 'error' ? 'error' : 'warning';
      const line = Math.max(1, finding.line);
      const column = Math.max(1, finding.column);
      const endLine = Math.max(line, finding.endLine);
      const endColumn = endLine === line ? Math.max(column, finding.endColumn) : Math.max(1, finding.endColumn);
      const title = escapeProperty(finding.ruleId ?? 'disable-comment');
      commands.push(`::${command} file=${file},line=${line},endLine=${endLine},col=${column},endColumn=${endColumn},title=${title}::${escapeData(finding.message)}`);
    }
  }
  if (commands.length === 0) return '';
  const report = stylish(safeResults, context);
  const token = `smplan-${createHash('sha256').update(report).digest('hex')}`;
  return `${commands.join('\n')}\n::stop-commands::${token}\n${report}::${token}::\n`;
};

export default github;
