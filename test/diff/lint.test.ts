/** Lint findings compared across two versions: by rule, message id and message, never by position. */
import { describe, expect, it } from 'vitest';
import { compareLint } from '../../src/diff/lint.js';
import type { Finding } from '../../src/lint/finding.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return { ruleId: 'goals/metric', messageId: 'missing', severity: 'error', message: 'Goal "leads" has no kpi.metric.', line: 3, column: 5, endLine: 3, endColumn: 9, ...overrides };
}

const both = { old: true, new: true };

describe('compareLint', () => {
  it('ignores positions', () => {
    expect(compareLint([finding()], [finding({ line: 30, column: 1 })], both)).toEqual({ newlyFailing: [], nowPassing: [], rulesRan: both });
  });

  it('lists new and fixed findings without positions', () => {
    const baseline = finding({ ruleId: 'goals/baseline', messageId: 'missing', severity: 'warn', message: 'Goal "walk-ins" has no baseline.' });
    const diff = compareLint([baseline], [finding()], both);
    expect(diff.newlyFailing).toEqual([{ ruleId: 'goals/metric', messageId: 'missing', severity: 'error', message: 'Goal "leads" has no kpi.metric.' }]);
    expect(diff.nowPassing).toEqual([{ ruleId: 'goals/baseline', messageId: 'missing', severity: 'warn', message: 'Goal "walk-ins" has no baseline.' }]);
  });

  it('counts repeated findings', () => {
    const diff = compareLint([finding(), finding()], [finding()], both);
    expect(diff.newlyFailing).toEqual([]);
    expect(diff.nowPassing).toHaveLength(1);
  });

  it('tells apart findings of one rule by their message', () => {
    const diff = compareLint([finding()], [finding({ message: 'Goal "sales" has no kpi.metric.' })], both);
    expect(diff.newlyFailing.map((entry) => entry.message)).toEqual(['Goal "sales" has no kpi.metric.']);
    expect(diff.nowPassing.map((entry) => entry.message)).toEqual(['Goal "leads" has no kpi.metric.']);
  });

  it('compares only schema findings when the rules could not run on one side', () => {
    const schema = finding({ ruleId: 'schema', messageId: 'syntax', message: 'YAML syntax error: bad indentation.' });
    const diff = compareLint([finding()], [schema], { old: true, new: false });
    expect(diff.newlyFailing).toEqual([{ ruleId: 'schema', messageId: 'syntax', severity: 'error', message: 'YAML syntax error: bad indentation.' }]);
    expect(diff.nowPassing).toEqual([]);
    expect(diff.rulesRan).toEqual({ old: true, new: false });
  });
});
