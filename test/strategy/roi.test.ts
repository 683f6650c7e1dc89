import { describe, expect, it } from 'vitest';
import { computeRoi } from '../../src/strategy/roi.js';
import { StrategyDocument } from '../../src/strategy/document.js';
import type { Strategy } from '../../src/strategy/schema.js';

function strategyOf(yaml: string): Strategy {
  const document = StrategyDocument.parse('test.yaml', yaml);
  expect(document.problems).toEqual([]);
  return document.strategy!;
}

/*
 * The spec's own figures (docs/strategy-file.md, "How smplan computes ROI").
 */
describe("ROI, the spec's examples", () => {
  const yearly = (budget: string, started: string, deadline: string, goal = '') => `
smplan: 1
company: {name: X}
started: ${started}
team: {budget: ${budget}, hours_per_week: 0, hourly_rate: 0}
goals:
  - {id: a, kpi: {baseline: 4, target: 15, deadline: ${deadline}${goal}}, value_per_unit: 10}
`;

  it('counts the period with both days: a calendar year is 365 days and 12 months', () => {
    const result = computeRoi(strategyOf(yearly('{amount: 50, period: month}', '2027-01-01', '2027-12-31')), TODAY);
    expect(result.period).toEqual({ from: '2027-01-01', to: '2027-12-31', days: 365, months: 12 });
    expect(result.cost!.budget).toBe(600);
  });

  it('counts calendar months from a day in the middle of a month', () => {
    const result = computeRoi(strategyOf(yearly('{amount: 50, period: month}', '2027-01-15', '2027-02-14')), TODAY);
    expect(result.period).toMatchObject({ days: 31, months: 1 });
    expect(result.cost!.budget).toBe(50);
  });

  it('values a rate by the area under its plan line: 66.1355 orders, 661.36', () => {
    const result = computeRoi(strategyOf(yearly('{amount: 50, period: month}', '2027-01-01', '2027-12-31', ', per: month')), TODAY);
    const [orders] = result.valued;
    expect(orders!.planned!.units).toBeCloseTo((11 * 364) / 2 / 30.4375 + 11 / 30.4375, 10);
    expect(orders!.planned!.units.toFixed(4)).toBe('66.1355');
    expect(orders!.planned!.value.toFixed(2)).toBe('661.36');
  });
});

/*
 * One strategy with every kind of goal, computed by hand (today 2027-07-15):
 *
 *   period   2027-01-15 (started) to 2028-07-14 (latest deadline), both included:
 *            365 days to 2028-01-15, then 31 + 29 + 31 + 30 + 31 + 30 = 182 to 2028-07-15: 547 days;
 *            2027-01-15 + 18 months = 2028-07-15 = the day after the end: exactly 18 months
 *   budget   1,200 a year over 18 months = 1,200 × 18 / 12 = 1,800.00
 *   staff    2 h a week at 20: 2 × 20 × 547 / 7 = 21,880 / 7 = 3,125.714285…
 *   cost     4,925.714285…
 *
 *   followers (a count, rises): baseline 100, target 400, 2 a follower.
 *            Measured 90 on 2027-01-10 (before the start: left out), 160 on 2027-06-30,
 *            999 on 2027-08-01 (after today: left out).
 *            planned (400 − 100) × 2 = 600, achieved (160 − 100) × 2 = 120
 *   response (a count, falls): baseline 24 h, target 4 h, 10 an hour; measured 12 on 2027-04-15.
 *            planned (24 − 4) × 10 = 200, achieved (24 − 12) × 10 = 120
 *   orders   (a rate per month, rises): baseline 4, target 15 by 2027-12-14 (day 333), 10 an order.
 *            planned: 11 × 333 / 2 + 11 × (547 − 333) = 1,831.5 + 2,354 = 4,185.5 order-days
 *                     / 30.4375 = 137.5113… orders × 10 = 1,375.11
 *            achieved: 6 on 2027-03-15 (day 59), 10 on 2027-05-14 (day 119): improvements 2 and 6;
 *                     (0 + 2) / 2 × 59 + (2 + 6) / 2 × 60 = 59 + 240 = 299 order-days / 30.4375 × 10 = 98.23
 *   value    planned 600 + 200 + 1,375.1129… = 2,175.1129…, achieved 120 + 120 + 98.2341… = 338.2341…
 *   ROI      planned (2,175.11 − 4,925.71) / 4,925.71, achieved (338.23 − 4,925.71) / 4,925.71
 *   break-even  followers 100 + 4,925.71 / 2; response 24 − 4,925.71 / 10;
 *               orders 4 + 4,925.71 × 30.4375 / (547 × 10)
 */
