/**
 * The command table. Each action imports its command module only when it runs,
 * so `check` never loads the prompt library and `--help` loads almost nothing.
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
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

/** Commander's own words in its help, and what German says for them. */
const HELP_WORDS: Record<string, string> = {
  'Usage:': 'Aufruf:',
  'Options:': 'Optionen:',
  'Arguments:': 'Argumente:',
  'Commands:': 'Befehle:',
  'Global Options:': 'Globale Optionen:',
  'default: ': 'Standard: ',
  'choices: ': 'Auswahl: ',
  'display help for command': 'Hilfe zu einem Befehl zeigen',
  '[options]': '[Optionen]',
  '[command]': '[Befehl]',
};
const inGerman = (text: string) =>
  text.replace(/Usage:|Options:|Arguments:|Commands:|Global Options:|default: |choices: |display help for command|\[options\]|\[command\]/g, (words) => HELP_WORDS[words]!);

/** Commander's errors about the command line, said in German. */
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: unknown option '([^']*)'/, "Fehler: unbekannte Option '$1'"],
  [/^error: unknown command '([^']*)'/, "Fehler: unbekannter Befehl '$1'"],
  [/^error: missing required argument '([^']*)'/, "Fehler: das Argument '$1' fehlt"],
  [/^error: option '([^']*)' argument missing/, "Fehler: der Option '$1' fehlt ihr Wert"],
  [/^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, "Fehler: zu viele Argumente für '$1': erwartet $2, erhalten $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'Fehler: zu viele Argumente: erwartet $1, erhalten $2.'],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./, "Fehler: '$2' ist für die Option '$1' nicht möglich; erlaubt sind $3."],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. use de or en\./, "Fehler: '$2' ist für die Option '$1' nicht möglich; erlaubt sind de oder en."],
  [/\(Did you mean ([^?]*)\?\)/, '(Meinten Sie $1?)'],
];
const commanderInGerman = (text: string) => COMMANDER_ERRORS.reduce((said, [pattern, german]) => said.replace(pattern, german), text);

/**
 * Builds the command table in the language of the run; with `only`, just
 * that command (commander builds every option and help text it is given, and
 * a run needs one command).
 */
