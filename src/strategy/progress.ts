/**
 * Where a goal stands, computed once for `check` (goals/off-track,
 * goals/deadline-passed) and `report` (status), so both always agree.
 */
import type { Goal } from './schema.js';
import { daysBetween } from './today.js';
import { byCodePoint } from './order.js';

export type GoalStatus = 'achieved' | 'on-track' | 'off-track' | 'overdue' | 'no-data';

export interface GoalProgress {
  latest: { date: string; value: number } | null;
  /** Share of the way from baseline to target (0 to 1, may exceed 1); null without baseline, target or measurement. */
  progress: number | null;
  /** The least-squares line through (started, baseline) and the measurements, at the deadline. */
  projected: number | null;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number | null;
  /** The latest measurement against the plan line on its day; null without a plan or a measurement. */
  pace: 'ahead' | 'behind' | null;
  status: GoalStatus;
}

/** Measurements sorted by date; the file keeps them sorted, but a hand edit may not. */
export function sortedMeasurements(goal: Goal): { date: string; value: number }[] {
  return [...(goal.measurements ?? [])].sort((a, b) => byCodePoint(a.date, b.date));
}

/** Which way a goal should move: `kpi.direction` when given, else down for a target below the baseline, else up. */
export function directionOf(goal: Goal): 'increase' | 'decrease' {
  const { baseline, target, direction } = goal.kpi ?? {};
  if (direction) return direction;
  return baseline !== undefined && target !== undefined && target < baseline ? 'decrease' : 'increase';
}

/** +1 for a goal that should rise, −1 for one that should fall: improvement is sign × (value − baseline). */
export function signOf(goal: Goal): 1 | -1 {
  return directionOf(goal) === 'decrease' ? -1 : 1;
}

/** True when `value` reaches the target, in the goal's direction. */
export function reachesTarget(goal: Goal, value: number): boolean {
  const target = goal.kpi?.target;
  if (target === undefined) return false;
  return signOf(goal) * (value - target) >= 0;
}

/**
 * The plan line of the spec: straight from (started, baseline) to (deadline,
 * target), held at the target after the deadline; null without all four.
 */
export function planAt(goal: Goal, started: string | undefined, date: string): number | null {
  const { baseline, target, deadline } = goal.kpi ?? {};
  if (!started || baseline === undefined || target === undefined || !deadline) return null;
  const length = daysBetween(started, deadline);
  if (length <= 0 || date >= deadline) return target;
  const day = Math.max(0, daysBetween(started, date));
  return baseline + ((target - baseline) * day) / length;
}

function projectAt(points: { day: number; value: number }[], day: number): number | null {
  const distinctDays = new Set(points.map((point) => point.day));
  if (distinctDays.size < 2) return null;
  const meanDay = points.reduce((sum, point) => sum + point.day, 0) / points.length;
  const meanValue = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (point.day - meanDay) * (point.value - meanValue);
    variance += (point.day - meanDay) ** 2;
  }
  const slope = covariance / variance;
  return meanValue + slope * (day - meanDay);
}

export function goalProgress(goal: Goal, started: string | undefined, today: string): GoalProgress {
  const { baseline, target, deadline } = goal.kpi ?? {};
  const measurements = sortedMeasurements(goal);
  const latest = measurements.at(-1) ?? null;
  const progress =
    latest && baseline !== undefined && target !== undefined && target !== baseline
      ? (latest.value - baseline) / (target - baseline)
      : null;
  const daysLeft = deadline ? daysBetween(today, deadline) : null;

  let projected: number | null = null;
  if (deadline && measurements.length > 0) {
    const origin = started ?? measurements[0]!.date;
    const points = measurements.map((measurement) => ({ day: daysBetween(origin, measurement.date), value: measurement.value }));
    if (started && baseline !== undefined) points.unshift({ day: 0, value: baseline });
    projected = projectAt(points, daysBetween(origin, deadline));
  }

  let status: GoalStatus;
  if (target === undefined || !deadline || !latest) status = 'no-data';
  else if (reachesTarget(goal, latest.value)) status = 'achieved';
  else if (daysLeft !== null && daysLeft < 0) status = 'overdue';
  else if (projected === null) status = 'no-data';
  else status = reachesTarget(goal, projected) ? 'on-track' : 'off-track';

  const plan = latest && planAt(goal, started, latest.date);
  const pace = latest && plan !== null ? (signOf(goal) * (latest.value - plan) >= 0 ? 'ahead' : 'behind') : null;

  return { latest, progress, projected, daysLeft, pace, status };
}
