/**
 * From typed text to a value, and back: parsing one answer of a field,
 * validating it against the field's schema and checks, and showing a stored
 * value as the suggestion of a prompt. Pure, so each rule of input is a unit test.
 */
import { isDeepStrictEqual } from 'node:util';
import type * as z from 'zod/mini';
import { formatMessage, type Language } from '../base/message.js';
import { readDate, readNumber } from '../strategy/typed-input.js';
import { getIn } from './data.js';
import { VALIDATION, type ValidationCode } from './messages.js';
import type { Field, FieldContext, Problem, SchemaModule } from './questions.js';

export type ParsedAnswer = { ok: true; value: unknown } | { ok: false; problem: Problem };

const fail = (code: ValidationCode, data?: Problem['data']): ParsedAnswer => ({ ok: false, problem: { code, data } });

/** A number as typed (typed-input.ts, shared with `track`). */
export function parseNumber(text: string): ParsedAnswer {
  const reading = readNumber(text);
  return 'value' in reading ? { ok: true, value: reading.value } : fail(reading.problem, { value: text });
}

/** Currency signs and codes people type with an amount ("2 €", "EUR 2", "$2"); the strategy has one currency. */
const CURRENCY = /^(?:[€$£]|EUR|USD|GBP|CHF)\s*|\s*(?:[€$£]|EUR|USD|GBP|CHF|Euro|Franken)$/gi;

/** A number with an optional percent sign: "40 %" is 0.4. */
function parseFactor(text: string): ParsedAnswer {
  const percent = /^(.*?)\s*%$/.exec(text);
  const parsed = parseNumber(percent ? percent[1]! : text);
  return parsed.ok && percent ? { ok: true, value: (parsed.value as number) / 100 } : parsed;
}

/** Twelve significant digits: 35.5 × 0.4 is 14.2, not 14.200000000000001. */
const tidy = (value: number) => Number(value.toPrecision(12));

/** An amount of money: "2 €", "1,5", or a product of a price and a margin, "35,50 × 40 %". */
export function parseMoney(text: string): ParsedAnswer {
  const factors = text.replace(CURRENCY, '').split(/\s*[×x*]\s*/i);
  if (factors.length > 2 || factors.some((factor) => factor.trim() === '')) return fail('not-a-number', { value: text });
  let product = 1;
  for (const factor of factors) {
    const parsed = parseFactor(factor.replace(CURRENCY, '').trim());
    if (!parsed.ok) return parsed.problem.code === 'ambiguous-number' ? parsed : fail('not-a-number', { value: text });
    product *= parsed.value as number;
  }
  return { ok: true, value: tidy(product) };
}

/** "+10 %" and "+200" change `base`; a number without a sign is itself, and so is "-3" when there is no base. */
export function parseChange(text: string, base: number | undefined): ParsedAnswer {
  const change = /^([+\-−])\s*(.+)$/.exec(text);
  const percent = text.trim().endsWith('%');
  if (!change || (base === undefined && !percent)) return parseNumber(text.replace('−', '-'));
  if (base === undefined) return fail('change-without-baseline', { value: text });
  const parsed = parseFactor(change[2]!);
  if (!parsed.ok) return parsed.problem.code === 'ambiguous-number' ? parsed : fail('not-a-number', { value: text });
  const sign = change[1] === '+' ? 1 : -1;
  const amount = percent ? base * (parsed.value as number) : (parsed.value as number);
  return { ok: true, value: tidy(base + sign * amount) };
}

/** YYYY-MM-DD, or the German DD.MM.YYYY, as a real calendar date. */
export function parseDate(text: string, today: string): ParsedAnswer {
  const date = readDate(text);
  return date ? { ok: true, value: date } : fail('not-a-date', { value: text, example: today });
}

/** Items separated by commas, or by semicolons when the items themselves contain commas. */
export function splitList(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function joinList(items: readonly unknown[]): string {
  const texts = items.map(String);
  return texts.join(texts.some((item) => item.includes(',')) ? '; ' : ', ');
}

/** The zod issue of a field schema, said the way the interview says it. */
function schemaProblem(schema: z.ZodMiniType, value: unknown, typed: string, today: string): Problem | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  // quote what was typed ("Germany"), not what normalizing made of it ("GERMANY")
  const shown = Array.isArray(value) ? joinList(value) : typed;
  if (issue.code === 'custom' || issue.code === 'invalid_format') {
    const code = issue.message as ValidationCode;
    if (Object.hasOwn(VALIDATION, code)) return { code, data: { value: shown, example: today } };
  }
  if (issue.code === 'too_small') {
    return issue.origin === 'string' ? { code: 'required' } : { code: 'too-small', data: { value: shown, minimum: Number(issue.minimum) } };
  }
  return { code: 'invalid', data: { value: shown } };
}

/**
 * The value of a typed answer, or why it is not acceptable. An empty answer is
 * `undefined` (skipped) unless the field is required. The value the strategy
 * already holds (`stored`) skips the interview's own checks: `edit` must not
 * force a new deadline on a goal whose deadline has passed.
 */
export function parseAnswer(field: Field, typed: string, context: FieldContext, schemas: SchemaModule, stored?: unknown): ParsedAnswer {
  const text = typed.trim();
  if (text === '') return field.required ? fail('required') : { ok: true, value: undefined };
  let parsed: ParsedAnswer;
  switch (field.kind) {
    case 'number': {
      const base = field.changeOf && getIn(context.scope, field.changeOf);
      parsed = field.changeOf ? parseChange(text, typeof base === 'number' ? base : undefined) : parseNumber(text);
      break;
    }
    case 'money':
      parsed = parseMoney(text);
      break;
    case 'date':
      parsed = parseDate(text, context.today);
      break;
    case 'list': {
      const items = splitList(text).map((item) => field.normalize?.(item) ?? item).filter(Boolean);
      parsed = items.length > 0 ? { ok: true, value: items } : field.required ? fail('required') : { ok: true, value: undefined };
      break;
    }
    default:
      parsed = { ok: true, value: field.normalize?.(text) ?? text };
  }
  if (!parsed.ok || parsed.value === undefined) return parsed;
  const problem =
    (field.schema && schemaProblem(field.schema(schemas), parsed.value, text, context.today)) ??
    (isDeepStrictEqual(parsed.value, stored) ? undefined : field.check?.(parsed.value, context));
  return problem ? { ok: false, problem } : parsed;
}

/** The text of a problem in the chosen language. */
export function problemText(problem: Problem, language: Language): string {
  return formatMessage(VALIDATION[problem.code], language, problem.data);
}

/** A stored value as the text a prompt suggests: lists joined, numbers with a point. */
export function formatAnswer(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return joinList(value);
  return String(value);
}