function buildProgram(only?: string, language: Language = 'en'): Command {
  const wanted = (name: string) => only === undefined || only === name;
  const t = (en: string, de: string) => (language === 'de' ? de : en);
  const examples = (lines: string[]) => `\n${t('Examples:', 'Beispiele:')}\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
  const program = new Command('smplan')
    .description(t('Your social media strategy as a file in git: answer five questions, check it in CI, track KPIs, report ROI.', 'Ihre Social-Media-Strategie als Datei in git: fünf Fragen beantworten, in der CI prüfen, Kennzahlen erfassen, den ROI berichten.'))
    .version(VERSION, '-v, --version', t('print the version', 'die Version ausgeben'))
    .option('--debug', t('show stack traces of internal errors', 'bei internen Fehlern den Stacktrace zeigen'))
    .helpOption('-h, --help', t('show help', 'Hilfe zeigen'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut, writeErr, outputError: (text, write) => write(`smplan: ${language === 'de' ? commanderInGerman(text) : text}`) });
  if (language === 'de') program.configureHelp({ formatHelp: (command, helper) => inGerman(Help.prototype.formatHelp.call(helper, command, helper)) });

  program.commandsGroup(t('Start a strategy:', 'Eine Strategie beginnen:'));
  if (wanted('init')) {
    program
      .command('init')
      .description(t('interview you through the five questions and write a strategy file', 'Sie durch die fünf Fragen führen und eine Strategiedatei schreiben'))
      .argument('[file]', t('where to write the strategy', 'wohin die Strategie geschrieben wird'), 'smplan.yaml')
      .option('--lang <de|en>', t('language of the interview and the file (default: LC_ALL/LANG)', 'Sprache der Fragen und der Datei (Standard: LC_ALL/LANG)'), parseLanguage)
      .option('-t, --template <name>', t('prefill every answer from a shipped template', 'jede Antwort aus einer mitgelieferten Vorlage vorbelegen'))
      .option('--list-templates', t('list the shipped templates', 'die mitgelieferten Vorlagen auflisten'))
      .option('-a, --answers <file>', t('take the answers from a YAML or JSON file, without prompts', 'die Antworten aus einer YAML- oder JSON-Datei nehmen, ohne Fragen'))
      .option('-y, --yes', t("accept the template's (or the defaults') answers without asking", 'die Antworten der Vorlage (oder die Vorgaben) ohne Fragen übernehmen'))
      .option('--force', t('overwrite an existing file', 'eine vorhandene Datei überschreiben'))
      .option('--resume', t('continue the interview that was stopped with Ctrl-C (its answers are kept in your cache folder)', 'die mit Strg-C abgebrochenen Fragen fortsetzen (die Antworten liegen in Ihrem Cache-Ordner)'))
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

  program.commandsGroup(t('Keep it alive:', 'Lebendig halten:'));
  if (wanted('edit')) {
    program
      .command('edit')
      .description(t('re-run one part of the interview with the current answers as defaults', 'einen Teil der Fragen erneut stellen, mit den bisherigen Antworten als Vorschlag'))
      .argument('<section>', sectionChoices(language))
      .argument('[item]', t('the id of the one goal or target group to edit (a name ending in .yaml or .yml is the file)', 'die Kennung des einen Ziels oder der einen Zielgruppe (ein Name auf .yaml oder .yml ist die Datei)'))
      .argument('[file]', t('the strategy file', 'die Strategiedatei'), 'smplan.yaml')
      .option('--lang <de|en>', t("language of the interview (default: the file's language)", 'Sprache der Fragen (Standard: die Sprache der Datei)'), parseLanguage)
      .option('-a, --answers <file>', t('merge a partial section from a YAML or JSON file, without prompts', 'einen Teil eines Abschnitts aus einer YAML- oder JSON-Datei übernehmen, ohne Fragen'))
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
      .description(t('record a measured KPI value for a goal', 'einen gemessenen Wert einer Kennzahl erfassen'))
      .argument('[goal-id]', t('the id of the goal', 'die Kennung des Ziels'))
      .argument('[value]', t('the measured value', 'der gemessene Wert'))
      .option('-d, --date <date>', t('the day it was measured, YYYY-MM-DD or DD.MM.YYYY (default: today; never after today)', 'der Tag der Messung, TT.MM.JJJJ oder JJJJ-MM-TT (Standard: heute; nie nach heute)'))
      .option('-f, --file <path>', t('the strategy file', 'die Strategiedatei'), 'smplan.yaml')
      .option('-n, --note <text>', t('what happened, in a few words', 'was passiert ist, in wenigen Worten'))
      .option('--replace', t("replace a value already recorded for that day, and its note with --note's (or none)", 'einen schon erfassten Wert des Tages ersetzen, und seine Notiz durch die von --note (oder keine)'))
      .option('--keep-note', t('with --replace: keep the note of the value replaced', 'mit --replace: die Notiz des ersetzten Werts behalten'))
      .option('--delete <date>', t('remove the value recorded for that day', 'den Wert dieses Tages entfernen'))
      .option('--from <csv>', t("import many rows (goal,date,value[,note]; a German spreadsheet's Ziel;Datum;Wert too) at once: all or nothing", 'viele Zeilen auf einmal übernehmen (Ziel;Datum;Wert[;Notiz] wie aus Excel, oder goal,date,value): alle oder keine'))
      .option('--lang <de|en>', t("language of messages (default: the file's language, then LC_ALL/LANG)", 'Sprache der Meldungen (Standard: die Sprache der Datei, dann LC_ALL/LANG)'), parseLanguage)
      .addHelpText(
        'after',
        examples(['smplan track walk-ins 210', 'smplan track leads 14 --date 2027-01-31 --note "trade fair"', 'smplan track torten 7,5 --date 30.04.2027', 'smplan track leads --delete 2027-01-31', 'smplan track --from kpis.csv']),
      )
      .action(async (goalId: string | undefined, value: string | undefined, options) => {
        const { track } = await import('./commands/track.js');
        process.exitCode = await track(goalId, value, options);
      });
  }

  program.commandsGroup(t('Check it (CI, pre-commit, editors):', 'Prüfen (CI, pre-commit, Editoren):'));
  if (wanted('check')) {
    program
      .command('check')
      .description(t('lint strategy files: measurable goals, all five questions answered', 'Strategiedateien prüfen: messbare Ziele, alle fünf Fragen beantwortet'))
      .argument('[paths...]', t('files, folders or globs (default: smplan.yaml and **/*.smplan.yaml)', 'Dateien, Ordner oder Muster (Standard: smplan.yaml und **/*.smplan.yaml)'))
      .addOption(new Option('-f, --format <format>', t('output format', 'Ausgabeformat')).choices(Object.keys(FORMATTERS)).default('stylish'))
      .option('-o, --output-file <path>', t('write the report to a file (stdout gets a one-line summary)', 'den Bericht in eine Datei schreiben (auf stdout steht eine Zeile Zusammenfassung)'))
      .option('--max-warnings <n>', t('fail (exit 1) when there are more warnings than this', 'mit Exit-Code 1 enden, wenn es mehr Warnungen gibt'))
      .option('-q, --quiet', t('report errors only', 'nur Fehler melden'))
      .option('--lang <de|en>', t("language of messages (default: the file's language, then LC_ALL/LANG)", 'Sprache der Meldungen (Standard: die Sprache der Datei, dann LC_ALL/LANG)'), parseLanguage)
      .option('--rule <id=severity>', t('set a rule to off, warn or error (repeatable)', 'eine Regel auf off, warn oder error setzen (mehrfach möglich)'), collect, [])
      .option('-c, --config <file>', t('use this config file over .smplanrc.yaml', 'diese Konfigurationsdatei statt .smplanrc.yaml nehmen'))
      .option('--no-error-on-unmatched-pattern', t('a path or glob that matches no file is not an error', 'ein Pfad oder Muster ohne Treffer ist kein Fehler'))
      .option('--cache', t('only lint files that changed since the last run (results in .smplancache)', 'nur geänderte Dateien prüfen (Ergebnisse in .smplancache)'))
      .option('--cache-location <path>', t('where --cache keeps its results (implies --cache)', 'wo --cache seine Ergebnisse ablegt (schaltet --cache ein)'))
      .option('--concurrency <n|auto|off>', t('lint in this many threads; auto uses several for many files', 'in so vielen Threads prüfen; auto nimmt bei vielen Dateien mehrere'), 'auto')
      .option('--no-color', t('no colours (NO_COLOR and FORCE_COLOR are honoured too)', 'keine Farben (NO_COLOR und FORCE_COLOR gelten auch)'))
      .option('--stdin', t('lint the text on standard input (also: the path -)', 'den Text der Standardeingabe prüfen (auch: der Pfad -)'))
      .option('--stdin-filename <path>', t('the file name of the text on standard input, for output and config lookup', 'der Dateiname des Texts der Standardeingabe, für Ausgabe und Konfiguration'))
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
      .description(t('list the lint rules, or show the documentation of one', 'die Regeln auflisten oder die Beschreibung einer Regel zeigen'))
      .argument('[id]', t('a rule id, e.g. goals/metric', 'die Kennung einer Regel, z. B. goals/metric'))
      .option('--lang <de|en>', t('language of the one-line descriptions', 'Sprache der einzeiligen Beschreibungen'), parseLanguage)
      .addHelpText('after', examples(['smplan rules', 'smplan rules goals/vague-wording']))
      .action(async (id: string | undefined, options) => {
        const { rules } = await import('./commands/rules.js');
        process.exitCode = await rules(id, options);
      });
  }

  if (wanted('schema')) {
    program
      .command('schema')
      .description(t('print the JSON Schema (draft 2020-12) of the strategy file', 'das JSON-Schema (Draft 2020-12) der Strategiedatei ausgeben'))
      .addHelpText('after', examples(['smplan schema > strategy-v1.json']))
      .option('--write [folder]', t('write a copy to .smplan/strategy-v1.json in the repository and point the modelines of the strategies below the folder at it', 'eine Kopie nach .smplan/strategy-v1.json im Repository schreiben und die Modelines der Strategien unter dem Ordner darauf zeigen lassen'))
      .action(async (options: { write?: string | true }) => {
        const { schema } = await import('./commands/schema.js');
        process.exitCode = await schema(options);
      });
  }

  program.commandsGroup(t('Show results:', 'Ergebnisse zeigen:'));
  if (wanted('report')) {
    program
      .command('report')
      .description(t('progress of every goal, costs and ROI', 'Fortschritt jedes Ziels, Kosten und ROI'))
      .argument('[file]', t('the strategy file', 'die Strategiedatei'), 'smplan.yaml')
      .addOption(new Option('-f, --format <format>', t('output format', 'Ausgabeformat')).choices(['text', 'markdown', 'html', 'json']).default('text'))
      .option('-o, --output-file <path>', t('write the report to a file', 'den Bericht in eine Datei schreiben'))
      .option('--lang <de|en>', t("language of the report (default: the file's language)", 'Sprache des Berichts (Standard: die Sprache der Datei)'), parseLanguage)
      .option('--no-color', t('no colours (NO_COLOR and FORCE_COLOR are honoured too)', 'keine Farben (NO_COLOR und FORCE_COLOR gelten auch)'))
      .addHelpText('after', examples(['smplan report', 'smplan report --format html -o report.html', 'smplan report --format json | jq .roi']))
      .action(async (file: string, options) => {
        const { report } = await import('./commands/report.js');
        process.exitCode = await report(file, options);
      });
  }

  if (wanted('diff')) {
    program
      .command('diff')
      .description(t('what changed in a strategy, for reviews: goals, people, money, audiences, lint findings', 'was sich an einer Strategie geändert hat, für Reviews: Ziele, Personen, Geld, Zielgruppen, Befunde'))
      .argument('[files...]', t('two files (old new); with --since one file (default: smplan.yaml)', 'zwei Dateien (alt neu); mit --since eine Datei (Standard: smplan.yaml)'))
      .option('--since <rev>', t('compare the file with its version at this git revision', 'die Datei mit ihrer Fassung in dieser git-Revision vergleichen'))
      .addOption(new Option('-f, --format <format>', t('output format', 'Ausgabeformat')).choices(['text', 'markdown', 'json']).default('text'))
      .option('--lang <de|en>', t("language of the output (default: the new file's language, then LC_ALL/LANG)", 'Sprache der Ausgabe (Standard: die Sprache der neuen Datei, dann LC_ALL/LANG)'), parseLanguage)
      .option('--no-color', t('no colours (NO_COLOR and FORCE_COLOR are honoured too)', 'keine Farben (NO_COLOR und FORCE_COLOR gelten auch)'))
      .option('--exit-code', t('exit 1 when anything changed, as git diff --exit-code does', 'mit Exit-Code 1 enden, wenn sich etwas geändert hat, wie git diff --exit-code'))
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

  program.commandsGroup(t('Shell:', 'Shell:'));
  if (wanted('completion')) {
    program
      .command('completion')
      .description(t('print a completion script for bash, zsh or fish', 'ein Vervollständigungsskript für bash, zsh oder fish ausgeben'))
      .argument('[shell]', t('bash, zsh or fish', 'bash, zsh oder fish'))
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
  const language = languageOfRun(argv);
  let program = buildProgram(requested, language);
  if (program.commands.length === 0) program = buildProgram(undefined, language);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const quietExits = ['commander.helpDisplayed', 'commander.help', 'commander.version'];
      process.exitCode = quietExits.includes(error.code) ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = reportError(error, argv.includes('--debug'), language);
  }
}
