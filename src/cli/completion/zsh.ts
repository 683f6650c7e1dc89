/** The zsh completion script. */
import type { ArgumentSpec, CompletionSpec, OptionSpec, ValueSpec } from './spec.js';
import { shellQuote, WORD, selfCommand } from './words.js';

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

export function zshScript(spec: CompletionSpec): string {
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
    `  ids=(\${(f)"$(command ${selfCommand(spec)} completion --goal-ids "$file" 2>/dev/null)"})`,
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
