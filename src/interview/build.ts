/**
 * From answers to the strategy `init` writes. Pure: no prompts, no files.
 *
 * `finishStrategy` applies what `init` always writes (format version,
 * revision 1, draft, today as `updated`, the language), drops empty leftovers
 * (a deputy with neither name nor role), keeps each of the five sections as a
 * key (empty means "not answered yet", and the file shows it under its
 * question) and puts every key in the spec's order, which is the schema's.
 */
import * as z from 'zod';
import type { Language } from '../lint/rule.js';
import { FORMAT_VERSION, SECTIONS, strategySchema } from '../strategy/schema.js';
import { isMapping, pruneEmpty, type Data } from './data.js';

export interface BuildOptions {
  language: Language;
  today: string;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** Keys in the order of the schema; unknown keys keep their order, after the known ones. */
export function orderKeys(value: unknown, schema: z.ZodType | undefined): unknown {
  const inner = schema && unwrap(schema);
  if (Array.isArray(value)) {
    const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    return value.map((item) => orderKeys(item, element));
  }
  if (!isMapping(value)) return value;
  const shape = inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
  const known = Object.keys(shape).filter((key) => Object.hasOwn(value, key));
  const unknown = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
  const result: Data = {};
  for (const key of [...known, ...unknown]) {
    Object.defineProperty(result, key, { value: orderKeys(value[key], shape[key]), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** The strategy as `init` writes it; sections without answers are `null` ("not answered yet"). */
export function finishStrategy(answers: Data, { language, today }: BuildOptions): Data {
  const data = (pruneEmpty(answers) as Data | undefined) ?? {};
  const finished: Data = {
    ...data,
    smplan: FORMAT_VERSION,
    language,
    revision: 1,
    status: 'draft',
    updated: today,
    started: typeof data.started === 'string' ? data.started : today,
  };
  for (const section of SECTIONS) finished[section] ??= null;
  return orderKeys(finished, strategySchema) as Data;
}

/**
 * One section as `edit` writes it back: empty leftovers dropped, keys in the
 * spec's order; `null` (not answered yet) when nothing is left.
 */
export function finishSection(section: (typeof SECTIONS)[number], value: unknown): unknown {
  return orderKeys(pruneEmpty(value), strategySchema.shape[section]) ?? null;
}
