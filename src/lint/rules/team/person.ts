/**
 * Whether a name names a person, shared by team/owner and team/executive-sponsor:
 * "Marketing", "das Team" or "alle" name a group, and a group is nobody in particular.
 */
import { phraseMatcher } from '../../../strategy/wording.js';
import type { Person } from '../../../strategy/schema.js';

/** Words for groups, for nobody, and the filler around them ("das ganze Team", "all of us"). */
const GROUP_WORDS = phraseMatcher([
  // everyone, nobody
  'all',
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'nobody',
  'noone',
  'none',
  'no',
  'one',
  'we',
  'us',
  'alle',
  'jeder',
  'jede',
  'jedermann',
  'wir',
  'uns',
  'niemand',
  'keiner',
  'keine',
  'jemand',
  // groups and departments
  'team',
  'teams',
  'staff',
  'crew',
  'employees',
  'people',
  'department',
  'dept',
  'office',
  'agency',
  'company',
  'management',
  'board',
  'marketing',
  'sales',
  'pr',
  'communications',
  'comms',
  'social',
  'media',
  'socialmedia',
  'Abteilung',
  'Marketingabteilung',
  'Marketingteam',
  'Presseabteilung',
  'Pressestelle',
  'Vertrieb',
  'Kommunikation',
  'Unternehmenskommunikation',
  'Geschäftsführung',
  'Geschäftsleitung',
  'Leitung',
  'Vorstand',
  'Agentur',
  'Belegschaft',
  'Mitarbeiter',
  'Mitarbeitende',
  'Mitarbeiterinnen',
  'Personal',
  'Firma',
  'Büro',
  // filler
  'the',
  'a',
  'our',
  'of',
  'whole',
  'entire',
  'and',
  'das',
  'der',
  'die',
  'den',
  'dem',
  'ein',
  'eine',
  'unser',
  'unsere',
  'ganze',
  'ganzes',
  'gesamte',
  'gesamtes',
  'und',
  'im',
  'aus',
  'vom',
  'von',
]);

export type PersonProblem = { kind: 'missing' } | { kind: 'no-name' } | { kind: 'not-a-person'; name: string };

/** What is wrong with a person entry, if anything: missing, nameless, or a group instead of a person. */
export function personProblem(person: Person | undefined): PersonProblem | undefined {
  if (!person) return { kind: 'missing' };
  const name = person.name?.trim();
  if (!name) return { kind: 'no-name' };
  if (GROUP_WORDS.listsEveryWord(name)) return { kind: 'not-a-person', name };
  return undefined;
}
