/**
 * Robustness: `check` survives every input of the official YAML test suite,
 * file by file: a result or one clear line each, never a crash or a hang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/lint/engine.js';
import { StrategyDocument } from '../../src/strategy/document.js';
import { runCli } from '../helpers/cli.js';

const suite = fileURLToPath(new URL('../fixtures/yaml-test-suite/', import.meta.url));
const files = readdirSync(suite).filter((name) => name.endsWith('.yaml')).sort();

describe('the YAML test suite', () => {
  it('has its inputs', () => expect(files.length).toBeGreaterThan(400));

  it('lints every input in-process without throwing', () => {
    for (const name of files) {
      const document = StrategyDocument.parse(name, readFileSync(`${suite}${name}`, 'utf8'));
      const findings = lintDocument(document, { language: 'en', today: '2027-01-01' });
      expect(findings.length, name).toBeGreaterThan(0);
      for (const finding of findings) {
        expect(finding.line, name).toBeGreaterThanOrEqual(1);
        expect(finding.column, name).toBeGreaterThanOrEqual(1);
        expect(finding.message, name).not.toMatch(/failed on this file/);
      }
    }
  });

  it('gives the CLI a result or one line for every input', async () => {
    const result = await runCli(['check', '--format', 'json', ...files], { cwd: suite, timeoutMs: 60_000 });
    expect(result.signal).toBeNull();
    expect([1, 2]).toContain(result.code);
    const reported = JSON.parse(result.stdout) as { filePath: string }[];
    const refused = result.stderr.split('\n').filter(Boolean);
    for (const line of refused) expect(line).toMatch(/^smplan: error: \S+\.yaml: /);
    expect(reported.length + refused.length).toBe(files.length);
  }, 90_000);
});
