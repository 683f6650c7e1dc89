/**
 * From answers to the strategy `init` writes. Pure: no prompts, no files.
 *
 * - `defaultStrategy` is what `init` starts from without a template (and what
 *   `--yes` writes): the company name guessed from the file's name or folder,
 *   EUR, today as start, a review in three months, the five sections left open.
 * - `finishStrategy` applies what `init` always writes (version, revision 1,
 *   draft, today as `updated`, the language), drops empty leftovers, keeps
 *   each of the five sections as a key (empty means "not answered yet", which
 *   the file shows under its question) and puts every key in the spec's order.
 */
import { basename, dirname, resolve } from 'node:path';
import * as z from 'zod';
import type { Language } from '../lint/rule.js';
import { FORMAT_VERSION, SECTIONS, strategySchema } from '../strategy/schema.js';
import { isMapping, pruneEmpty, type Data } from './data.js';
import { MESSAGES } from './messages.js';
import { addMonths } from './questions.js';

export interface BuildOptions {
  language: Language;
  today: string;
}

/** "clients/baeckerei-kunz.smplan.yaml" → "Baeckerei Kunz"; "smplan.yaml" in ~/kiosk-mueller → "Kiosk Mueller". */
export function companyNameFromPath(file: string, language: Language): string {
  const path = resolve(file);
  const name = basename(path);
  const stem = /\.smplan\.ya?ml$/i.test(name) ? name.replace(/\.smplan\.ya?ml$/i, '') : basename(dirname(path));
  const words = stem.split(/[-_.\s]+/).filter((word) => /\p{L}/u.test(word));
  return words.length > 0 ? words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') : MESSAGES.defaultCompany[language];
}

/** The strategy `init` starts from without a template. */
export function defaultStrategy(companyName: string, { language, today }: BuildOptions): Data {
  return { smplan: FORMAT_VERSION, company: { name: companyName, currency: 'EUR' }, language, started: today, next_review: addMonths(today, 3) };
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** Keys in the order of the schema, which is the spec's order; unknown keys keep theirs, after the known ones. */
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