const TODAY = '2027-07-15';
const EVERY_KIND = `
smplan: 1
company: {name: Bäckerei Kunz, currency: EUR}
started: 2027-01-15
team:
  hours_per_week: 2
  hourly_rate: 20
  budget: {amount: 1200, period: year}
goals:
  - id: followers
    kpi: {metric: Instagram followers, baseline: 100, target: 400, deadline: 2028-07-14}
    value_per_unit: 2
    measurements:
      - {date: 2027-01-10, value: 90}
      - {date: 2027-06-30, value: 160}
      - {date: 2027-08-01, value: 999}
  - id: response
    kpi: {metric: Hours until a review is answered, baseline: 24, target: 4, deadline: 2027-12-31}
    value_per_unit: 10
    measurements:
      - {date: 2027-04-15, value: 12}
  - id: orders
    kpi: {metric: Cake orders per month, baseline: 4, target: 15, deadline: 2027-12-14, per: month}
    value_per_unit: 10
    measurements:
      - {date: 2027-03-15, value: 6}
      - {date: 2027-05-14, value: 10}
`;

describe('ROI of a strategy with every kind of goal, computed by hand', () => {
  const result = computeRoi(strategyOf(EVERY_KIND), TODAY);
  const cost = 1800 + 21_880 / 7;
  const cents = (value: number | null | undefined) => value!.toFixed(2);

  it('takes the period with both days and its calendar months', () => {
    expect(result.period).toEqual({ from: '2027-01-15', to: '2028-07-14', days: 547, months: 18 });
  });

  it('computes budget, staff time and cost to the cent', () => {
    expect(cents(result.cost!.budget)).toBe('1800.00');
    expect(cents(result.cost!.staff)).toBe('3125.71');
    expect(cents(result.cost!.total)).toBe('4925.71');
  });

  it('values a count, a falling count and a rate; measurements before the start or after today do not count', () => {
    const [followers, response, orders] = result.valued;
    expect([cents(followers!.planned!.value), cents(followers!.achieved!.value)]).toEqual(['600.00', '120.00']);
    expect([cents(response!.planned!.value), cents(response!.achieved!.value)]).toEqual(['200.00', '120.00']);
    expect([cents(orders!.planned!.value), cents(orders!.achieved!.value)]).toEqual(['1375.11', '98.23']);
    expect(orders!.achieved!.units).toBeCloseTo(299 / 30.4375, 10);
  });

  it('gives the planned and the achieved ROI to the cent', () => {
    const planned = 600 + 200 + (4185.5 / 30.4375) * 10;
    const achieved = 120 + 120 + (299 / 30.4375) * 10;
    expect(cents(result.value.planned)).toBe('2175.11');
    expect(cents(result.value.achieved)).toBe('338.23');
    expect(result.roi!.planned).toBeCloseTo((planned - cost) / cost, 12);
    expect(result.roi!.achieved).toBeCloseTo((achieved - cost) / cost, 12);
    expect(cents(result.roi!.planned! * result.cost!.total!)).toBe(cents(planned - cost));
    expect(result.missing).toEqual([]);
  });

  it('says where each goal alone pays for everything, in its own unit', () => {
    const [followers, response, orders] = result.valued;
    expect(followers!.breakEven).toBeCloseTo(100 + cost / 2, 9);
    expect(response!.breakEven).toBeCloseTo(24 - cost / 10, 9);
    expect(orders!.breakEven).toBeCloseTo(4 + (cost * 30.4375) / (547 * 10), 9);
  });

  it('takes kpi.direction over the comparison of target and baseline', () => {
    const stated = computeRoi(strategyOf(EVERY_KIND.replace('baseline: 100, target: 400, deadline: 2028-07-14}', 'baseline: 100, target: 400, deadline: 2028-07-14, direction: decrease}')), TODAY);
    expect(stated.valued[0]!.planned!.value).toBe(-600);
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

  it('counts a weekly budget in days and the others in calendar months', () => {
    const perWeek = computeRoi(strategyOf(base('  budget: {amount: 70, period: week}\n  hours_per_week: 0\n  hourly_rate: 0')), TODAY);
    expect(perWeek.cost!.budget).toBeCloseTo(310, 10); // 70 / 7 × 31 days
    const perQuarter = computeRoi(strategyOf(base('  budget: {amount: 300, period: quarter}\n  hours_per_week: 0\n  hourly_rate: 0')), TODAY);
    expect(perQuarter.cost!.budget).toBeCloseTo(100, 10); // one month of three
    const perYear = computeRoi(strategyOf(base('  budget: {amount: 1200, period: year}\n  hours_per_week: 0\n  hourly_rate: 0')), TODAY);
    expect(perYear.cost!.budget).toBeCloseTo(100, 10);
  });

  it('names a missing cost part instead of counting it as zero', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 3')), TODAY);
    expect(result.cost).toEqual({ budget: 50, staff: null, total: null, period: { from: '2027-01-01', to: '2027-01-31', days: 31, months: 1 } });
    expect(result.roi).toBeNull();
    expect(result.missing).toEqual(['team.hourly_rate']);
  });

  it('names every part of an incomplete budget', () => {
    expect(computeRoi(strategyOf(base('  hours_per_week: 3\n  hourly_rate: 20')), TODAY).missing).toEqual(['team.budget']);
    expect(computeRoi(strategyOf(base('  budget: {period: month}\n  hours_per_week: 3\n  hourly_rate: 20')), TODAY).missing).toEqual(['team.budget.amount']);
    expect(computeRoi(strategyOf(base('  budget: {amount: 5}\n  hours_per_week: 3\n  hourly_rate: 20')), TODAY).missing).toEqual(['team.budget.period']);
  });

  it('has no period (and no cost) without started or without any deadline', () => {
    const noStart = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 3\n  hourly_rate: 20').replace('started: 2027-01-01\n', '')), TODAY);
    expect(noStart.period).toBeNull();
    expect(noStart.cost).toBeNull();
    expect(noStart.roi).toBeNull();
    expect(noStart.missing).toEqual(['started']);
    const noDeadline = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 3\n  hourly_rate: 20', '  - {id: a, kpi: {baseline: 0, target: 10}, value_per_unit: 1}')), TODAY);
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
      TODAY,
    );
    // cost: 1 × 7 × 31 / 7 = 31; planned value 100, achieved 40
    expect(result.notValued).toEqual(['b']);
    expect(result.missing).toEqual(['goals.b.value_per_unit']);
    expect(result.value).toEqual({ planned: 100, achieved: 40 });
    expect(result.roi!.planned).toBeCloseTo((100 - 31) / 31, 12);
    expect(result.roi!.achieved).toBeCloseTo((40 - 31) / 31, 12);
  });

  it('counts a goal without measurements as no improvement yet', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 0, period: month}\n  hours_per_week: 1\n  hourly_rate: 7')), TODAY);
    expect(result.value).toEqual({ planned: 1000, achieved: 0 });
    expect(result.roi).toEqual({ planned: (1000 - 31) / 31, achieved: -1 });
  });

  it('has no value without baseline or target of a valued goal, and names them', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 0, period: month}\n  hours_per_week: 1\n  hourly_rate: 7', '  - {id: a, kpi: {deadline: 2027-01-31}, value_per_unit: 1}')), TODAY);
    expect(result.missing).toEqual(['goals.a.kpi.baseline', 'goals.a.kpi.target']);
    expect(result.value).toEqual({ planned: null, achieved: null });
    expect(result.roi).toBeNull();
  });

  it('has no ROI when no goal is valued, or when the cost is zero', () => {
    const unvalued = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 1\n  hourly_rate: 7', '  - {id: a, kpi: {baseline: 0, target: 1, deadline: 2027-01-31}}')), TODAY);
    expect(unvalued.value).toEqual({ planned: null, achieved: null });
    expect(unvalued.roi).toBeNull();
    const free = computeRoi(strategyOf(base('  budget: {amount: 0, period: month}\n  hours_per_week: 0\n  hourly_rate: 20')), TODAY);
    expect(free.cost!.total).toBe(0);
    expect(free.roi).toBeNull();
  });

  it('takes a latest deadline before the start as a period of no days', () => {
    const result = computeRoi(strategyOf(base('  budget: {amount: 50, period: month}\n  hours_per_week: 1\n  hourly_rate: 7', '  - {id: a, kpi: {baseline: 0, target: 1, deadline: 2026-12-01}, value_per_unit: 1}')), TODAY);
    expect(result.period!.days).toBe(0);
    expect(result.cost!.total).toBe(0);
    expect(result.roi).toBeNull();
  });
});
