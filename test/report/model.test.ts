import { describe, expect, it } from 'vitest';
import { buildReport, toJson } from '../../src/report/model.js';
import { StrategyDocument } from '../../src/strategy/document.js';
import type { Strategy } from '../../src/strategy/schema.js';

function strategyOf(yaml: string): Strategy {
  const document = StrategyDocument.parse('test.yaml', yaml);
  expect(document.problems).toEqual([]);
  return document.strategy!;
}

const STRATEGY = `
smplan: 1
company: {name: "  Beispiel GmbH  ", currency: CHF}
revision: 7
started: 2027-01-01
team: {hours_per_week: 2, hourly_rate: 35, budget: {amount: 100, period: quarter}}
goals:
  - id: done
    kpi: {metric: Leads, unit: leads, baseline: 0, target: 100, deadline: 2027-12-31}
    measurements: [{date: 2027-06-01, value: 120, note: " fair "}]
  - id: rising
    kpi: {metric: Followers, baseline: 0, target: 100, deadline: 2027-12-31}
    measurements: [{date: 2027-03-01, value: 25}]
  - id: slow
    kpi: {baseline: 0, target: 100, deadline: 2027-12-31}
    measurements: [{date: 2027-03-01, value: 2}]
  - id: late
    kpi: {baseline: 0, target: 100, deadline: 2027-01-31}
    measurements: [{date: 2027-01-15, value: 10}]
  - id: empty
    kpi: {baseline: 0, target: 100, deadline: 2027-12-31}
  - id: faster
    kpi: {metric: Hours to answer, unit: h, baseline: 48, target: 4, deadline: 2027-12-31}
    value_per_unit: 10
    measurements: [{date: 2027-03-01, value: 30}]
  - id: faster-done
    kpi: {baseline: 48, target: 4, deadline: 2027-12-31}
    measurements: [{date: 2027-02-01, value: 3}, {date: 2027-01-15, value: 40}]
`;

describe('report model', () => {
  const model = buildReport(strategyOf(STRATEGY), 'strategies/beispiel.smplan.yaml', '2027-03-15');
  const goal = (id: string) => model.goals.find((candidate) => candidate.id === id)!;

  it('gives every status', () => {
    expect(Object.fromEntries(model.goals.map((candidate) => [candidate.id, candidate.status]))).toEqual({
      done: 'achieved',
      rising: 'on-track',
      slow: 'off-track',
      late: 'overdue',
      empty: 'no-data',
      faster: 'on-track',
      'faster-done': 'achieved',
    });
  });

  it('gives progress as a share of the way, also for falling targets and beyond the target', () => {
    expect(goal('done').progress).toBe(1.2);
    expect(goal('rising').progress).toBe(0.25);
    expect(goal('faster').progress).toBeCloseTo(18 / 44, 12);
    expect(goal('faster-done').progress).toBeCloseTo(45 / 44, 12);
    expect(goal('empty').progress).toBeNull();
  });

  it('gives latest value, days left and the measurements sorted, for the views', () => {
    expect(goal('faster-done').latest).toEqual({ date: '2027-02-01', value: 3 });
    expect(goal('faster-done').measurements.map((measurement) => measurement.date)).toEqual(['2027-01-15', '2027-02-01']);
    expect(goal('late').daysLeft).toBe(-43);
    expect(goal('rising').daysLeft).toBe(291);
    expect(goal('done')).toMatchObject({ metric: 'Leads', unit: 'leads', measurements: [{ date: '2027-06-01', value: 120, note: 'fair' }] });
    expect(goal('slow')).toMatchObject({ metric: null, unit: null });
  });

  it('carries company, currency, cost and the missing inputs', () => {
    expect(model).toMatchObject({ file: 'strategies/beispiel.smplan.yaml', today: '2027-03-15', company: 'Beispiel GmbH', currency: 'CHF', revision: 7, started: '2027-01-01' });
    // 365 days, 12 calendar months: 100 a quarter × 4 + 2 × 35 × 365 / 7
    expect(model.cost!.total).toBeCloseTo(400 + 3650, 10);
    expect(model.notValued).toEqual(['done', 'rising', 'slow', 'late', 'empty', 'faster-done']);
    expect(model.missing).toEqual(model.notValued.map((id) => `goals.${id}.value_per_unit`));
    expect(model.valued).toEqual([{ id: 'faster', valuePerUnit: 10, direction: 'decrease', per: null, planned: { units: 44, value: 440 }, achieved: { units: 18, value: 180 }, breakEven: 48 - 4050 / 10 }]);
  });

  it('defaults the currency to EUR', () => {
    expect(buildReport(strategyOf('smplan: 1\ncompany: {name: X}\n'), 'x.yaml', '2027-01-01').currency).toBe('EUR');
  });

  it('has the stable JSON shape for scripts, nothing more', () => {
    const json = toJson(model);
    expect(Object.keys(json)).toEqual(['file', 'today', 'currency', 'goals', 'cost', 'roi', 'missing']);
    expect(json.currency).toBe('CHF');
    expect(json.goals[0]).toEqual({
      id: 'done',
      baseline: 0,
      latest: { date: '2027-06-01', value: 120 },
      target: 100,
      deadline: '2027-12-31',
      progress: 1.2,
      status: 'achieved',
      daysLeft: 291,
      value: null,
      breakEven: null,
    });
    expect(json.goals.find((candidate) => candidate.id === 'faster')).toMatchObject({ value: { perUnit: 10, planned: 440, achieved: 180 }, breakEven: 48 - 4050 / 10 });
    expect(json.goals.find((candidate) => candidate.id === 'empty')).toMatchObject({ latest: null, progress: null, status: 'no-data' });
    expect(Object.keys(json.cost!)).toEqual(['budget', 'staff', 'total', 'period']);
    expect(json.cost!.period).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(Object.keys(json.roi!)).toEqual(['planned', 'achieved']);
  });

  it('gives null cost and ROI in JSON when there is no period', () => {
    const json = toJson(buildReport(strategyOf('smplan: 1\ncompany: {name: X}\ngoals: [{id: a, kpi: {baseline: 1, target: 2}}]\n'), 'x.yaml', '2027-01-01'));
    expect(json).toMatchObject({ cost: null, roi: null });
    expect(json.missing).toEqual(['started', 'kpi.deadline', 'team.budget', 'team.hours_per_week', 'team.hourly_rate', 'goals.a.value_per_unit']);
    expect(json.goals[0]).toEqual({ id: 'a', baseline: 1, latest: null, target: 2, deadline: null, progress: null, status: 'no-data', daysLeft: null, value: null, breakEven: null });
  });
});
