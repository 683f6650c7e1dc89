/**
 * `smplan diff` as a function: the command module called directly, stdout
 * captured, on temporary git repositories. (test/e2e/diff.test.ts runs the
 * same through the built CLI.)
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diff, type DiffOptions } from '../../src/cli/commands/diff.js';
import { UsageError } from '../../src/base/errors.js';
import { changedKiosk, createRepository, kioskText, twoCommits } from '../helpers/git.js';

/** What the command writes to stdout (src/cli/output.ts writes to the descriptor, past any stream spy). */
const stdout = vi.hoisted(() => [] as string[]);
vi.mock('../../src/cli/output.js', async (importOriginal) => ({ ...(await importOriginal<object>()), writeOut: (text: string) => void stdout.push(text) }));
const takeStdout = () => stdout.splice(0).join('');

beforeEach(() => {
  vi.stubEnv('SMPLAN_TODAY', '2027-01-01');
  vi.stubEnv('LANG', 'C');
  vi.stubEnv('LC_ALL', '');
  vi.stubEnv('LC_MESSAGES', '');
  vi.stubEnv('NO_COLOR', '');
  vi.stubEnv('FORCE_COLOR', undefined);
  vi.stubEnv('GIT_DIR', undefined);
  vi.stubEnv('GIT_WORK_TREE', undefined);
  vi.stubEnv('GIT_INDEX_FILE', undefined);
  vi.stubEnv('GIT_CEILING_DIRECTORIES', tmpdir());
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function run(paths: string[], options: Partial<DiffOptions> & { cwd: string }): Promise<{ code: number; stdout: string }> {
  takeStdout();
  const code = await diff(paths, { format: 'text', color: false, ...options });
  return { code, stdout: takeStdout() };
}

const EXPECTED_LINES = [
  '~ goal pre-orders retargeted: target 30 → 40',
  '+ goal leads added: 40 leads by 2027-06-30',
  '~ owner: "Lea Brandt" → "Tom Richter"',
  // The rule's wording goes on after this; it is the lead's to change.
  'newly failing: goals/metric — Goal "leads" has no kpi.metric',
];

describe('smplan diff --since', () => {
  it('compares a file with its version at a revision', async () => {
    const repository = await twoCommits();
    const result = await run(['smplan.yaml'], { since: 'HEAD~1', cwd: repository.folder });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('HEAD~1:smplan.yaml → smplan.yaml');
    for (const line of EXPECTED_LINES) expect(result.stdout).toContain(line);
    expect(result.stdout).not.toContain('now passing');
  });

  it('takes smplan.yaml by default, and finds a file in a subfolder from anywhere', async () => {
    const repository = await twoCommits();
    expect((await run([], { since: 'HEAD~1', cwd: repository.folder })).stdout).toContain(EXPECTED_LINES[0]);

    const nested = await twoCommits('clients/kunz.smplan.yaml');
    const fromRoot = await run(['clients/kunz.smplan.yaml'], { since: 'HEAD~1', cwd: nested.folder });
    expect(fromRoot.stdout).toContain(EXPECTED_LINES[1]);
    const fromFolder = await run(['kunz.smplan.yaml'], { since: 'HEAD~1', cwd: join(nested.folder, 'clients') });
    expect(fromFolder.stdout).toContain(EXPECTED_LINES[1]);
    const absolute = await run([join(nested.folder, 'clients/kunz.smplan.yaml')], { since: 'HEAD~1', cwd: tmpdir() });
    expect(absolute.stdout).toContain(EXPECTED_LINES[1]);
  });

  it('compares with uncommitted changes in the working tree', async () => {
    const repository = await createRepository();
    const text = await kioskText();
    await repository.put('smplan.yaml', text);
    repository.commit('strategy');
    expect((await run([], { since: 'HEAD', cwd: repository.folder })).stdout).toBe('no changes between HEAD:smplan.yaml and smplan.yaml\n');
    await repository.put('smplan.yaml', changedKiosk(text));
    expect((await run([], { since: 'HEAD', cwd: repository.folder })).stdout).toContain(EXPECTED_LINES[2]);
  });

  it('exits 1 with --exit-code when anything changed, 0 when nothing did', async () => {
    const repository = await twoCommits();
    expect((await run([], { since: 'HEAD~1', exitCode: true, cwd: repository.folder })).code).toBe(1);
    expect((await run([], { since: 'HEAD', exitCode: true, cwd: repository.folder })).code).toBe(0);
  });

  it('says in one line that the file did not exist at the revision', async () => {
    const repository = await twoCommits();
    await repository.put('new.smplan.yaml', await kioskText());
    repository.commit('second strategy');
    await expect(run(['new.smplan.yaml'], { since: 'HEAD~1', cwd: repository.folder })).rejects.toThrow(
      new UsageError('new.smplan.yaml did not exist at HEAD~1; name another revision', 'en'),
    );
  });

  it('says in one line that a revision is unknown, or not a revision at all', async () => {
    const repository = await twoCommits();
    await expect(run([], { since: 'HEAD~5', cwd: repository.folder })).rejects.toThrow(/^"HEAD~5" is not a commit of this repository; name a commit/);
    await expect(run([], { since: '--output=/tmp/x', cwd: repository.folder })).rejects.toThrow(/is not a commit of this repository/);
    await expect(run([], { since: '', cwd: repository.folder })).rejects.toThrow(UsageError);
  });

  it('says in one line that the folder is not in a git repository', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'smplan-nogit-'));
    await writeFile(join(folder, 'smplan.yaml'), await kioskText());
    await expect(run([], { since: 'HEAD~1', cwd: folder })).rejects.toThrow(
      new UsageError('smplan.yaml is not in a git repository; --since needs one, or name two files: smplan diff old.yaml new.yaml', 'en'),
    );
  });

  it('says in one line that git is missing', async () => {
    const repository = await twoCommits();
    vi.stubEnv('PATH', join(repository.folder, 'no-bin'));
    await expect(run([], { since: 'HEAD~1', cwd: repository.folder })).rejects.toThrow(/^--since reads the old version with git, but git was not found/);
  });

  it('speaks the language of the file or of --lang in its errors', async () => {
    const repository = await twoCommits();
    await expect(run([], { since: 'HEAD~5', lang: 'de', cwd: repository.folder })).rejects.toThrow(/^„HEAD~5“ ist kein Commit dieses Repositorys/);
  });

  it('reports a missing current file as a file error', async () => {
    const repository = await twoCommits();
    await expect(run(['gone.yaml'], { since: 'HEAD~1', cwd: repository.folder })).rejects.toThrow(/^gone\.yaml: no such file/);
  });
});

