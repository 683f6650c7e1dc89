/**
 * GitLab Code Quality: the JSON report (a subset of Code Climate's issue format)
 * that GitLab shows inline in a merge request when a job keeps it as
 * `artifacts:reports:codequality`.
 */
import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import type { Formatter } from './formatter.js';

/**
 * The same finding gets the same fingerprint in every run, so GitLab can tell
 * new findings from fixed ones; the line is left out, because a finding that
 * only moved down is not new. Equal findings in one file are numbered.
 */
function fingerprint(parts: readonly string[], seen: Map<string, number>): string {
  const key = parts.join('\0');
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  return createHash('md5').update(`${key}\0${occurrence}`).digest('hex');
}

const gitlab: Formatter = (results) => {
  const seen = new Map<string, number>();
  const issues = results.flatMap((result) => {
    const path = sep === '\\' ? result.filePath.replaceAll('\\', '/') : result.filePath;
    return result.findings.map((finding) => {
      const checkName = finding.ruleId ?? 'disable-comment';
      return {
        description: finding.message,
        check_name: checkName,
        fingerprint: fingerprint([path, checkName, finding.messageId, finding.message], seen),
        severity: finding.severity === 'error' ? 'major' : 'minor',
        location: { path, lines: { begin: Math.max(1, finding.line), end: Math.max(1, finding.line, finding.endLine) } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
