/**
 * What completes where, read off the commander program: a new command or
 * option completes without anyone editing the scripts. What commander cannot
 * know (what kind of thing an argument is) comes from the argument's name:
 * `<section>` completes sections, `[goal-id]` goal ids, `[file]` and `[paths...]` YAML files.
 */
import { readdirSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { SECTION_NAMES } from '../../strategy/sections.js';
import { packagePath } from '../../base/package-root.js';
import { RULES } from '../../lint/rules/index.js';
import { SEVERITY_SETTINGS } from '../../lint/rule.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a value is: a strategy file (YAML), any file, one of fixed words, a goal id of the strategy, or free text. */
export type ValueKind = 'strategy-file' | 'file' | 'words' | 'goal-id' | 'text';

export interface ValueSpec {
  kind: ValueKind;
  /** What the value is called in help (`format` for `--format <format>`). */
  label: string;
  /** The candidates when `kind` is `words`. */
  words?: string[];
}

export interface OptionSpec {
  /** `['-f', '--format']`: the short flag first when there is one. */
  flags: string[];
  description: string;
  /** What follows the flag; absent for a switch such as `--quiet`. */
  value?: ValueSpec;
  /** May be given more than once (`--rule a=off --rule b=off`). */
  repeatable?: boolean;
}

export interface ArgumentSpec {
  name: string;
  value: ValueSpec;
  /** Takes every remaining word (`[paths...]`). */
  variadic?: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  arguments: ArgumentSpec[];
}

export interface CompletionSpec {
  /** The options before a command (`--version`, `--debug`). */
  options: OptionSpec[];
  commands: CommandSpec[];
  /**
   * The command that runs this smplan (`node /path/to/bin/smplan.cjs`), which the scripts call for goal ids:
   * completion then works without `smplan` on the PATH, through npx and aliases.
   */
  self: string[];
}

/** The sections `smplan edit` takes, in English and German. */
export const EDIT_SECTIONS = [...SECTION_NAMES];

/** Values of options that commander knows only as free text (`--lang` has a parser, not choices). */
const OPTION_WORDS: Record<string, string[]> = { '--lang': ['de', 'en'] };

/** Template names (`kiosk` from `templates/kiosk.en.yaml`); none when the folder cannot be read. */
export function shippedTemplates(): string[] {
  try {
    const names = readdirSync(packagePath('templates')).filter((name) => /\.ya?ml$/.test(name));
    return [...new Set(names.map((name) => name.split('.')[0]!))].sort();
  } catch {
    return [];
  }
}

function optionValue(option: Option, templates: string[]): ValueSpec | undefined {
  if (!option.required && !option.optional) return undefined;
  const long = option.long ?? '';
  const label = /[<[]([^\]>]+)[\]>]/.exec(option.flags)?.[1] ?? 'value';
  if (option.argChoices) return { kind: 'words', label, words: [...option.argChoices] };
  if (OPTION_WORDS[long]) return { kind: 'words', label, words: OPTION_WORDS[long] };
  if (long === '--template' && templates.length > 0) return { kind: 'words', label, words: templates };
  if (long === '--rule') return { kind: 'words', label, words: RULES.flatMap((rule) => SEVERITY_SETTINGS.map((setting) => `${rule.id}=${setting}`)) };
  if (long === '--file' || long === '--config') return { kind: 'strategy-file', label };
  if (/^(file|path|csv)$/.test(label)) return { kind: 'file', label };
  return { kind: 'text', label };
}

function argumentValue(name: string, commandNames: string[]): ValueSpec {
  const label = name;
  switch (name) {
    case 'section':
      return { kind: 'words', label, words: EDIT_SECTIONS };
    case 'goal-id':
      return { kind: 'goal-id', label };
    case 'id':
      return { kind: 'words', label, words: RULES.map((rule) => rule.id) };
    case 'shell':
      return { kind: 'words', label, words: [...SHELLS] };
    case 'command':
      return { kind: 'words', label, words: commandNames };
    case 'file':
    case 'files':
    case 'path':
    case 'paths':
    // `edit <section> [item]`: a goal's id, or the strategy file in its place
    case 'item':
      return { kind: 'strategy-file', label };
    default:
      return { kind: 'text', label };
  }
}

function optionSpec(option: Option, templates: string[]): OptionSpec {
  const flags = [option.short, option.long].filter((flag): flag is string => typeof flag === 'string');
  const value = optionValue(option, templates);
  return {
    flags,
    description: option.description,
    ...(value && { value }),
    ...(Array.isArray(option.defaultValue) && { repeatable: true }),
  };
}

/** The spec of `program`: its visible commands, their options (help included) and arguments. */
export function completionSpec(program: Command, templates: string[] = shippedTemplates(), self = [process.execPath, process.argv[1]!]): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const commandNames = commands.map((command) => command.name());
  return {
    self,
    options: help.visibleOptions(program).map((option) => optionSpec(option, templates)),
    commands: commands.map((command) => ({
      name: command.name(),
      description: command.description(),
      options: command.createHelp().visibleOptions(command).map((option) => optionSpec(option, templates)),
      arguments: command.registeredArguments.map((argument) => ({
        name: argument.name(),
        value: argumentValue(argument.name(), commandNames),
        ...(argument.variadic && { variadic: true }),
      })),
    })),
  };
}
