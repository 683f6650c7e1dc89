import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const STRATEGY = `smplan: 1
company: {name: Kiosk Müller}
language: de
revision: 4
started: 2027-01-01
team: {hours_per_week: 3, hourly_rate: 20, budget: {amount: 50, period: month}}
goals:
  - id: follower
    kpi: {metric: Instagram-Follower, unit: Follower, baseline: 120, target: 600, deadline: 2027-06-30}
    value_per_unit: 5
    measurements: [{date: 2027-03-31, value: 150}, {date: 2027-06-30, value: 210}]
  - id: antwortzeit
    kpi: {metric: Stunden bis zur Antwort, unit: h, baseline: 48, target: 4, deadline: 2027-12-31}
    value_per_unit: 50
    measurements: [{date: 2027-06-30, value: 20}, {date: 2027-09-30, value: 12}]
`;

let folder: string;
const report = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(['report', ...args], { cwd: folder, env: { SMPLAN_TODAY: '2027-10-01', ...env } });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'smplan-report-'));
  await writeFile(join(folder, 'smplan.yaml'), STRATEGY);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('smplan report', () => {
  it('prints the text view in the language of the file, without colours when not a terminal', async () => {
    const result = await report([]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Social-Media-Bericht: Kiosk Müller\nStand 01.10.2027 · smplan.yaml · Revision 4\n');
    expect(result.stdout).toMatch(/follower +█+░+ +19 % {2}überfällig/);
    expect(result.stdout).toContain('seit 93 Tagen überfällig');
    expect(result.stdout).toContain('Summe         3.728,57\u00a0€');
    expect(result.stdout).toContain('  ROI              +23,4 %      -39,7 %\n');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('speaks the --lang language, and colours with FORCE_COLOR but not with --no-color', async () => {
    const english = await report(['--lang', 'en'], { FORCE_COLOR: '1' });
    expect(english.stdout).toContain('Social media report: Kiosk Müller');
    expect(english.stdout).toContain('\u001b[');
    expect((await report(['--no-color'], { FORCE_COLOR: '1' })).stdout).not.toContain('\u001b');
    expect((await report([], { NO_COLOR: '1', FORCE_COLOR: '1' })).stdout).not.toContain('\u001b');
  });

  it('falls back to LANG when the file has no language', async () => {
    await writeFile(join(folder, 'en.smplan.yaml'), STRATEGY.replace('language: de\n', ''));
    expect((await report(['en.smplan.yaml'], { LANG: 'de_DE.UTF-8' })).stdout).toContain('Social-Media-Bericht');
    expect((await report(['en.smplan.yaml'], { LANG: 'C' })).stdout).toContain('Social media report');
  });

  it('prints markdown', async () => {
    const result = await report(['--format', 'markdown', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Social media report: Kiosk Müller');
    expect(result.stdout).toContain('| follower | Instagram-Follower | 120 | 210 Follower on 2027-06-30 | 600 | 2027-06-30 | 19 % | -93 | 🔴 overdue |');
    expect(result.stdout).toContain('| **ROI** |   | **+23.4 %** | **-39.7 %** |');
  });

  it('prints the stable JSON shape, with today from SMPLAN_TODAY', async () => {
    const result = await report(['--format', 'json'], { SMPLAN_TODAY: '2027-08-01' });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    // 365 days: 50 a month × 12 + 3 h × 20 × 365 / 7
    const cost = 600 + 21_900 / 7;
    expect(json).toMatchObject({ file: 'smplan.yaml', today: '2027-08-01', missing: [] });
    expect(json.goals).toEqual([
      { id: 'follower', baseline: 120, latest: { date: '2027-06-30', value: 210 }, target: 600, deadline: '2027-06-30', progress: 0.1875, status: 'overdue', daysLeft: -32, value: { perUnit: 5, planned: 2400, achieved: 450 }, breakEven: 120 + cost / 5 },
      // The value counts the measurement of 2027-06-30 (20 h), not the one after today.
      { id: 'antwortzeit', baseline: 48, latest: { date: '2027-09-30', value: 12 }, target: 4, deadline: '2027-12-31', progress: 36 / 44, status: 'on-track', daysLeft: 152, value: { perUnit: 50, planned: 2200, achieved: 1400 }, breakEven: 48 - cost / 50 },
    ]);
    expect(json.currency).toBe('EUR');
    expect(json.cost.period).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(json.cost.budget).toBeCloseTo(600, 2);
    expect(json.cost.staff).toBeCloseTo(21_900 / 7, 9);
    expect(json.cost.total).toBeCloseTo(cost, 9);
    expect(json.roi.planned).toBeCloseTo((4600 - cost) / cost, 12);
    expect(json.roi.achieved).toBeCloseTo((1850 - cost) / cost, 12);
  });

  it('writes --output-file atomically and says so in one line', async () => {
    const result = await report(['--format', 'html', '--output-file', 'out/../report.html']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Bericht zu smplan.yaml nach out/../report.html geschrieben\n');
    const html = await readFile(join(folder, 'report.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<circle class="measurement"/g)).toHaveLength(4);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names missing inputs instead of numbers', async () => {
    await writeFile(join(folder, 'draft.smplan.yaml'), 'smplan: 1\ncompany: {name: Entwurf}\ngoals: [{id: a, kpi: {baseline: 1, target: 2}}]\n');
    const result = await report(['draft.smplan.yaml', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ cost: null, roi: null, missing: ['started', 'kpi.deadline', 'team.budget', 'team.hours_per_week', 'team.hourly_rate', 'goals.a.value_per_unit'] });
  });

  it('exits 2 for a missing file, a bad format or a bad SMPLAN_TODAY', async () => {
    const missing = await report(['nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^smplan: error: .*nope\.yaml: no such file; check the path\n$/);
    const format = await report(['--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('pdf');
    const today = await report([], { SMPLAN_TODAY: 'tomorrow' });
    expect(today.code).toBe(2);
    expect(today.stderr).toContain('SMPLAN_TODAY is "tomorrow", not a date');
  });

  it('exits 1 for a file that is not well-formed, naming the first problem', async () => {
    await writeFile(join(folder, 'smplan.yaml'), STRATEGY.replace('baseline: 120', 'baseline: viele'));
    const result = await report(['--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'smplan: error: smplan.yaml:9:65: "goals.0.kpi.baseline" must be a number, not a string. No report: fix the file first (smplan check lists every problem).\n',
    );
  });
});