describe('smplan diff <old> <new>', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'smplan-diff-files-'));
    const text = await kioskText();
    await writeFile(join(folder, 'old.yaml'), text);
    await writeFile(join(folder, 'new.yaml'), changedKiosk(text));
  });

  it('compares two files', async () => {
    const result = await run(['old.yaml', 'new.yaml'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('old.yaml → new.yaml');
    for (const line of EXPECTED_LINES) expect(result.stdout).toContain(line);
    const reverse = await run(['new.yaml', 'old.yaml'], { cwd: folder });
    expect(reverse.stdout).toContain('- goal leads removed');
    expect(reverse.stdout).toContain('now passing: goals/metric — Goal "leads" has no kpi.metric');
  });

  it('writes JSON and Markdown', async () => {
    const parsed = JSON.parse((await run(['old.yaml', 'new.yaml'], { format: 'json', cwd: folder })).stdout);
    expect(parsed.old).toBe('old.yaml');
    expect(parsed.changes).toContainEqual({ kind: 'goal-retargeted', id: 'pre-orders', field: 'kpi.target', from: 30, to: 40 });
    expect(parsed.changes).toContainEqual({ kind: 'owner-changed', field: 'team.owner.name', from: 'Lea Brandt', to: 'Tom Richter' });
    expect(parsed.lint.newlyFailing).toEqual([
      { ruleId: 'goals/metric', messageId: 'missing', severity: 'error', message: expect.stringMatching(/^Goal "leads" has no kpi\.metric/) },
    ]);
    expect(parsed.lint.nowPassing).toEqual([]);
    const markdown = (await run(['old.yaml', 'new.yaml'], { format: 'markdown', cwd: folder })).stdout;
    expect(markdown).toContain('## Strategy changes');
    expect(markdown).toContain('| ❌ newly failing | goals/metric | error | Goal "leads" has no kpi.metric');
  });

  it('speaks the language of --lang, else of the new file', async () => {
    expect((await run(['old.yaml', 'new.yaml'], { lang: 'de', cwd: folder })).stdout).toContain('~ Verantwortlich: „Lea Brandt“ → „Tom Richter“');
    const german = (await kioskText()).replace('language: en', 'language: de');
    await writeFile(join(folder, 'de.yaml'), german);
    expect((await run(['old.yaml', 'de.yaml'], { cwd: folder })).stdout).toContain('außerdem geändert: language');
  });

  it('applies the severities of .smplanrc.yaml to both sides', async () => {
    await writeFile(join(folder, '.smplanrc.yaml'), 'rules:\n  goals/metric: off\n');
    await mkdir(join(folder, '.git'));
    expect((await run(['old.yaml', 'new.yaml'], { cwd: folder })).stdout).not.toContain('goals/metric');
  });

  it('diffs files that break the schema and reports their schema problems as findings', async () => {
    const broken = changedKiosk(await kioskText()).replace('      target: 40\n      deadline: 2027-09-30', '      target: forty\n      deadline: 2027-09-30');
    await writeFile(join(folder, 'broken.yaml'), broken);
    const result = await run(['old.yaml', 'broken.yaml'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('~ goal pre-orders retargeted: target 30 → forty');
    expect(result.stdout).toContain('+ goal leads added');
    expect(result.stdout).toMatch(/newly failing: schema — "goals\.0\.kpi\.target" must be a number, not a string/);
    expect(result.stdout).not.toContain('goals/metric');
    expect(result.stdout).toContain('note: broken.yaml has schema problems, so the lint rules did not run on it');

    // Not YAML at all: nothing to compare, only the syntax errors.
    await writeFile(join(folder, 'syntax.yaml'), 'smplan: 1\ngoals: [\n');
    const syntax = JSON.parse((await run(['syntax.yaml', 'new.yaml'], { cwd: folder, format: 'json' })).stdout);
    expect(syntax.changes).toEqual([]);
    expect(syntax.readable).toEqual({ old: false, new: true });
    expect(syntax.lint.nowPassing[0]).toMatchObject({ ruleId: 'schema', messageId: 'syntax' });
    const syntaxText = await run(['new.yaml', 'syntax.yaml'], { cwd: folder, exitCode: true });
    expect(syntaxText.code).toBe(1);
    expect(syntaxText.stdout).toContain('note: syntax.yaml is not valid YAML, so its content is not compared');
    expect(syntaxText.stdout).not.toMatch(/^[-+~] /m);
  });

  it('refuses the wrong number of files and an unknown format', async () => {
    await expect(run(['old.yaml'], { cwd: folder })).rejects.toThrow(/^name two files to compare/);
    await expect(run(['a', 'b', 'c'], { cwd: folder })).rejects.toThrow(/^name two files to compare/);
    await expect(run(['old.yaml', 'new.yaml'], { since: 'HEAD', cwd: folder })).rejects.toThrow(/^--since compares one file/);
    await expect(run(['old.yaml', 'new.yaml'], { format: 'xml' as 'text', cwd: folder })).rejects.toThrow(/^--format must be text, markdown or json, not "xml"/);
    await expect(run(['old.yaml', 'missing.yaml'], { cwd: folder })).rejects.toThrow(/^missing\.yaml: no such file/);
  });
});
