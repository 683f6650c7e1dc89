/**
 * The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml)
 * only call `smplan check` with flags the CLI has, and the action's script does
 * what its inputs say when it runs against the built CLI.
 */
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanEnv, runCli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}
interface ActionStep {
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  runs: { using: string; steps: ActionStep[] };
}
interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
  args?: string[];
}

let action: Action;
let hooks: Hook[];
let checkHelp: string;

beforeAll(async () => {
  action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as Action;
  hooks = parse(await readFile(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const help = await runCli(['check', '--help']);
  expect(help.code).toBe(0);
  checkHelp = help.stdout;
});

/** The long flags written on the lines that run `smplan check`. */
function checkFlags(script: string): string[] {
  const lines = script.split('\n').filter((line) => /\bsmplan check\b/.test(line) && !line.trimStart().startsWith('#'));
  return [...new Set(lines.flatMap((line) => line.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? []))];
}

/** The `--flags` that `smplan check --help` lists. */
function helpFlags(): string[] {
  return checkHelp.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [];
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'max-warnings', 'sarif-file', 'version']));
    expect(action.inputs.paths!.default).toBe('');
    expect(action.inputs.format!.default).toBe('github');
    expect(action.inputs['max-warnings']!.default).toBe('-1');
    expect(action.inputs['sarif-file']!.default).toBe('');
    expect(action.inputs.version!.default).toBe('');
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
  });

  it('runs `smplan check` only with flags that `smplan check --help` lists', () => {
    const scripts = action.runs.steps.map((step) => step.run ?? '').join('\n');
    const used = checkFlags(scripts);
    expect(used).toEqual(expect.arrayContaining(['--format', '--output-file', '--max-warnings']));
    for (const flag of used) expect(helpFlags(), `${flag} is not an option of smplan check`).toContain(flag);
  });

  it('offers a format that check knows as the default', () => {
    expect(checkHelp).toContain(`"${action.inputs.format!.default}"`);
  });

  it('passes inputs through the environment, never into the script text', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });

  it('installs no development packages and builds nothing: it runs the published package through npm exec', () => {
    const scripts = action.runs.steps.map((step) => step.run ?? '').join('\n');
    expect(scripts).not.toMatch(/npm (ci|install)|npm run/);
    expect(scripts).toMatch(/npm exec --yes --package="smplan@\$version"/);
  });
});

