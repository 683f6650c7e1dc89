/**
 * What `smplan report` shows, computed once from a strategy and a day; every
 * format renders this model and computes nothing itself. The status of a goal
 * comes from `goalProgress`, the same projection `check` uses.
 */
import { goalProgress, type GoalStatus } from '../strategy/progress.js';
import type { Strategy } from '../strategy/schema.js';
import { computeRoi, type Cost, type GoalValue } from '../strategy/roi.js';
import { byCodePoint } from '../strategy/order.js';

export interface ReportMeasurement {
  date: string;
  value: number;
  note: string | null;
}

export interface ReportGoal {
  id: string;
  /** The goal in words (`objective`), for a reader who does not know its id. */
  objective: string | null;
  baseline: number | null;
  latest: { date: string; value: number } | null;
  target: number | null;
  deadline: string | null;
  /** Share of the way from baseline to target; 0 to 1, may exceed 1 or fall below 0. */
  progress: number | null;
  status: GoalStatus;
  /** The latest measurement against the plan line on its day (ahead or behind), told beside the status. */
  pace: 'ahead' | 'behind' | null;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number | null;
  // for the views
  metric: string | null;
  unit: string | null;
  /** The trend line of the measurements at the deadline. */
  projected: number | null;
  measurements: ReportMeasurement[];
}

export interface ReportModel {
  /** The file as the user named it. */
  file: string;
  today: string;
  company: string;
  revision: number | null;
  started: string | null;
  /** ISO 4217 code of every money amount. */
  currency: string;
  goals: ReportGoal[];
  cost: Cost | null;
  value: { planned: number | null; achieved: number | null };
  /** Goals with a value per unit and what their improvement is worth. */
  valued: GoalValue[];
  /** Ids of goals without a value per unit. */
  notValued: string[];
  roi: { planned: number | null; achieved: number | null } | null;
  /** Inputs missing for cost or ROI, as dotted paths into the file. */
  missing: string[];
}

export function buildReport(strategy: Strategy, file: string, today: string): ReportModel {
  const goals = (strategy.goals ?? []).map((goal): ReportGoal => {
    const { latest, progress, projected, daysLeft, pace, status } = goalProgress(goal, strategy.started, today);
    const kpi = goal.kpi ?? {};
    return {
      id: goal.id,
      objective: goal.objective?.trim() || null,
      baseline: kpi.baseline ?? null,
      latest,
      target: kpi.target ?? null,
      deadline: kpi.deadline ?? null,
      progress,
      status,
      pace,
      daysLeft,
      metric: kpi.metric?.trim() || null,
      unit: kpi.unit?.trim() || null,
      projected,
      // the order of sortedMeasurements (a stable sort by date), with the notes kept
      measurements: [...(goal.measurements ?? [])]
        .sort((a, b) => byCodePoint(a.date, b.date))
        .map(({ date, value, note }) => ({ date, value, note: note?.trim() || null })),
    };
  });
  const { cost, valued, notValued, value, roi, missing } = computeRoi(strategy, today);
  return {
    file,
    today,
    company: strategy.company.name.trim(),
    revision: strategy.revision ?? null,
    started: strategy.started ?? null,
    currency: strategy.company.currency ?? 'EUR',
    goals,
    cost,
    value,
    valued,
    notValued,
    roi,
    missing,
  };
}

/** The stable JSON shape for scripts (`--format json`); keys are only ever added. */
export interface ReportJson {
  file: string;
  today: string;
  /** ISO 4217 code of every money amount. */
  currency: string;
  goals: (Pick<ReportGoal, 'id' | 'baseline' | 'latest' | 'target' | 'deadline' | 'progress' | 'status' | 'daysLeft'> & {
    /** Money per unit, and the goal's value planned and achieved; null when the goal is not valued. */
    value: { perUnit: number; planned: number | null; achieved: number | null } | null;
    /** The level, in the goal's unit, at which this goal alone pays for the whole cost; null when not valued or without a cost. */
    breakEven: number | null;
  })[];
  cost: { budget: number | null; staff: number | null; total: number | null; period: { from: string; to: string } } | null;
  roi: { planned: number | null; achieved: number | null } | null;
  missing: string[];
}

export function toJson(model: ReportModel): ReportJson {
  return {
    file: model.file,
    today: model.today,
    currency: model.currency,
    goals: model.goals.map(({ id, baseline, latest, target, deadline, progress, status, daysLeft }) => {
      const valued = model.valued.find((goal) => goal.id === id);
      return {
        id,
        baseline,
        latest: latest && { date: latest.date, value: latest.value },
        target,
        deadline,
        progress,
        status,
        daysLeft,
        value: valued ? { perUnit: valued.valuePerUnit, planned: valued.planned?.value ?? null, achieved: valued.achieved?.value ?? null } : null,
        breakEven: valued?.breakEven ?? null,
      };
    }),
    cost: model.cost && {
      budget: model.cost.budget,
      staff: model.cost.staff,
      total: model.cost.total,
      period: { from: model.cost.period.from, to: model.cost.period.to },
    },
    roi: model.roi && { planned: model.roi.planned, achieved: model.roi.achieved },
    missing: [...model.missing],
  };
}
