import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import gitlab from '../../../src/lint/formatters/gitlab.js';
import { context, file, finding } from './fixtures.js';

/** GitLab's Code Quality report format; its source is named in the file's $comment. */
const schema = JSON.parse(readFileSync(new URL('../../fixtures/gitlab/code-quality-report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const results = () => [
  file(
    'clients/kunz.smplan.yaml',
    finding(),
    finding({ ruleId: null, messageId: 'unused', severity: 'warn', message: 'Unused.', line: 7, column: 1, endLine: 8, endColumn: 1 }),
  ),
  file('clean.smplan.yaml'),
];

describe('gitlab formatter', () => {
  it("writes GitLab's Code Quality issues, which validate against its report format", () => {
    const report = JSON.parse(gitlab(results(), context()));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toEqual([
      {
        description: 'Goal "leads" names no metric.',
        check_name: 'goals/metric',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: 'major',
        location: { path: 'clients/kunz.smplan.yaml', lines: { begin: 3, end: 3 } },
      },
      expect.objectContaining({ check_name: 'disable-comment', severity: 'minor', location: { path: 'clients/kunz.smplan.yaml', lines: { begin: 7, end: 8 } } }),
    ]);
  });

  it('gives a finding the same fingerprint in every run and after it moved, and equal findings different ones', () => {
    const first = JSON.parse(gitlab(results(), context()));
    const moved = results();
    moved[0]!.findings[0] = { ...moved[0]!.findings[0]!, line: 30, endLine: 30 };
    expect(JSON.parse(gitlab(moved, context())).map((issue: { fingerprint: string }) => issue.fingerprint)).toEqual(
      first.map((issue: { fingerprint: string }) => issue.fingerprint),
    );
    const twice = JSON.parse(gitlab([file('a.smplan.yaml', finding(), finding({ line: 9, endLine: 9 }))], context()));
    expect(new Set(twice.map((issue: { fingerprint: string }) => issue.fingerprint)).size).toBe(2);
  });

  it('writes an empty array when nothing is wrong', () => {
    expect(JSON.parse(gitlab([file('a.smplan.yaml')], context()))).toEqual([]);
  });
});