describe('the check step of action.yml, run against the built CLI', () => {
  let folder: string;
  let project: string;
  let fakeBin: string;

  const WARNING_ONLY = (text: string) => text.replace(/\n {4}business_outcome: [^\n]*/, '');

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'smplan-action-'));
    project = join(folder, 'project');
    fakeBin = join(folder, 'bin');
    await mkdir(join(project, 'clients'), { recursive: true });
    await mkdir(fakeBin);
    const kiosk = await readFile(join(ROOT, 'templates/kiosk.en.yaml'), 'utf8');
    await writeFile(join(project, 'smplan.yaml'), kiosk);
    await writeFile(join(project, 'clients/warned.smplan.yaml'), WARNING_ONLY(kiosk));
    await copyFile(join(ROOT, 'templates/b2b.en.yaml'), join(project, 'clients/b2b.smplan.yaml'));
    await writeFile(join(folder, 'broken.smplan.yaml'), 'smplan: 1\ncompany: {name: Kiosk}\nlanguage: en\ngoals:\n  - id: reach\n    objective: More followers\n');
    // `npm exec` without the network: records what it was asked, then runs this checkout's CLI
    await writeFile(
      join(fakeBin, 'npm'),
      `#!/bin/sh\nprintf "%s\\n" "$@" > "$NPM_ARGS_FILE"\nwhile [ "$1" != -- ]; do shift; done\nshift 2\nexec "${process.execPath}" "${join(ROOT, 'bin/smplan.cjs')}" "$@"\n`,
    );
    await chmod(join(fakeBin, 'npm'), 0o755);
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  /** Runs the step as the runner would: inputs (defaults plus `inputs`) in env, in its working directory. */
  function runStep(inputs: Record<string, string>, cwd = project): Promise<{ code: number; stdout: string; stderr: string }> {
    const step = action.runs.steps.find((candidate) => candidate.run?.includes('smplan check'))!;
    const values = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']));
    const expression = (text: string) => text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
    const env = cleanEnv({
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expression(value)])),
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: cwd,
      PATH: `${fakeBin}${delimiter}${process.env.PATH ?? ''}`,
      NPM_ARGS_FILE: join(folder, 'npm-args'),
    });
    const directory = step['working-directory'] ? join(cwd, expression(step['working-directory'])) : cwd;
    expect(step.shell).toBe('bash');
    return new Promise((resolve) => {
      // the runner's bash: `bash --noprofile --norc -eo pipefail {0}`
      execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: directory, env, timeout: 30_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
  }


  it('finds the strategies itself and passes clean files with warnings by default', async () => {
    const { code, stdout } = await runStep({});
    expect(stdout).toMatch(/^::warning file=clients\/warned\.smplan\.yaml,line=\d+.*title=goals\/business-outcome::/m);
    expect(stdout).not.toMatch(/^::error/m);
    expect(code).toBe(0);
  });

  it('fails on warnings with max-warnings 0', async () => {
    const { code, stderr } = await runStep({ 'max-warnings': '0' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/exceed --max-warnings 0/);
  });

  it('checks only the given paths, globs expanded by smplan', async () => {
    const { code, stdout } = await runStep({ paths: 'smplan.yaml\nclients/b2b.*', 'max-warnings': '0' });
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });

  it('prints annotations and fails on errors, and still writes the SARIF report', async () => {
    const { code, stdout } = await runStep({ paths: 'broken.smplan.yaml', 'sarif-file': 'out/smplan.sarif' }, folder);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=broken\.smplan\.yaml,line=\d+.*title=goals\/metric::/m);
    const sarif = JSON.parse(await readFile(join(folder, 'out/smplan.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toContain('goals/metric');
  });

  it('uses the format input', async () => {
    const { code, stdout } = await runStep({ paths: 'smplan.yaml', format: 'json' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ errorCount: 0, warningCount: 0 })]);
  });

  it('fails with exit 2 when a path does not exist', async () => {
    expect((await runStep({ paths: 'nope.smplan.yaml', 'sarif-file': 'x.sarif' })).code).toBe(2);
  });

  it('runs the requested version, else its own, from the npm registry with npm exec, paths after --', async () => {
    const argsOf = async () => (await readFile(join(folder, 'npm-args'), 'utf8')).trim().split('\n');
    expect((await runStep({ version: '0.1.0', paths: 'smplan.yaml' })).code).toBe(0);
    expect(await argsOf()).toEqual(['exec', '--yes', '--package=smplan@0.1.0', '--', 'smplan', 'check', '--format', 'github', '--max-warnings', '-1', '--', 'smplan.yaml']);
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await runStep({ paths: 'smplan.yaml' })).code).toBe(0);
    expect((await argsOf())[2]).toBe(`--package=smplan@${manifest.version}`);
  });

  it('reads a path that looks like an option as a path', async () => {
    const { code, stderr } = await runStep({ paths: '-rf' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/-rf: no such file/);
  });

  it('lets a glob match nothing when error-on-unmatched-pattern is false', async () => {
    expect((await runStep({ paths: 'smplan.yaml old/*.smplan.yaml' })).code).toBe(2);
    expect((await runStep({ paths: 'smplan.yaml old/*.smplan.yaml', 'error-on-unmatched-pattern': 'false' })).code).toBe(0);
  });

  it('names annotation paths from the repository root when it runs in a subfolder', async () => {
    const { stdout } = await runStep({ 'working-directory': 'clients' });
    expect(stdout).toMatch(/^::warning file=clients\/warned\.smplan\.yaml,/m);
  });

});

