import { describe, expect, it } from 'vitest';
import { formatAnswer, joinList, parseAnswer, parseChange, parseDate, parseMoney, parseNumber, problemText, splitList } from '../../src/interview/answer.js';
import { allFields, type Field, type FieldContext } from '../../src/interview/questions.js';
import * as schemas from '../../src/strategy/schema.js';

const context: FieldContext = { scope: {}, root: { started: '2027-01-01' }, siblings: [], today: '2027-01-01', language: 'en' };
const field = (id: string): Field => {
  const found = allFields().find((entry) => entry.field.id === id)?.field;
  if (!found) throw new Error(`no field ${id}`);
  return found;
};
const parse = (id: string, typed: string, at: FieldContext = context) => parseAnswer(field(id), typed, at, schemas);

describe('numbers', () => {
  it.each([
    ['600', 600],
    ['0.5', 0.5],
    ['0,5', 0.5],
    ['12 000', 12000],
    ['-3', -3],
    ['1000', 1000],
    [',5', 0.5],
  ])('reads %s as %s', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['600 followers', 'abc', '+25 %', '1e9999', ''])('refuses %s', (text) => {
    expect(parseNumber(text)).toMatchObject({ ok: false, problem: { code: 'not-a-number' } });
  });

  it.each(['1.000', '1,000', '12.500.000'])('refuses the ambiguous %s', (text) => {
    expect(parseNumber(text)).toMatchObject({ ok: false, problem: { code: 'ambiguous-number' } });
  });
});

describe('money', () => {
  it.each([
    ['2 €', 2],
    ['€ 2,50', 2.5],
    ['EUR 12', 12],
    ['35,50 × 40 %', 14.2],
    ['35.50 x 0.4', 14.2],
    ['3,5 * 2', 7],
    ['40 % × 35,50 €', 14.2],
    ['0,15', 0.15],
  ])('reads %s as %s', (text, value) => {
    expect(parseMoney(text)).toEqual({ ok: true, value });
  });

  it.each(['zwei Euro', '2 × 3 × 4', '× 40 %', '35,50 ×', 'abc'])('refuses %s', (text) => {
    expect(parseMoney(text)).toMatchObject({ ok: false, problem: { code: 'not-a-number', data: { value: text } } });
  });

  it('refuses a product with an ambiguous factor, naming it', () => {
    expect(parseMoney('1.250 × 10 %')).toMatchObject({ ok: false, problem: { code: 'ambiguous-number' } });
  });
});

describe('a target as a change', () => {
  it.each([
    ['+10 %', 120, 132],
    ['+200', 120, 320],
    ['-25 %', 48, 36],
    ['−4', 48, 44],
    ['+2,5', 10, 12.5],
    ['600', 120, 600],
    ['-3', undefined, -3],
  ])('reads %s from the baseline %s as %s', (text, base, value) => {
    expect(parseChange(text, base)).toEqual({ ok: true, value });
  });

  it('needs a baseline to change', () => {
    expect(parseChange('+10 %', undefined)).toMatchObject({ ok: false, problem: { code: 'change-without-baseline' } });
  });
});

describe('dates', () => {
  it('reads ISO and German dates, and refuses days that do not exist', () => {
    expect(parseDate('2027-06-30', '2027-01-01')).toEqual({ ok: true, value: '2027-06-30' });
    expect(parseDate('30.6.2027', '2027-01-01')).toEqual({ ok: true, value: '2027-06-30' });
    expect(parseDate('2027-02-30', '2027-01-01')).toMatchObject({ ok: false, problem: { code: 'not-a-date', data: { value: '2027-02-30' } } });
    expect(parseDate('31.04.2027', '2027-01-01')).toMatchObject({ ok: false });
    expect(parseDate('next June', '2027-01-01')).toMatchObject({ ok: false });
  });
});

describe('lists', () => {
  it('splits on commas, or on semicolons when items hold commas, and joins back the same way', () => {
    expect(splitList('instagram, linkedin,, ')).toEqual(['instagram', 'linkedin']);
    expect(splitList('Brot, Brötchen; Zeitung')).toEqual(['Brot, Brötchen', 'Zeitung']);
    expect(joinList(['Brot, Brötchen', 'Zeitung'])).toBe('Brot, Brötchen; Zeitung');
    expect(splitList(joinList(['Brot, Brötchen', 'Zeitung']))).toEqual(['Brot, Brötchen', 'Zeitung']);
    expect(formatAnswer(['a', 'b'])).toBe('a, b');
    expect(formatAnswer(0)).toBe('0');
    expect(formatAnswer(undefined)).toBe('');
  });
});

describe('parseAnswer', () => {
  it('skips an empty optional answer and re-asks an empty required one', () => {
    expect(parse('goals.kpi.baseline', '  ')).toEqual({ ok: true, value: undefined });
    expect(parse('goals.kpi.target', '')).toMatchObject({ ok: false, problem: { code: 'required' } });
  });

  it('validates with the field schema from src/strategy/schema.ts', () => {
    expect(parse('goals.id', 'More Leads')).toMatchObject({ ok: false, problem: { code: 'not-a-slug', data: { value: 'More Leads' } } });
    expect(parse('goals.id', 'more-leads')).toEqual({ ok: true, value: 'more-leads' });
    expect(parse('company.currency', 'euro')).toMatchObject({ ok: false, problem: { code: 'not-a-currency', data: { value: 'euro' } } });
    expect(parse('company.currency', 'chf')).toEqual({ ok: true, value: 'CHF' });
    expect(parse('team.hours_per_week', '-2')).toMatchObject({ ok: false, problem: { code: 'too-small', data: { minimum: 0 } } });
  });

  it('makes the checks only an interview can make', () => {
    expect(parse('goals.kpi.deadline', '2026-12-31')).toMatchObject({ ok: false, problem: { code: 'deadline-past' } });
    expect(parse('goals.kpi.deadline', '2027-01-01')).toMatchObject({ ok: false, problem: { code: 'before-start' } });
    expect(parse('goals.kpi.deadline', '2027-01-02')).toEqual({ ok: true, value: '2027-01-02' });
    const withBaseline = { ...context, scope: { kpi: { baseline: 5 } } };
    expect(parse('goals.kpi.target', '5', withBaseline)).toMatchObject({ ok: false, problem: { code: 'target-equals-baseline' } });
    const taken = { ...context, siblings: [{ id: 'leads' }] };
    expect(parse('goals.id', 'leads', taken)).toMatchObject({ ok: false, problem: { code: 'duplicate-id' } });
  });

  it('normalizes channels and country codes', () => {
    expect(parse('goals.channels', 'Instagram, Google Business')).toEqual({ ok: true, value: ['instagram', 'google-business'] });
    expect(parse('company.country', ' de ')).toEqual({ ok: true, value: 'DE' });
  });

  it('tells the problem in the chosen language', () => {
    const result = parse('goals.kpi.baseline', 'viele');
    if (result.ok) throw new Error('expected a problem');
    expect(problemText(result.problem, 'en')).toBe('"viele" is not a number; write digits only, e.g. 600 or 0.5 (no unit).');
    expect(problemText(result.problem, 'de')).toBe('„viele“ ist keine Zahl; bitte nur Ziffern, z. B. 600 oder 0,5 (ohne Einheit).');
  });
});
