/**
 * ESLint's RuleTester, for smplan: per rule a table of valid files (no finding
 * of that rule) and invalid ones, each with the exact findings expected. Only
 * the rule under test runs, so fixtures can be small.
 */
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/engine.js';
import type { SeveritySetting } from '../../src/lint/rule.js';
import { findRule, RULES } from '../../src/lint/rules/index.js';
import { StrategyDocument } from '../../src/strategy/document.js';

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A part of the English message, e.g. the quoted value. */
  includes?: string;
}

export interface RuleTests {
  /** "Today" for date-dependent rules; the default is a fixed day. */
  today?: string;
  valid: string[];
  invalid: { code: string; findings: ExpectedFinding[] }[];
}

/** Joins lines, so fixtures read as YAML in the test file. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values);
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

export function lintWithOnly(ruleId: string, code: string, today = '2026-11-29') {
  const severities = new Map<string, SeveritySetting>(RULES.map((rule) => [rule.id, rule.id === ruleId ? rule.severity : 'off']));
  const document = StrategyDocument.parse('test.smplan.yaml', code);
  expect(document.problems, 'fixture must be schema-valid').toEqual([]);
  return lintDocument(document, { language: 'en', today, severities }).filter((finding) => finding.ruleId === ruleId);
}

export function testRule(ruleId: string, tests: RuleTests): void {
  const rule = findRule(ruleId);
  describe(ruleId, () => {
    it('is registered', () => expect(rule).toBeDefined());
    tests.valid.forEach((code, index) => {
      it(`accepts valid case ${index + 1}`, () => {
        expect(lintWithOnly(ruleId, code, tests.today)).toEqual([]);
      });
    });
    tests.invalid.forEach(({ code, findings }, index) => {
      it(`reports invalid case ${index + 1}`, () => {
        const actual = lintWithOnly(ruleId, code, tests.today);
        expect(actual.map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual(
          findings.map(({ messageId, line, column }) => ({ messageId, line, column })),
        );
        findings.forEach((expected, position) => {
          const finding = actual[position]!;
          if (expected.endLine !== undefined) expect(finding.endLine).toBe(expected.endLine);
          if (expected.endColumn !== undefined) expect(finding.endColumn).toBe(expected.endColumn);
          if (expected.includes !== undefined) expect(finding.message).toContain(expected.includes);
          expect(finding.severity).toBe(rule!.severity);
        });
      });
    });
  });
}
