// `smplan init` without a terminal: answers from a file, --yes, and refusing to hang.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StrategyDocument } from '../../src/strategy/document.js';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';

let folder: string;
const file = (name = 'smplan.yaml') => join(folder, name);
const init = (args: string[], env: Record<string, string> = {}) => runCli(['init', ...args], { cwd: folder, env });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-init-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('init --yes', () => {
  it('writes the kiosk template as it is, dated today, and check finds nothing', async () => {
    const result = await init(['--yes', '--template', 'kiosk', '--lang', 'de'], { SMPLAN_TODAY: '2027-03-01' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('smplan.yaml geschrieben (Revision 1, Entwurf).');
    expect(result.stdout).toContain('smplan check smplan.yaml: keine Befunde.');
    expect(result.stdout).toContain('git add smplan.yaml');
    expect(result.stdout).toContain('smplan track vorbestellungen <wert>');
    const text = await readFile(file(), 'utf8');
    expect(text).toContain('\nupdated: 2027-03-01\nstarted: 2027-03-01\nnext_review: 2027-05-30\n');
    const check = await runCli(['check', 'smplan.yaml'], { cwd: folder, env: { SMPLAN_TODAY: '2027-03-01' } });
    expect(check).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('without a template writes a schema-valid draft named after the folder, with the five questions to fill in', async () => {
    const result = await init(['clients/baeckerei-kunz.smplan.yaml', '--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/error +No goal at all|goals\/present/);
    const document = await StrategyDocument.load(file('clients/baeckerei-kunz.smplan.yaml'));
    expect(document.problems).toEqual([]);
    expect(document.data).toMatchObject({ smplan: 1, company: { name: 'Baeckerei Kunz', currency: 'EUR' }, language: 'en', revision: 1, status: 'draft' });
    expect(document.text).toContain('\n# 5. How do we deal with public criticism and resistance?\ncriticism:\n');
  });

  it('never overwrites an existing file without --force', async () => {
    await writeFile(file(), 'smplan: 1\ncompany: {name: Mine}\n');
    const refused = await init(['--yes']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('smplan: error: smplan.yaml already exists; use --force to overwrite it\n');
    expect(await readFile(file(), 'utf8')).toBe('smplan: 1\ncompany: {name: Mine}\n');
    const forced = await init(['--yes', '--force', '--template', 'b2b']);
    expect(forced.code).toBe(0);
    expect(await readFile(file(), 'utf8')).toContain('Hartmann Präzisionsteile GmbH');
  });

  it('refuses an unknown template, listing the shipped ones', async () => {
    const result = await init(['--yes', '--template', 'bakery']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('smplan: error: there is no template "bakery"; choose one of: b2b, enterprise, kiosk, nonprofit (smplan init --list-templates)\n');
    expect(existsSync(file())).toBe(false);
  });
});

describe('init --answers', () => {
  it('merges the answers over the template and writes a valid strategy', async () => {
    await writeFile(file('answers.yaml'), 'company:\n  name: Kiosk Sonne\nteam:\n  owner: {name: Mia Wolf, role: Laden}\n');
    const result = await init(['--answers', 'answers.yaml', '--template', 'kiosk', '--lang', 'de']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const document = await StrategyDocument.load(file());
    expect(document.problems).toEqual([]);
    expect(document.data).toMatchObject({ company: { name: 'Kiosk Sonne', size: 'micro' }, team: { owner: { name: 'Mia Wolf' }, executive_sponsor: { name: 'Petra Brandt' } } });
    const check = await runCli(['check', 'smplan.yaml'], { cwd: folder });
    expect(check.code).toBe(0);
  });

  it('takes JSON, and the language of the answers', async () => {
    await writeFile(file('answers.json'), JSON.stringify({ company: { name: 'Acme' }, language: 'de', goals: [{ id: 'anfragen', kpi: { metric: 'Anfragen', target: 10, deadline: '2027-12-31' } }] }));
    const result = await init(['--answers', 'answers.json']);
    expect(result.code).toBe(0);
    const text = await readFile(file(), 'utf8');
    expect(text).toContain('\nlanguage: de\n');
    expect(text).toContain('# 1. Was sind unsere Ziele – und woran messen wir sie?\ngoals:\n  - id: anfragen\n    kpi:\n      metric: Anfragen\n');
  });

  it('reports invalid answers at file:line:col, exits 2 and writes nothing', async () => {
    await writeFile(file('answers.yaml'), ['goals:', '  - id: Mehr Kunden', '    kpi:', '      deadline: 2027-02-30', ''].join('\n'));
    const result = await init(['--answers', 'answers.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'answers.yaml:2:9: "goals.0.id" is "Mehr Kunden"; ids use lower-case letters, digits and hyphens (e.g. more-leads).',
      'answers.yaml:4:17: "goals.0.kpi.deadline" is "2027-02-30", not a calendar date; write YYYY-MM-DD.',
      'smplan: error: the answers in answers.yaml are not valid (see above); nothing was written',
      '',
    ]);
    expect(existsSync(file())).toBe(false);
  });

  it('reports a YAML syntax error with its position', async () => {
    await writeFile(file('answers.yaml'), 'company:\n  name: "unclosed\n');
    const result = await init(['--answers', 'answers.yaml', '--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^answers\.yaml:\d+:\d+: YAML-Syntaxfehler: /);
    expect(existsSync(file())).toBe(false);
  });

  it('says so when the answers file is missing', async () => {
    const result = await init(['--answers', 'nope.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^smplan: error: nope\.yaml: no such file/);
  });
});

describe('init without a terminal', () => {
  it('exits 2 at once with stdin from /dev/null, naming --answers and --yes', async () => {
    const result = await init([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'smplan: error: init needs a terminal to ask its questions; give the answers in a file with --answers <file>, or accept the suggestions with --yes (and --template <name>)\n',
    );
    expect(existsSync(file())).toBe(false);
  });

  it('says it in German too', async () => {
    const result = await init([], { LANG: 'de_DE.UTF-8' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('init braucht ein Terminal');
  });

  it('does not hang on an open pipe that sends nothing', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, 'init'], { cwd: folder, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(2);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--answers <file>');
    child.stdin.destroy();
  });
});

describe('init --list-templates', () => {
  it('shows each shipped template on one line', async () => {
    const result = await init(['--list-templates', '--lang', 'en']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['b2b', 'enterprise', 'kiosk', 'nonprofit']);
    expect(lines[2]).toContain('Kiosk or small neighbourhood shop');
  });

  it('needs no terminal and writes nothing', async () => {
    await mkdir(join(folder, 'sub'));
    const result = await runCli(['init', '--list-templates'], { cwd: join(folder, 'sub'), env: { LANG: 'de_DE.UTF-8', CI: 'true' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gemeinnütziger Verein');
    expect(existsSync(join(folder, 'sub', 'smplan.yaml'))).toBe(false);
  });
});
