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
      context(),
    );
    expect(report.endsWith('\n')).toBe(true);
    expect(JSON.parse(report)).toEqual([
      {
        filePath: 'smplan.yaml',
        messages: [
          { ruleId: 'goals/metric', messageId: 'missing', severity: 2, message: 'Goal "leads" names no metric.', line: 3, column: 5, endLine: 3, endColumn: 12 },
          { ruleId: null, messageId: 'unused', severity: 1, message: 'Unused.', line: 7, column: 1, endLine: 7, endColumn: 1 },
        ],
        errorCount: 1,
        warningCount: 1,
      },
      { filePath: 'clean.smplan.yaml', messages: [], errorCount: 0, warningCount: 0 },
    ]);
  });

  it('writes an empty array for no files, and one line of JSON whatever the messages hold', () => {
    expect(json([], context())).toBe('[]\n');
    const report = json([file('a\nb.yaml', finding({ message: 'line\nbreak "quoted"' }))], context());
    expect(report.split('\n')).toHaveLength(2);
    expect(JSON.parse(report)[0].messages[0].message).toBe('line\nbreak "quoted"');
  });
});
