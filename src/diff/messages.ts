/**
 * Every text of `smplan diff`, in English and German, one small table per
 * kind of thing. Sentences are whole templates with `{placeholders}`; the
 * views fill in values that are already escaped for their output format.
 */
import type { Language, Message } from '../base/message.js';
import { SECTION_TABLE } from '../strategy/sections.js';
import { COST_FIELDS, RETARGET_FIELDS, type ChangeKind } from './compare.js';

export type { Language, Message };

/** Fills `{name}` placeholders with values the caller has escaped already. */
export function fill(message: Message, language: Language, values: Record<string, string> = {}): string {
  return message[language].replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? values[name]! : placeholder));
}

export type Sigil = '+' | '-' | '~';

export const SIGILS: Record<ChangeKind, Sigil> = {
  'status-changed': '~',
  'revision-changed': '~',
  'goal-added': '+',
  'goal-removed': '-',
  'goal-retargeted': '~',
  'goal-reworded': '~',
  'goal-revalued': '~',
  'audience-added': '+',
  'audience-removed': '-',
  'owner-changed': '~',
  'sponsor-changed': '~',
  'cost-changed': '~',
  'guideline-topic-added': '+',
  'guideline-topic-removed': '-',
  'response-time-changed': '~',
  'scenario-added': '+',
  'scenario-removed': '-',
  'other-changed': '~',
};

export type Section = 'strategy' | 'goals' | 'audiences' | 'team' | 'employees' | 'criticism' | 'other';

export const SECTION_OF: Record<ChangeKind, Section> = {
  'status-changed': 'strategy',
  'revision-changed': 'strategy',
  'goal-added': 'goals',
  'goal-removed': 'goals',
  'goal-retargeted': 'goals',
  'goal-reworded': 'goals',
  'goal-revalued': 'goals',
  'audience-added': 'audiences',
  'audience-removed': 'audiences',
  'owner-changed': 'team',
  'sponsor-changed': 'team',
  'cost-changed': 'team',
  'guideline-topic-added': 'employees',
  'guideline-topic-removed': 'employees',
  'response-time-changed': 'criticism',
  'scenario-added': 'criticism',
  'scenario-removed': 'criticism',
  'other-changed': 'other',
};

export const SECTION_TITLES: Record<Section, Message> = {
  strategy: { en: 'Strategy', de: 'Strategie' },
  ...(Object.fromEntries(SECTION_TABLE.map((section) => [section.key, section.title])) as Record<(typeof SECTION_TABLE)[number]['key'], Message>),
  other: { en: 'Other changes', de: 'Weitere Änderungen' },
};

/** One line per change; `goal-retargeted` and `other-changed` gather several changes in one line. */
export const CHANGE_MESSAGES = {
  'status-changed': { en: 'status: {from} → {to}', de: 'Status: {from} → {to}' },
  'revision-changed': { en: 'revision: {from} → {to}', de: 'Revision: {from} → {to}' },
  'goal-added': { en: 'goal {id} added', de: 'Ziel {id} hinzugefügt' },
  'goal-added-with-summary': { en: 'goal {id} added: {summary}', de: 'Ziel {id} hinzugefügt: {summary}' },
  'goal-removed': { en: 'goal {id} removed', de: 'Ziel {id} entfernt' },
  'goal-retargeted': { en: 'goal {id} retargeted: {changes}', de: 'Ziel {id} neu ausgerichtet: {changes}' },
  'goal-reworded': { en: 'goal {id} reworded: {from} → {to}', de: 'Ziel {id} umformuliert: {from} → {to}' },
  'goal-revalued': { en: 'goal {id} value per unit: {from} → {to}', de: 'Ziel {id}, Wert je Einheit: {from} → {to}' },
  'audience-added': { en: 'audience {audience} added', de: 'Zielgruppe {audience} hinzugefügt' },
  'audience-removed': { en: 'audience {audience} removed', de: 'Zielgruppe {audience} entfernt' },
  'owner-changed': { en: 'owner: {from} → {to}', de: 'Verantwortlich: {from} → {to}' },
  'sponsor-changed': { en: 'executive sponsor: {from} → {to}', de: 'Rückhalt in der Geschäftsleitung: {from} → {to}' },
  'guideline-topic-added': { en: 'guideline topic {topic} added', de: 'Leitlinien-Thema {topic} hinzugefügt' },
  'guideline-topic-removed': { en: 'guideline topic {topic} removed', de: 'Leitlinien-Thema {topic} entfernt' },
  'response-time-changed': { en: 'response time to criticism (hours): {from} → {to}', de: 'Reaktionszeit auf Kritik (Stunden): {from} → {to}' },
  'scenario-added': { en: 'criticism scenario {type} added', de: 'Kritik-Szenario {type} hinzugefügt' },
  'scenario-removed': { en: 'criticism scenario {type} removed', de: 'Kritik-Szenario {type} entfernt' },
  'other-changed': { en: 'also changed: {fields}', de: 'außerdem geändert: {fields}' },
} satisfies Record<string, Message>;

