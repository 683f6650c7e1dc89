/**
 * The terminal report: a progress bar and a status per goal, then cost, value
 * and ROI in aligned columns. Text from the file is shown with its control
 * characters escaped, so a strategy cannot drive the terminal.
 */
import type { Colors } from '../../base/colors.js';
import { escapeControlCharacters } from '../../base/message.js';
import type { GoalStatus } from '../../strategy/progress.js';
import type { ReportGoal } from '../model.js';
import type { ReportView } from './view.js';
import { breakEvens, describePeriod, numbersFor, UNKNOWN, WORDS, type Numbers, type Words } from './words.js';

const BAR_WIDTH = 20;

const safe = escapeControlCharacters;

type Paint = (text: string) => string;
const asIs: Paint = (text) => text;

function paintFor(status: GoalStatus, colors: Colors): Paint {
  switch (status) {
    case 'achieved':
    case 'on-track':
      return colors.green;
    case 'off-track':
      return colors.yellow;
    case 'overdue':
      return colors.red;
    case 'no-data':
      return colors.dim;
  }
}

function bar(progress: number | null, paint: Paint, colors: Colors): string {
  const filled = progress === null ? 0 : Math.round(Math.min(1, Math.max(0, progress)) * BAR_WIDTH);
  return (filled > 0 ? paint('█'.repeat(filled)) : '') + (filled < BAR_WIDTH ? colors.dim('░'.repeat(BAR_WIDTH - filled)) : '');
}

function goalDetails(goal: ReportGoal, words: Words, numbers: Numbers): string {
  const parts = [goal.latest ? words.measuredOn(numbers.amount(goal.latest.value, goal.unit), goal.latest.date) : words.noMeasurement];
  if (goal.baseline !== null) parts.push(words.baselineIs(numbers.number(goal.baseline)));
  if (goal.target !== null) parts.push(words.targetBy(numbers.number(goal.target), goal.deadline ?? UNKNOWN));
  if (goal.daysLeft !== null) parts.push(words.daysLeft(goal.daysLeft));
  return safe(parts.join(' · '));
}

/** Rows of a label and right-aligned amounts; `paint` colours a cell after it is padded. */
function table(rows: string[][], indent: string, paint: (row: number, column: number) => Paint = () => asIs): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map(
    (row, index) => indent + row.map((cell, column) => paint(index, column)(column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('   '),
  );
}

const text: ReportView = (model, { colors, language }) => {
  const words = WORDS[language];
  const numbers = numbersFor(language, model.currency);
  const lines: string[] = [colors.bold(safe(words.title(model.company))), colors.dim(safe(words.subtitle(model.today, model.file, model.revision))), ''];

  lines.push(colors.bold(words.goals));
  if (model.goals.length === 0) lines.push(`  ${words.noGoals}`);
  const idWidth = Math.max(0, ...model.goals.map((goal) => goal.id.length));
  const statusWidth = Math.max(...Object.values(words.status).map((label) => label.length));
  for (const goal of model.goals) {
    const paint = paintFor(goal.status, colors);
    const first = [
      safe(goal.id).padEnd(idWidth),
      bar(goal.progress, paint, colors),
      numbers.percent(goal.progress).padStart(5),
      paint(words.status[goal.status].padEnd(statusWidth)),
      goal.metric ? colors.dim(safe(goal.metric)) : '',
    ];
    lines.push(`  ${first.join('  ').trimEnd()}`);
    lines.push(`  ${' '.repeat(idWidth)}  ${goalDetails(goal, words, numbers)}`);
  }

  lines.push('', colors.bold(model.cost ? `${words.cost}  ${describePeriod(model.cost.period, words, numbers)}` : words.cost));
  if (model.cost) {
    const { budget, staff, total } = model.cost;
    const rows = [
      [words.budget, numbers.money(budget)],
      [words.staff, numbers.money(staff)],
      [words.total, numbers.money(total)],
    ];
    lines.push(...table(rows, '  ', (row) => (row === 2 ? colors.bold : asIs)));
  } else lines.push(`  ${words.noPeriod}`);

  if (model.valued.length > 0) {
    lines.push('');
    const rows = [[words.valueAndRoi, words.planned, words.achieved]];
    for (const goal of model.valued) rows.push([`  ${safe(goal.id)}`, numbers.money(goal.planned?.value ?? null), numbers.money(goal.achieved?.value ?? null)]);
    rows.push([`  ${words.total}`, numbers.money(model.value.planned), numbers.money(model.value.achieved)]);
    const roi = model.roi;
    if (roi) rows.push([`  ${words.roi}`, numbers.signedPercent(roi.planned), numbers.signedPercent(roi.achieved)]);
    const roiRow = roi ? rows.length - 1 : -1;
    const roiPaint = (ratio: number | null): Paint => (ratio === null ? colors.bold : (cell) => colors.bold((ratio >= 0 ? colors.green : colors.red)(cell)));
    lines.push(
      ...table(rows, '', (row, column) => {
        if (row === 0) return colors.bold;
        if (row !== roiRow) return asIs;
        return column === 0 ? colors.bold : roiPaint(column === 1 ? roi!.planned : roi!.achieved);
      }),
    );
  }
  const sentences = breakEvens(model, words, numbers);
  if (sentences.length > 0) lines.push('', colors.bold(words.breakEvenTitle), ...sentences.map((sentence) => `  ${safe(sentence)}`));
  const notes: string[] = [];
  if (!model.roi) notes.push(model.cost?.total === 0 ? words.zeroCost : words.noRoi);
  if (model.notValued.length > 0) notes.push(`${words.notValued}: ${safe(model.notValued.join(', '))}`);
  if (model.missing.length > 0) notes.push(`${words.missing}: ${colors.yellow(safe(model.missing.join(', ')))}`);
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
};

export default text;
