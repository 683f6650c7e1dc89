/** The fish completion script. */
import type { CompletionSpec, OptionSpec, ValueSpec } from './spec.js';
import { valueOptions, WORD, selfCommand } from './words.js';

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

export function fishScript(spec: CompletionSpec): string {
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
    `    command ${selfCommand(spec)} completion --goal-ids $file 2>/dev/null`,
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

