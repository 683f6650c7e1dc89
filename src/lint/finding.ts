import type { Position } from '../strategy/document.js';
import type { Severity } from './rule.js';
import { byCodePoint } from '../strategy/order.js';

/** One problem in one file, ready for a formatter. */
export interface Finding extends Position {
  /** `null` for problems of a disable comment itself, as ESLint does for its directives. */
  ruleId: string | null;
  /** The rule's message id, for tests and ESLint-compatible JSON. */
  messageId: string;
  severity: Severity;
  /** Final text in the chosen language; quoted file content is already escaped. */
  message: string;
  /** What is missing and where, for the rules that say so (Rule.gap): "Kennzahl (kpi.metric)" of "Ziel „torten“". */
  gap?: { what: string; of: string };
}

/** A finding a disable comment accepted, with the reason it gives. */
export interface SuppressedFinding extends Finding {
  justification: string;
}

/** The outcome for one file. `filePath` is as the user named it (relative where possible). */
export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** Findings accepted by disable comments: not counted, but carried for ESLint's `suppressedMessages`. */
  suppressed: SuppressedFinding[];
  errorCount: number;
  warningCount: number;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || byCodePoint(a.ruleId ?? '', b.ruleId ?? '') || byCodePoint(a.message, b.message);
}

export function toFileResult(filePath: string, findings: Finding[], suppressed: SuppressedFinding[] = []): FileResult {
  const sorted = [...findings].sort(compareFindings);
  const errorCount = sorted.filter((finding) => finding.severity === 'error').length;
  return { filePath, findings: sorted, suppressed: [...suppressed].sort(compareFindings), errorCount, warningCount: sorted.length - errorCount };
}
