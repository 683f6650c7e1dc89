import { describe, expect, it } from 'vitest';
import { isCalendarDate, strategySchema } from '../../src/strategy/schema.js';

const minimal = { smplan: 1, company: { name: 'Kiosk Müller' } };

function issueCodes(data: unknown) {
  const result = strategySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('strategy schema v1', () => {
  it('accepts a draft with every section missing', () => {
    expect(strategySchema.safeParse(minimal).success).toBe(true);
  });

  it('keeps unknown keys at every level', () => {
    const data = { ...minimal, extra: 1, goals: [{ id: 'a', colour: 'red', kpi: { deadlne: '2027-01-01' } }] };
    const parsed = strategySchema.parse(data);
    expect(parsed).toEqual(data);
  });

  it.each([
    ['2027-02-30', false],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-13-01', false],
    ['27-01-01', false],
    ['2027-1-1', false],
    ['2026-12-31', true],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2027-04-31', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['0099-12-31', true],
  ])('treats %s as a calendar date: %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });

  it('knows every day of 1900 to 2100 as the calendar does', () => {
    const pad = (value: number) => String(value).padStart(2, '0');
    const disagreements: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = new Date(Date.UTC(year, month - 1, day));
          const text = `${year}-${pad(month)}-${pad(day)}`;
          if (isCalendarDate(text) !== (date.getUTCMonth() === month - 1 && date.getUTCDate() === day)) disagreements.push(text);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('rejects an impossible date with its own code', () => {
    expect(issueCodes({ ...minimal, updated: '2027-02-30' })).toEqual([{ path: 'updated', message: 'not-a-date' }]);
  });

  it('rejects an unsupported format version', () => {
    expect(issueCodes({ ...minimal, smplan: 2 })).toEqual([{ path: 'smplan', message: 'unsupported-version' }]);
    expect(issueCodes({ company: minimal.company })[0]?.path).toBe('smplan');
  });

  it('rejects non-slug ids, unknown enum values, wrong types and non-finite numbers', () => {
    const data = {
      ...minimal,
      goals: [{ id: 'Mehr Leads', type: 'fame', kpi: { target: '+25 %', baseline: Number.POSITIVE_INFINITY } }],
    };
    expect(issueCodes(data).map((issue) => issue.path)).toEqual(['goals.0.id', 'goals.0.type', 'goals.0.kpi.baseline', 'goals.0.kpi.target']);
    expect(issueCodes(data)[0]?.message).toBe('not-a-slug');
  });

  it('requires a non-empty company name', () => {
    expect(issueCodes({ smplan: 1, company: { name: '  ' } }).map((issue) => issue.path)).toEqual(['company.name']);
  });

  it('requires list items to be mappings', () => {
    expect(issueCodes({ ...minimal, goals: ['more leads'] }).map((issue) => issue.path)).toEqual(['goals.0']);
  });
});