/** `cost-changed`, one sentence per field. */
export const COST_MESSAGES: Record<(typeof COST_FIELDS)[number], Message> = {
  'team.budget.amount': { en: 'budget: {from} → {to}', de: 'Budget: {from} → {to}' },
  'team.budget.period': { en: 'budget period: {from} → {to}', de: 'Budgetzeitraum: {from} → {to}' },
  'team.hours_per_week': { en: 'hours per week: {from} → {to}', de: 'Stunden pro Woche: {from} → {to}' },
  'team.hourly_rate': { en: 'hourly rate: {from} → {to}', de: 'Stundensatz: {from} → {to}' },
};

/** The parts of a `goal-retargeted` line: `target 600 → 800`. */
export const RETARGET_MESSAGES: Record<(typeof RETARGET_FIELDS)[number], Message> = {
  'kpi.metric': { en: 'metric {from} → {to}', de: 'Messgröße {from} → {to}' },
  'kpi.unit': { en: 'unit {from} → {to}', de: 'Einheit {from} → {to}' },
  'kpi.baseline': { en: 'baseline {from} → {to}', de: 'Ausgangswert {from} → {to}' },
  'kpi.target': { en: 'target {from} → {to}', de: 'Zielwert {from} → {to}' },
  'kpi.deadline': { en: 'deadline {from} → {to}', de: 'Frist {from} → {to}' },
};

/** What an added goal is about: `40 leads by 2027-06-30`. */
export const GOAL_SUMMARY_MESSAGES = {
  'target-deadline': { en: '{target} by {deadline}', de: '{target} bis {deadline}' },
  target: { en: '{target}', de: '{target}' },
  deadline: { en: 'by {deadline}', de: 'bis {deadline}' },
} satisfies Record<string, Message>;

/** How values are shown in a sentence. */
export const VALUE_MESSAGES = {
  none: { en: '(none)', de: '(keine Angabe)' },
  quoted: { en: '"{text}"', de: '„{text}“' },
  'audience-id-name': { en: '{id} ({name})', de: '{id} ({name})' },
} satisfies Record<string, Message>;

export const LINT_MESSAGES = {
  'newly-failing': { en: 'newly failing: {rule} — {message}', de: 'neu verletzt: {rule} — {message}' },
  'now-passing': { en: 'now passing: {rule} — {message}', de: 'jetzt erfüllt: {rule} — {message}' },
  'newly-failing-label': { en: 'newly failing', de: 'neu verletzt' },
  'now-passing-label': { en: 'now passing', de: 'jetzt erfüllt' },
  'directive-rule': { en: '(disable comment)', de: '(Deaktivierungskommentar)' },
  error: { en: 'error', de: 'Fehler' },
  warn: { en: 'warning', de: 'Warnung' },
  unreadable: {
    en: 'note: {file} is not valid YAML, so its content is not compared; its syntax errors are listed as schema findings',
    de: 'Hinweis: {file} ist kein gültiges YAML, daher wird der Inhalt nicht verglichen; die Syntaxfehler stehen als Schema-Befunde in der Liste',
  },
  'rules-skipped': {
    en: 'note: {file} has schema problems, so the lint rules did not run on it; only schema findings are compared',
    de: 'Hinweis: {file} hat Schemafehler, daher liefen die Prüfregeln darauf nicht; verglichen werden nur Schema-Befunde',
  },
} satisfies Record<string, Message>;

