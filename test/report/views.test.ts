import { describe, expect, it } from 'vitest';
import { NO_COLORS, type Colors } from '../../src/base/colors.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { VIEWS } from '../../src/report/views/index.js';
import { escapeHtml } from '../../src/report/views/html.js';
import { escapeMarkdown } from '../../src/report/views/markdown.js';
import { StrategyDocument } from '../../src/strategy/document.js';

function modelOf(yaml: string, today = '2027-03-15', file = 'smplan.yaml'): ReportModel {
  const document = StrategyDocument.parse(file, yaml);
  expect(document.problems).toEqual([]);
  return buildReport(document.strategy!, file, today);
}

const KIOSK = `
smplan: 1
company: {name: Kiosk Müller}
revision: 3
started: 2027-01-01
team: {hours_per_week: 3, hourly_rate: 20, budget: {amount: 50, period: month}}
goals:
  - id: follower
    kpi: {metric: Instagram followers, unit: followers, baseline: 120, target: 600, deadline: 2027-06-30}
    value_per_unit: 5
    measurements: [{date: 2027-01-31, value: 150}, {date: 2027-02-28, value: 210, note: Gewinnspiel}]
  - id: response-time
    kpi: {metric: Hours to answer a review, unit: h, baseline: 48, target: 4, deadline: 2027-12-31}
    value_per_unit: 50
    measurements: [{date: 2027-03-01, value: 12}]
  - id: newsletter
    kpi: {metric: Subscribers, baseline: 0, target: 500, deadline: 2027-12-31}
`;

/** Makes every colour visible, to check that colours are applied and can be left out. */
const TAGGED: Colors = {
  red: (text) => `<red>${text}</red>`,
  yellow: (text) => `<yellow>${text}</yellow>`,
  green: (text) => `<green>${text}</green>`,
  dim: (text) => `<dim>${text}</dim>`,
  bold: (text) => `<bold>${text}</bold>`,
  underline: (text) => `<u>${text}</u>`,
};

