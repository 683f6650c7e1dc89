/** The bash completion script. */
import type { CompletionSpec, ValueSpec } from './spec.js';
import { shellQuote, valueOptions, wordList, selfCommand } from './words.js';

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

export function bashScript(spec: CompletionSpec): string {
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
    `  command ${selfCommand(spec)} completion --goal-ids "\${1:-smplan.yaml}" 2>/dev/null`,
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