export const VIEW_MESSAGES = {
  header: { en: '{old} → {new}', de: '{old} → {new}' },
  'no-changes': { en: 'no changes between {old} and {new}', de: 'keine Änderungen zwischen {old} und {new}' },
  'markdown-title': { en: 'Strategy changes', de: 'Änderungen an der Strategie' },
  'markdown-files': { en: 'From {old} to {new}.', de: 'Von {old} zu {new}.' },
  'markdown-no-changes': { en: 'No changes.', de: 'Keine Änderungen.' },
  'lint-title': { en: 'Lint', de: 'Prüfung' },
  'lint-no-changes': { en: 'No lint findings appeared or disappeared.', de: 'Keine Prüfbefunde sind hinzugekommen oder weggefallen.' },
  'column-change': { en: 'Change', de: 'Änderung' },
  'column-rule': { en: 'Rule', de: 'Regel' },
  'column-severity': { en: 'Severity', de: 'Schwere' },
  'column-finding': { en: 'Finding', de: 'Befund' },
} satisfies Record<string, Message>;

/** Usage and git problems: one line each, exit code 2. */
export const ERROR_MESSAGES = {
  'two-files': {
    en: 'name two files to compare (smplan diff old.yaml new.yaml), or a revision and at most one file (smplan diff --since HEAD~1 [file])',
    de: 'nennen Sie zwei Dateien zum Vergleich (smplan diff alt.yaml neu.yaml) oder eine Revision und höchstens eine Datei (smplan diff --since HEAD~1 [Datei])',
  },
  'one-file': {
    en: '--since compares one file with an older version of itself; name at most one file',
    de: '--since vergleicht eine Datei mit ihrer älteren Fassung; nennen Sie höchstens eine Datei',
  },
  format: {
    en: '--format must be text, markdown or json, not "{format}"',
    de: '--format muss text, markdown oder json sein, nicht „{format}“',
  },
  'git-missing': {
    en: '--since reads the old version with git, but git was not found; install git, or name two files: smplan diff old.yaml new.yaml',
    de: '--since liest die alte Fassung mit git, aber git wurde nicht gefunden; installieren Sie git oder nennen Sie zwei Dateien: smplan diff alt.yaml neu.yaml',
  },
  'not-a-repository': {
    en: '{file} is not in a git repository; --since needs one, or name two files: smplan diff old.yaml new.yaml',
    de: '{file} liegt in keinem git-Repository; --since braucht eines, oder nennen Sie zwei Dateien: smplan diff alt.yaml neu.yaml',
  },
  'bad-revision': {
    en: '"{revision}" is not a commit of this repository; name a commit, branch or tag such as HEAD~1 or main',
    de: '„{revision}“ ist kein Commit dieses Repositorys; nennen Sie einen Commit, Branch oder Tag wie HEAD~1 oder main',
  },
  'path-missing': {
    en: '{file} did not exist at {revision}; name another revision',
    de: '{file} gab es bei {revision} nicht; nennen Sie eine andere Revision',
  },
  'not-a-file': {
    en: '{file} is not a file at {revision}; name a strategy file',
    de: '{file} ist bei {revision} keine Datei; nennen Sie eine Strategiedatei',
  },
  'too-large': {
    en: '{file} at {revision} is larger than a strategy can be ({max}); name the right file',
    de: '{file} ist bei {revision} größer, als eine Strategie sein kann ({max}); nennen Sie die richtige Datei',
  },
  binary: {
    en: '{file} at {revision} is a binary file; a strategy is a YAML text file',
    de: '{file} ist bei {revision} eine Binärdatei; eine Strategie ist eine YAML-Textdatei',
  },
  'not-utf8': {
    en: '{file} at {revision} is not UTF-8 text',
    de: '{file} ist bei {revision} kein UTF-8-Text',
  },
  'git-failed': {
    en: 'git could not read {file} at {revision}: {reason}',
    de: 'git konnte {file} bei {revision} nicht lesen: {reason}',
  },
} satisfies Record<string, Message>;
