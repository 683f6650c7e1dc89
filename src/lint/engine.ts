/**
 * Runs the rules over one strategy. The engine knows no single rule: it hands
 * each one the validated strategy, turns the paths they report into positions
 * and the message ids into text, and applies disable comments.
 */
import type { Position, StrategyDocument } from '../strategy/document.js';
import type { Strategy } from '../strategy/schema.js';
import type { DataPath } from '../strategy/validate.js';
import { applyDirectives, DIRECTIVE_MESSAGES, findDirectives } from './directives.js';
import type { Finding, SuppressedFinding } from './finding.js';
import { formatMessage, type Language, type Message, type MessageData } from '../base/message.js';
import { type Rule, type RuleContext, type RuleSource, type SeveritySetting } from './rule.js';
import { RULES, RULE_IDS } from './rules/index.js';
import schemaRule, { schemaProblemMessage } from './rules/schema.js';

export interface LintOptions {
  language: Language;
  today: string;
  /** Overrides of the rules' default severities, from config files and flags. */
  severities?: ReadonlyMap<string, SeveritySetting>;
}

const INTERNAL_ERROR: Message = {
  en: 'Rule {rule} failed on this file ({error}); please report this as a bug of smplan.',
  de: 'Regel {rule} ist an dieser Datei gescheitert ({error}); bitte melden Sie das als Fehler von smplan.',
};

/** The subject of a goal's gaps in the stylish output. */
const GOAL = { en: 'Goal "{goal}"', de: 'Ziel „{goal}“' };

type Reporter = (rule: Rule, messageId: string, path: DataPath, data: MessageData | undefined, at: 'value' | 'key') => void;

/** Runs every enabled rule; a rule that throws becomes a finding instead of ending the run. */
export function runRules(
  strategy: Strategy,
  source: RuleSource,
  options: LintOptions,
  report: Reporter,
  crashed: (rule: Rule, error: unknown) => void,
): void {
  // One context for all rules, reporting for the rule that runs: a linted folder of strategies runs every rule on every file.
  let running: Rule = RULES[0]!;
  const context: RuleContext<string> = {
    strategy,
    document: source,
    today: options.today,
    report: (messageId, path, data, at = 'value') => report(running, messageId, path, data, at),
  };
  for (const rule of RULES) {
    const severity = options.severities?.get(rule.id) ?? rule.severity;
    if (severity === 'off' || !rule.check) continue;
    running = rule;
    try {
      rule.check(context);
    } catch (error) {
      crashed(rule, error);
    }
  }
}

export function lintDocument(document: StrategyDocument, options: LintOptions): Finding[] {
  return lintWithSuppressed(document, options).findings;
}

/** The findings, and those that disable comments accepted (for ESLint's `suppressedMessages`). */
export function lintWithSuppressed(document: StrategyDocument, options: LintOptions): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const { language } = options;
  const severityOf = (rule: Rule): SeveritySetting => options.severities?.get(rule.id) ?? rule.severity;
  const findings: Finding[] = [];

  const schemaSeverity = severityOf(schemaRule);
  if (schemaSeverity !== 'off') {
    for (const problem of document.problems) {
      const message = schemaProblemMessage(problem.code, language, problem.data);
      findings.push({ ruleId: schemaRule.id, messageId: problem.code, severity: schemaSeverity, message, ...problem.position });
    }
  }

  const { strategy } = document;
  // Disable comments speak of rule findings; on a file the rules could not read they would all look unused.
  if (!strategy) return { findings, suppressed: [] };

  runRules(
    strategy,
    document,
    options,
    (rule, messageId, path, data, at) => {
      const message = rule.messages[messageId];
      if (!message) throw new Error(`rule ${rule.id} reported undeclared message "${messageId}"`);
      const position: Position = at === 'key' ? document.locateKey(path) : document.locate(path);
      const finding: Finding = { ruleId: rule.id, messageId, severity: severityOf(rule) as Finding['severity'], message: formatMessage(message, language, data), ...position };
      const goal = path[0] === 'goals' && typeof path[1] === 'number' ? strategy.goals?.[path[1]] : undefined;
      if (rule.gap && goal) finding.gap = { what: formatMessage(rule.gap, language), of: formatMessage(GOAL, language, { goal: goal.id }) };
      findings.push(finding);
    },
    (rule, error) => {
      const data = { rule: rule.id, error: error instanceof Error ? error.message : String(error) };
      findings.push({ ruleId: rule.id, messageId: 'internal-error', severity: 'error', message: formatMessage(INTERNAL_ERROR, language, data), ...document.locate([]) });
    },
  );

  const { kept, suppressed, problems } = applyDirectives(findings, findDirectives(document.text), RULE_IDS);
  for (const { messageId, severity, directive, data } of problems) {
    const position = { line: directive.line, column: directive.column, endLine: directive.line, endColumn: directive.column };
    kept.push({ ruleId: null, messageId, severity, message: formatMessage(DIRECTIVE_MESSAGES[messageId], language, data), ...position });
  }
  return { findings: kept, suppressed };
}
