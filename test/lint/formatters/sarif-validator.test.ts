/**
 * Checks a real report against Microsoft's SARIF validator (which also runs the
 * rules of GitHub's SARIF ingestion) and against the SARIF 2.1.0 JSON schema.
 * Both tools are optional: each test is skipped, saying why, when its tool is
 * not installed (`@microsoft/sarif-multitool` ships the validator and the
 * schema; `ajv` validates against that schema).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NO_COLORS } from '../../../src/base/colors.js';
import sarif from '../../../src/lint/formatters/sarif.js';
import { RULES } from '../../../src/lint/rules/index.js';
import { file, finding } from './fixtures.js';

const require = createRequire(import.meta.url);

/** The validator's binary, or why there is none. */
function findMultitool(): { path: string } | { missing: string } {
  let path: string;
  try {
    // The package's main module names the binary of this platform's package.
    path = require('@microsoft/sarif-multitool') as string;
  } catch {
    return { missing: '@microsoft/sarif-multitool (and its package for this platform) is not installed' };
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return { missing: `${path} is missing or not executable` };
  }
  return { path };
}

const multitool = findMultitool();
const schemaPath = 'path' in multitool ? join(dirname(multitool.path), 'sarif-2.1.0.json') : undefined;

/** Every shape a finding takes: errors, warnings, a disable comment, several lines, zero width, odd paths. */
function report(): string {
  const results = [
    file(
      'plans/my plans/team #1.smplan.yaml',
      finding(),
      finding({ ruleId: 'audiences/needs', severity: 'warn', message: 'Target group "B2B" names no needs.', line: 8, column: 3, endLine: 10, endColumn: 2 }),
      finding({ ruleId: null, messageId: 'unused', severity: 'warn', message: 'smplan-disable-next-line for "goals/metric" suppresses nothing on the next line; remove it.', line: 11, column: 7, endLine: 11, endColumn: 7 }),
    ),
    file('smplan.yaml', finding({ ruleId: 'schema', messageId: 'syntax', message: 'YAML syntax error: bad indentation.', line: 1, column: 1, endLine: 1, endColumn: 1 })),
    file('clean.smplan.yaml'),
  ];
  return sarif(results, { colors: NO_COLORS, language: 'en', rules: RULES, version: '0.1.0' });
}

const exec = promisify(execFile);

describe('sarif report against external validators', () => {
  it("passes Microsoft's SARIF validator with the GitHub rules", { timeout: 120_000 }, async ({ skip }) => {
    if ('missing' in multitool) return skip(`SARIF validator not available: ${multitool.missing}`);
    const folder = await mkdtemp(join(tmpdir(), 'smplan-sarif-'));
    try {
      const input = join(folder, 'report.sarif');
      const output = join(folder, 'validation.sarif');
      await writeFile(input, report());
      await exec(multitool.path, ['validate', '--level', 'Error;Warning;Note', '--rule-kind', 'Gh;Sarif', '--output', output, input], {
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      });
      // Its exit code is 0 even for errors, so read what it found.
      expect(existsSync(output)).toBe(true);
      const validation = JSON.parse(await readFile(output, 'utf8'));
      const findings = validation.runs.flatMap(
        (run: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }) => run.results ?? [],
      );
      // It silently reports nothing for a log it cannot read; notes show that it did analyse this one.
      expect(findings.some((result: { level?: string }) => result.level === 'note')).toBe(true);
      const problems = findings
        .filter((result: { level?: string }) => (result.level ?? 'warning') !== 'note')
        .map((result: { ruleId: string; message: { text?: string; arguments?: string[] } }) => `${result.ruleId}: ${result.message.text ?? result.message.arguments?.join(' | ')}`);
      expect(problems).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('matches the SARIF 2.1.0 JSON schema', async ({ skip }) => {
    if (!schemaPath || !existsSync(schemaPath)) return skip('SARIF 2.1.0 schema not available: it ships with @microsoft/sarif-multitool');
    let Ajv2020: new (options: object) => { compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown } };
    try {
      Ajv2020 = require('ajv/dist/2020') as typeof Ajv2020;
    } catch {
      return skip('JSON schema validator not available: ajv is not installed');
    }
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(JSON.parse(await readFile(schemaPath, 'utf8')));
    const valid = validate(JSON.parse(report()));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
