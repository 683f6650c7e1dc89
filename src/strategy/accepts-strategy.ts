/**
 * The verdict on a valid strategy without zod. Building zod's schema objects
 * costs more at start than linting a whole file, and most files are valid; a
 * validator compiled from the same schema (through its JSON Schema, see
 * scripts/generate-validator.js) accepts those. What it does not accept goes to
 * zod, which judges and words every problem (validate.ts), so the compiled
 * validator only has to be as strict as zod, never exact about problems.
 */
import { validate as compiledValidator } from './accepts-strategy.generated.js';
import { isMapping } from './mapping.js';
import type { Strategy } from './schema.js';
import type { Validation } from './validate.js';

/** A valid strategy's validation, or undefined when zod must judge it. */
export function accepted(data: unknown): Validation | undefined {
  if (!isMapping(data)) return undefined;
  const input = withoutEmptyValues(data);
  return compiledValidator(input) ? { strategy: input as Strategy, problems: [] } : undefined;
}

/**
 * A key written with nothing after it (`audiences:`) reads as null; in a draft
 * that means "not answered yet", so it is treated as absent rather than as a type error.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (!containsNull(value)) return value;
  if (Array.isArray(value)) return value.map(withoutEmptyValues);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== null) Object.defineProperty(result, key, { value: withoutEmptyValues(child), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** Most files have no empty value; they are validated as they are, without a copy. */
function containsNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  for (const child of Array.isArray(value) ? value : Object.values(value)) if (containsNull(child)) return true;
  return false;
}
