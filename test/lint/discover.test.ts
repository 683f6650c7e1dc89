import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverStrategyFiles } from '../../src/lint/discover.js';

let root: string;
let project: string;
const native = (path: string) => path.split('/').join(sep);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'smplan-discover-'));
  project = join(root, 'project');
  const files = [
    'project/smplan.yaml',
    'project/clients/b.smplan.yml',
    'project/clients/a.smplan.yaml',
    'project/clients/deep/er/c.smplan.yaml',
    'project/clients/notes.yaml',
    'project/clients/smplan.yaml.bak',
    'project/node_modules/pkg/smplan.yaml',
    'project/.git/smplan.yaml',
    'elsewhere/z.smplan.yaml',
    'elsewhere/smplan.yml',
    'project/notes/readme.md',
  ];
  for (const file of files) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), 'smplan: 1\n');
  }
});

describe('discoverStrategyFiles', () => {
  it('finds every strategy file below the folder, sorted, skipping node_modules and .git', async () => {
    expect(await discoverStrategyFiles([], project)).toEqual({
      files: ['clients/a.smplan.yaml', 'clients/b.smplan.yml', 'clients/deep/er/c.smplan.yaml', 'smplan.yaml'].map(native),
      problems: [],
    });
  });

  it('shows files of a folder outside the current one relative to it', async () => {
    expect((await discoverStrategyFiles(['../elsewhere'], project)).files).toEqual(['../elsewhere/smplan.yml', '../elsewhere/z.smplan.yaml'].map(native));
    expect((await discoverStrategyFiles([join(root, 'elsewhere')], project)).files).toEqual(['../elsewhere/smplan.yml', '../elsewhere/z.smplan.yaml'].map(native));
  });

  it('matches globs against paths relative to the current folder, and any file they name', async () => {
    expect((await discoverStrategyFiles(['**/*.smplan.yaml'], project)).files).toEqual(['clients/a.smplan.yaml', 'clients/deep/er/c.smplan.yaml'].map(native));
    expect((await discoverStrategyFiles(['clients/*.{yaml,yml}'], project)).files).toEqual(['clients/a.smplan.yaml', 'clients/b.smplan.yml', 'clients/notes.yaml'].map(native));
    expect((await discoverStrategyFiles(['./clients/?.smplan.y*ml'], project)).files).toEqual(['clients/a.smplan.yaml', 'clients/b.smplan.yml'].map(native));
  });

  it('takes a file it is given by name, whatever its name, once', async () => {
    expect((await discoverStrategyFiles(['clients/notes.yaml', './clients/notes.yaml', 'clients'], project)).files).toEqual(
      ['clients/a.smplan.yaml', 'clients/b.smplan.yml', 'clients/deep/er/c.smplan.yaml', 'clients/notes.yaml'].map(native),
    );
  });

  it('names each path or glob that gives no strategy file', async () => {
    expect((await discoverStrategyFiles(['missing.yaml', 'clients/deep/er/*.yml', 'notes'], project)).problems).toEqual([
      'missing.yaml: no such file or folder; check the path',
      'clients/deep/er/*.yml: no files match this pattern; check the quoting and the path',
      'notes: no strategy files (smplan.yaml or *.smplan.yaml) in this folder',
    ]);
    expect((await discoverStrategyFiles([], join(project, 'clients', 'deep'))).files).toEqual([native('er/c.smplan.yaml')]);
  });

  it('takes absolute globs, nested braces and character classes as picomatch does', async () => {
    expect(((await discoverStrategyFiles([`${project}/clients/*.smplan.yaml`], project))).files).toEqual([`${project}/clients/a.smplan.yaml`].map(native));
    expect(((await discoverStrategyFiles(['clients/{a,{b,deep/er/c}}.smplan.y*ml'], project))).files).toEqual(
      ['clients/a.smplan.yaml', 'clients/b.smplan.yml', 'clients/deep/er/c.smplan.yaml'].map(native),
    );
    expect(((await discoverStrategyFiles(['clients[^x]a.smplan.yaml'], project))).files).toEqual([]);
  });

  it('takes a path that exists as it is, even when it looks like a glob', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'smplan-discover-'));
    await mkdir(join(folder, '[old]'));
    await writeFile(join(folder, '[old]', 'x.smplan.yaml'), 'smplan: 1\n');
    expect(await discoverStrategyFiles(['[old]'], folder)).toEqual({ files: [native('[old]/x.smplan.yaml')], problems: [] });
  });

  it('follows symlinked files and folders, each real folder once', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'smplan-discover-'));
    await mkdir(join(folder, 'real'));
    await writeFile(join(folder, 'real', 'kunz.smplan.yaml'), 'smplan: 1\n');
    await symlink('real/kunz.smplan.yaml', join(folder, 'link.smplan.yaml'));
    await symlink('..', join(folder, 'real', 'loop'));
    await symlink('missing.yaml', join(folder, 'broken.smplan.yaml'));
    const { files, problems } = await discoverStrategyFiles([], folder);
    expect(files).toEqual(['broken.smplan.yaml', 'link.smplan.yaml', native('real/kunz.smplan.yaml')]);
    expect(problems).toEqual([]);
  });

  it('finds names with a newline, and reports a folder it cannot read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'smplan-discover-'));
    await writeFile(join(folder, 'a\nb.smplan.yaml'), 'smplan: 1\n');
    await mkdir(join(folder, 'locked'));
    await chmod(join(folder, 'locked'), 0);
    const { files, problems } = await discoverStrategyFiles([], folder);
    expect(files).toEqual(['a\nb.smplan.yaml']);
    // root reads any folder; everyone else is told about the one they cannot.
    if (process.getuid?.() !== 0) expect(problems).toEqual([expect.stringMatching(/^locked: cannot read this folder/)]);
  });

  it('lets a pattern match nothing when asked to', async () => {
    expect(await discoverStrategyFiles(['missing.yaml', 'nothing/*.yaml'], project, { allowUnmatched: true })).toEqual({ files: [], problems: [] });
  });
});
