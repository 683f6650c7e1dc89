/**
 * The five sections of a strategy, the five questions of the interview, once:
 * their keys in the interview's order and the German names `edit` takes.
 * Completion, `edit` and help derive from this table.
 */
/** The keys of the five sections, in the order of the interview. Kept free of zod: help and completion load it. */
export const SECTIONS = ['goals', 'audiences', 'team', 'employees', 'criticism'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SectionEntry {
  key: Section;
  /** Other names `smplan edit` takes, German first. */
  aliases: readonly string[];
}

const ALIASES: Readonly<Record<Section, readonly string[]>> = {
  goals: ['ziele'],
  audiences: ['zielgruppen'],
  team: [],
  employees: ['mitarbeiter', 'mitarbeitende'],
  criticism: ['kritik'],
};

export const SECTION_TABLE: readonly SectionEntry[] = SECTIONS.map((key) => ({ key, aliases: ALIASES[key] }));

/** Every name of a section, keys first, then the aliases: what completion offers. */
export const SECTION_NAMES: readonly string[] = [...SECTIONS, ...SECTION_TABLE.flatMap((entry) => entry.aliases)];

/** The section a name (a key or an alias, in any case) stands for. */
export function sectionOf(name: string): Section | undefined {
  const wanted = name.toLowerCase();
  return SECTION_TABLE.find((entry) => entry.key === wanted || entry.aliases.includes(wanted))?.key;
}
