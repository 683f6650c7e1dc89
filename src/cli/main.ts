/**
 * The command table. Each action imports its command module only when it runs,
 * so `check` never loads the prompt library and `--help` loads almost nothing.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMATTERS } from '../lint/formatters/index.js';
import { EXIT, reportError } from './errors.js';
import type { Language } from '../base/message.js';
import { localeLanguage } from '../base/locale.js';
import { writeErr, writeOut } from './output.js';
import { VERSION } from './version.js';
import { sectionChoices } from '../strategy/sections.js';

/** Commander's argument parser for `--lang`; an InvalidArgumentError becomes a usage error (exit 2). */
function parseLanguage(value: string): Language {
  if (value === 'de' || value === 'en') return value;
  throw new InvalidArgumentError('use de or en.');
}

const collect = (value: string, previous: string[]) => [...previous, value];

const examples = (lines: string[]) => `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;

/**
 * Builds the command table; with `only`, just that command (commander builds
 * every option and help text it is given, and a run needs one command).
 */
function buildProgram(only?: string): Command {
  const wanted = (name: string) => only === undefined || only === name;
  const program = new Command('smplan')
    .description('Your social media strategy as a file in git: answer five questions, check it in CI, track KPIs, report ROI.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'show stack traces of internal errors')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut, writeErr, outputError: (text, write) => write(`smplan: ${text}`) });

  program.commandsGroup('Start a strategy:');
  if (wanted('init')) {
    program
      .command('init')
      .description('interview you through the five questions and write a strategy file')
      .argument('[file]', 'where to write the strategy', 'smplan.yaml')
      .option('--lang <de|en>', 'language of the interview and the file (default: LC_ALL/LANG)', parseLanguage)
      .option('-t, --template <name>', 'prefill every answer from a shipped template')
      .option('--list-templates', 'list the shipped templates')
      .option('-a, --answers <file>', 'take the answers from a YAML or JSON file, without prompts')
      .option('-y, --yes', "accept the template's (or the defaults') answers without asking")
      .option('--force', 'overwrite an existing file')
      .option('--resume', 'continue the interview that was stopped with Ctrl-C (its answers are kept in your cache folder)')
      .addHelpText(
        'after',
        examples([
          'smplan init',
          'smplan init --resume',
          'smplan init --lang de --template kiosk',
          'smplan init clients/baeckerei-kunz.smplan.yaml --template kiosk --yes',
          'smplan init --answers answers.yaml --template b2b',
        ]),
      )
      .action(async (file: string, options) => {
        const { init } = await import('./commands/init.js');
        process.exitCode = await init(file, options);
      });
  }

  program.commandsGroup('Keep it alive:');
  if (wanted('edit')) {
    program
      .command('edit')
      .description('re-run one part of the interview with the current answers as defaults')
      .argument('<section>', sectionChoices('en'))
      .argument('[item]', 'the id of the one goal or target group to edit (a name ending in .yaml or .yml is the file)')
      .argument('[file]', 'the strategy file', 'smplan.yaml')
      .option('--lang <de|en>', "language of the interview (default: the file's language)", parseLanguage)
      .option('-a, --answers <file>', 'merge a partial section from a YAML or JSON file, without prompts')
      .addHelpText(
        'after',
        examples(['smplan edit goals', 'smplan edit goals torten', 'smplan edit kritik clients/kunz.smplan.yaml', 'smplan edit team --answers team.yaml']),
      )
      .action(async (section: string, item: string | undefined, file: string, options) => {
        const { edit, splitItemAndFile } = await import('./commands/edit.js');
        process.exitCode = await edit(section, splitItemAndFile(item, file), options);
      });
  }

  if (wanted('track')) {
    program
      .command('track')
      .description("record a measured KPI value for a goal")
      .argument('[goal-id]', 'the id of the goal')
      .argument('[value]', 'the measured value')
      .option('-d, --date <date>', 'the day it was measured, YYYY-MM-DD or DD.MM.YYYY (default: today; never after today)')
      .option('-f, --file <path>', 'the strategy file', 'smplan.yaml')
      .option('-n, --note <text>', 'what happened, in a few words')
      .option('--replace', "replace a value already recorded for that day, and its note with --note's (or none)")
      .option('--keep-note', 'with --replace: keep the note of the value replaced')
      .option('--delete <date>', 'remove the value recorded for that day')
      .option('--from <csv>', 'import many rows (goal,date,value[,note]; a German spreadsheet\'s Ziel;Datum;Wert too) at once: all or nothing')
      .option('--lang <de|en>', "language of messages (default: the file's language, then LC_ALL/LANG)", parseLanguage)
      .addHelpText(
        'after',
        examples(['smplan track walk-ins 210', 'smplan track leads 14 --date 2027-01-31 --note "trade fair"', 'smplan track torten 7,5 --date 30.04.2027', 'smplan track leads --delete 2027-01-31', 'smplan track --from kpis.csv']),
      )
      .action(async (goalId: string | undefined, value: string | undefined, options) => {
        const { track } = await import('./commands/track.js');
        process.exitCode = await track(goalId, value, options);
      });
  }

  program.commandsGroup('Check it (CI, pre-commit, editors):');
  if (wanted('check')) {
    program
      .command('check')
      .description('lint strategy files: measurable goals, all five questions answered')
      .argument('[paths...]', 'files, folders or globs (default: smplan.yaml and **/*.smplan.yaml)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
      .option('-o, --output-file <path>', 'write the report to a file (stdout gets a one-line summary)')
      .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
      .option('-q, --quiet', 'report errors only')
      .option('--lang <de|en>', "language of messages (default: the file's language, then LC_ALL/LANG)", parseLanguage)
      .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect, [])
      .option('-c, --config <file>', 'use this config file over .smplanrc.yaml')
      .option('--no-error-on-unmatched-pattern', 'a path or glob that matches no file is not an error')
      .option('--cache', 'only lint files that changed since the last run (results in .smplancache)')
      .option('--cache-location <path>', 'where --cache keeps its results (implies --cache)')
      .option('--concurrency <n|auto|off>', 'lint in this many threads; auto uses several for many files', 'auto')
      .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
      .option('--stdin', 'lint the text on standard input (also: the path -)')
      .option('--stdin-filename <path>', 'the file name of the text on standard input, for output and config lookup')
      .addHelpText(
        'after',
        examples([
          'smplan check',
          'smplan check clients/ --max-warnings 0',
          "smplan check '**/*.smplan.yaml' --format sarif -o smplan.sarif",
          'smplan check --rule goals/baseline=off --lang de',
        ]),
      )
      .action(async (paths: string[], options) => {
        const { check } = await import('./commands/check.js');
        process.exitCode = await check(paths, options);
      });
  }

  if (wanted('rules')) {
    program
      .command('rules')
      .description('list the lint rules, or show the documentation of one')
      .argument('[id]', 'a rule id, e.g. goals/metric')
      .option('--lang <de|en>', 'language of the one-line descriptions', parseLanguage)
      .addHelpText('after', examples(['smplan rules', 'smplan rules goals/vague-wording']))
      .action(async (id: string | undefined, options) => {
        const { rules } = await import('./commands/rules.js');
        process.exitCode = await rules(id, options);
      });
  }

  if (wanted('schema')) {
    program
      .command('schema')
      .description('print the JSON Schema (draft 2020-12) of the strategy file')
      .addHelpText('after', examples(['smplan schema > strategy-v1.json']))
      .option('--write [folder]', 'write a copy to .smplan/strategy-v1.json in the repository and point the modelines of the strategies below the folder at it')
      .action(async (options: { write?: string | true }) => {
        const { schema } = await import('./commands/schema.js');
        process.exitCode = await schema(options);
      });
  }

  program.commandsGroup('Show results:');
  if (wanted('report')) {
    program
      .command('report')
      .description('progress of every goal, costs and ROI')
      .argument('[file]', 'the strategy file', 'smplan.yaml')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'html', 'json']).default('text'))
      .option('-o, --output-file <path>', 'write the report to a file')
      .option('--lang <de|en>', "language of the report (default: the file's language)", parseLanguage)
      .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
      .addHelpText('after', examples(['smplan report', 'smplan report --format html -o report.html', 'smplan report --format json | jq .roi']))
      .action(async (file: string, options) => {
        const { report } = await import('./commands/report.js');
        process.exitCode = await report(file, options);
      });
  }

  if (wanted('diff')) {
    program
      .command('diff')
      .description('what changed in a strategy, for reviews: goals, people, money, audiences, lint findings')
      .argument('[files...]', 'two files (old new); with --since one file (default: smplan.yaml)')
      .option('--since <rev>', 'compare the file with its version at this git revision')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
      .option('--lang <de|en>', "language of the output (default: the new file's language, then LC_ALL/LANG)", parseLanguage)
      .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
      .option('--exit-code', 'exit 1 when anything changed, as git diff --exit-code does')
      .addHelpText(
        'after',
        examples([
          'smplan diff --since HEAD~1',
          'smplan diff --since origin/main clients/kunz.smplan.yaml --format markdown > comment.md',
          'smplan diff old.smplan.yaml smplan.yaml --format json',
          'smplan diff --since main --exit-code',
        ]),
      )
      .action(async (files: string[], options) => {
        const { diff } = await import('./commands/diff.js');
        process.exitCode = await diff(files, options);
      });
  }

  program.commandsGroup('Shell:');
  if (wanted('completion')) {
    program
      .command('completion')
      .description('print a completion script for bash, zsh or fish')
      .argument('[shell]', 'bash, zsh or fish')
      .addOption(new Option('--goal-ids [file]', 'print the goal ids of a strategy file, one a line (the scripts call this)').hideHelp())
      .addHelpText(
        'after',
        examples([
          'source <(smplan completion bash)                                 # in ~/.bashrc',
          'smplan completion zsh > "${fpath[1]}/_smplan"',
          'smplan completion fish > ~/.config/fish/completions/smplan.fish',
        ]),
      )
      .action(async (shell: string | undefined, options: { goalIds?: string | true }) => {
        const { completion, completionSpec, goalIds } = await import('./commands/completion.js');
        if (options.goalIds !== undefined) process.exitCode = goalIds(options.goalIds === true ? 'smplan.yaml' : options.goalIds);
        else process.exitCode = completion(shell, completionSpec(buildProgram()));
      });
  }

  return program;
}

/** The language of messages before a command knows a file's: --lang, else the locale. */
function languageOfRun(argv: readonly string[]): Language {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at === -1 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return value === 'de' || value === 'en' ? value : localeLanguage();
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  // Build only the command asked for; a name that is none (a typo, `help`) gets the whole table.
  const requested = argv.slice(2).find((arg) => !arg.startsWith('-'));
  let program = buildProgram(requested);
  if (program.commands.length === 0) program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const quietExits = ['commander.helpDisplayed', 'commander.help', 'commander.version'];
      process.exitCode = quietExits.includes(error.code) ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = reportError(error, argv.includes('--debug'), languageOfRun(argv));
  }
}
