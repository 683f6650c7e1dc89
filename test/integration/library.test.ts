/**
 * smplan as a library, the way a user gets it: the packed tarball installed
 * into a new project (offline, from the npm cache `npm ci` filled), imported
 * from ESM and CommonJS, and type-checked from TypeScript.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const STRATEGY = readFileSync(join(root, 'templates/kiosk.en.yaml'), 'utf8').replace(/^( {6})baseline: 0\n/m, '');
let project: string;

beforeAll(() => {
  const packs = mkdtempSync(join(tmpdir(), 'smplan-pack-'));
  execFileSync(npm, ['pack', '--pack-destination', packs, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const [tarball] = readdirSync(packs).filter((name) => name.endsWith('.tgz'));
  project = mkdtempSync(join(tmpdir(), 'smplan-consumer-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  writeFileSync(join(project, 'smplan.yaml'), STRATEGY);
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(packs, tarball!)], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
}, 180_000);

const node = (file: string) => JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8', env: { ...process.env, SMPLAN_TODAY: '2027-01-01' } }));

describe('the installed package', () => {
  it('is imported from ESM with the same findings as the CLI', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { lintText, readStrategyText, reportModel, reportJson, rules, strategyJsonSchema } from 'smplan';
const text = readFileSync('smplan.yaml', 'utf8');
const findings = lintText(text, { filePath: 'smplan.yaml' });
const { strategy } = readStrategyText(text);
console.log(JSON.stringify({ findings: findings.map((f) => [f.ruleId, f.line]), goals: reportJson(reportModel(strategy)).goals.length, rules: rules.length, schema: strategyJsonSchema().title }));
`,
    );
    const result = node('esm.mjs');
    const cli = spawnSync(process.execPath, [join(root, 'bin/smplan.cjs'), 'check', '--format', 'json', 'smplan.yaml'], { cwd: project, encoding: 'utf8', env: { ...process.env, SMPLAN_TODAY: '2027-01-01' } });
    const cliFindings = (JSON.parse(cli.stdout) as { messages: { ruleId: string; line: number }[] }[])[0]!.messages.map((m) => [m.ruleId, m.line]);
    expect(result.findings).toEqual(cliFindings);
    expect(result.findings).toContainEqual(['goals/baseline', expect.any(Number)]);
    expect(result).toMatchObject({ goals: 3, schema: 'smplan strategy file, format v1' });
    expect(result.rules).toBeGreaterThan(36);
  });

  it('is required from CommonJS', () => {
    writeFileSync(join(project, 'cjs.cjs'), `const { lintFile } = require('smplan');\nconsole.log(JSON.stringify(lintFile('smplan.yaml', { language: 'de' }).map((f) => f.message)));\n`);
    const messages = node('cjs.cjs') as string[];
    expect(messages.some((message) => /Ausgangswert|baseline/.test(message))).toBe(true);
  });

  it('type-checks from TypeScript', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { lintText, type Finding, type Strategy } from 'smplan';\nconst findings: Finding[] = lintText('smplan: 1');\nconst line: number = findings[0]!.line;\nconst strategy: Strategy | undefined = undefined;\nexport { line, strategy };\n`,
    );
    const tsc = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--types', 'node', '--typeRoots', join(root, 'node_modules/@types'), 'consumer.ts'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.status, tsc.stdout).toBe(0);
  });
});
