/**
 * The verdict on a valid strategy without zod. Building zod's schema objects
 * costs more at start than linting a whole file, and most files are valid; a
 * validator compiled from the same schema (through its JSON Schema, see
 * scripts/generate-validator.js) accepts those. What it does not accept goes to
 * zod, which judges and words every problem (validate.ts), so the compiled
 * validator only has to be as strict as zod, never exact about problems.
 */
import { validate as compiledValidator } from './accepts-strategy.generated.js';
import { defineEntry, isMapping } from './mapping.js';
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
 * Most files have no empty value: they come back as they are, in one walk and without a copy.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const kept = withoutEmptyValues(value[index]);
      if (kept !== value[index]) (copy ??= [...value])[index] = kept;
    }
    return copy ?? value;
  }
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const child = record[key];
    const kept = child === null ? undefined : withoutEmptyValues(child);
    if (!copy && kept === child) continue;
    if (!copy) {
      copy = {};
      for (const earlier of keys.slice(0, index)) defineEntry(copy, earlier, record[earlier]);
    }
    if (child !== null) defineEntry(copy, key, kept);
  }
  return copy ?? value;
}

