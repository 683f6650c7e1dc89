/**
 * `smplan completion bash|zsh|fish`: the scripts are valid shell and really
 * complete, in the real shells, with no `smplan` on the PATH: the scripts ask
 * the executable that generated them for goal ids.
 *
 * The spec comes from the real command table: `main()` builds the commander
 * program and this file catches it at `parseAsync`, so what is tested is what
 * `smplan completion` prints.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  completion,
  completionScript,
  completionSpec,
  EDIT_SECTIONS,
  goalIds,
  SHELLS,
  type CompletionSpec,
  type Shell,
} from '../../src/cli/commands/completion.js';
import { UsageError } from '../../src/base/errors.js';
import { main } from '../../src/cli/main.js';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';

/** What the command writes to stdout (src/cli/output.ts writes to the descriptor, past any stream spy). */
const stdout = vi.hoisted(() => [] as string[]);
vi.mock('../../src/cli/output.js', async (importOriginal) => ({ ...(await importOriginal<object>()), writeOut: (text: string) => void stdout.push(text) }));
const takeStdout = () => stdout.splice(0).join('');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ZSH_COMPLETE = fileURLToPath(new URL('../helpers/zsh-complete.zsh', import.meta.url));
const KIOSK_GOALS = ['pre-orders', 'google-reviews', 'followers-linden'];
const B2B_GOALS = ['linkedin-enquiries', 'apprentice-applications', 'technical-page-visits'];

/** The commander program of `smplan`, caught where `main()` would parse the command line. */
async function smplanProgram(): Promise<Command> {
  let program: Command | undefined;
  const parse = vi.spyOn(Command.prototype, 'parseAsync').mockImplementation(async function (this: Command) {
    program = this;
    return this;
  });
  try {
    await main(['node', 'smplan']);
  } finally {
    parse.mockRestore();
  }
  if (!program) throw new Error('main() did not parse a program');
  return program;
}

