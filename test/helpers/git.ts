/** Temporary git repositories with strategy files, for `smplan diff --since`. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const KIOSK = new URL('../../templates/kiosk.en.yaml', import.meta.url);

/** The kiosk template as the first version of a strategy. */
export const kioskText = (): Promise<string> => readFile(KIOSK, 'utf8');

/** The kiosk template changed for a review: target 30 → 40, a new owner, and a goal "leads" without metric. */
export function changedKiosk(text: string): string {
  const changed = text
    .replace('      target: 30\n', '      target: 40\n')
    .replace('owner: {name: Lea Brandt, role: Social media and till}', 'owner: {name: Tom Richter, role: Social media}')
    .replace(
      '\n# 2. Which target groups',
      [
        '  - id: leads',
        '    objective: Catering orders from offices nearby',
        '    type: leads',
        '    business_outcome: Catering sales',
        '    channels: [instagram]',
        '    kpi:',
        '      source: Order book',
        '      unit: leads',
        '      baseline: 0',
        '      target: 40',
        '      deadline: 2027-06-30',
        '',
        '# 2. Which target groups',
      ].join('\n'),
    );
  if (changed === text || !changed.includes('id: leads') || !changed.includes('Tom Richter') || !changed.includes('target: 40\n      deadline: 2027-09-30')) {
    throw new Error('the kiosk template changed; update changedKiosk()');
  }
  return changed;
}

/** git with nothing of the developer's configuration or of an enclosing hook. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' };
  for (const key of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CEILING_DIRECTORIES']) delete env[key];
  return env;
}

export interface Repository {
  folder: string;
  git(...args: string[]): string;
  put(path: string, text: string): Promise<string>;
  commit(message: string): void;
}

/** A fresh repository in a temporary folder, with a local user for commits. */
export async function createRepository(): Promise<Repository> {
  const folder = await mkdtemp(join(tmpdir(), 'smplan-diff-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, env: gitEnv(), encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.name', 'Test User');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  return {
    folder,
    git,
    async put(path, text) {
      const full = join(folder, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
      return full;
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
  };
}

/** A repository with two commits of `smplan.yaml`: the kiosk template, then `changedKiosk`. */
export async function twoCommits(path = 'smplan.yaml'): Promise<Repository> {
  const repository = await createRepository();
  const text = await kioskText();
  await repository.put(path, text);
  repository.commit('strategy');
  await repository.put(path, changedKiosk(text));
  repository.commit('retarget, new owner, goal leads');
  return repository;
}
