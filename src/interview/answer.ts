/**
 * From typed text to a value, and back: parsing one answer of a field,
 * validating it against the field's schema and checks, and showing a stored
 * value as the suggestion of a prompt. Pure, so each rule of input is a unit test.
 */
import { isDeepStrictEqual } from 'node:util';
import type * as z from 'zod/mini';
import { formatMessage, type Language } from '../base/message.js';
import { isCalendarDate } from '../strategy/calendar.js';
import { VALIDATION, type ValidationCode } from './messages.js';
import type { Field, FieldContext, Problem, SchemaModule } from './questions.js';

export type ParsedAnswer = { ok: true; value: unknown } | { ok: false; problem: Problem };

const fail = (code: ValidationCode, data?: Problem['data']): ParsedAnswer => ({ ok: false, problem: { code, data } });

/** Three-digit groups ("1.000", "12,500") mean a thousand in one language and a fraction in another. */
const GROUPED = /^[+-]?\d{1,3}([.,]\d{3})+$/;

export function parseNumber(text: string): ParsedAnswer {
  const compact = text.replace(/[\s_'’]/g, '');
  if (GROUPED.test(compact)) return fail('ambiguous-number', { value: text });
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return fail('not-a-number', { value: text });
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? { ok: true, value } : fail('not-a-number', { value: text });
}

/** YYYY-MM-DD, or the German DD.MM.YYYY, as a real calendar date. */
export function parseDate(text: string, today: string): ParsedAnswer {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : text;
  return isCalendarDate(iso) ? { ok: true, value: iso } : fail('not-a-date', { value: text, example: today });
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
    case 'number':
      parsed = parseNumber(text);
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
