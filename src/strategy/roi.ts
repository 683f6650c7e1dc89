/**
 * Cost, value, ROI and break-even exactly as the spec's "ROI, as smplan
 * report computes it" defines them (revised 2026-12-04), so that two
 * implementations give the same cent. `report`, `track`, `check` and `diff`
 * share it. Nothing is rounded here; money is rounded to cents only for
 * display. An input that is not in the file is named (as a dotted path) instead
 * of being taken as zero.
 */
import { addMonths } from './calendar.js';
import { directionOf, signOf, sortedMeasurements } from './progress.js';
import type { Goal, Strategy } from './schema.js';
import { daysBetween } from './today.js';

/** Days a rate's period lasts on average (a year of 365.25 days), for `kpi.per`. */
export const DAYS_PER_RATE_PERIOD = { day: 1, week: 7, month: 30.4375, quarter: 91.3125, year: 365.25 } as const;

/** Calendar months a budget period spans; a week is counted in days instead. */
const MONTHS_PER_PERIOD = { month: 1, quarter: 3, year: 12 } as const;

export interface Period {
  from: string;
  to: string;
  /** Days from `from` to `to`, both included: 2027-01-01 to 2027-12-31 is 365. */
  days: number;
  /** Calendar months from `from` to the day after `to`: 12 for a calendar year. */
  months: number;
}

export interface Cost {
  /** Money budget over the period; null when `team.budget` is incomplete. */
  budget: number | null;
  /** Staff time over the period; null without hours per week or hourly rate. */
  staff: number | null;
  /** budget + staff; null when either part is missing (a missing part is not zero). */
  total: number | null;
  period: Period;
}

export interface Improvement {
  /** Units of the metric gained: for a count, its improvement; for a rate, the units it brought over time. */
  units: number;
  /** units × value_per_unit. */
  value: number;
}

/** A goal with a `value_per_unit`. */
export interface GoalValue {
  id: string;
  valuePerUnit: number;
  direction: 'increase' | 'decrease';
  /** The period of a rate (`kpi.per`); null for a count at a moment. */
  per: keyof typeof DAYS_PER_RATE_PERIOD | null;
  /** At the target (on the plan line, for a rate); null without baseline, target or a period. */
  planned: Improvement | null;
  /** Measured so far; null without baseline or a period. */
  achieved: Improvement | null;
  /** The level this goal alone must reach to pay for the whole cost, in its own unit; null without a cost. */
  breakEven: number | null;
}

export interface RoiResult {
  period: Period | null;
  cost: Cost | null;
  valued: GoalValue[];
  /** Ids of goals without `value_per_unit`; they add nothing to the value. */
  notValued: string[];
  value: { planned: number | null; achieved: number | null };
  /** (value − cost) / cost, a ratio; null when cost or value are unknown or the cost is zero. */
  roi: { planned: number | null; achieved: number | null } | null;
  /** Inputs that are not in the file, as dotted paths (`team.hourly_rate`, `goals.<id>.value_per_unit`). */
  missing: string[];
}

/** Calendar months from `from` up to (not including) `end`: whole months, then the share of the next. */
export function monthsBetween(from: string, end: string): number {
  let whole = 0;
  while (addMonths(from, whole + 1) <= end) whole++;
  const start = addMonths(from, whole);
  return whole + daysBetween(start, end) / daysBetween(start, addMonths(from, whole + 1));
}

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** From `started` to the latest deadline, both days included. */
export function strategyPeriod(strategy: Strategy, missing: string[] = []): Period | null {
  const deadlines = (strategy.goals ?? []).flatMap((goal) => (goal.kpi?.deadline ? [goal.kpi.deadline] : []));
  if (!strategy.started) missing.push('started');
  if ((strategy.goals ?? []).length === 0) missing.push('goals');
  else if (deadlines.length === 0) missing.push('kpi.deadline');
  if (!strategy.started || deadlines.length === 0) return null;
  const to = deadlines.reduce((latest, deadline) => (deadline > latest ? deadline : latest));
  // A latest deadline before the start is a period of no days, not a negative cost.
  if (to < strategy.started) return { from: strategy.started, to, days: 0, months: 0 };
  return { from: strategy.started, to, days: daysBetween(strategy.started, to) + 1, months: monthsBetween(strategy.started, dayAfter(to)) };
}

function moneyCost(strategy: Strategy, period: Period | null, missing: string[]): number | null {
  const budget = strategy.team?.budget;
  if (!budget) {
    missing.push('team.budget');
    return null;
  }
  if (budget.amount === undefined) missing.push('team.budget.amount');
  if (budget.period === undefined) missing.push('team.budget.period');
  if (budget.amount === undefined || budget.period === undefined || period === null) return null;
  const periods = budget.period === 'week' ? period.days / 7 : period.months / MONTHS_PER_PERIOD[budget.period];
  return budget.amount * periods;
}

