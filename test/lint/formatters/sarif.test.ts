import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import sarif, { artifactLocation, ruleName } from '../../../src/lint/formatters/sarif.js';
import { context, FAKE_RULES, file, finding } from './fixtures.js';

interface Descriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
}

function parse(text: string) {
  const log = JSON.parse(text);
  const run = log.runs[0];
  return { log, run, rules: run.tool.driver.rules as Descriptor[], results: run.results as SarifResult[] };
}

describe('sarif formatter', () => {
  const results = [
    file(
      'plans/my plans/team #1.smplan.yaml',
      finding(),
      finding({ ruleId: 'audiences/needs', severity: 'warn', message: 'No needs.', line: 8, column: 3, endLine: 10, endColumn: 2 }),
      finding({ ruleId: null, messageId: 'unused', severity: 'warn', message: 'Unused.', line: 11, column: 7, endLine: 11, endColumn: 7 }),
      finding({ ruleId: 'schema', message: 'Broken.', line: 0, column: 0, endLine: 0, endColumn: 0 }),
    ),
    file('clean.smplan.yaml'),
  ];

  it('writes a SARIF 2.1.0 log with the tool and its rules', () => {
    const { log, run, rules } = parse(sarif(results, context()));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'smplan', version: '1.2.3', informationUri: 'https://github.com/smplan/smplan' });
    expect(run.columnKind).toBe('utf16CodeUnits');

    expect(rules).toHaveLength(FAKE_RULES.length + 1);
    expect(rules.map((rule) => rule.id)).toEqual(['audiences/needs', 'goals/metric', 'schema', 'disable-comment']);
    expect(rules[1]).toEqual({
      id: 'goals/metric',
      name: 'GoalsMetric',
      shortDescription: { text: 'Every goal names its metric.' },
      fullDescription: { text: 'Every goal names its metric.' },
      help: { text: 'Every goal names its metric. Documentation: https://github.com/smplan/smplan/blob/main/docs/rules/goals/metric.md' },
      helpUri: 'https://github.com/smplan/smplan/blob/main/docs/rules/goals/metric.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[0]!.defaultConfiguration.level).toBe('warning');
    // SARIF wants no `name` that only repeats the id.
    expect(rules[2]!.name).toBeUndefined();
    expect(rules[3]).toMatchObject({ id: 'disable-comment', name: 'DisableComment', defaultConfiguration: { level: 'error' } });
  });

  it('uses English descriptions whatever the report language', () => {
    const { run, rules } = parse(sarif(results, context({ language: 'de' })));
    expect(run.language).toBe('de');
    expect(rules[1]!.shortDescription.text).toBe('Every goal names its metric.');
  });

  it('writes one result per finding with rule, level, message and location', () => {
    const { rules, results: sarifResults } = parse(sarif(results, context()));
    expect(sarifResults).toHaveLength(4);
    for (const result of sarifResults) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(sarifResults.map((result) => [result.ruleId, result.level, result.message.text])).toEqual([
      ['schema', 'error', 'Broken.'],
      ['goals/metric', 'error', 'Goal "leads" names no metric.'],
      ['audiences/needs', 'warning', 'No needs.'],
      ['disable-comment', 'warning', 'Unused.'],
    ]);
    expect(sarifResults[3]!.ruleIndex).toBe(FAKE_RULES.length);
    const [first] = sarifResults[1]!.locations;
    expect(first!.physicalLocation.artifactLocation).toEqual({ uri: 'plans/my%20plans/team%20%231.smplan.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('writes 1-based regions that never end before they start', () => {
    const regions = parse(sarif(results, context())).results.map((result) => result.locations[0]!.physicalLocation.region);
    expect(regions).toEqual([
      { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      { startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 },
      { startLine: 8, startColumn: 3, endLine: 10, endColumn: 2 },
      { startLine: 11, startColumn: 7, endLine: 11, endColumn: 7 },
    ]);
    const inverted = parse(sarif([file('a.yaml', finding({ line: 4, column: 9, endLine: 2, endColumn: 3 }))], context())).results[0]!;
    expect(inverted.locations[0]!.physicalLocation.region).toEqual({ startLine: 4, startColumn: 9, endLine: 4, endColumn: 9 });
  });

  it('keeps the id of a rule that context.rules does not list, without an index', () => {
    const [result] = parse(sarif([file('a.yaml', finding({ ruleId: 'goals/new-rule' }))], context())).results;
    expect(result!.ruleId).toBe('goals/new-rule');
    expect(result!.ruleIndex).toBeUndefined();
  });

  it('is deterministic and valid JSON for no findings', () => {
    expect(sarif(results, context())).toBe(sarif(results, context()));
    expect(sarif(results, context())).not.toMatch(/Time|"date"/i);
    const empty = parse(sarif([], context()));
    expect(empty.results).toEqual([]);
    expect(empty.rules).toHaveLength(FAKE_RULES.length + 1);
  });

  it('names rules in PascalCase', () => {
    expect(ruleName('goals/metric')).toBe('GoalsMetric');
    expect(ruleName('goals/target-equals-baseline')).toBe('GoalsTargetEqualsBaseline');
    expect(ruleName('disable-comment')).toBe('DisableComment');
  });

  it('encodes artifact URIs per segment', () => {
    expect(artifactLocation('smplan.yaml')).toEqual({ uri: 'smplan.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./a b/./c%d?#.yaml')).toEqual({ uri: 'a%20b/c%25d%3F%23.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../other/ä.yaml')).toEqual({ uri: '../other/%C3%A4.yaml', uriBaseId: '%SRCROOT%' });
  });

  it.skipIf(sep !== '/')('writes a file outside the working folder as an absolute file URI', () => {
    expect(artifactLocation('/srv/my plans/smplan.yaml')).toEqual({ uri: 'file:///srv/my%20plans/smplan.yaml' });
  });
});
