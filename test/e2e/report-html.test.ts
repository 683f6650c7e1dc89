/**
 * The HTML report as a browser shows it: rendered by headless Chromium
 * (Debian's `chromium`, which .ci/run installs), the screenshot must not be
 * blank, the parsed page must hold one SVG point per measurement, and in the
 * geometry Chromium lays out no chart label touches another label, a line or
 * a point.
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
  - id: torten
    objective: Mehr Tortenbestellungen über Instagram
    kpi: {metric: Tortenbestellungen, unit: Bestellungen, baseline: 400, target: 1600, deadline: 2027-12-31}
    measurements:
      - {date: 2027-02-01, value: 1100}
      - {date: 2027-03-01, value: 1050}
      - {date: 2027-04-01, value: 1000}
      - {date: 2027-05-01, value: 980}
      - {date: 2027-06-01, value: 960}
  - id: bewertungen
    kpi: {metric: Google-Bewertungen, baseline: 10, target: 40, deadline: 2027-07-15}
    measurements:
      - {date: 2027-03-01, value: 20}
      - {date: 2027-06-01, value: 30}
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
const MEASUREMENTS = { torten: 5, bewertungen: 2, follower: 4, antwortzeit: 2, newsletter: 0 };
/** After the deadline of `follower` (the chart runs on to today) and five days before that of `bewertungen` (their labels meet). */
const TODAY = '2027-07-10';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Geometry {
  texts: { label: string; box: Box }[];
  segments: [number, number, number, number][];
  points: Box[];
}

/** Runs in the page: every chart's text boxes, line segments and point boxes in page pixels. */
const MEASURE = `
const inPage = (svg, x, y) => { const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()); return [p.x, p.y]; };
const charts = [...document.querySelectorAll('svg.chart')].map((svg) => ({
  texts: [...svg.querySelectorAll('text')].map((text) => { const r = text.getBoundingClientRect(); return { label: text.textContent, box: { x: r.x, y: r.y, width: r.width, height: r.height } }; }),
  segments: [
    ...[...svg.querySelectorAll('line')].map((line) => [...inPage(svg, line.x1.baseVal.value, line.y1.baseVal.value), ...inPage(svg, line.x2.baseVal.value, line.y2.baseVal.value)]),
    ...[...svg.querySelectorAll('polyline')].flatMap((polyline) => { const points = [...polyline.points]; return points.slice(1).map((point, index) => [...inPage(svg, points[index].x, points[index].y), ...inPage(svg, point.x, point.y)]); }),
  ],
  points: [...svg.querySelectorAll('circle')].map((circle) => { const r = circle.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }),
}));
document.getElementById('geometry').textContent = JSON.stringify(charts);
`;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the segment passes through the box, checked every tenth of a pixel along it. */
function crosses([x1, y1, x2, y2]: [number, number, number, number], box: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) * 10));
  for (let step = 0; step <= steps; step++) {
    const [x, y] = [x1 + ((x2 - x1) * step) / steps, y1 + ((y2 - y1) * step) / steps];
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

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
    const result = await runCli(['report', '--format', 'html', '--output-file', 'report.html'], { cwd: folder, env: { SMPLAN_TODAY: TODAY } });
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
    expect(charts.map((svg) => (svg.match(/<circle class="measurement"/g) ?? []).length)).toEqual(Object.values(MEASUREMENTS));
  });

  it('tells the status and the chart as one story, with the goal in words on its card', async () => {
    const html = await readFile(page, 'utf8');
    const card = (id: string) => new RegExp(`<article [^>]*id="goal-${id}">[\\s\\S]*?</article>`).exec(html)![0];
    // every point above the plan line, but the least-squares trend ends at 1570 on 2027-12-31: the badge says why it is off track
    expect(card('torten')).toContain('<span class="status">nicht im Plan</span>');
    expect(card('torten')).toContain('Bisher dem Plan voraus, aber der Trend der Messwerte verfehlt den Zielwert zur Frist.');
    expect(card('torten')).toContain('<p class="objective">Mehr Tortenbestellungen über Instagram</p>');
    expect(card('follower')).not.toContain('class="pace"');
    // after the deadline the plan line is held at the target up to today, the right end of the chart
    const followerPlan = /<g class="plan"><polyline points="([^"]+)"/.exec(card('follower'))![1]!.split(' ').map((point) => point.split(',').map(Number));
    expect(followerPlan).toHaveLength(3);
    expect(followerPlan[2]![1]).toBe(followerPlan[1]![1]);
    expect(followerPlan[2]![0]).toBeGreaterThan(followerPlan[1]![0]!);
  });

  it.skipIf(!hasChromium)(
    hasChromium ? 'lays out every chart label apart from other labels, lines and points (geometry from Chromium)' : 'chart geometry: SKIPPED, chromium is not installed',
    async () => {
      // The report forbids scripts; this copy for measuring allows one that writes the laid-out geometry into the page.
      const html = (await readFile(page, 'utf8')).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      const measured = join(folder, 'measured.html');
      await writeFile(measured, html.replace('</body>', `<pre id="geometry"></pre><script>${MEASURE}</script></body>`));
      const { stdout: dom } = await run(CHROMIUM, [...chromiumArgs(join(folder, 'profile-geometry'), '--window-size=1240,1754', '--dump-dom'), pathToFileURL(measured).href], {
        timeout: 90_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      const json = /<pre id="geometry">([\s\S]*?)<\/pre>/.exec(dom)![1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const charts = JSON.parse(json) as Geometry[];
      expect(charts).toHaveLength(Object.keys(MEASUREMENTS).length);
      for (const chart of charts) {
        expect(chart.texts.length).toBeGreaterThan(5);
        for (const [index, text] of chart.texts.entries()) {
          expect(text.box.width * text.box.height, text.label).toBeGreaterThan(0);
          for (const other of chart.texts.slice(index + 1)) expect(overlaps(text.box, other.box), `"${text.label}" and "${other.label}"`).toBe(false);
          for (const segment of chart.segments) expect(crosses(segment, text.box), `"${text.label}" and a line`).toBe(false);
          for (const point of chart.points) expect(overlaps(point, text.box), `"${text.label}" and a point`).toBe(false);
        }
      }
    },
    200_000,
  );
});
