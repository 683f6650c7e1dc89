import { formatMessage, type Language, type MessageData } from '../../base/message.js';
import { defineRule } from '../rule.js';

/**
 * Findings about the file itself (YAML syntax, types, dates, enums, version).
 * The document module finds them; this module gives them an id, a severity
 * and their words. Message ids are the problem codes of `SchemaProblem`.
 */
const schemaRule = defineRule({
  id: 'schema',
  severity: 'error',
  description: {
    en: 'The file is well-formed: YAML syntax, types, dates, enums, supported version.',
    de: 'Die Datei ist wohlgeformt: YAML-Syntax, Typen, Datumsangaben, Auswahlwerte, unterstützte Version.',
  },
  messages: {
    syntax: { en: 'YAML syntax error: {reason}.', de: 'YAML-Syntaxfehler: {reason}.' },
    'alias-bomb': {
      en: 'The file repeats aliases more than {max} times; write the values out.',
      de: 'Die Datei wiederholt Aliase mehr als {max}-mal; schreiben Sie die Werte aus.',
    },
    'not-a-mapping': {
      en: 'A strategy is a mapping of keys (smplan, company, goals, …), not a single value or a list.',
      de: 'Eine Strategie ist eine Zuordnung von Schlüsseln (smplan, company, goals, …), kein einzelner Wert und keine Liste.',
    },
    required: { en: '"{key}" is required.', de: '„{key}“ fehlt, ist aber Pflicht.' },
    'wrong-type': {
      en: '"{key}" must be a {expected}, not a {found}.',
      de: '„{key}“ muss vom Typ {expected} sein, nicht {found}.',
    },
    'not-allowed': {
      en: '"{key}" is "{value}"; allowed are: {allowed}.',
      de: '„{key}“ ist „{value}“; erlaubt sind: {allowed}.',
    },
    'not-a-date': {
      en: '"{key}" is "{value}", not a calendar date; write YYYY-MM-DD.',
      de: '„{key}“ ist „{value}“, kein Kalenderdatum; schreiben Sie JJJJ-MM-TT.',
    },
    'not-a-slug': {
      en: '"{key}" is "{value}"; ids use lower-case letters, digits and hyphens (e.g. more-leads).',
      de: '„{key}“ ist „{value}“; Kennungen bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen (z. B. mehr-anfragen).',
    },
    'not-a-country': {
      en: '"{key}" is "{value}"; write a two-letter country code such as DE.',
      de: '„{key}“ ist „{value}“; schreiben Sie einen zweistelligen Ländercode wie DE.',
    },
    'not-a-currency': {
      en: '"{key}" is "{value}"; write a three-letter currency code such as EUR.',
      de: '„{key}“ ist „{value}“; schreiben Sie einen dreistelligen Währungscode wie EUR.',
    },
    'unsupported-version': {
      en: 'smplan: {value} is not a supported format version; this smplan reads version 1.',
      de: 'smplan: {value} ist keine unterstützte Formatversion; dieses smplan liest Version 1.',
    },
    empty: { en: '"{key}" is empty.', de: '„{key}“ ist leer.' },
    'too-small': {
      en: '"{key}" is {value}; it must be at least {minimum}.',
      de: '„{key}“ ist {value}; es muss mindestens {minimum} sein.',
    },
    invalid: { en: '"{key}" is not valid here.', de: '„{key}“ ist hier nicht gültig.' },
  },
});

export default schemaRule;

/** The words for a problem the document module found, by its code; unknown codes read as "not valid here". */
export function schemaProblemMessage(code: string, language: Language, data: MessageData): string {
  const messages: Readonly<Record<string, (typeof schemaRule.messages)['invalid']>> = schemaRule.messages;
  return formatMessage(messages[code] ?? schemaRule.messages.invalid, language, data);
}
