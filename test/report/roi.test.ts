import { describe, expect, it } from 'vitest';
import { computeRoi, DAYS_PER_PERIOD } from '../../src/report/roi.js';
import { StrategyDocument } from '../../src/strategy/document.js';
import type { Strategy } from '../../src/strategy/schema.js';

function strategyOf(yaml: string): Strategy {
  const document = StrategyDocument.parse('test.yaml', yaml);
  expect(document.problems).toEqual([]);
  return document.strategy!;
}

/*
 * The acceptance case, computed by hand:
 *
 *   period   2027-01-01 (started) to 2027-12-31 (the later deadline) = 364 days (2027 is no leap year)
 *   budget   50 EUR a month: 50 / 30.4375 × 364 = 18 200 / 30.4375 = 597.9466… EUR  → 597.95 EUR
 *   staff    3 h a week at 20 EUR: 3 × 20 × 364 / 7 = 21 840 / 7 = 3 120.00 EUR
 *   cost     597.9466… + 3 120 = 3 717.9466… EUR                                   → 3 717.95 EUR
 *
 *   follower      rises:  baseline 120, target 600, latest 210, 5 EUR a follower
 *                 planned 600 − 120 = 480 × 5 = 2 400 EUR, achieved 210 − 120 = 90 × 5 = 450 EUR
 *   response-time falls:  baseline 48 h, target 4 h, latest 12 h, 50 EUR an hour faster (sign turned)
 *                 planned 48 − 4 = 44 × 50 = 2 200 EUR, achieved 48 − 12 = 36 × 50 = 1 800 EUR
 *   value    planned 2 400 + 2 200 = 4 600 EUR, achieved 450 + 1 800 = 2 250 EUR
 *
 *   planned ROI  (4 600 − 3 717.9466) / 3 717.9466 =    882.0534 / 3 717.9466 = +0.237242 (+23.7 %)
 *   achieved ROI (2 250 − 3 717.9466) / 3 717.9466 = −1 467.9466 / 3 717.9466 = −0.394827 (−39.5 %)
 */
const ACCEPTANCE = `
smplan: 1
company: {name: Kiosk Müller, currency: EUR}
started: 2027-01-01
team:
  hours_per_week: 3
  hourly_rate: 20
  budget: {amount: 50, period: month}
goals:
  - id: follower
    kpi: {metric: Instagram followers, baseline: 120, target: 600, deadline: 2027-06-30}
    value_per_unit: 5
    measurements:
      - {date: 2027-03-31, value: 150}
      - {date: 2027-06-30, value: 210}
  - id: response-time
    kpi: {metric: Hours until a review is answered, baseline: 48, target: 4, deadline: 2027-12-31}
    value_per_unit: 50
    measurements:
      - {date: 2027-09-30, value: 12}
      - {date: 2027-06-30, value: 20}
`;

describe('ROI, the acceptance case computed by hand', () => {
  const result = computeRoi(strategyOf(ACCEPTANCE));

  it('takes the period from started to the latest deadline', () => {
    expect(result.period).toEqual({ from: '2027-01-01', to: '2027-12-31', days: 364 });
  });

  it('computes money budget, staff time and total cost to the cent', () => {
    expect(result.cost!.budget).toBeCloseTo(597.95, 2);
    expect(result.cost!.staff).toBeCloseTo(3120.0, 2);
    expect(result.cost!.total).toBeCloseTo(3717.95, 2);
    // not rounded inside: the exact value is 291 200 / 487
    expect(result.cost!.budget).toBe((50 / 30.4375) * 364);
  });

  it('values the improvements, turning the sign for the falling target', () => {
    expect(result.valued).toEqual([
      { id: 'follower', valuePerUnit: 5, planned: { units: 480, value: 2400 }, achieved: { units: 90, value: 450 } },
      { id: 'response-time', valuePerUnit: 50, planned: { units: 44, value: 2200 }, achieved: { units: 36, value: 1800 } },
    ]);
    expect(result.value).toEqual({ planned: 4600, achieved: 2250 });
  });

  it('gives the planned and the achieved ROI computed by hand', () => {
    expect(result.roi!.planned).toBeCloseTo(0.237242, 6);
    expect(result.roi!.achieved).toBeCloseTo(-0.394827, 6);
    // to the cent: ROI × cost is the net gain in money
    expect(result.roi!.planned! * result.cost!.total!).toBeCloseTo(882.05, 2);
    expect(result.roi!.achieved! * result.cost!.total!).toBeCloseTo(-1467.95, 2);
    expect(result.missing).toEqual([]);
    expect(result.notValued).toEqual([]);
  });
});