function staffCost(strategy: Strategy, period: Period | null, missing: string[]): number | null {
  const hours = strategy.team?.hours_per_week;
  const rate = strategy.team?.hourly_rate;
  if (hours === undefined) missing.push('team.hours_per_week');
  if (rate === undefined) missing.push('team.hourly_rate');
  if (hours === undefined || rate === undefined || period === null) return null;
  return (hours * rate * period.days) / 7;
}

/** The measurements that count for the value: none before the start, none after today. */
export function countedMeasurements(goal: Goal, started: string, today: string): { date: string; value: number }[] {
  return sortedMeasurements(goal).filter(({ date }) => date >= started && date <= today);
}

/** The area under straight lines through `points` (day, improvement), from the first point to the last. */
function trapezoids(points: readonly { day: number; improvement: number }[]): number {
  let area = 0;
  for (let index = 1; index < points.length; index++) {
    const [a, b] = [points[index - 1]!, points[index]!];
    area += ((a.improvement + b.improvement) / 2) * (b.day - a.day);
  }
  return area;
}

function goalValue(goal: Goal, valuePerUnit: number, period: Period | null, today: string, missing: string[]): GoalValue {
  const { baseline, target, deadline, per } = goal.kpi ?? {};
  const rate = per ?? null;
  if (baseline === undefined) missing.push(`goals.${goal.id}.kpi.baseline`);
  if (target === undefined) missing.push(`goals.${goal.id}.kpi.target`);
  const valueOf = (units: number): Improvement => ({ units, value: units * valuePerUnit });
  const unknown = { id: goal.id, valuePerUnit, direction: directionOf(goal), per: rate, planned: null, achieved: null, breakEven: null };
  if (baseline === undefined || period === null) return unknown;
  const sign = signOf(goal);
  const improvement = (value: number) => sign * (value - baseline);
  const measured = countedMeasurements(goal, period.from, today);

  if (rate === null) {
    const latest = measured.at(-1);
    return {
      ...unknown,
      planned: target === undefined ? null : valueOf(improvement(target)),
      achieved: valueOf(latest ? improvement(latest.value) : 0),
    };
  }

  const perDays = DAYS_PER_RATE_PERIOD[rate];
  // The plan line rises from the start to the deadline and is held at the target up to the end of the period.
  let planned: Improvement | null = null;
  if (target !== undefined && deadline !== undefined) {
    const reach = Math.min(Math.max(0, daysBetween(period.from, deadline)), period.days);
    planned = valueOf(((improvement(target) * reach) / 2 + improvement(target) * (period.days - reach)) / perDays);
  }
  const points = [{ day: 0, improvement: 0 }, ...measured.map(({ date, value }) => ({ day: daysBetween(period.from, date), improvement: improvement(value) }))];
  return { ...unknown, planned, achieved: valueOf(trapezoids(points) / perDays) };
}

/**
 * What this goal alone must reach to pay for the whole cost, in its own unit:
 * a count, the level at the end; a rate, the level held over the whole period.
 */
function breakEven(goal: Goal, valuePerUnit: number, cost: number | null, period: Period | null): number | null {
  const baseline = goal.kpi?.baseline;
  if (cost === null || period === null || period.days === 0 || valuePerUnit === 0 || baseline === undefined) return null;
  const per = goal.kpi?.per;
  const units = per ? (cost * DAYS_PER_RATE_PERIOD[per]) / (period.days * valuePerUnit) : cost / valuePerUnit;
  return baseline + signOf(goal) * units;
}

const sum = (values: (number | null)[]): number | null =>
  values.some((value) => value === null) ? null : values.reduce<number>((total, value) => total + value!, 0);

export function computeRoi(strategy: Strategy, today: string): RoiResult {
  const missing: string[] = [];
  const period = strategyPeriod(strategy, missing);
  const budget = moneyCost(strategy, period, missing);
  const staff = staffCost(strategy, period, missing);
  const total = budget === null || staff === null ? null : budget + staff;
  const cost: Cost | null = period && { budget, staff, total, period };

  const valued: GoalValue[] = [];
  const notValued: string[] = [];
  for (const goal of strategy.goals ?? []) {
    if (goal.value_per_unit === undefined) {
      notValued.push(goal.id);
      missing.push(`goals.${goal.id}.value_per_unit`);
    } else valued.push({ ...goalValue(goal, goal.value_per_unit, period, today, missing), breakEven: breakEven(goal, goal.value_per_unit, total, period) });
  }
  // With no goal valued there is no value at all, rather than a value of zero.
  const value =
    valued.length === 0
      ? { planned: null, achieved: null }
      : { planned: sum(valued.map((goal) => goal.planned?.value ?? null)), achieved: sum(valued.map((goal) => goal.achieved?.value ?? null)) };

  const ratio = (amount: number | null) => (amount === null || total === null ? null : (amount - total) / total);
  const roi = total === null || total === 0 || (value.planned === null && value.achieved === null) ? null : { planned: ratio(value.planned), achieved: ratio(value.achieved) };
  return { period, cost, valued, notValued, value, roi, missing };
}