describe('the CI examples in README.md and docs/ci.md', () => {
  /** Every value of every ```yaml block of the page, parsed. */
  async function yamlBlocks(page: string): Promise<unknown[]> {
    const text = await readFile(join(ROOT, page), 'utf8');
    return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!));
  }

  function* walk(value: unknown): Generator<unknown> {
    yield value;
    if (Array.isArray(value)) for (const item of value) yield* walk(item);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* walk(item);
  }

  it.each(['README.md', 'docs/ci.md'])('%s uses only inputs of the action, flags of check and the hook id', async (page) => {
    const values = (await yamlBlocks(page)).flatMap((block) => [...walk(block)]);
    const steps = values.filter((value): value is { uses: string; with?: Record<string, unknown> } =>
      typeof (value as { uses?: unknown } | null)?.uses === 'string',
    );
    const ours = steps.filter((step) => step.uses.startsWith('smplan/smplan@'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    const commands = values.filter((value): value is string => typeof value === 'string' && /\bsmplan(@[\w.^~-]+)? check\b/.test(value));
    for (const command of commands) {
      for (const flag of command.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? []) {
        if (command.indexOf(flag) > command.indexOf(' check')) expect(helpFlags(), `${page}: ${command}`).toContain(flag);
      }
    }
    const repos = values.filter((value): value is { repo: string; hooks: { id: string }[] } => /smplan\/smplan$/.test(String((value as { repo?: unknown } | null)?.repo)));
    expect(repos.length, page).toBeGreaterThan(0);
    for (const repo of repos) for (const { id } of repo.hooks) expect(hooks.map((hook) => hook.id)).toContain(id);
  });

  it('uploads the SARIF file the action writes, also after a failed check', async () => {
    for (const page of ['README.md', 'docs/ci.md']) {
      const jobs = (await yamlBlocks(page)).flatMap((block) => [...walk(block)]).filter((value): value is { steps: { uses?: string; if?: string; with?: Record<string, string> }[] } =>
        Array.isArray((value as { steps?: unknown } | null)?.steps),
      );
      const withUpload = jobs.filter((job) => job.steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@')));
      expect(withUpload.length, page).toBeGreaterThan(0);
      for (const job of withUpload) {
        const written = job.steps.find((step) => step.uses?.startsWith('smplan/smplan@'))?.with?.['sarif-file'];
        const upload = job.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
        expect(upload.with?.sarif_file).toBe(written);
        expect(upload.if).toBe('always()');
      }
    }
  });

  it('keeps the Code Quality and JUnit reports of GitLab, also when the job fails', async () => {
    const jobs = (await yamlBlocks('docs/ci.md'))
      .flatMap((block) => [...walk(block)])
      .filter((value): value is { script: string[]; artifacts: { when?: string; reports: { junit: string } } } =>
        Boolean((value as { artifacts?: { reports?: { junit?: unknown } } } | null)?.artifacts?.reports?.junit),
      );
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job!.script.join('\n')).toContain(`--format junit --output-file ${job!.artifacts.reports.junit}`);
    const { codequality } = job!.artifacts.reports as { codequality?: string };
    expect(job!.script.join('\n')).toContain(`--format gitlab --output-file ${codequality}`);
    expect(job!.artifacts.when).toBe('always');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hook = () => hooks.find((candidate) => candidate.id === 'smplan-check')!;

  it('declares the smplan-check hook as a node hook that gets the changed files', () => {
    expect(hook()).toMatchObject({ language: 'node', entry: 'smplan check', pass_filenames: true });
  });

  it('calls a command and flags the CLI has', async () => {
    const [bin, command, ...args] = [...hook().entry.split(/\s+/), ...(hook().args ?? [])];
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin).toHaveProperty(bin!);
    expect(command).toBe('check');
    for (const flag of args.filter((arg) => arg.startsWith('--'))) expect(helpFlags()).toContain(flag.split('=')[0]);
  });

  it('matches strategy files, and nothing else', () => {
    const files = new RegExp(hook().files); // pre-commit applies it with Python's re.search
    for (const path of ['smplan.yaml', 'smplan.yml', 'clients/a.smplan.yml', 'clients/baeckerei-kunz.smplan.yaml', 'a/b/c.smplan.yaml']) {
      expect(files.test(path), path).toBe(true);
    }
    for (const path of ['smplan.yaml.bak', 'notsmplan.yaml', 'clients/smplan.json', 'a.smplan.yaml/readme.md', '.smplanrc.yaml', 'smplan-yaml']) {
      expect(files.test(path), path).toBe(false);
    }
  });
});
