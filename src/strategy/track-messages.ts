/**
 * Every text of `smplan track`, in English and German: what it recorded,
 * what it refused and why. Numbers and dates in the data are written the way
 * the run's language writes them (src/base/numbers.ts) before they get here.
 */
import type { Message } from '../base/message.js';

export const TRACK_MESSAGES = {
  recorded: { en: '{goal}: {amount} on {date} recorded{facts}', de: '{goal}: {amount} am {date} erfasst{facts}' },
  replaced: { en: '{goal}: {amount} on {date} recorded, replacing {old}{facts}', de: '{goal}: {amount} am {date} erfasst, statt bisher {old}{facts}' },
  targetBy: { en: 'target {target} by {deadline}', de: 'Ziel {target} bis {deadline}' },
  target: { en: 'target {target}', de: 'Ziel {target}' },
  ofTheWay: { en: '{percent} % of the way', de: '{percent} % des Wegs' },
  deleted: { en: '{goal}: the value of {date} ({amount}) deleted', de: '{goal}: der Wert vom {date} ({amount}) gelöscht' },
  imported: { en: '{count} measurements from {csv} recorded in {file} ({counts})', de: '{count} Messwerte aus {csv} in {file} erfasst ({counts})' },
  importedOne: { en: '1 measurement from {csv} recorded in {file} ({counts})', de: '1 Messwert aus {csv} in {file} erfasst ({counts})' },
  importedReplacing: {
    en: '{count} measurements from {csv} recorded in {file} ({counts}, {replaced} of them replacing earlier values)',
    de: '{count} Messwerte aus {csv} in {file} erfasst ({counts}, {replaced} davon statt früherer Werte)',
  },
  rewritten: {
    en: 'note: {file} was rewritten as a whole (an unusual layout near the change); comments are kept, spacing may differ',
    de: 'Hinweis: {file} wurde als Ganzes neu geschrieben (ungewöhnliches Layout an der Stelle); Kommentare bleiben, Abstände können sich ändern',
  },
  beforeStart: {
    en: 'warning: {date} is before the strategy started ({started}); the value is recorded, but the ROI counts only what was measured from the start',
    de: 'Warnung: {date} liegt vor dem Start der Strategie ({started}); der Wert ist erfasst, aber der ROI zählt nur, was ab dem Start gemessen wurde',
  },
  error: { en: 'error', de: 'Fehler' },
  notWellFormed: {
    en: '{problem} Nothing was written: fix the file first (smplan check lists every problem).',
    de: '{problem} Nichts wurde geschrieben: Beheben Sie zuerst den Fehler in der Datei (smplan check nennt alle Probleme).',
  },
  // problems with what was typed
  emptyValue: { en: 'the value is empty; give a number such as 210 or 3.5', de: 'der Wert ist leer; geben Sie eine Zahl an, z. B. 210 oder 3,5' },
  notANumber: { en: '"{value}" is not a number; give a number such as 210 or 3.5', de: '„{value}“ ist keine Zahl; geben Sie eine Zahl an, z. B. 210 oder 3,5' },
  ambiguousNumber: {
    en: '"{value}" can mean {whole} or {fraction}; write {whole} or {fraction}',
    de: '„{value}“ kann {whole} oder {fraction} heißen; schreiben Sie {whole} oder {fraction}',
  },
  notADate: { en: '"{value}" is not a calendar date; write YYYY-MM-DD (e.g. {example})', de: '„{value}“ ist kein Kalenderdatum; schreiben Sie TT.MM.JJJJ oder JJJJ-MM-TT (z. B. {example})' },
  futureDate: {
    en: '{date} is after today ({today}); a measurement is recorded once it has been measured',
    de: '{date} liegt nach heute ({today}); ein Messwert wird erfasst, wenn er gemessen ist',
  },
  negative: {
    en: '{value} is below zero, and "{metric}" counts something that cannot be negative; give the value as measured',
    de: '{value} liegt unter null, und „{metric}“ zählt etwas, das nicht negativ sein kann; geben Sie den gemessenen Wert an',
  },
  noGoal: { en: 'no goal "{goal}" in {file}; {known}', de: 'kein Ziel „{goal}“ in {file}; {known}' },
  knownGoals: { en: 'known goals: {goals}', de: 'vorhandene Ziele: {goals}' },
  noGoals: { en: 'the file has no goals yet (add one with smplan edit goals)', de: 'die Datei hat noch keine Ziele (eines anlegen: smplan edit goals)' },
  exists: {
    en: '{goal} already has a value for {date} ({old}); add --replace to replace it, or give another --date',
    de: '{goal} hat für {date} schon einen Wert ({old}); mit --replace wird er ersetzt, oder geben Sie ein anderes --date an',
  },
  alias: {
    en: 'the measurements of goal "{goal}" are an alias ({alias}) of another list; write them out as a list of their own, then record the value',
    de: 'die Messwerte von Ziel „{goal}“ sind ein Alias ({alias}) einer anderen Liste; schreiben Sie sie als eigene Liste aus und erfassen Sie dann den Wert',
  },
  noSuchMeasurement: {
    en: '{goal} has no value for {date}; it has values for {dates}',
    de: '{goal} hat keinen Wert für {date}; Werte gibt es für {dates}',
  },
  noMeasurements: { en: '{goal} has no values yet, so there is none for {date}', de: '{goal} hat noch keine Werte, also auch keinen für {date}' },
  // problems with how track was called
  goalAndFrom: { en: 'give either a goal and a value, or --from <csv>, not both', de: 'geben Sie entweder ein Ziel und einen Wert an oder --from <csv>, nicht beides' },
  dateWithFrom: {
    en: '--date and --note are for one value; with --from every row has its own date (and note column)',
    de: '--date und --note gelten für einen Wert; mit --from hat jede Zeile ihr eigenes Datum (und eine Spalte für die Notiz)',
  },
  nameAGoal: {
    en: 'name a goal and a value (smplan track <goal-id> <value>), or import rows with --from <csv>',
    de: 'nennen Sie ein Ziel und einen Wert (smplan track <ziel> <wert>) oder übernehmen Sie Zeilen mit --from <csv>',
  },
  giveAValue: { en: 'give the value measured for "{goal}": smplan track {goal} <value>', de: 'geben Sie den gemessenen Wert für „{goal}“ an: smplan track {goal} <wert>' },
  deleteWithValue: {
    en: '--delete <date> removes a value; give no value (and no --from, --note or --replace) with it',
    de: '--delete <datum> entfernt einen Wert; geben Sie keinen Wert (und kein --from, --note oder --replace) dazu an',
  },
  keepNoteWithoutReplace: { en: '--keep-note goes with --replace', de: '--keep-note gehört zu --replace' },
  // track --from
  csvRow: { en: '{csv}, row {row}: {problems}', de: '{csv}, Zeile {row}: {problems}' },
  csvNoGoal: { en: 'no goal "{goal}"; {known}', de: 'kein Ziel „{goal}“; {known}' },
  csvEmptyGoal: { en: 'the goal is empty', de: 'das Ziel ist leer' },
  csvTwice: { en: 'row {earlier} already gives {goal} a value for {date}', de: 'Zeile {earlier} gibt {goal} schon einen Wert für {date}' },
  csvBad: { en: 'nothing was written: {bad} of {rows} rows are bad', de: 'nichts wurde geschrieben: {bad} von {rows} Zeilen sind fehlerhaft' },
  csvMore: { en: '… and {count} more bad rows', de: '… und {count} weitere fehlerhafte Zeilen' },
  csvEmpty: { en: '{csv} has no rows to import; each row is goal,date,value with an optional note', de: '{csv} hat keine Zeilen; jede Zeile ist Ziel;Datum;Wert mit optionaler Notiz' },
  csvTextAfterQuote: {
    en: 'text after a closing quote; put the whole field in quotes and write a quote inside it as ""',
    de: 'Text nach einem schließenden Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin als ""',
  },
  csvOpenQuote: { en: 'a quote is opened and never closed', de: 'ein Anführungszeichen wird geöffnet und nie geschlossen' },
  csvUnknownColumn: {
    en: 'unknown column "{column}"; the columns are goal, date, value and note',
    de: 'unbekannte Spalte „{column}“; die Spalten sind Ziel, Datum, Wert und Notiz',
  },
  csvColumnTwice: { en: 'the column "{column}" appears twice', de: 'die Spalte „{column}“ kommt zweimal vor' },
  csvFields: {
    en: '{count} fields, but a row is goal,date,value with an optional note',
    de: '{count} Felder, aber eine Zeile ist Ziel;Datum;Wert mit optionaler Notiz',
  },
  csvUnreadable: { en: '{csv}, row {row}: {reason}; nothing was written', de: '{csv}, Zeile {row}: {reason}; nichts wurde geschrieben' },
} satisfies Record<string, Message>;
