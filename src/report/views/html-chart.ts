/**
 * The inline SVG chart of one goal for the HTML report: the measurements over
 * time (one `circle.measurement` each), the spec's plan line (baseline to
 * target, held at the target after the deadline) dashed, the deadline as a
 * vertical line, the trend to the deadline, and today. Every label sits in a
 * margin and every line inside the plot, so no label is crossed by a line;
 * labels that would touch each other take the next row. Plain SVG with
 * classes: the page's CSS gives it colours, and it needs no script and no
 * external resource.
 */
import { daysBetween } from '../../strategy/today.js';
import type { ReportGoal } from '../model.js';
import type { Numbers, Words } from './words.js';

const WIDTH = 680;
const HEIGHT = 250;
const MARGIN = { top: 40, right: 84, bottom: 34, left: 64 };
const PLOT = { width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };

export interface ChartInput {
  goal: ReportGoal;
  started: string | null;
  today: string;
  /** Unique on the page, for the `aria-labelledby` of the chart. */
  id: string;
  words: Words;
  numbers: Numbers;
  escape: (text: string) => string;
}

const at = (value: number) => (Math.round(value * 10) / 10).toString();

/** Chart labels are 11px; a generous width per character keeps the layout safe for any sans-serif font. */
const CHARACTER_WIDTH = 6.8;
/** Baselines of the label rows above the plot, nearest first. */
const TOP_ROWS = [MARGIN.top - 10, MARGIN.top - 25];

interface TopLabel {
  className: string;
  text: string;
  /** Where the label points to; it is drawn beside this x, on the side where it fits. */
  x: number;
  side: 'left' | 'right';
}

