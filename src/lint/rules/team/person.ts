/**
 * Whether a name names a person, shared by team/owner and team/executive-sponsor:
 * "Marketing", "Hochschulkommunikation" or "alle" name a group, and a group is
 * nobody in particular (the judgment is namesGroup of src/strategy/text).
 */
import { namesGroup } from '../../../strategy/text/judgments.js';
import type { Person } from '../../../strategy/schema.js';

export type PersonProblem = { kind: 'missing' } | { kind: 'no-name' } | { kind: 'not-a-person'; name: string };

/** What is wrong with a person entry, if anything: missing, nameless, or a group instead of a person. */
export function personProblem(person: Person | undefined): PersonProblem | undefined {
  if (!person) return { kind: 'missing' };
  const name = person.name?.trim();
  if (!name) return { kind: 'no-name' };
  if (namesGroup(name)) return { kind: 'not-a-person', name };
  return undefined;
}
