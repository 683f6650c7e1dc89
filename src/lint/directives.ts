/**
 * `# smplan-disable-next-line <rule>[, <rule>] -- <reason>`: accepting a finding
 * on purpose, in the file, with a reason. A directive without a reason does not
 * suppress anything, and one that suppresses nothing is reported, so the file
 * never carries stale exceptions.
 */
import type { Finding, SuppressedFinding } from './finding.js';
import type { Message, MessageData } from '../base/message.js';

const DIRECTIVE = /(?:^|\s)#\s*smplan-disable-next-line\b(.*)$/;

export interface Directive {
  /** The line of the comment; it applies to the line after it. */
  line: number;
  column: number;
  ruleIds: string[];
  reason: string;
}

export const DIRECTIVE_MESSAGES = {
  'missing-reason': {
    en: 'This smplan-disable-next-line has no reason; add one after " -- " or fix the finding.',
    de: 'Diesem smplan-disable-next-line fehlt die Begründung; ergänzen Sie sie nach „ -- “ oder beheben Sie den Befund.',
  },
  'missing-rule': {
    en: 'This smplan-disable-next-line names no rule; name the rule it accepts.',
    de: 'Dieses smplan-disable-next-line nennt keine Regel; nennen Sie die Regel, die es hinnimmt.',
  },
  'unknown-rule': {
    en: 'smplan-disable-next-line names "{rule}", which is no rule; `smplan rules` lists them.',
    de: 'smplan-disable-next-line nennt „{rule}“, das keine Regel ist; `smplan rules` listet sie.',
  },
  'not-disableable': {
    en: 'Findings of rule "schema" cannot be disabled; fix the file.',
    de: 'Befunde der Regel „schema“ lassen sich nicht abschalten; korrigieren Sie die Datei.',
  },
  unused: {
    en: 'smplan-disable-next-line for "{rule}" suppresses nothing on the next line; remove it.',
    de: 'smplan-disable-next-line für „{rule}“ unterdrückt in der nächsten Zeile nichts; entfernen Sie es.',
  },
} satisfies Record<string, Message>;

export type DirectiveMessageId = keyof typeof DIRECTIVE_MESSAGES;

export function findDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  if (!text.includes('smplan-disable-next-line')) return directives;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    const [list = '', ...reasonParts] = (match[1] ?? '').split(/\s--\s?/);
    directives.push({
      line: index + 1,
      column: lineText.indexOf('#') + 1,
      ruleIds: list.split(/[\s,]+/).filter(Boolean),
      reason: reasonParts.join(' -- ').trim(),
    });
  });
  return directives;
}

export interface DirectiveProblem {
  messageId: DirectiveMessageId;
  severity: 'warn' | 'error';
  directive: Directive;
  data: MessageData;
}

/**
 * Removes the findings that a directive with a reason accepts, and returns the
 * directives' own problems.
 */
export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  knownRuleIds: ReadonlySet<string>,
): { kept: Finding[]; suppressed: SuppressedFinding[]; problems: DirectiveProblem[] } {
  const problems: DirectiveProblem[] = [];
  const suppressed = new Map<Finding, string>();
  for (const directive of directives) {
    const problem = (messageId: DirectiveMessageId, severity: 'warn' | 'error', data: MessageData = {}) =>
      problems.push({ messageId, severity, directive, data });
    if (directive.ruleIds.length === 0) {
      problem('missing-rule', 'error');
      continue;
    }
    if (!directive.reason) {
      problem('missing-reason', 'error');
      continue;
    }
    for (const ruleId of directive.ruleIds) {
      if (ruleId === 'schema') problem('not-disableable', 'error');
      else if (!knownRuleIds.has(ruleId)) problem('unknown-rule', 'error', { rule: ruleId });
      else {
        const accepted = findings.filter((finding) => finding.ruleId === ruleId && finding.line === directive.line + 1);
        if (accepted.length === 0) problem('unused', 'warn', { rule: ruleId });
        for (const finding of accepted) suppressed.set(finding, directive.reason);
      }
    }
  }
  return {
    kept: findings.filter((finding) => !suppressed.has(finding)),
    suppressed: [...suppressed].map(([finding, justification]) => ({ ...finding, justification })),
    problems,
  };
}