describe('text view', () => {
  const model = modelOf(KIOSK);

  it('shows a bar, progress and status per goal, then cost, value and ROI', () => {
    expect(VIEWS.text(model, { colors: NO_COLORS, language: 'en' })).toBe(
      [
        'Social media report: Kiosk Müller',
        'As of 2027-03-15 · smplan.yaml · revision 3',
        '',
        'Goals',
        '  follower       ████░░░░░░░░░░░░░░░░   19 %  off track  Instagram followers',
        '                 210 followers on 2027-02-28 · baseline 120 · target 600 by 2027-06-30 · 107 days left',
        '  response-time  ████████████████░░░░   82 %  on track   Hours to answer a review',
        '                 12 h on 2027-03-01 · baseline 48 · target 4 by 2027-12-31 · 291 days left',
        '  newsletter     ░░░░░░░░░░░░░░░░░░░░      –  no data    Subscribers',
        '                 no measurement yet · baseline 0 · target 500 by 2027-12-31 · 291 days left',
        '',
        'Cost  2027-01-01 to 2027-12-31, 365 days (12 months)',
        '  Money budget     €600.00',
        '  Staff time     €3,128.57',
        '  Total          €3,728.57',
        '',
        'Value and ROI       Planned    Achieved',
        '  follower        €2,400.00     €450.00',
        '  response-time   €2,200.00   €1,800.00',
        '  Total           €4,600.00   €2,250.00',
        '  ROI               +23.4 %     -39.7 %',
        '',
        'Break-even',
        '  From 866 followers, goal "follower" alone pays for everything',
        '',
        'Not valued (no value_per_unit): newsletter',
        'Missing for cost and ROI: goals.newsletter.value_per_unit',
        '',
      ].join('\n'),
    );
  });

  it('speaks German', () => {
    const output = VIEWS.text(model, { colors: NO_COLORS, language: 'de' });
    expect(output).toContain('Social-Media-Bericht: Kiosk Müller');
    expect(output).toContain('210 followers am 28.02.2027 · Ausgangswert 120 · Zielwert 600 bis 30.06.2027 · noch 107 Tage');
    expect(output).toContain('  Summe         3.728,57\u00a0€'); // Intl puts a no-break space before the euro sign
    expect(output).toContain('nicht im Plan');
    expect(output).toContain('+23,4 %');
    expect(output).toContain('Nicht bewertet (kein value_per_unit): newsletter');
  });

  it('colours status and ROI only through the colours it is given', () => {
    const output = VIEWS.text(model, { colors: TAGGED, language: 'en' });
    expect(output).toContain('<yellow>████</yellow><dim>░░░░░░░░░░░░░░░░</dim>   19 %  <yellow>off track</yellow>');
    expect(output).toContain('<green>████████████████</green><dim>░░░░</dim>   82 %  <green>on track </green>');
    expect(output).toContain('<dim>░░░░░░░░░░░░░░░░░░░░</dim>      –  <dim>no data  </dim>');
    expect(output).toContain('<bold><green>  +23.4 %</green></bold>   <bold><red>  -39.7 %</red></bold>');
    expect(VIEWS.text(model, { colors: NO_COLORS, language: 'en' })).not.toContain('\u001b');
  });

  it('says when a goal is overdue or due today', () => {
    const overdue = modelOf(KIOSK, '2027-07-10');
    expect(VIEWS.text(overdue, { colors: NO_COLORS, language: 'en' })).toMatch(/follower +█+░+ +19 % {2}overdue/);
    expect(VIEWS.text(overdue, { colors: NO_COLORS, language: 'en' })).toContain('10 days overdue');
    expect(VIEWS.text(modelOf(KIOSK, '2027-06-30'), { colors: NO_COLORS, language: 'de' })).toContain('heute fällig');
  });

  it('escapes control characters from the file', () => {
    const output = VIEWS.text(modelOf('smplan: 1\ncompany: {name: "Evil\\e[31m Corp"}\ngoals: [{id: a, kpi: {metric: "x\\ny"}}]\n'), {
      colors: NO_COLORS,
      language: 'en',
    });
    expect(output).not.toContain('\u001b');
    expect(output).toContain('Evil\\x1b[31m Corp');
    expect(output).toContain('x\\ny');
  });

  it('names what is missing instead of a number', () => {
    const output = VIEWS.text(modelOf('smplan: 1\ncompany: {name: X}\ngoals: [{id: a, kpi: {baseline: 1, target: 2}}]\n'), { colors: NO_COLORS, language: 'en' });
    expect(output).toContain('Cost\n  No period to compute the cost for.');
    expect(output).toContain('No ROI can be computed yet.');
    expect(output).toContain('Missing for cost and ROI: started, kpi.deadline, team.budget, team.hours_per_week, team.hourly_rate, goals.a.value_per_unit');
  });
});

