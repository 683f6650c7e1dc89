/**
 * The report as one self-contained HTML file: inline CSS (with an A4 print
 * layout), an inline SVG chart per goal, no script and no external resource
 * (a Content-Security-Policy forbids them too). Every text from the file is
 * HTML-escaped; nothing from the file reaches the page raw.
 */
import { escapeControlCharacters } from '../../base/message.js';
import type { ReportGoal, ReportModel } from '../model.js';
import { goalChart } from './html-chart.js';
import type { ReportView } from './view.js';
import { breakEvens, describePeriod, numbersFor, WORDS, type Numbers, type Words } from './words.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe for HTML content and quoted attribute values; control characters shown as escapes. */
export function escapeHtml(text: string): string {
  return escapeControlCharacters(text).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

const STYLE = `
:root { --ink: #1d2330; --muted: #5b6474; --line: #d5d9e0; --accent: #2f5fd0; --good: #1e7d3a; --warn: #b86e00; --bad: #b3261e; --none: #8a919c; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 58rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 0; }
.subtitle, .metric, footer, .legend { color: var(--muted); }
.goal { border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: 0 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.goal > header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
.metric { font-weight: normal; }
.status { font-weight: 600; padding: .05rem .5rem; border-radius: 999px; color: #fff; white-space: nowrap; font-size: .85rem; }
.status-achieved .status, .status-on-track .status { background: var(--good); }
.status-off-track .status { background: var(--warn); }
.status-overdue .status { background: var(--bad); }
.status-no-data .status { background: var(--none); }
.objective { margin: .3rem 0 0; }
.pace { margin: .2rem 0 0; color: var(--muted); font-size: .9rem; }
.progress { display: flex; align-items: center; gap: .6rem; margin: .5rem 0; }
.bar { flex: 0 0 14rem; height: .6rem; background: #eceef2; border-radius: 999px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--accent); }
.status-achieved .bar span, .status-on-track .bar span { background: var(--good); }
.status-off-track .bar span { background: var(--warn); }
.status-overdue .bar span { background: var(--bad); }
.facts { display: flex; flex-wrap: wrap; gap: .2rem 1.6rem; margin: .3rem 0 .6rem; }
.facts div { display: flex; gap: .4rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
svg.chart { display: block; width: 100%; height: auto; font-size: 11px; font-family: inherit; }
svg.chart .grid line { stroke: #eceef2; }
svg.chart .axis line { stroke: var(--muted); }
svg.chart text { fill: var(--muted); }
svg.chart .tick.y { text-anchor: end; }
svg.chart .plan polyline { fill: none; stroke: var(--muted); stroke-width: 1.5; }
svg.chart .deadline line { stroke: var(--bad); stroke-width: 1.5; }
svg.chart text.deadline { fill: var(--bad); }
svg.chart .today line { stroke: var(--accent); stroke-dasharray: 1 3; }
svg.chart text.today { fill: var(--accent); }
svg.chart polyline.measurements { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart .projection { stroke: var(--accent); stroke-width: 1.5; opacity: .7; }
svg.chart circle.measurement { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.legend { font-size: .8rem; margin: .2rem 0 0; }
.legend span { margin-right: 1.2rem; white-space: nowrap; }
.legend i { display: inline-block; width: 1.6rem; border-top: 2px solid var(--accent); vertical-align: middle; margin-right: .3rem; }
.legend .plan i { border-top: 2px dashed var(--muted); }
.legend .trend i { border-top: 2px dotted var(--accent); }
.legend .deadline i { width: 0; height: .9rem; border-top: 0; border-left: 2px solid var(--bad); }
table { border-collapse: collapse; margin: .4rem 0; font-variant-numeric: tabular-nums; }
th, td { padding: .25rem .9rem .25rem 0; text-align: left; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.number, th.number { text-align: right; }
tr.total td { font-weight: 700; border-bottom: 2px solid var(--ink); }
.positive { color: var(--good); }
.negative { color: var(--bad); }
.notes p { margin: .3rem 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: #f3f4f6; padding: 0 .25rem; border-radius: 3px; }
footer { margin-top: 2rem; font-size: .8rem; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.2rem; break-after: avoid; page-break-after: avoid; }
  .goal { border-color: #bbb; }
  table, .notes { break-inside: avoid; page-break-inside: avoid; }
}
`;

function fact(label: string, value: string): string {
  return `<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function goalSection(goal: ReportGoal, index: number, model: ReportModel, words: Words, numbers: Numbers): string {
  const e = escapeHtml;
  const width = goal.progress === null ? 0 : Math.round(Math.min(1, Math.max(0, goal.progress)) * 1000) / 10;
  const chart = goalChart({ goal, started: model.started, today: model.today, id: `chart-${index + 1}`, words, numbers, escape: e });
  const facts = [
    fact(e(words.baseline), e(numbers.amount(goal.baseline, goal.unit))),
    fact(e(words.latest), goal.latest ? e(words.measuredOn(numbers.amount(goal.latest.value, goal.unit), goal.latest.date)) : e(words.noMeasurement)),
    fact(e(words.target), e(numbers.amount(goal.target, goal.unit))),
    fact(e(words.deadline), e(numbers.date(goal.deadline))),
    ...(goal.daysLeft === null ? [] : [fact(e(words.daysLeftColumn), e(words.daysLeft(goal.daysLeft)))]),
  ];
  const hasPlan = model.started !== null && goal.baseline !== null && goal.target !== null && goal.deadline !== null;
  const keys = [
    goal.measurements.length > 0 ? `<span class="measured"><i></i>${e(words.measurements)}</span>` : '',
    hasPlan ? `<span class="plan"><i></i>${e(words.plan)}</span>` : '',
    goal.projected !== null ? `<span class="trend"><i></i>${e(words.trend)}</span>` : '',
    goal.deadline !== null ? `<span class="deadline"><i></i>${e(words.deadline)}</span>` : '',
  ].join('');
  const legend = chart ? `<p class="legend">${keys}</p>` : '';
  const pace = words.paceAgainstTrend(goal.status, goal.pace);
  return [
    `<article class="goal status-${goal.status}" id="goal-${e(goal.id)}">`,
    `<header><h3>${e(goal.id)}${goal.metric ? ` <span class="metric">· ${e(goal.metric)}</span>` : ''}</h3><span class="status">${e(words.status[goal.status])}</span></header>`,
    goal.objective ? `<p class="objective">${e(goal.objective)}</p>` : '',
    pace ? `<p class="pace">${e(pace)}</p>` : '',
    `<div class="progress"><div class="bar"><span style="width: ${width}%"></span></div><span>${e(numbers.percent(goal.progress))}</span></div>`,
    `<dl class="facts">${facts.join('')}</dl>`,
    chart,
    legend,
    '</article>',
  ].join('\n');
}

function signClass(ratio: number | null): string {
  return ratio === null ? 'number' : ratio >= 0 ? 'number positive' : 'number negative';
}

const html: ReportView = (model, { language }) => {
  const words = WORDS[language];
  const numbers = numbersFor(language, model.currency);
  const e = escapeHtml;
  const body: string[] = [];

  body.push(`<header><h1>${e(words.title(model.company))}</h1><p class="subtitle">${e(words.subtitle(model.today, model.file, model.revision))}</p></header>`);

  body.push(`<section class="goals"><h2>${e(words.goals)}</h2>`);
  if (model.goals.length === 0) body.push(`<p>${e(words.noGoals)}</p>`);
  model.goals.forEach((goal, index) => body.push(goalSection(goal, index, model, words, numbers)));
  body.push('</section>');

  const period = model.cost?.period;
  body.push(`<section class="cost"><h2>${e(words.cost)}${period ? ` <span class="metric">(${e(describePeriod(period, words, numbers))})</span>` : ''}</h2>`);
  if (model.cost) {
    body.push(
      '<table>',
      `<tr><td>${e(words.budget)}</td><td class="number">${e(numbers.money(model.cost.budget))}</td></tr>`,
      `<tr><td>${e(words.staff)}</td><td class="number">${e(numbers.money(model.cost.staff))}</td></tr>`,
      `<tr class="total"><td>${e(words.total)}</td><td class="number">${e(numbers.money(model.cost.total))}</td></tr>`,
      '</table>',
    );
  } else body.push(`<p>${e(words.noPeriod)}</p>`);
  body.push('</section>');

  body.push(`<section class="roi"><h2>${e(words.valueAndRoi)}</h2>`);
  if (model.valued.length > 0) {
    body.push(
      '<table>',
      `<tr><th>${e(words.goal)}</th><th class="number">${e(words.valuePerUnit)}</th><th class="number">${e(words.planned)}</th><th class="number">${e(words.achieved)}</th></tr>`,
    );
    for (const goal of model.valued) {
      body.push(
        `<tr><td>${e(goal.id)}</td><td class="number">${e(numbers.money(goal.valuePerUnit))}</td><td class="number">${e(numbers.money(goal.planned?.value ?? null))}</td><td class="number">${e(numbers.money(goal.achieved?.value ?? null))}</td></tr>`,
      );
    }
    body.push(
      `<tr class="total"><td>${e(words.total)}</td><td></td><td class="number">${e(numbers.money(model.value.planned))}</td><td class="number">${e(numbers.money(model.value.achieved))}</td></tr>`,
    );
    if (model.roi) {
      body.push(
        `<tr class="total roi"><td>${e(words.roi)}</td><td></td><td class="${signClass(model.roi.planned)}">${e(numbers.signedPercent(model.roi.planned))}</td><td class="${signClass(model.roi.achieved)}">${e(numbers.signedPercent(model.roi.achieved))}</td></tr>`,
      );
    }
    body.push('</table>');
  }
  const sentences = breakEvens(model, words, numbers);
  if (sentences.length > 0) body.push(`<h3>${e(words.breakEvenTitle)}</h3><ul class="break-even">${sentences.map((sentence) => `<li>${e(sentence)}</li>`).join('')}</ul>`);
  const notes: string[] = [];
  if (!model.roi) notes.push(`<p>${e(model.cost?.total === 0 ? words.zeroCost : words.noRoi)}</p>`);
  if (model.notValued.length > 0) notes.push(`<p>${e(words.notValued)}: ${model.notValued.map(e).join(', ')}</p>`);
  if (model.missing.length > 0) notes.push(`<p>${e(words.missing)}: ${model.missing.map((name) => `<code>${e(name)}</code>`).join(', ')}</p>`);
  if (notes.length > 0) body.push(`<div class="notes">${notes.join('')}</div>`);
  body.push('</section>');
  body.push(`<footer>${e(words.footer)}</footer>`);

  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="smplan">',
    `<title>${e(words.title(model.company))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

export default html;
