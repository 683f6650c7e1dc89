/**
 * Every text `init` shows outside the questions themselves, in both languages.
 * `{name}` placeholders are filled (and escaped) by `formatMessage`.
 */
import type { Message } from '../base/message.js';

export const MESSAGES = {
  needsTerminal: {
    en: 'init needs a terminal to ask its questions; give the answers in a file with --answers <file>, or accept the suggestions with --yes (and --template <name>)',
    de: 'init braucht ein Terminal für seine Fragen; geben Sie die Antworten als Datei mit --answers <datei> an, oder übernehmen Sie die Vorschläge mit --yes (und --template <name>)',
  },
  fileExists: {
    en: '{file} already exists; use --force to overwrite it',
    de: '{file} gibt es schon; mit --force wird sie überschrieben',
  },
  notAFile: {
    en: '{file} is a folder; name the strategy file to write, e.g. {file}/smplan.yaml',
    de: '{file} ist ein Ordner; nennen Sie die Strategiedatei, z. B. {file}/smplan.yaml',
  },
  overwrite: { en: '{file} already exists. Overwrite it?', de: '{file} gibt es schon. Überschreiben?' },
  unchanged: { en: 'Nothing written; {file} is unchanged.', de: 'Nichts geschrieben; {file} ist unverändert.' },
  unknownTemplate: {
    en: 'there is no template "{name}"; choose one of: {names} (smplan init --list-templates)',
    de: 'eine Vorlage „{name}“ gibt es nicht; wählen Sie eine von: {names} (smplan init --list-templates)',
  },
  answersInvalid: {
    en: 'the answers in {file} are not valid (see above); nothing was written',
    de: 'die Antworten in {file} sind nicht gültig (siehe oben); es wurde nichts geschrieben',
  },
  welcome: {
    en: 'smplan writes your social media strategy to {file}. It asks five questions: goals, target groups, team, employees and criticism. A complete strategy takes about 30 short answers (10 minutes); the details can follow now or later.',
    de: 'smplan schreibt Ihre Social-Media-Strategie nach {file}. Es stellt fünf Fragen: Ziele, Zielgruppen, Team, Mitarbeitende und Kritik. Eine vollständige Strategie braucht etwa 30 kurze Antworten (10 Minuten); die Details folgen jetzt oder später.',
  },
  keys: {
    en: 'Enter accepts the suggestion in (brackets), Tab edits it, Backspace clears it; Enter on an empty line skips a question that is not required. Type < (or "back") to return to the previous question. Ctrl-C stops without writing anything.',
    de: 'Enter übernimmt den Vorschlag in (Klammern), Tab bearbeitet ihn, die Rücktaste löscht ihn; Enter ohne Eingabe überspringt eine Frage, die nicht Pflicht ist. Mit < (oder „zurück“) geht es zur vorigen Frage. Strg-C bricht ab, ohne etwas zu schreiben.',
  },
  fromTemplate: {
    en: 'The suggestions come from the template "{name}": {description}',
    de: 'Die Vorschläge stammen aus der Vorlage „{name}“: {description}',
  },
  summary: { en: 'Summary', de: 'Zusammenfassung' },
  summaryCompany: { en: 'Company: {name}', de: 'Unternehmen: {name}' },
  summaryGoals: { en: 'Goals:', de: 'Ziele:' },
  summaryGoal: {
    en: '{id}: {target} {unit} by {deadline} (baseline {baseline})',
    de: '{id}: {target} {unit} bis {deadline} (Ausgangswert {baseline})',
  },
  summaryNoGoals: { en: 'Goals: none yet', de: 'Ziele: noch keine' },
  summaryAudiences: { en: 'Target groups: {audiences}', de: 'Zielgruppen: {audiences}' },
  summaryOwner: { en: 'Owner: {person}', de: 'Verantwortlich: {person}' },
  summarySponsor: { en: 'Executive sponsor: {person}', de: 'Rückendeckung der Geschäftsleitung: {person}' },
  summaryGuidelines: { en: 'Guidelines for everyone: {topics}', de: 'Regeln für alle: {topics}' },
  summaryCriticism: { en: 'Response time to criticism: {hours}', de: 'Antwortzeit auf Kritik: {hours}' },
  summaryMissing: { en: '(not answered)', de: '(keine Angabe)' },
  confirmWrite: { en: 'Write {file}?', de: '{file} schreiben?' },
  notWritten: { en: 'Nothing written.', de: 'Nichts geschrieben.' },
  written: { en: 'Wrote {file} (revision 1, draft).', de: '{file} geschrieben (Revision 1, Entwurf).' },
  nextSteps: { en: 'Next steps:', de: 'Nächste Schritte:' },
  nextGit: {
    en: 'git add {file}   keep the strategy in git, beside your other work',
    de: 'git add {file}   die Strategie in git aufnehmen, neben Ihrer übrigen Arbeit',
  },
  nextCi: {
    en: 'npx smplan check   in CI: every change to the strategy is checked (exit 1 on errors)',
    de: 'npx smplan check   in der CI: jede Änderung der Strategie wird geprüft (Exit-Code 1 bei Fehlern)',
  },
  nextTrack: {
    en: 'smplan track {goal} <value>   record a measured value; smplan report shows progress and ROI',
    de: 'smplan track {goal} <wert>   einen gemessenen Wert eintragen; smplan report zeigt Fortschritt und ROI',
  },
  nextEdit: {
    en: 'smplan check {file}   after filling in what is still missing (a draft may have gaps; CI fails on them)',
    de: 'smplan check {file}   nachdem Sie ergänzt haben, was noch fehlt (ein Entwurf darf Lücken haben; die CI schlägt an)',
  },
  selectKeys: { en: 'navigate|select', de: 'blättern|auswählen' },
  yes: { en: 'yes', de: 'ja' },
  no: { en: 'no', de: 'nein' },
  yesOrNo: { en: 'Answer {yes} or {no}.', de: 'Bitte mit {yes} oder {no} antworten.' },
  skipChoice: { en: '(no answer)', de: '(keine Angabe)' },
  backChoice: { en: '← back to the previous question', de: '← zurück zur vorigen Frage' },
  fileHeader: {
    en: 'Social media strategy of {company}, written by smplan init {version} on {today}.\nThe five questions below are answered in order; `smplan check` says what is missing or weak.\nFormat: https://github.com/smplan/smplan/blob/main/docs/strategy-file.md',
    de: 'Social-Media-Strategie von {company}, geschrieben von smplan init {version} am {today}.\nDie fünf Fragen unten werden der Reihe nach beantwortet; `smplan check` sagt, was fehlt oder schwach ist.\nFormat: https://github.com/smplan/smplan/blob/main/docs/strategy-file.md',
  },
  defaultCompany: { en: 'My company', de: 'Mein Unternehmen' },
  editNeedsTerminal: {
    en: 'edit needs a terminal to ask its questions; give the answers in a file with --answers <file>',
    de: 'edit braucht ein Terminal für seine Fragen; geben Sie die Antworten als Datei mit --answers <datei> an',
  },
  unknownSection: {
    en: 'there is no section "{name}"; choose one of: {sections}',
    de: 'einen Abschnitt „{name}“ gibt es nicht; wählen Sie einen von: {sections}',
  },
  editing: {
    en: 'Section {section} of {file}: the current answers are the suggestions.',
    de: 'Abschnitt {section} von {file}: Die bisherigen Antworten sind die Vorschläge.',
  },
  noChanges: { en: 'No changes; {file} is unchanged.', de: 'Keine Änderungen; {file} ist unverändert.' },
  confirmChanges: { en: 'Write the changes to {file}?', de: 'Die Änderungen in {file} schreiben?' },
  edited: { en: 'Wrote {file} (revision {revision}).', de: '{file} geschrieben (Revision {revision}).' },
  draftKept: {
    en: 'Your {count} answers so far are kept in {draft}; smplan init --resume continues there.',
    de: 'Ihre bisherigen {count} Antworten sind in {draft} gespeichert; smplan init --resume macht dort weiter.',
  },
  resumeDraft: {
    en: 'There is a draft of {file} with {count} answers ({date}). Continue where you stopped?',
    de: 'Es gibt einen Entwurf von {file} mit {count} Antworten ({date}). Dort weitermachen?',
  },
  noDraft: {
    en: 'there is no draft of {file} to resume; start with smplan init {file}',
    de: 'es gibt keinen Entwurf von {file} zum Weitermachen; beginnen Sie mit smplan init {file}',
  },
  askDetails: {
    en: 'That is a complete strategy. Add the details now (where each goal is measured, needs and places of the target groups, coordination, escalation, scenarios; about 40 more questions)? They can also be added later with smplan edit.',
    de: 'Das ist eine vollständige Strategie. Jetzt die Details ergänzen (Messquellen, Bedürfnisse und Orte der Zielgruppen, Abstimmung, Eskalation, Szenarien; etwa 40 weitere Fragen)? Das geht auch später mit smplan edit.',
  },
  basicsDetails: { en: 'The organisation', de: 'Die Organisation' },
  review: { en: 'Keep it, change it or remove it?', de: 'Behalten, ändern oder entfernen?' },
  reviewKeep: { en: 'keep it as it is', de: 'so behalten' },
  reviewChange: { en: 'change it (its answers are the suggestions)', de: 'ändern (die bisherigen Antworten sind die Vorschläge)' },
  reviewRemove: { en: 'remove it', de: 'entfernen' },
  confirmRemove: { en: 'Remove "{label}"? This cannot be undone by smplan.', de: '„{label}“ entfernen? smplan kann das nicht rückgängig machen.' },
  confirmRemoveMeasurements: {
    en: 'Remove "{label}" and its {count} recorded measurements? This cannot be undone by smplan.',
    de: '„{label}“ mit seinen {count} erfassten Messwerten entfernen? smplan kann das nicht rückgängig machen.',
  },
  kept: { en: 'Kept.', de: 'Behalten.' },
  noSuchItem: {
    en: 'there is no item "{id}" in {section} of {file}; the ids are: {ids}',
    de: 'in {section} von {file} gibt es kein „{id}“; die Kennungen sind: {ids}',
  },
  changes: { en: 'These changes will be written:', de: 'Diese Änderungen werden geschrieben:' },
  changedWhileEditing: {
    en: '{file} changed on disk while you answered, so nothing was written over it. Your answers are kept in {kept}: run `smplan edit {section} {file} --answers {kept}` to apply them to the new version.',
    de: '{file} wurde geändert, während Sie geantwortet haben; darum wurde nichts darüber geschrieben. Ihre Antworten stehen in {kept}: `smplan edit {section} {file} --answers {kept}` übernimmt sie in die neue Fassung.',
  },
} satisfies Record<string, Message>;

