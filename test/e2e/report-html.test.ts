/**
 * The HTML report as a browser shows it: rendered by headless Chromium
 * (Debian's `chromium`, which .ci/run installs), the screenshot must not be
 * blank and the parsed page must hold one SVG point per measurement.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { decodePng } from '../helpers/png.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const run = promisify(execFile);

const STRATEGY = `smplan: 1
company: {name: "Bäckerei <Kunz> & Söhne"}
language: de
started: 2027-01-01
team: {hours_per_week: 3, hourly_rate: 20, budget: {amount: 50, period: month}}
goals:
  - id: follower
    kpi: {metric: Instagram-Follower, unit: Follower, baseline: 120, target: 600, deadline: 2027-06-30}
    value_per_unit: 5
    measurements:
      - {date: 2027-01-31, value: 150}
      - {date: 2027-02-28, value: 210, note: "Gewinnspiel <b>fett</b>"}
      - {date: 2027-03-31, value: 260}
      - {date: 2027-04-30, value: 340}
  - id: antwortzeit
    kpi: {metric: Stunden bis zur Antwort, unit: h, baseline: 48, target: 4, deadline: 2027-12-31}
    value_per_unit: 50
    measurements:
      - {date: 2027-03-01, value: 30}
      - {date: 2027-05-01, value: 12}
  - id: newsletter
    kpi: {metric: Abonnenten, baseline: 0, target: 500, deadline: 2027-12-31}
`;
const MEASUREMENTS = { follower: 4, antwortzeit: 2, newsletter: 0 };

function chromiumArgs(profile: string, ...extra: string[]): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    ...extra,
  ];
}

const title = hasChromium
  ? 'renders in headless Chromium: not blank, one SVG point per measurement'
  : `renders in headless Chromium: SKIPPED, ${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it)`;

describe('the HTML report in a browser', () => {
  let folder: string;
  let page: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'smplan-html-'));
    await writeFile(join(folder, 'smplan.yaml'), STRATEGY);
    const result = await runCli(['report', '--format', 'html', '--output-file', 'report.html'], { cwd: folder, env: { SMPLAN_TODAY: '2027-05-15' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    page = join(folder, 'report.html');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.skipIf(!hasChromium)(
    title,
    async () => {
      const url = pathToFileURL(page).href;
      const screenshot = join(folder, 'report.png');
      await run(CHROMIUM, [...chromiumArgs(join(folder, 'profile-shot'), `--screenshot=${screenshot}`, '--window-size=1240,1754'), url], { timeout: 90_000 });
      const image = decodePng(await readFile(screenshot));
      expect([image.width, image.height]).toEqual([1240, 1754]);

      // not blank: many colours, and a fair share of pixels that are not background white
      const colours = new Set<number>();
      let inked = 0;
      for (let offset = 0; offset < image.pixels.length; offset += image.channels) {
        const [red, green, blue] = [image.pixels[offset]!, image.pixels[offset + 1]!, image.pixels[offset + 2]!];
        colours.add((red << 16) | (green << 8) | blue);
        if (red + green + blue < 600) inked++;
      }
      expect(colours.size).toBeGreaterThan(50);
      expect(inked / (image.width * image.height)).toBeGreaterThan(0.01);

      // the page as Chromium parsed it: one chart per goal, one circle per measurement
      const { stdout: dom } = await run(CHROMIUM, [...chromiumArgs(join(folder, 'profile-dom'), '--dump-dom'), url], { timeout: 90_000, maxBuffer: 16 * 1024 * 1024 });
      const articles = dom.match(/<article class="goal[^"]*" id="goal-[^"]+">[\s\S]*?<\/article>/g) ?? [];
      const circles = Object.fromEntries(
        articles.map((article) => [/id="goal-([^"]+)"/.exec(article)![1], (article.match(/<circle class="measurement"/g) ?? []).length]),
      );
      expect(circles).toEqual(MEASUREMENTS);
      expect(dom).not.toContain('<b>fett</b>');
      expect(dom).toContain('Bäckerei &lt;Kunz&gt; &amp; Söhne');
    },
    200_000,
  );

  it('is self-contained: no script, no external URL, one circle per measurement in the file', async () => {
    const html = await readFile(page, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/https?:/i);
    const charts = html.match(/<svg class="chart"[\s\S]*?<\/svg>/g) ?? [];
    expect(charts.map((svg) => (svg.match(/<circle class="measurement"/g) ?? []).length)).toEqual([4, 2, 0]);
  });
});
