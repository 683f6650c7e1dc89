/**
 * From answers to the strategy `init` writes. Pure: no prompts, no files.
 *
 * `finishStrategy` applies what `init` always writes (format version,
 * revision 1, draft, today as `updated`, the language), drops empty leftovers
 * (a deputy with neither name nor role), keeps each of the five sections as a
 * key (empty means "not answered yet", and the file shows it under its
 * question) and puts every key in the spec's order, which is the schema's.
 */
import type { Language } from '../base/message.js';
import { FORMAT_VERSION } from '../strategy/schema.js';
import { SECTIONS } from '../strategy/sections.js';
import { orderKeys, shapeAt } from '../strategy/shape.js';
import { pruneEmpty, type Data } from './data.js';

export interface BuildOptions {
  language: Language;
  today: string;
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
  return orderKeys(finished) as Data;
}

/**
 * One section as `edit` writes it back: empty leftovers dropped, keys in the
 * spec's order; `null` (not answered yet) when nothing is left.
 */
export function finishSection(section: (typeof SECTIONS)[number], value: unknown): unknown {
  return orderKeys(pruneEmpty(value), shapeAt(section)) ?? null;
}
