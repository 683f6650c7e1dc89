/**
 * `smplan completion bash|zsh|fish`: a shell completion script, and
 * `smplan completion --goal-ids [file]`, which the scripts call while you type
 * `smplan track <TAB>`.
 *
 * The scripts are generated from a spec that `completionSpec` reads off the
 * commander program, so a new command or option completes without anyone
 * editing this file. What commander cannot know (what kind of thing an
 * argument is) comes from the argument's name: `<section>` completes sections,
 * `[goal-id]` goal ids, `[file]` and `[paths...]` YAML files.
 */
import { readdirSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { StrategyDocument } from '../../strategy/document.js';
import { EXIT, UsageError } from '../errors.js';
import { packagePath } from '../package-root.js';

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
}

/** The sections `smplan edit` takes, in English and German. */
export const EDIT_SECTIONS = ['goals', 'audiences', 'team', 'employees', 'criticism', 'ziele', 'zielgruppen', 'mitarbeiter', 'kritik'];

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
    case 'shell':
      return { kind: 'words', label, words: [...SHELLS] };
    case 'command':
      return { kind: 'words', label, words: commandNames };
    case 'file':
    case 'files':
    case 'path':
    case 'paths':
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
export function completionSpec(program: Command, templates: string[] = shippedTemplates()): CompletionSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const commandNames = commands.map((command) => command.name());
  return {
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

/** Writes the completion script for `shell` to stdout. */
export function completion(shell: string | undefined, spec: CompletionSpec): number {
  if (shell === undefined) throw new UsageError(`name a shell: ${SHELLS.join(', ')}`);
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(`cannot complete for the shell "${shell}"; choose one of ${SHELLS.join(', ')}`);
  }
  process.stdout.write(completionScript(shell as Shell, spec));
  return EXIT.ok;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}

