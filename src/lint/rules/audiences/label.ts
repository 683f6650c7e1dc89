import type { Audience } from '../../../strategy/schema.js';

/** How a message names a target group: its name, else its id, else its place in the list. */
export function audienceLabel(audience: Audience, index: number): string {
  return audience.name?.trim() || audience.id || `#${index + 1}`;
}
