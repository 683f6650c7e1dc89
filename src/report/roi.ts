/**
 * Costs, value and ROI exactly as the spec's "ROI, as smplan report computes
 * it" section defines them, so that two implementations give the same cent.
 * Nothing is rounded here; money is rounded to cents only for display.
 * An input that is not in the file is named (as a dotted path into the file)
 * instead of being taken as zero.
 */
import { sortedMeasurements } from '../strategy/progress.js';
import type { Goal, Strategy } from '../strategy/schema.js';
import { daysBetween } from '../strategy/today.js';

/** Days a budget period lasts on average (a year of 365.25 days). */
export const DAYS_PER_PERIOD = { week: 7, month: 30.4375, quarter: 91.3125, year: 365.25 } as const;

export interface Period {
  from: string;
  to: string;
  /** Days between `from` and `to` (2026-12-01 to 2026-12-31 is 30). */
  days: number;
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
  /** In units of the metric, positive when the goal moves the right way. */
  units: number;
  /** units × value_per_unit. */
  value: number;
}

/** A goal with a `value_per_unit`. */
export interface GoalValue {
  id: string;
  valuePerUnit: number;
  /** Target − baseline (sign turned for a falling target); null without baseline or target. */
  planned: Improvement | null;
  /** Latest value − baseline (0 without a measurement); null without baseline or target. */
  achieved: Improvement | null;
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

export function strategyPeriod(strategy: Strategy, missing: string[] = []): Period | null {
  const deadlines = (strategy.goals ?? []).flatMap((goal) => (goal.kpi?.deadline ? [goal.kpi.deadline] : []));
  if (!strategy.started) missing.push('started');
  if ((strategy.goals ?? []).length === 0) missing.push('goals');
  else if (deadlines.length === 0) missing.push('kpi.deadline');
  if (!strategy.started || deadlines.length === 0) return null;
  const to = deadlines.reduce((latest, deadline) => (deadline > latest ? deadline : latest));
  // A latest deadline before the start is a period of no days, not a negative cost.
  return { from: strategy.started, to, days: Math.max(0, daysBetween(strategy.started, to)) };
}

function moneyCost(strategy: Strategy, days: number | null, missing: string[]): number | null {
  const budget = strategy.team?.budget;
  if (!budget) {
    missing.push('team.budget');
    return null;
  }
  if (budget.amount === undefined) missing.push('team.budget.amount');
  if (budget.period === undefined) missing.push('team.budget.period');
  if (budget.amount === undefined || budget.period === undefined || days === null) return null;
  return (budget.amount / DAYS_PER_PERIOD[budget.period]) * days;
}

function staffCost(strategy: Strategy, days: number | null, missing: string[]): number | null {
  const hours = strategy.team?.hours_per_week;
  const rate = strategy.team?.hourly_rate;
  if (hours === undefined) missing.push('team.hours_per_week');
  if (rate === undefined) missing.push('team.hourly_rate');
  if (hours === undefined || rate === undefined || days === null) return null;
  return (hours * rate * days) / 7;
}

/** +1 for a goal whose metric should rise, −1 for one whose target is below its baseline. */
function direction(baseline: number, target: number): 1 | -1 {
  return target < baseline ? -1 : 1;
}

function goalValue(goal: Goal, valuePerUnit: number, missing: string[]): GoalValue {
  const { baseline, target } = goal.kpi ?? {};
  if (baseline === undefined) missing.push(`goals.${goal.id}.kpi.baseline`);
  if (target === undefined) missing.push(`goals.${goal.id}.kpi.target`);
  if (baseline === undefined || target === undefined) return { id: goal.id, valuePerUnit, planned: null, achieved: null };
  const sign = direction(baseline, target);
  const latest = sortedMeasurements(goal).at(-1);
  const improvement = (units: number): Improvement => ({ units, value: units * valuePerUnit });
  return {
    id: goal.id,
    valuePerUnit,
    planned: improvement(sign * (target - baseline)),
    achieved: improvement(latest ? sign * (latest.value - baseline) : 0),
  };
}

const sum = (values: (number | null)[]): number | null =>
  values.some((value) => value === null) ? null : values.reduce<number>((total, value) => total + value!, 0);

export function computeRoi(strategy: Strategy): RoiResult {
  const missing: string[] = [];
  const period = strategyPeriod(strategy, missing);
  const days = period?.days ?? null;
  const budget = moneyCost(strategy, days, missing);
  const staff = staffCost(strategy, days, missing);
  const cost: Cost | null = period && { budget, staff, total: budget === null || staff === null ? null : budget + staff, period };

  const valued: GoalValue[] = [];
  const notValued: string[] = [];
  for (const goal of strategy.goals ?? []) {
    if (goal.value_per_unit === undefined) {
      notValued.push(goal.id);
      missing.push(`goals.${goal.id}.value_per_unit`);
    } else valued.push(goalValue(goal, goal.value_per_unit, missing));
  }
  // With no goal valued there is no value at all, rather than a value of zero.
  const value =
    valued.length === 0
      ? { planned: null, achieved: null }
      : { planned: sum(valued.map((goal) => goal.planned?.value ?? null)), achieved: sum(valued.map((goal) => goal.achieved?.value ?? null)) };

  const total = cost?.total ?? null;
  const ratio = (amount: number | null) => (amount === null || total === null ? null : (amount - total) / total);
  const roi = total === null || total === 0 || (value.planned === null && value.achieved === null) ? null : { planned: ratio(value.planned), achieved: ratio(value.achieved) };
  return { period, cost, valued, notValued, value, roi, missing };
}