/** Problems with one typed answer; shown under the prompt, which keeps what was typed. */
export const VALIDATION = {
  required: { en: 'An answer is needed here.', de: 'Hier wird eine Antwort gebraucht.' },
  'not-a-number': {
    en: '"{value}" is not a number; write digits only, e.g. 600 or 0.5 (no unit).',
    de: '„{value}“ ist keine Zahl; bitte nur Ziffern, z. B. 600 oder 0,5 (ohne Einheit).',
  },
  'ambiguous-number': {
    en: '"{value}" can be read two ways; write it without a thousands separator, e.g. 1000 or 1.5.',
    de: '„{value}“ lässt sich zweifach lesen; bitte ohne Tausenderpunkt, z. B. 1000 oder 1,5.',
  },
  'not-a-date': {
    en: '"{value}" is not a calendar date; write YYYY-MM-DD, e.g. {example}.',
    de: '„{value}“ ist kein Kalenderdatum; bitte JJJJ-MM-TT, z. B. {example}.',
  },
  'not-a-slug': {
    en: '"{value}" is not an id; use lower-case letters, digits and hyphens, e.g. more-leads.',
    de: '„{value}“ ist keine Kennung; bitte Kleinbuchstaben, Ziffern und Bindestriche, z. B. mehr-anfragen.',
  },
  'not-a-country': {
    en: '"{value}" is not a country code; write two letters, e.g. DE or GB.',
    de: '„{value}“ ist kein Ländercode; bitte zwei Buchstaben, z. B. DE oder AT.',
  },
  'not-a-currency': {
    en: '"{value}" is not a currency code; write three letters, e.g. EUR or GBP.',
    de: '„{value}“ ist kein Währungscode; bitte drei Buchstaben, z. B. EUR oder CHF.',
  },
  'too-small': {
    en: '{value} is too small; the number must be at least {minimum}.',
    de: '{value} ist zu klein; die Zahl muss mindestens {minimum} sein.',
  },
  invalid: { en: '"{value}" is not valid here.', de: '„{value}“ ist hier nicht gültig.' },
  'deadline-past': {
    en: '{value} is in the past (today is {today}); a deadline must still be ahead.',
    de: '{value} liegt in der Vergangenheit (heute ist der {today}); eine Frist muss noch vor uns liegen.',
  },
  'review-past': {
    en: '{value} is in the past (today is {today}); choose the day of the next review.',
    de: '{value} liegt in der Vergangenheit (heute ist der {today}); wählen Sie den Tag der nächsten Überprüfung.',
  },
  'before-start': {
    en: '{value} is before the strategy starts ({started}); choose a later date.',
    de: '{value} liegt vor dem Start der Strategie ({started}); wählen Sie ein späteres Datum.',
  },
  'duplicate-id': {
    en: 'The id "{value}" is already taken in this list; choose another one.',
    de: 'Die Kennung „{value}“ ist in dieser Liste schon vergeben; wählen Sie eine andere.',
  },
  'target-equals-baseline': {
    en: 'The target equals the baseline ({value}): there would be nothing to achieve. Which number do you want to reach?',
    de: 'Der Zielwert ist gleich dem Ausgangswert ({value}): Es gäbe nichts zu erreichen. Welche Zahl wollen Sie erreichen?',
  },
  'target-not-above': {
    en: '{value} is not above the baseline {baseline}, and the number should rise; type a target above {baseline}.',
    de: '{value} liegt nicht über dem Ausgangswert {baseline}, und die Zahl soll steigen; geben Sie einen Zielwert über {baseline} ein.',
  },
  'target-not-below': {
    en: '{value} is not below the baseline {baseline}, and the number should fall; type a target below {baseline}.',
    de: '{value} liegt nicht unter dem Ausgangswert {baseline}, und die Zahl soll sinken; geben Sie einen Zielwert unter {baseline} ein.',
  },
  'change-without-baseline': {
    en: '"{value}" is a change, but there is no baseline to change; type the target itself, e.g. 600.',
    de: '„{value}“ ist eine Änderung, aber es gibt keinen Ausgangswert dazu; geben Sie den Zielwert selbst ein, z. B. 600.',
  },
} satisfies Record<string, Message>;

export type ValidationCode = keyof typeof VALIDATION;