describe('markdown view', () => {
  it('renders tables for goals, cost and ROI', () => {
    const output = VIEWS.markdown(modelOf(KIOSK), { colors: NO_COLORS, language: 'en' });
    expect(output).toContain('# Social media report: Kiosk Müller\n\nAs of 2027-03-15 · smplan.yaml · revision 3\n');
    expect(output).toContain('| follower | Instagram followers | 120 | 210 followers on 2027-02-28 | 600 | 2027-06-30 | 19 % | 107 | 🟠 off track |');
    expect(output).toContain('| **Total** | **€3,728.57** |');
    expect(output).toContain('| **ROI** |   | **+23.4 %** | **-39.7 %** |');
    expect(output).toContain('Missing for cost and ROI: `goals.newsletter.value_per_unit`');
  });

  it('escapes what would break a table or become a link, tag or mention', () => {
    expect(escapeMarkdown('a|b <img src=x> [x](y) *b* @team \\ `c`')).toBe('a\\|b \\<img src=x\\> \\[x\\]\\(y\\) \\*b\\* \\@team \\\\ \\`c\\`');
    const output = VIEWS.markdown(
      modelOf('smplan: 1\ncompany: {name: "A|B <script>"}\ngoals: [{id: a, kpi: {metric: "x | y\\nz", unit: "*u*"}, measurements: [{date: 2027-01-01, value: 1}]}]\n'),
      { colors: NO_COLORS, language: 'en' },
    );
    expect(output).toContain('# Social media report: A\\|B \\<script\\>');
    expect(output).toContain('| a | x \\| y\\\\nz | – | 1 \\*u\\* on 2027-01-01 |');
    for (const line of output.split('\n').filter((text) => text.startsWith('| a |'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(11);
    }
  });
});

describe('html view', () => {
  const output = VIEWS.html(modelOf(KIOSK), { colors: NO_COLORS, language: 'en' });

  it('is one self-contained page: no script, no external resource', () => {
    expect(output.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(output).not.toMatch(/<script/i);
    expect(output).not.toMatch(/\s(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(output).not.toMatch(/@import|url\(/i);
    expect(output).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(output).toMatch(/@page \{ size: A4;/);
    expect(output).toContain('@media print');
  });

  it('draws one SVG per goal with one circle per measurement, the plan and the deadline', () => {
    const charts = output.match(/<svg class="chart"[\s\S]*?<\/svg>/g)!;
    expect(charts).toHaveLength(3);
    const circles = (svg: string) => (svg.match(/<circle class="measurement"/g) ?? []).length;
    expect(charts.map(circles)).toEqual([2, 1, 0]);
    expect(charts[0]).toContain('<g class="plan"><polyline ');
    expect(charts[0]).toContain('stroke-dasharray="6 4"');
    expect(charts[0]).toContain('<g class="deadline">');
    expect(charts[0]).toContain('Deadline 2027-06-30');
    expect(charts[0]).toContain('<title>2027-02-28: 210 followers (Gewinnspiel)</title>');
    expect(charts[0]).toContain('<polyline class="measurements"');
  });

  it('puts the plan line from (started, baseline) to (deadline, target)', () => {
    const chart = output.match(/<svg class="chart"[\s\S]*?<\/svg>/)![0];
    const plan = /<g class="plan"><polyline points="([\d.]+),([\d.]+) ([\d.]+),([\d.]+)"/.exec(chart)!.slice(1).map(Number);
    const first = /<circle class="measurement" cx="([\d.]+)" cy="([\d.]+)"/.exec(chart)!.slice(1).map(Number);
    const deadline = /<g class="deadline"><line x1="([\d.]+)"/.exec(chart)![1];
    expect(plan[0]).toBeLessThan(first[0]!);
    expect(plan[2]).toBe(Number(deadline));
    expect(plan[3]).toBeLessThan(plan[1]!); // the target is above the baseline
  });

  it('escapes every text from the file', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const evil = VIEWS.html(
      modelOf(
        'smplan: 1\ncompany: {name: "<script>alert(1)</script>"}\nstarted: 2027-01-01\ngoals: [{id: a, kpi: {metric: "<img src=x onerror=alert(1)>", unit: "\\"><b>", baseline: 0, target: 5, deadline: 2027-06-30}, measurements: [{date: 2027-02-01, value: 1, note: "</title><script>"}]}]\n',
      ),
      { colors: NO_COLORS, language: 'de' },
    );
    expect(evil).not.toMatch(/<script|<img|<b>|<\/title><script/i);
    expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(evil).toContain('<html lang="de">');
  });
});

describe('json view', () => {
  it('prints the stable shape with raw numbers', () => {
    const parsed = JSON.parse(VIEWS.json(modelOf(KIOSK), { colors: NO_COLORS, language: 'en' }));
    expect(Object.keys(parsed)).toEqual(['file', 'today', 'currency', 'goals', 'cost', 'roi', 'missing']);
    expect(parsed.cost.budget).toBe(600);
    expect(parsed.roi.planned).toBeCloseTo((4600 - (600 + 21_900 / 7)) / (600 + 21_900 / 7), 12);
    expect(parsed.goals.map((goal: { status: string }) => goal.status)).toEqual(['off-track', 'on-track', 'no-data']);
  });
});