/** Places each label on the nearest row where it touches no label placed before it. */
function placeTopLabels(labels: TopLabel[], escape: (text: string) => string): string[] {
  const taken: { row: number; from: number; to: number }[] = [];
  return labels.map(({ className, text, x, side }) => {
    const width = text.length * CHARACTER_WIDTH;
    const fitsLeft = x - 3 - width >= 0;
    const fitsRight = x + 3 + width <= WIDTH;
    const left = (side === 'left' && fitsLeft) || !fitsRight;
    const from = left ? x - 3 - width : x + 3;
    const to = from + width;
    const row = TOP_ROWS.findIndex((_, index) => !taken.some((box) => box.row === index && box.from < to + 4 && from < box.to + 4));
    const chosen = row === -1 ? TOP_ROWS.length - 1 : row;
    taken.push({ row: chosen, from, to });
    return `<text class="${className}" x="${at(left ? x - 3 : x + 3)}" y="${TOP_ROWS[chosen]}" text-anchor="${left ? 'end' : 'start'}">${escape(text)}</text>`;
  });
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 1, 2, 2.5 or 5 times a power of ten: about `count` steps over `range`. */
function niceStep(range: number, count: number): number {
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const normalized = raw / power;
  const factor = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 2.5 ? 2.5 : normalized <= 5 ? 5 : 10;
  return factor * power;
}

/** The SVG of a goal, or an empty string when there is nothing to draw (no date or no value). */
export function goalChart({ goal, started, today, id, words, numbers, escape }: ChartInput): string {
  const dates = [started, ...goal.measurements.map((measurement) => measurement.date), goal.deadline].filter((date): date is string => date !== null);
  // After the deadline the chart runs on to today, so that the plan line is seen held at the target.
  if (dates.length > 0 && goal.deadline !== null && today > goal.deadline) dates.push(today);
  const plan = started !== null && goal.baseline !== null && goal.target !== null && goal.deadline !== null;
  const trend = goal.projected !== null && goal.deadline !== null && goal.latest !== null && Number.isFinite(goal.projected);
  const values = [
    ...(plan ? [goal.baseline!, goal.target!] : [goal.baseline, goal.target].filter((value): value is number => value !== null)),
    ...goal.measurements.map((measurement) => measurement.value),
    ...(trend ? [goal.projected!] : []),
  ];
  if (dates.length === 0 || values.length === 0) return '';

  const first = dates.reduce((a, b) => (a < b ? a : b));
  const last = dates.reduce((a, b) => (a > b ? a : b));
  const span = Math.max(1, daysBetween(first, last));
  const x = (date: string) => MARGIN.left + (daysBetween(first, date) / span) * PLOT.width;

  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const pad = Math.max(1, Math.abs(low) * 0.1);
    [low, high] = [low - pad, high + pad];
  }
  const step = niceStep(high - low, 4);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const y = (value: number) => MARGIN.top + ((high - value) / (high - low)) * PLOT.height;
  const bottom = MARGIN.top + PLOT.height;
  const right = MARGIN.left + PLOT.width;

  const parts: string[] = [];
  parts.push(`<title id="${id}-title">${escape(words.chartTitle(goal.id))}</title>`);

  const grid: string[] = [];
  for (let index = 0; low + index * step <= high + step / 1e6 && index <= 12; index++) {
    const value = Number((low + index * step).toPrecision(12));
    grid.push(`<line x1="${MARGIN.left}" y1="${at(y(value))}" x2="${right}" y2="${at(y(value))}"/>`);
    grid.push(`<text class="tick y" x="${MARGIN.left - 6}" y="${at(y(value) + 3.5)}">${escape(numbers.number(value))}</text>`);
  }
  parts.push(`<g class="grid">${grid.join('')}</g>`);

  const ticks = new Set<string>();
  const tickCount = Math.min(4, span);
  for (let index = 0; index <= tickCount; index++) ticks.add(addDays(first, Math.round((span * index) / tickCount)));
  const xTicks = [...ticks].map((date, index, all) => {
    const anchor = index === 0 ? 'start' : index === all.length - 1 ? 'end' : 'middle';
    return `<line x1="${at(x(date))}" y1="${bottom}" x2="${at(x(date))}" y2="${bottom + 4}"/><text class="tick x" x="${at(x(date))}" y="${bottom + 18}" text-anchor="${anchor}">${escape(numbers.date(date))}</text>`;
  });
  parts.push(
    `<g class="axis"><line x1="${MARGIN.left}" y1="${bottom}" x2="${right}" y2="${bottom}"/><line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}"/>${xTicks.join('')}</g>`,
  );

  const topLabels: TopLabel[] = [];
  if (goal.deadline !== null) {
    const deadlineX = at(x(goal.deadline));
    parts.push(`<g class="deadline"><line x1="${deadlineX}" y1="${MARGIN.top}" x2="${deadlineX}" y2="${bottom}"/></g>`);
    topLabels.push({ className: 'deadline', text: `${words.deadline} ${numbers.date(goal.deadline)}`, x: x(goal.deadline), side: 'left' });
  }
  if (today >= first && today <= last) {
    parts.push(`<g class="today"><line x1="${at(x(today))}" y1="${MARGIN.top}" x2="${at(x(today))}" y2="${bottom}"/></g>`);
    topLabels.push({ className: 'today', text: words.today, x: x(today), side: 'right' });
  }
  parts.push(`<g class="labels">${placeTopLabels(topLabels, escape).join('')}</g>`);
  if (plan) {
    const line = [`${at(x(started!))},${at(y(goal.baseline!))}`, `${at(x(goal.deadline!))},${at(y(goal.target!))}`];
    if (last > goal.deadline!) line.push(`${at(right)},${at(y(goal.target!))}`);
    const named = `${words.plan}: ${numbers.number(goal.target)}`;
    const label = named.length * CHARACTER_WIDTH <= MARGIN.right - 6 ? named : numbers.number(goal.target);
    parts.push(
      `<g class="plan"><polyline points="${line.join(' ')}" stroke-dasharray="6 4"/><text x="${right + 6}" y="${at(y(goal.target!) + 3.5)}">${escape(label)}</text></g>`,
    );
  }
  if (trend) {
    parts.push(
      `<line class="projection" x1="${at(x(goal.latest!.date))}" y1="${at(y(goal.latest!.value))}" x2="${at(x(goal.deadline!))}" y2="${at(y(goal.projected!))}" stroke-dasharray="2 3"/>`,
    );
  }
  if (goal.measurements.length > 1) {
    const points = goal.measurements.map((measurement) => `${at(x(measurement.date))},${at(y(measurement.value))}`).join(' ');
    parts.push(`<polyline class="measurements" points="${points}"/>`);
  }
  for (const measurement of goal.measurements) {
    const label = `${numbers.date(measurement.date)}: ${numbers.amount(measurement.value, goal.unit)}${measurement.note ? ` (${measurement.note})` : ''}`;
    parts.push(`<circle class="measurement" cx="${at(x(measurement.date))}" cy="${at(y(measurement.value))}" r="3.5"><title>${escape(label)}</title></circle>`);
  }

  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title">${parts.join('')}</svg>`;
}
