import { describe, expect, it } from 'vitest';
import stylish from '../../../src/lint/formatters/stylish.js';
import { context, file, finding, MARKER_COLORS } from './fixtures.js';

describe('stylish formatter', () => {
  it('prints nothing when there are no findings', () => {
    expect(stylish([], context())).toBe('');
    expect(stylish([file('smplan.yaml'), file('b.smplan.yaml')], context())).toBe('');
  });

  it("shows a goal's missing parts under one heading, each with its severity and rule id", () => {
    const gap = (ruleId: string, what: string, severity: 'error' | 'warn') =>
      finding({ line: 5, column: 5, ruleId, severity, message: `Ziel „torten“ hat keine ${what}.`, gap: { what, of: 'Ziel „torten“' } });
    const report = stylish(
      [
        file(
          'smplan.yaml',
          gap('goals/metric', 'Kennzahl (kpi.metric)', 'error'),
          gap('goals/source', 'Messquelle (kpi.source)', 'warn'),
          // one gap alone stays a sentence
          finding({ line: 9, column: 5, ruleId: 'goals/baseline', severity: 'warn', message: 'Ziel „follower“ hat keine kpi.baseline.', gap: { what: 'Ausgangswert (kpi.baseline)', of: 'Ziel „follower“' } }),
        ),
      ],
      context({ language: 'de' }),
    );
    expect(report).toBe(
      [
        '',
        'smplan.yaml',
        '  5:5  Ziel „torten“ – es fehlt:',
        '       Fehler     Kennzahl (kpi.metric)    goals/metric',
        '       Warnung    Messquelle (kpi.source)  goals/source',
        '  9:5  Warnung  Ziel „follower“ hat keine kpi.baseline.  goals/baseline',
        '',
        '✖ 3 Befunde (1 Fehler, 2 Warnungen)',
        '',
      ].join('\n'),
    );
  });

  it('groups findings per file, aligns the columns and ends with the summary', () => {
    const report = stylish(
      [
        file(
          'marketing/smplan.yaml',
          finding({ line: 3, column: 5 }),
          finding({ line: 12, column: 1, severity: 'warn', ruleId: 'audiences/needs', message: 'No needs.' }),
        ),
        file('clean.smplan.yaml'),
        file('sales.smplan.yaml', finding({ ruleId: null, messageId: 'unused', severity: 'warn', message: 'Unused comment.', line: 1, column: 1 })),
      ],
      context(),
    );
    expect(report).toBe(
      [
        '',
        'marketing/smplan.yaml',
        '  3:5   error    Goal "leads" names no metric.  goals/metric',
        '  12:1  warning  No needs.  audiences/needs',
        '',
        'sales.smplan.yaml',
        '  1:1  warning  Unused comment.',
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '',
      ].join('\n'),
    );
    expect(report).not.toContain('clean.smplan.yaml');
  });

  it('words the summary in the singular and in German', () => {
    expect(stylish([file('a.yaml', finding())], context())).toContain('\n✖ 1 problem (1 error, 0 warnings)\n');
    expect(stylish([file('a.yaml', finding({ severity: 'warn' }))], context())).toContain('\n✖ 1 problem (0 errors, 1 warning)\n');
    const german = stylish([file('a.yaml', finding(), finding({ severity: 'warn', line: 9 }))], context({ language: 'de' }));
    expect(german).toContain('  3:5  Fehler   Goal');
    expect(german).toContain('  9:5  Warnung  Goal');
    expect(german).toContain('\n✖ 2 Befunde (1 Fehler, 1 Warnung)\n');
  });

  it('escapes control characters in the file path', () => {
    const report = stylish([file('evil\u001b[2J\r\n.smplan.yaml', finding())], context());
    expect(report).toContain('evil\\x1b[2J\\r\\n.smplan.yaml\n');
    expect(report).not.toMatch(/[\u001b\r]/);
  });

  it('applies colour only through the context', () => {
    const results = [file('a.yaml', finding(), finding({ severity: 'warn', line: 4, ruleId: 'audiences/needs' }))];
    expect(stylish(results, context())).not.toMatch(/\u001b|<(red|yellow|dim|bold|underline)>/);
    const coloured = stylish(results, context({ colors: MARKER_COLORS }));
    expect(coloured).toBe(
      [
        '',
        '<underline>a.yaml</underline>',
        '  <dim>3:5</dim>  <red>error  </red>  Goal "leads" names no metric.  <dim>goals/metric</dim>',
        '  <dim>4:5</dim>  <yellow>warning</yellow>  Goal "leads" names no metric.  <dim>audiences/needs</dim>',
        '',
        '<bold><red>✖ 2 problems (1 error, 1 warning)</red></bold>',
        '',
      ].join('\n'),
    );
    const warningsOnly = stylish([file('a.yaml', finding({ severity: 'warn' }))], context({ colors: MARKER_COLORS }));
    expect(warningsOnly).toContain('<bold><yellow>✖ 1 problem (0 errors, 1 warning)</yellow></bold>');
  });
});
