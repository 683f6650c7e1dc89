/**
 * Properties of the document module: whatever the schema accepts survives
 * save then load unchanged, and editing one value keeps every comment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { StrategyDocument } from '../../src/strategy/document.js';
import { budgetPeriods, goalTypes, guidelineTopics, scenarioTypes, strategySchema } from '../../src/strategy/schema.js';

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((day) => day.toISOString().slice(0, 10));
const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const amount = fc.double({ noNaN: true, min: 0, max: 1e7 });

const goal = fc.record(
  {
    id: slug,
    objective: text,
    type: fc.constantFrom(...goalTypes),
    business_outcome: text,
    channels: fc.array(text, { maxLength: 3 }),
    kpi: fc.record({ metric: text, source: text, baseline: number, target: number, deadline: date }, { requiredKeys: [] }),
    value_per_unit: amount,
    measurements: fc.array(fc.record({ date, value: number, note: text }, { requiredKeys: ['date', 'value'] }), { maxLength: 3 }),
  },
  { requiredKeys: ['id'] },
);

const strategy = fc.record(
  {
    smplan: fc.constant(1),
    company: fc.record({ name: text.filter((name) => name.trim().length > 0), industry: text }, { requiredKeys: ['name'] }),
    language: fc.constantFrom('de', 'en'),
    revision: fc.integer({ min: 1, max: 1000 }),
    updated: date,
    goals: fc.array(goal, { maxLength: 3 }),
    audiences: fc.array(fc.record({ name: text, needs: fc.array(text, { maxLength: 2 }), age: fc.oneof(text, fc.integer()) }, { requiredKeys: [] }), { maxLength: 2 }),
    team: fc.record(
      {
        owner: fc.record({ name: text, role: text }),
        hours_per_week: amount,
        budget: fc.record({ amount, period: fc.constantFrom(...budgetPeriods) }),
      },
      { requiredKeys: [] },
    ),
    employees: fc.record({ guidelines: fc.array(fc.record({ topic: fc.constantFrom(...guidelineTopics), rule: text }), { maxLength: 3 }) }),
    criticism: fc.record({
      response_time_hours: amount,
      scenarios: fc.array(fc.record({ type: fc.constantFrom(...scenarioTypes), response: text }), { maxLength: 2 }),
    }),
    x_custom: fc.dictionary(slug, text, { maxKeys: 2 }),
  },
  { requiredKeys: ['smplan', 'company'] },
);

describe('document round trip', () => {
  it('keeps every strategy the schema accepts through save and load', () => {
    fc.assert(
      fc.property(strategy, (data) => {
        expect(strategySchema.safeParse(data).success).toBe(true);
        const saved = StrategyDocument.parse('a.yaml', stringify(data)).toString();
        const reloaded = StrategyDocument.parse('a.yaml', saved);
        expect(reloaded.problems).toEqual([]);
        expect(reloaded.data).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });

  const commented = [
    '# yaml-language-server: $schema=../schema/strategy-v1.json',
    '# Strategy of the kiosk',
    'smplan: 1',
    'company:',
    '  name: Kiosk # the shop',
    '  size: micro',
    '',
    '# 1. Goals',
    'goals:',
    '  - id: walk-ins # main goal',
    '    kpi:',
    '      metric: Followers # from Leipzig',
    '      baseline: 120',
    '      # we aim high',
    '      target: 600',
    '      deadline: 2027-06-30',
    '',
    '# 3. Team',
    'team:',
    '  owner: {name: Anna, role: Social Media}',
    '  hours_per_week: 3 # on Mondays',
    'x-notes: kept # unknown key',
    '',
  ].join('\n');
  const comments = commented.split('\n').filter((line) => line.includes('#')).map((line) => line.slice(line.indexOf('#')).trim());
  const editablePaths = [
    ['company', 'name'],
    ['company', 'size'],
    ['goals', 0, 'kpi', 'target'],
    ['goals', 0, 'kpi', 'baseline'],
    ['goals', 0, 'kpi', 'deadline'],
    ['team', 'hours_per_week'],
    ['team', 'owner', 'name'],
    ['revision'],
  ];

  it('keeps every comment when one value is edited', () => {
    fc.assert(
      fc.property(fc.constantFrom(...editablePaths), fc.oneof(text, number, fc.constantFrom('123', 'true', 'null', '2027-01-01', 'a: b', '# x')), (path, value) => {
        const document = StrategyDocument.parse('a.yaml', commented);
        document.set(path, value);
        const written = document.toString();
        for (const comment of comments) expect(written).toContain(comment);
        const reloaded = StrategyDocument.parse('a.yaml', written);
        expect(reloaded.data).toMatchObject({ 'x-notes': 'kept' });
        expect(reloaded.yaml.getIn(path)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
