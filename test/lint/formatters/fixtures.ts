/** Hand-built findings and contexts for the formatter tests (no engine, no rule modules). */
import { NO_COLORS, type Colors } from '../../../src/base/colors.js';
import { toFileResult, type FileResult, type Finding } from '../../../src/lint/finding.js';
import type { FormatContext } from '../../../src/lint/formatters/formatter.js';
import { defineRule, type Rule } from '../../../src/lint/rule.js';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'goals/metric',
    messageId: 'missing',
    severity: 'error',
    message: 'Goal "leads" names no metric.',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 12,
    ...overrides,
  };
}

export const file = (filePath: string, ...findings: Finding[]): FileResult => toFileResult(filePath, findings);

/** Three rules shaped like the real ones: a one-word id, a sectioned id, a warning. */
export const FAKE_RULES: readonly Rule[] = [
  defineRule({
    id: 'audiences/needs',
    severity: 'warn',
    description: { en: 'Every target group names its needs.', de: 'Jede Zielgruppe nennt ihre Bedürfnisse.' },
    messages: { missing: { en: 'No needs.', de: 'Keine Bedürfnisse.' } },
  }),
  defineRule({
    id: 'goals/metric',
    severity: 'error',
    description: { en: 'Every goal names its metric.', de: 'Jedes Ziel nennt seine Messgröße.' },
    messages: { missing: { en: 'No metric.', de: 'Keine Messgröße.' } },
  }),
  defineRule({
    id: 'schema',
    severity: 'error',
    description: { en: 'The file is well-formed.', de: 'Die Datei ist wohlgeformt.' },
    messages: { syntax: { en: 'Syntax.', de: 'Syntax.' } },
  }),
];

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { colors: NO_COLORS, language: 'en', rules: FAKE_RULES, version: '1.2.3', ...overrides };
}

/** Colours that show where they were applied: `<red>text</red>`. */
export const MARKER_COLORS: Colors = {
  red: (text) => `<red>${text}</red>`,
  yellow: (text) => `<yellow>${text}</yellow>`,
  green: (text) => `<green>${text}</green>`,
  dim: (text) => `<dim>${text}</dim>`,
  bold: (text) => `<bold>${text}</bold>`,
  underline: (text) => `<underline>${text}</underline>`,
};