/** Goal ids are slugs; anything else is not printed, so a file can never put shell syntax on the command line. */
const GOAL_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Prints the ids of the goals in `file`, one a line: what `smplan track <TAB>`
 * offers. Prints nothing, and succeeds, when the file is missing or unreadable
 * (completion must never print errors into the user's command line). The ids
 * come from the file as written, so a draft with a schema error elsewhere still completes.
 */
export function goalIds(file: string): number {
  let document: StrategyDocument;
  try {
    document = StrategyDocument.load(file);
  } catch {
    return EXIT.ok;
  }
  const goals = document.strategy?.goals ?? (document.data as { goals?: unknown } | null)?.goals;
  if (!Array.isArray(goals)) return EXIT.ok;
  const ids = goals.map((goal) => (goal as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string' && GOAL_ID.test(id));
  if (ids.length > 0) process.stdout.write(`${[...new Set(ids)].join('\n')}\n`);
  return EXIT.ok;
}

/* ------------------------------------------------------------------ bash */

const WORD = /^[A-Za-z0-9_.,:/=+@%-]+$/;

/** A word for bash or zsh: bare when it is safe, else single-quoted. */
function shellQuote(text: string): string {
  return WORD.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A list for `compgen -W`, quoted once for the script (compgen splits it on whitespace). */
function wordList(words: readonly string[]): string {
  return shellQuote(words.filter((word) => WORD.test(word)).join(' '));
}

function valueOptions(options: OptionSpec[]): OptionSpec[] {
  return options.filter((option) => option.value);
}

/** `case` branches that complete a value of `kind`; `$cur` is the word typed so far. */
function bashValue(value: ValueSpec): string {
  switch (value.kind) {
    case 'words':
      return `_smplan_words ${wordList(value.words ?? [])}`;
    case 'goal-id':
      return '_smplan_words "$(_smplan_goal_ids "$file")"';
    case 'strategy-file':
      return '_smplan_files yaml';
    case 'file':
      return '_smplan_files';
    case 'text':
      return ':';
  }
}

function bashScript(spec: CompletionSpec): string {
  const commands = spec.commands.map((command) => command.name);
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(
    '# bash completion for smplan',
    '# Load it now:     source <(smplan completion bash)',
    '# or for good:     smplan completion bash > ~/.local/share/bash-completion/completions/smplan',
    '',
    '# Adds the lines of stdin to COMPREPLY.',
    '_smplan_reply() {',
    '  local line',
    '  while IFS= read -r line; do',
    '    [[ -n $line ]] && COMPREPLY+=("$line")',
    '  done',
    '}',
    '',
    '# The words in $1 that start with the word being completed.',
    '_smplan_words() {',
    '  _smplan_reply < <(compgen -W "$1" -- "$cur")',
    '}',
    '',
    '# Folders and files; with "yaml" only YAML files.',
    '_smplan_files() {',
    '  compopt -o filenames 2>/dev/null',
    '  if [[ $1 == yaml ]]; then',
    '    _smplan_reply < <(compgen -d -- "$cur"; compgen -f -X "!*.yaml" -- "$cur"; compgen -f -X "!*.yml" -- "$cur")',
    '  else',
    '    _smplan_reply < <(compgen -f -- "$cur")',
    '  fi',
    '}',
    '',
    '# The goal ids of a strategy file, one a line; nothing when it cannot be read.',
    '_smplan_goal_ids() {',
    '  command smplan completion --goal-ids "${1:-smplan.yaml}" 2>/dev/null',
    '}',
    '',
    '# Sets _smplan_option to the long name when option $2 of command $1 takes a value.',
    '_smplan_value_option() {',
    '  _smplan_option=',
    '  case "$1 $2" in',
  );
  for (const command of spec.commands) {
    for (const option of valueOptions(command.options)) {
      const long = option.flags.at(-1)!;
      const patterns = option.flags.map((flag) => shellQuote(`${command.name} ${flag}`)).join('|');
      push(`    ${patterns}) _smplan_option=${long} ;;`);
    }
  }
  push(
    '    *) return 1 ;;',
    '  esac',
    '}',
    '',
    '_smplan() {',
    '  COMPREPLY=()',
    '  local cur=${COMP_WORDS[COMP_CWORD]}',
    '  local -i last=COMP_CWORD',
    '  # "--format=js" arrives as "--format" "=" "js" (= breaks words)',
    '  [[ $cur == = ]] && cur=',
    '  local cmd= file= option= word _smplan_option',
    '  local -i i positional=0',
    '  for (( i = 1; i < last; i++ )); do',
    '    word=${COMP_WORDS[i]}',
    '    [[ $word == = ]] && continue',
    '    if [[ -n $option ]]; then',
    '      [[ $option == --file ]] && file=$word',
    '      option=',
    '    elif [[ -z $cmd ]]; then',
    '      [[ $word != -* ]] && cmd=$word',
    '    elif [[ $word == --file=* ]]; then',
    '      file=${word#--file=}',
    '    elif [[ $word == -* ]]; then',
    '      _smplan_value_option "$cmd" "$word" && option=$_smplan_option',
    '    else',
    '      positional+=1',
    '    fi',
    '  done',
    '',
    '  if [[ -z $cmd ]]; then',
    '    if [[ $cur == -* ]]; then',
    `      _smplan_words ${wordList(spec.options.flatMap((option) => option.flags))}`,
    '    else',
    `      _smplan_words ${wordList(commands)}`,
    '    fi',
    '    return 0',
    '  fi',
    '',
    '  if [[ -n $option ]]; then',
    '    case "$cmd $option" in',
  );
  for (const command of spec.commands) {
    for (const option of valueOptions(command.options)) {
      push(`      ${shellQuote(`${command.name} ${option.flags.at(-1)!}`)}) ${bashValue(option.value!)} ;;`);
    }
  }
  push('    esac', '    return 0', '  fi', '', '  if [[ $cur == -* ]]; then', '    case $cmd in');
  for (const command of spec.commands) {
    push(`      ${shellQuote(command.name)}) _smplan_words ${wordList(command.options.flatMap((option) => option.flags))} ;;`);
  }
  push('    esac', '    return 0', '  fi', '', '  case "$cmd $positional" in');
  for (const command of spec.commands) {
    command.arguments.forEach((argument, index) => {
      push(`    ${casePattern(command.name, index, argument.variadic)}) ${bashValue(argument.value)} ;;`);
    });
  }
  push('  esac', '  return 0', '}', '', 'complete -F _smplan smplan', '');
  return lines.join('\n');
}

/** The `case` pattern for argument `index` of `command`; a variadic one matches every later position too. */
function casePattern(command: string, index: number, variadic: boolean | undefined): string {
  const quoted = shellQuote(command);
  return variadic ? `${quoted}' '*` : `${quoted}' ${index}'`;
}

/* ------------------------------------------------------------------- zsh */

/** Text inside `[...]` of an `_arguments` spec: brackets and colons escaped. */
function zshDescription(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([[\]:])/g, '\\$1');
}

function singleQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function zshAction(value: ValueSpec): string {
  switch (value.kind) {
    case 'words':
      return `(${(value.words ?? []).filter((word) => WORD.test(word)).join(' ')})`;
    case 'goal-id':
      return '_smplan_goal_ids';
    case 'strategy-file':
      return '_files -g "*.(yaml|yml)(-.)"';
    case 'file':
      return '_files';
    case 'text':
      return ' ';
  }
}

function zshOption(option: OptionSpec): string {
  const description = `[${zshDescription(option.description)}]`;
  const value = option.value ? `:${zshDescription(option.value.label)}:${zshAction(option.value)}` : '';
  const repeat = option.repeatable ? '*' : '';
  if (option.flags.length > 1 && !option.repeatable) {
    const exclusive = `(${option.flags.join(' ')})`;
    return `${singleQuote(exclusive)}{${option.flags.join(',')}}${singleQuote(`${description}${value}`)}`;
  }
  return option.flags.map((flag) => singleQuote(`${repeat}${flag}${description}${value}`)).join(' ');
}

function zshArgument(argument: ArgumentSpec, index: number): string {
  const position = argument.variadic ? '*' : String(index + 1);
  return singleQuote(`${position}:${zshDescription(argument.value.label)}:${zshAction(argument.value)}`);
}

function zshScript(spec: CompletionSpec): string {
  const lines: string[] = [
    '#compdef smplan',
    '# zsh completion for smplan',
    '# Load it now:     source <(smplan completion zsh)',
    '# or for good:     smplan completion zsh > "${fpath[1]}/_smplan"',
    '',
    '# The goal ids of the strategy file (--file, else smplan.yaml).',
    '_smplan_goal_ids() {',
    '  local file=smplan.yaml',
    '  local -i i',
    '  for (( i = 2; i < CURRENT; i++ )); do',
    '    case $words[i] in',
    '      (-f|--file) file=$words[i+1] ;;',
    '      (--file=*) file=${words[i]#--file=} ;;',
    '    esac',
    '  done',
    '  local -a ids',
    '  ids=(${(f)"$(command smplan completion --goal-ids "$file" 2>/dev/null)"})',
    "  _wanted goal-ids expl 'goal id' compadd -a ids",
    '}',
    '',
    '_smplan_commands() {',
    '  local -a commands',
    '  commands=(',
    ...spec.commands.map((command) => `    ${singleQuote(`${command.name.replace(/:/g, '\\:')}:${command.description}`)}`),
    '  )',
    "  _describe -t commands 'smplan command' commands",
    '}',
    '',
    '_smplan() {',
    '  local curcontext=$curcontext state line ret=1',
    '  typeset -A opt_args',
    '  _arguments -C \\',
    ...spec.options.map((option) => `    ${zshOption(option)} \\`),
    "    '1: :_smplan_commands' \\",
    "    '*:: :->command' && ret=0",
    '  [[ $state == command ]] || return ret',
    '  curcontext=${curcontext%:*:*}:smplan-$words[1]:',
    '  case $words[1] in',
  ];
  for (const command of spec.commands) {
    lines.push(`    (${shellQuote(command.name)})`, '      _arguments -s \\');
    for (const option of command.options) lines.push(`        ${zshOption(option)} \\`);
    command.arguments.forEach((argument, index) => lines.push(`        ${zshArgument(argument, index)} \\`));
    lines.push('        && ret=0', '      ;;');
  }
  lines.push(
    '  esac',
    '  return ret',
    '}',
    '',
    'if [[ $funcstack[1] == _smplan ]]; then',
    '  _smplan "$@"',
    'else',
    '  compdef _smplan smplan',
    'fi',
    '',
  );
  return lines.join('\n');
}

/* ------------------------------------------------------------------ fish */

function fishQuote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fishValue(value: ValueSpec): string {
  switch (value.kind) {
    case 'words':
      return `-a ${fishQuote((value.words ?? []).filter((word) => WORD.test(word)).join(' '))}`;
    case 'goal-id':
      return "-a '(__smplan_goal_ids)'";
    case 'strategy-file':
      return "-a '(__smplan_yaml_files)'";
    case 'file':
      return '-F';
    case 'text':
      return '';
  }
}

function fishScript(spec: CompletionSpec): string {
  const lines: string[] = [
    '# fish completion for smplan',
    '# Load it now:     smplan completion fish | source',
    '# or for good:     smplan completion fish > ~/.config/fish/completions/smplan.fish',
    '',
    '# Succeeds when option $2 of command $1 takes a value.',
    'function __smplan_takes_value --argument-names command option',
    '    switch "$command $option"',
  ];
  for (const command of spec.commands) {
    const patterns = valueOptions(command.options).flatMap((option) => option.flags.map((flag) => fishQuote(`${command.name} ${flag}`)));
    if (patterns.length > 0) lines.push(`        case ${patterns.join(' ')}`, '            return 0');
  }
  lines.push(
    '    end',
    '    return 1',
    'end',
    '',
    '# Prints the command, then the arguments given so far (options and their values',
    '# left out); fails when the word being typed is the value of an option.',
    'function __smplan_words',
    '    set -l tokens (commandline -opc)',
    '    set -l command',
    '    set -l pending 0',
    '    for token in $tokens[2..-1]',
    '        if test $pending = 1',
    '            set pending 0',
    '        else if string match -q -- "-*" $token',
    '            if test -n "$command"; and __smplan_takes_value $command $token',
    '                set pending 1',
    '            end',
    '        else',
    '            if test -z "$command"',
    '                set command $token',
    '            end',
    '            echo $token',
    '        end',
    '    end',
    '    test $pending = 0',
    'end',
    '',
    '# Succeeds when the command is $1.',
    'function __smplan_is --argument-names command',
    '    set -l words (__smplan_words)',
    '    test "$words[1]" = "$command"',
    'end',
    '',
    '# Succeeds when an argument of command $1 is being typed (with $2: its $2-th argument).',
    'function __smplan_argument --argument-names command index',
    '    set -l words (__smplan_words); or return 1',
    '    test "$words[1]" = "$command"; or return 1',
    '    test -z "$index"; or test (count $words) -eq $index',
    'end',
    '',
    '# Folders and YAML files that start with the word being typed.',
    'function __smplan_yaml_files',
    '    set -l token (commandline -ct)',
    '    for path in $token*',
    '        if test -d $path',
    '            echo $path/',
    "        else if string match -qr -- '\\.ya?ml$' $path",
    '            echo $path',
    '        end',
    '    end',
    'end',
    '',
    '# The goal ids of the strategy file (--file, else smplan.yaml).',
    'function __smplan_goal_ids',
    '    set -l tokens (commandline -opc)',
    '    set -l file smplan.yaml',
    '    for i in (seq (count $tokens))',
    '        switch $tokens[$i]',
    '            case -f --file',
    '                set -l next (math $i + 1)',
    '                if test $next -le (count $tokens)',
    '                    set file $tokens[$next]',
    '                end',
    "            case '--file=*'",
    "                set file (string replace -- '--file=' '' $tokens[$i])",
    '        end',
    '    end',
    '    command smplan completion --goal-ids $file 2>/dev/null',
    'end',
    '',
    'complete -c smplan -f',
  );
  for (const option of spec.options) lines.push(fishOption('__fish_use_subcommand', option));
  for (const command of spec.commands) {
    lines.push(`complete -c smplan -n __fish_use_subcommand -a ${fishQuote(command.name)} -d ${fishQuote(command.description)}`);
  }
  for (const command of spec.commands) {
    const condition = `__smplan_is ${command.name}`;
    for (const option of command.options) lines.push(fishOption(condition, option));
    command.arguments.forEach((argument, index) => {
      const at = argument.variadic ? `__smplan_argument ${command.name}` : `__smplan_argument ${command.name} ${index + 1}`;
      const value = fishValue(argument.value);
      if (value) lines.push(`complete -c smplan -n ${fishQuote(at)} ${value}`);
    });
  }
  lines.push('');
  return lines.join('\n');
}

function fishOption(condition: string, option: OptionSpec): string {
  const flags = option.flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`));
  // -x: a value, and no file names unless the value says so (-r alone would add them)
  const value = option.value ? (option.value.kind === 'file' ? ' -r -F' : ` -x ${fishValue(option.value)}`.trimEnd()) : '';
  return `complete -c smplan -n ${fishQuote(condition)} ${flags.join(' ')}${value} -d ${fishQuote(option.description)}`;
}
