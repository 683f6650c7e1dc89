import { describe, expect, it } from 'vitest';
import json from '../../../src/lint/formatters/json.js';
import { context, file, finding } from './fixtures.js';

describe('json formatter', () => {
  it("writes ESLint's result shape", () => {
    const report = json(
      [
        file(
          'smplan.yaml',
          finding(),
          finding({ ruleId: null, messageId: 'unused', severity: 'warn', message: 'Unused.', line: 7, column: 1, endLine: 7, endColumn: 1 }),
        ),
        file('clean.smplan.yaml'),
      ],
      context({ cwd: '/work/strategies' }),
    );
    expect(report.endsWith('\n')).toBe(true);
    expect(JSON.parse(report)).toEqual([
      {
        filePath: '/work/strategies/smplan.yaml',
        messages: [
          { ruleId: 'goals/metric', messageId: 'missing', severity: 2, message: 'Goal "leads" names no metric.', line: 3, column: 5, endLine: 3, endColumn: 12 },
          { ruleId: null, messageId: 'unused', severity: 1, message: 'Unused.', line: 7, column: 1, endLine: 7, endColumn: 1 },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: '/work/strategies/clean.smplan.yaml',
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('marks a file that could not be read as a strategy as fatal, as ESLint marks a parse error', () => {
    const [result] = JSON.parse(json([file('a.smplan.yaml', finding({ ruleId: 'schema', messageId: 'syntax', message: 'YAML syntax error.' }))], context()));
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages[0].fatal).toBe(true);
    expect(JSON.parse(json([file('b.smplan.yaml', finding({ ruleId: 'schema', messageId: 'required' }))], context()))[0].fatalErrorCount).toBe(0);
  });

  it('writes an empty array for no files, and one line of JSON whatever the messages hold', () => {
    expect(json([], context())).toBe('[]\n');
    const report = json([file('a\nb.yaml', finding({ message: 'line\nbreak "quoted"' }))], context());
    expect(report.split('\n')).toHaveLength(2);
    expect(JSON.parse(report)[0].messages[0].message).toBe('line\nbreak "quoted"');
  });
});
