/**
 * The five questions a strategy answers, once: their keys in the file, in
 * the file's order, their names in both languages and the German words `edit`
 * takes for them. The interview, `edit`, completion, `diff` and help derive
 * from this table.
 */
import type { Language, Message } from '../base/message.js';

export const SECTION_TABLE = [
  { key: 'goals', title: { en: 'Goals', de: 'Ziele' }, aliases: ['ziele'] },
  { key: 'audiences', title: { en: 'Target groups', de: 'Zielgruppen' }, aliases: ['zielgruppen'] },
  { key: 'team', title: { en: 'Team', de: 'Team' }, aliases: [] },
  { key: 'employees', title: { en: 'Employees', de: 'Mitarbeitende' }, aliases: ['mitarbeiter', 'mitarbeitende'] },
  { key: 'criticism', title: { en: 'Criticism', de: 'Kritik' }, aliases: ['kritik'] },
] as const satisfies readonly { key: string; title: Message; aliases: readonly string[] }[];

export type Section = (typeof SECTION_TABLE)[number]['key'];

/** The five questions, in the order the file and the interview take them. */
export const SECTIONS: readonly Section[] = SECTION_TABLE.map((section) => section.key);

/** Every word that names a section: the keys, then their German names. */
export const SECTION_NAMES: readonly string[] = [...SECTIONS, ...SECTION_TABLE.flatMap((section) => section.aliases)].filter(
  (name, index, names) => names.indexOf(name) === index,
);

/** The section a word names (`ziele`, `Goals`), if any. */
export function sectionNamed(name: string): Section | undefined {
  const wanted = name.toLowerCase();
  return SECTION_TABLE.find((section) => section.key === wanted || (section.aliases as readonly string[]).includes(wanted))?.key;
}

/** "Goals", "Ziele": a section's name in the language. */
export function sectionTitle(section: Section, language: Language): string {
  return SECTION_TABLE[SECTIONS.indexOf(section)]!.title[language];
}

/** "1 of 5 · Goals", "3 von 5 · Team": where a section stands among the five. */
export function sectionHeading(section: Section, language: Language): string {
  return `${SECTIONS.indexOf(section) + 1} ${language === 'de' ? 'von' : 'of'} ${SECTIONS.length} · ${sectionTitle(section, language)}`;
}

/** The sections to choose from, as a person writing `language` names them first: "goals, audiences, … (or ziele, …)". */
export function sectionChoices(language: Language): string {
  const german: readonly string[] = SECTION_TABLE.map((section) => section.aliases[0] ?? section.key);
  const [first, other]: [readonly string[], readonly string[]] = language === 'de' ? [german, SECTIONS] : [SECTIONS, german];
  return `${first.join(', ')} (${language === 'de' ? 'oder' : 'or'} ${other.filter((name) => !first.includes(name)).join(', ')})`;
}
