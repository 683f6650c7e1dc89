/**
 * Which lint findings a change brings and which it clears. Findings are
 * compared by rule, message id and message, never by position: a goal that
 * moved down the file is still the same problem.
 */
import { compareFindings, type Finding } from '../lint/finding.js';
import type { Severity } from '../lint/rule.js';

export interface LintEntry {
  /** `null` for a problem of a disable comment itself. */
  ruleId: string | null;
  messageId: string;
  severity: Severity;
  message: string;
}

export interface LintDiff {
  newlyFailing: LintEntry[];
  nowPassing: LintEntry[];
  /**
   * Whether the rules ran on each side. They do not on a file with schema
   * problems; then only `schema` findings are compared, since the rule
   * findings of the other side can be neither new nor fixed.
   */
  rulesRan: { old: boolean; new: boolean };
}

const identity = (finding: Finding) => JSON.stringify([finding.ruleId, finding.messageId, finding.message]);

function entry(finding: Finding): LintEntry {
  return { ruleId: finding.ruleId, messageId: finding.messageId, severity: finding.severity, message: finding.message };
}

/** The findings of `from` that `to` does not have, as many times as they are missing. */
function missingIn(from: readonly Finding[], to: readonly Finding[]): LintEntry[] {
  const counts = new Map<string, number>();
  for (const finding of to) counts.set(identity(finding), (counts.get(identity(finding)) ?? 0) + 1);
  const missing: LintEntry[] = [];
  for (const finding of [...from].sort(compareFindings)) {
    const count = counts.get(identity(finding)) ?? 0;
    if (count > 0) counts.set(identity(finding), count - 1);
    else missing.push(entry(finding));
  }
  return missing;
}

export function compareLint(oldFindings: readonly Finding[], newFindings: readonly Finding[], rulesRan: LintDiff['rulesRan']): LintDiff {
  const comparable = (findings: readonly Finding[]) =>
    rulesRan.old && rulesRan.new ? findings : findings.filter((finding) => finding.ruleId === 'schema');
  const before = comparable(oldFindings);
  const after = comparable(newFindings);
  return { newlyFailing: missingIn(after, before), nowPassing: missingIn(before, after), rulesRan: { ...rulesRan } };
}