describe('ROI inputs', () => {
  const base = (team: string, goals = '  - {id: a, kpi: {baseline: 0, target: 10, deadline: 2027-01-31}, value_per_unit: 100}') => `
smplan: 1
company: {name: X}
started: 2027-01-01
team:
${team}
goals:
${goals}
`;

  it('knows the days of every budget period', () => {
    expect(DAYS_PER_PERIOD).toEqual({ week: 7, month: 30.4375, quarter: 91.3125, year: 365.25 });
    const perWeek = computeRoi(strategyOf(base('  budget: {amount: 70, period: week}\n  hours_per_week: 0\n  hourly_rate: 0')));
    expect(perWeek.cost!.budget).toBeCloseTo(300, 10); // 70 / 7 × 30 days
    const perYear = computeRoi(strategyOf(base('  budget: {amount: 365.25, period: year}\n  hours_per_week: 0\n  hourly_rate: 0')));
    expect(perYear.cost!.budget).toBeCloseTo(30, 10);
  });

  it('names a missing cost part instead of counting it as zero', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 3')));
    expect(result.cost).toEqual({ budget: (50 / 30.4375) * 30, staff: null, total: null, period: { from: '2027-01-01', to: '2027-01-31', days: 30 } });
    expect(result.roi).toBeNull();
    expect(result.missing).toEqual(['team.hourly_rate']);
  });

  it('names every part of an incomplete budget', () => {
    expect(computeRoi(strategyOf(base('  hours_per_week: 3\n  hourly_rate: 20'))).missing).toEqual(['team.budget']);
    expect(computeRoi(strategyOf(base('  budget: {period: month}\n  hours_per_week: 3\n  hourly_rate: 20'))).missing).toEqual(['team.budget.amount']);
    expect(computeRoi(strategyOf(base('  budget: {amount: 5}\n  hours_per_week: 3\n  hourly_rate: 20'))).missing).toEqual(['team.budget.period']);
  });

  it('has no period (and no cost) without started or without any deadline', () => {
    const noStart = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 3\n  hourly_rate: 20').replace('started: 2027-01-01\n', '')));
    expect(noStart.period).toBeNull();
    expect(noStart.cost).toBeNull();
    expect(noStart.roi).toBeNull();
    expect(noStart.missing).toEqual(['started']);
    const noDeadline = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 3\n  hourly_rate: 20', '  - {id: a, kpi: {baseline: 0, target: 10}, value_per_unit: 1}')));
    expect(noDeadline.missing).toEqual(['kpi.deadline']);
    expect(noDeadline.cost).toBeNull();
  });

  it('lists goals without value_per_unit as not valued and sums the others', () => {
    const result = computeRoi(
      strategyOf(
        base(
          '  budget: {amount: 0, period: month}\n  hours_per_week: 1\n  hourly_rate: 7',
          '  - {id: a, kpi: {baseline: 0, target: 10, deadline: 2027-01-31}, value_per_unit: 10, measurements: [{date: 2027-01-15, value: 4}]}\n  - {id: b, kpi: {baseline: 0, target: 10, deadline: 2027-01-31}}',
        ),
      ),
    );
    // cost: 1 × 7 × 30 / 7 = 30; planned value 100, achieved 40
    expect(result.notValued).toEqual(['b']);
    expect(result.missing).toEqual(['goals.b.value_per_unit']);
    expect(result.value).toEqual({ planned: 100, achieved: 40 });
    expect(result.roi!.planned).toBeCloseTo((100 - 30) / 30, 12);
    expect(result.roi!.achieved).toBeCloseTo((40 - 30) / 30, 12);
  });

  it('counts a goal without measurements as no improvement yet', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 0, period: month}\n  hours_per_week: 1\n  hourly_rate: 7')));
    expect(result.value).toEqual({ planned: 1000, achieved: 0 });
    expect(result.roi).toEqual({ planned: (1000 - 30) / 30, achieved: -1 });
  });

  it('has no value without baseline or target of a valued goal, and names them', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 0, period: month}\n  hours_per_week: 1\n  hourly_rate: 7', '  - {id: a, kpi: {deadline: 2027-01-31}, value_per_unit: 1}')));
    expect(result.missing).toEqual(['goals.a.kpi.baseline', 'goals.a.kpi.target']);
    expect(result.value).toEqual({ planned: null, achieved: null });
    expect(result.roi).toBeNull();
  });

  it('has no ROI when no goal is valued, or when the cost is zero', () => {
    const unvalued = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 1\n  hourly_rate: 7', '  - {id: a, kpi: {baseline: 0, target: 1, deadline: 2027-01-31}}')));
    expect(unvalued.value).toEqual({ planned: null, achieved: null });
    expect(unvalued.roi).toBeNull();
    const free = computeRoi(strategyOf(base('  budget: {amount: 0, period: month}\n  hours_per_week: 0\n  hourly_rate: 20')));
    expect(free.cost!.total).toBe(0);
    expect(free.roi).toBeNull();
  });

  it('takes a latest deadline before the start as a period of no days', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 1\n  hourly_rate: 7', '  - {id: a, kpi: {baseline: 0, target: 1, deadline: 2026-12-01}, value_per_unit: 1}')));
    expect(result.period!.days).toBe(0);
    expect(result.cost!.total).toBe(0);
    expect(result.roi).toBeNull();
  });
});
