/**
 * `smplan diff` end to end: the built CLI on temporary git repositories and files.
 *
 * Skipped until `diff` is registered in src/cli/main.ts (the command module is
 * tested directly in test/diff/command.test.ts meanwhile); once it is, these
 * run by themselves.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { changedKiosk, kioskText, twoCommits } from '../helpers/git.js';


/** No git configuration of the developer's, and no repository above the temporary folders. */
const ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CEILING_DIRECTORIES: tmpdir(), GIT_DIR: undefined, GIT_WORK_TREE: undefined };

const diff = (args: string[], cwd: string, env: Record<string, string | undefined> = {}) => runCli(['diff', ...args], { cwd, env: { ...ENV, ...env } });

const oneLine = (text: string) => text.split('\n').filter((line) => line !== '');

describe('smplan diff (built CLI)', () => {
  it('shows what changed since a revision, and exits 0', async () => {
    const repository = await twoCommits();
    const result = await diff(['--since', 'HEAD~1', 'smplan.yaml'], repository.folder);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('HEAD~1:smplan.yaml → smplan.yaml');
    expect(result.stdout).toContain('~ goal pre-orders retargeted: target 30 → 40');
    expect(result.stdout).toContain('+ goal leads added: 40 leads by 2027-06-30');
    expect(result.stdout).toContain('~ owner: "Lea Brandt" → "Tom Richter"');
    expect(result.stdout).toContain('newly failing: goals/metric — Goal "leads" has no kpi.metric');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('compares two files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'smplan-diff-e2e-'));
    const text = await kioskText();
    await writeFile(join(folder, 'old.yaml'), text);
    await writeFile(join(folder, 'new.yaml'), changedKiosk(text));
    const result = await diff(['old.yaml', 'new.yaml'], folder);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('old.yaml → new.yaml');
    expect(result.stdout).toContain('~ goal pre-orders retargeted: target 30 → 40');

    const json = await diff(['old.yaml', 'new.yaml', '--format', 'json'], folder);
    expect(JSON.parse(json.stdout).changes).toContainEqual({ kind: 'goal-retargeted', id: 'pre-orders', field: 'kpi.target', from: 30, to: 40 });
    const markdown = await diff(['old.yaml', 'new.yaml', '-f', 'markdown', '--lang', 'de'], folder);
    expect(markdown.stdout).toContain('## Änderungen an der Strategie');
    expect((await diff(['old.yaml', 'new.yaml', '--exit-code'], folder)).code).toBe(1);
    expect((await diff(['old.yaml', 'old.yaml', '--exit-code'], folder)).code).toBe(0);
  });

  it('exits 2 with one line when the file did not exist at the revision', async () => {
    const repository = await twoCommits();
    await repository.put('new.smplan.yaml', await kioskText());
    repository.commit('second strategy');
    const result = await diff(['--since', 'HEAD~1', 'new.smplan.yaml'], repository.folder);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(oneLine(result.stderr)).toEqual(['smplan: error: new.smplan.yaml did not exist at HEAD~1; name another revision']);
  });

  it('exits 2 with one line outside a git repository, or without git', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'smplan-diff-nogit-'));
    await writeFile(join(folder, 'smplan.yaml'), await kioskText());
    const result = await diff(['--since', 'HEAD~1'], folder);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toEqual([
      'smplan: error: smplan.yaml is not in a git repository; --since needs one, or name two files: smplan diff old.yaml new.yaml',
    ]);
    const repository = await twoCommits();
    const noGit = await diff(['--since', 'HEAD~1'], repository.folder, { PATH: join(folder, 'no-bin') });
    expect(noGit.code).toBe(2);
    expect(oneLine(noGit.stderr)).toHaveLength(1);
    expect(noGit.stderr).toMatch(/^smplan: error: --since reads the old version with git, but git was not found/);
  });

  it('exits 2 for usage problems', async () => {
    const repository = await twoCommits();
    for (const args of [['only-one.yaml'], ['--format', 'xml', 'a', 'b'], ['--since', 'no-such-rev'], ['--since', 'HEAD~1', 'a', 'b']]) {
      const result = await diff(args, repository.folder);
      expect(result.code, args.join(' ')).toBe(2);
      expect(oneLine(result.stderr), args.join(' ')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
