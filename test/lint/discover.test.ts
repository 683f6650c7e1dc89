import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
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
  it('finds every strategy file below the folder, sorted, skipping node_modules and .git', () => {
    expect(discoverStrategyFiles([], project)).toEqual({
      files: ['clients/a.smplan.yaml', 'clients/b.smplan.yml', 'clients/deep/er/c.smplan.yaml', 'smplan.yaml'].map(native),
      problems: [],
    });
  });

  it('shows files of a folder outside the current one relative to it', () => {
    expect(discoverStrategyFiles(['../elsewhere'], project).files).toEqual(['../elsewhere/smplan.yml', '../elsewhere/z.smplan.yaml'].map(native));
    expect(discoverStrategyFiles([join(root, 'elsewhere')], project).files).toEqual(['../elsewhere/smplan.yml', '../elsewhere/z.smplan.yaml'].map(native));
  });

  it('matches globs against paths relative to the current folder, and any file they name', () => {
    expect(discoverStrategyFiles(['**/*.smplan.yaml'], project).files).toEqual(['clients/a.smplan.yaml', 'clients/deep/er/c.smplan.yaml'].map(native));
    expect(discoverStrategyFiles(['clients/*.{yaml,yml}'], project).files).toEqual(['clients/a.smplan.yaml', 'clients/b.smplan.yml', 'clients/notes.yaml'].map(native));
    expect(discoverStrategyFiles(['./clients/?.smplan.y*ml'], project).files).toEqual(['clients/a.smplan.yaml', 'clients/b.smplan.yml'].map(native));
  });

  it('takes a file it is given by name, whatever its name, once', () => {
    expect(discoverStrategyFiles(['clients/notes.yaml', './clients/notes.yaml', 'clients'], project).files).toEqual(
      ['clients/a.smplan.yaml', 'clients/b.smplan.yml', 'clients/deep/er/c.smplan.yaml', 'clients/notes.yaml'].map(native),
    );
  });

  it('names each path or glob that gives no strategy file', () => {
    expect(discoverStrategyFiles(['missing.yaml', 'clients/deep/er/*.yml', 'notes'], project).problems).toEqual([
      'missing.yaml: no such file or folder; check the path',
      'clients/deep/er/*.yml: no files match this pattern; check the quoting and the path',
      'notes: no strategy files (smplan.yaml or *.smplan.yaml) in this folder',
    ]);
    expect(discoverStrategyFiles([], join(project, 'clients', 'deep')).files).toEqual([native('er/c.smplan.yaml')]);
  });
});