function installed(shell: string): boolean {
  try {
    execFileSync(shell, ['-c', 'exit 0'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let spec: CompletionSpec;
let folder: string;
let project: string;
let env: NodeJS.ProcessEnv;
const scripts = {} as Record<Shell, string>;

beforeAll(async () => {
  // the command the CLI names when runCli starts it; the scripts call it, so no smplan on the PATH is needed
  spec = completionSpec(await smplanProgram(), undefined, [process.execPath, BIN]);
  folder = await mkdtemp(join(tmpdir(), 'smplan-completion-'));
  project = join(folder, 'project');
  await mkdir(project);
  await copyFile(join(ROOT, 'templates/kiosk.en.yaml'), join(project, 'smplan.yaml'));
  await copyFile(join(ROOT, 'templates/b2b.en.yaml'), join(project, 'b2b.smplan.yaml'));
  await writeFile(join(project, 'notes.txt'), 'not a strategy\n');
  env = cleanEnv({ PATH: (process.env.PATH ?? '').split(delimiter).filter((path) => !existsSync(join(path, 'smplan'))).join(delimiter), HOME: folder });
  for (const shell of SHELLS) {
    scripts[shell] = completionScript(shell, spec);
    await writeFile(join(folder, `smplan.${shell}`), scripts[shell]);
  }
  await mkdir(join(folder, 'zsh-functions'));
  await writeFile(join(folder, 'zsh-functions/_smplan'), scripts.zsh);
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the completion spec', () => {
  it('holds every command of the program with its options and arguments', () => {
    const names = spec.commands.map((command) => command.name);
    expect(names).toEqual(expect.arrayContaining(['check', 'rules', 'schema', 'init', 'edit', 'track', 'report']));
    const check = spec.commands.find((command) => command.name === 'check')!;
    expect(check.options.find((option) => option.flags.includes('--format'))).toMatchObject({
      flags: ['-f', '--format'],
      value: { kind: 'words', words: ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab'] },
    });
    expect(check.options.find((option) => option.flags.includes('--rule'))).toMatchObject({ repeatable: true });
    expect(check.options.find((option) => option.flags.includes('--quiet'))?.value).toBeUndefined();
    expect(check.options.some((option) => option.flags.includes('--help'))).toBe(true);
    expect(check.arguments).toEqual([{ name: 'paths', value: { kind: 'strategy-file', label: 'paths' }, variadic: true }]);
    const edit = spec.commands.find((command) => command.name === 'edit')!;
    expect(edit.arguments[0]!.value.words).toEqual(EDIT_SECTIONS);
    expect(spec.commands.find((command) => command.name === 'track')!.arguments[0]!.value.kind).toBe('goal-id');
    const init = spec.commands.find((command) => command.name === 'init')!;
    expect(init.options.find((option) => option.flags.includes('--template'))?.value?.words).toEqual(expect.arrayContaining(['kiosk', 'b2b']));
    expect(spec.options.flatMap((option) => option.flags)).toEqual(expect.arrayContaining(['--version', '--help', '--debug']));
  });
});

describe('completion(shell, spec)', () => {
  it('refuses an unknown shell and names the ones it knows', () => {
    expect(() => completion('tcsh', spec)).toThrow(UsageError);
    expect(() => completion('tcsh', spec)).toThrow(/bash, zsh, fish/);
  });

  it('writes the script to stdout', () => {
    takeStdout();
    expect(completion('bash', spec)).toBe(0);
    expect(takeStdout()).toBe(scripts.bash);
  });

  it.each(SHELLS)('the %s script names every command', (shell) => {
    for (const command of spec.commands) expect(scripts[shell]).toContain(command.name);
  });
});

describe('goalIds(file)', () => {
  const captured = (file: string) => {
    takeStdout();
    expect(goalIds(file)).toBe(0);
    return takeStdout();
  };

  it('prints the goal ids, one a line', () => {
    expect(captured(join(project, 'smplan.yaml'))).toBe(`${KIOSK_GOALS.join('\n')}\n`);
  });

  it('still completes in a draft with a schema error elsewhere', async () => {
    const text = await readFile(join(project, 'smplan.yaml'), 'utf8');
    await writeFile(join(folder, 'draft.yaml'), text.replace('revision: 1', 'revision: three'));
    expect(captured(join(folder, 'draft.yaml'))).toBe(`${KIOSK_GOALS.join('\n')}\n`);
  });

  it('prints nothing for a missing file, a folder, broken YAML or ids that are not slugs', async () => {
    await writeFile(join(folder, 'broken.yaml'), 'goals: [\n  - id: a\n');
    await writeFile(join(folder, 'odd.yaml'), 'smplan: 1\ngoals:\n  - id: "$(touch pwned)"\n  - id: 7\n  - nothing\n');
    for (const file of ['missing.yaml', '.', 'broken.yaml', 'odd.yaml']) expect(captured(join(folder, file))).toBe('');
  });
});

describe('smplan completion (the built CLI)', () => {
  it('prints the same script as the spec of the command table', async () => {
    for (const shell of SHELLS) {
      const { code, stdout } = await runCli(['completion', shell]);
      expect(code).toBe(0);
      expect(stdout).toBe(scripts[shell]);
    }
  }, 30_000);

  it('exits 2 for an unknown shell and prints the goal ids of --goal-ids', async () => {
    const unknown = await runCli(['completion', 'tcsh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/bash, zsh, fish/);
    expect((await runCli(['completion', '--goal-ids'], { cwd: project })).stdout).toBe(`${KIOSK_GOALS.join('\n')}\n`);
    expect((await runCli(['completion', '--goal-ids', 'b2b.smplan.yaml'], { cwd: project })).stdout).toBe(`${B2B_GOALS.join('\n')}\n`);
    expect(await runCli(['completion', '--goal-ids', 'missing.yaml'], { cwd: project })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  }, 30_000);
});

describe('bash', () => {
  it('accepts the script (bash -n)', async () => {
    expect(await run('bash', ['-n', join(folder, 'smplan.bash')])).toMatchObject({ code: 0, stderr: '' });
  });

  /** COMPREPLY for the words typed so far; the last word is the one being completed. */
  async function complete(...words: string[]): Promise<string[]> {
    const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}
      _smplan; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const { code, stdout, stderr } = await run('bash', ['-c', program, 'bash', join(folder, 'smplan.bash'), ...words], { cwd: project, env });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    return stdout.split('\n').filter(Boolean);
  }

  it('registers _smplan for smplan', () => {
    expect(scripts.bash).toMatch(/^complete -F _smplan smplan$/m);
  });

  it('completes commands and global options', async () => {
    expect(await complete('smplan', 'ch')).toEqual(['check']);
    expect(await complete('smplan', 'r')).toEqual(['rules', 'report']);
    expect(await complete('smplan', '--')).toEqual(['--version', '--debug', '--help']);
  });

  it('completes the options of a command and the values of --format', async () => {
    expect(await complete('smplan', 'check', '--m')).toEqual(['--max-warnings']);
    expect(await complete('smplan', 'check', '--format', '')).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']);
    expect(await complete('smplan', 'check', '-f', 's')).toEqual(['stylish', 'sarif']);
    expect(await complete('smplan', 'check', '--format', '=', 'j')).toEqual(['json', 'junit']);
    expect(await complete('smplan', 'report', '--format', '')).toEqual(['text', 'markdown', 'html', 'json']);
    expect(await complete('smplan', 'check', '--lang', '')).toEqual(['de', 'en']);
  }, 30_000);

  it('completes the sections of edit, in English and German', async () => {
    expect(await complete('smplan', 'edit', '')).toEqual(EDIT_SECTIONS);
    expect(await complete('smplan', 'edit', 'k')).toEqual(['kritik']);
  });

  it('completes rule ids after rules and after --rule', async () => {
    expect(await complete('smplan', 'rules', 'goals/me')).toEqual(['goals/measurement-date', 'goals/metric']);
    expect(await complete('smplan', 'check', '--rule', 'goals/metric=')).toEqual(['goals/metric=off', 'goals/metric=warn', 'goals/metric=error']);
  });

  it('completes the goal ids of smplan.yaml, or of the file given with --file', async () => {
    expect(await complete('smplan', 'track', '')).toEqual(KIOSK_GOALS);
    expect(await complete('smplan', 'track', 'p')).toEqual(['pre-orders']);
    expect(await complete('smplan', 'track', '-f', 'b2b.smplan.yaml', '')).toEqual(B2B_GOALS);
    expect(await complete('smplan', 'track', '--file=b2b.smplan.yaml', '')).toEqual(B2B_GOALS);
    expect(await complete('smplan', 'track', '--file', 'missing.yaml', '')).toEqual([]);
    expect(await complete('smplan', 'track', 'pre-orders', '')).toEqual([]);
  }, 60_000);

  it('completes YAML files as strategy paths and skips option values when counting arguments', async () => {
    expect((await complete('smplan', 'check', '')).sort()).toEqual(['b2b.smplan.yaml', 'smplan.yaml']);
    expect((await complete('smplan', 'edit', '--lang', 'de', 'goals', '')).sort()).toEqual(['b2b.smplan.yaml', 'smplan.yaml']);
  });
});

describe('zsh', () => {
  const hasZsh = installed('zsh');

  it('accepts the script (zsh -n)', async ({ skip }) => {
    if (!hasZsh) skip('zsh is not installed');
    expect(await run('zsh', ['-n', join(folder, 'smplan.zsh')])).toMatchObject({ code: 0, stderr: '' });
  });

  it('completes commands, sections, formats and goal ids in a real zsh', async ({ skip }) => {
    if (!hasZsh) skip('zsh is not installed');
    const complete = async (line: string) => {
      const { code, stdout } = await run('zsh', [ZSH_COMPLETE, join(folder, 'zsh-functions'), line], { cwd: project, env });
      expect(code).toBe(0);
      return stdout.split('\n').filter(Boolean);
    };
    expect(await complete('smplan ch')).toEqual(['check']);
    expect(await complete('smplan edit ')).toEqual(EDIT_SECTIONS);
    expect(await complete('smplan check --format ')).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']);
    expect(await complete('smplan track ')).toEqual(KIOSK_GOALS);
    expect(await complete('smplan track -f b2b.smplan.yaml ')).toEqual(B2B_GOALS);
  }, 60_000);
});

describe('fish', () => {
  const hasFish = installed('fish');

  it('accepts the script (fish -n)', async ({ skip }) => {
    if (!hasFish) skip('fish is not installed');
    expect(await run('fish', ['-n', join(folder, 'smplan.fish')])).toMatchObject({ code: 0, stderr: '' });
  });

  it('completes commands, sections, formats and goal ids in a real fish', async ({ skip }) => {
    if (!hasFish) skip('fish is not installed');
    const complete = async (line: string) => {
      const { code, stdout, stderr } = await run('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', join(folder, 'smplan.fish'), line], { cwd: project, env });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      return stdout
        .split('\n')
        .filter(Boolean)
        .map((entry) => entry.split('\t')[0]!);
    };
    expect(await complete('smplan ch')).toEqual(['check']);
    expect((await complete('smplan edit ')).sort()).toEqual([...EDIT_SECTIONS].sort());
    expect((await complete('smplan check --format ')).sort()).toEqual(['github', 'gitlab', 'json', 'junit', 'sarif', 'stylish']);
    expect((await complete('smplan track ')).sort()).toEqual([...KIOSK_GOALS].sort());
    expect((await complete('smplan track -f b2b.smplan.yaml ')).sort()).toEqual([...B2B_GOALS].sort());
    expect((await complete('smplan check ')).sort()).toEqual(['b2b.smplan.yaml', 'smplan.yaml']);
  }, 60_000);
});
