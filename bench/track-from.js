// `smplan track --from` at growing sizes: the time per row must stay flat (linear
// in the rows), and memory modest. Rows are spread over 20 goals, dated one a day
// from 2000 on. Past about 45,000 rows the strategy would outgrow what smplan
// reads (2 MiB), so the largest runs end in that refusal (exit 2), after all
// the work of reading, checking and merging the rows.
// Usage: node bench/track-from.js [runs] [rows...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, printTable } from './stats.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/smplan.cjs');
const runs = Number(process.argv[2] ?? 3);
const sizes = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [10_000, 20_000, 40_000, 100_000];
const GOALS = 20;

const strategy = [
  'smplan: 1',
  'company: {name: Bench}',
  'started: 2000-01-01',
  'goals:',
  ...Array.from({ length: GOALS }, (_, goal) => `  - id: goal-${goal}\n    kpi: {metric: Orders per week, baseline: 0, target: 100, deadline: 2300-12-31}`),
  '',
].join('\n');

function csv(rows) {
  const lines = ['goal,date,value'];
  for (let row = 0; row < rows; row++) {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(row / GOALS) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`goal-${row % GOALS},${day},${row % 97}`);
  }
  return `${lines.join('\n')}\n`;
}

const rows = [];
for (const size of sizes) {
  const folder = mkdtempSync(join(tmpdir(), 'smplan-bench-track-'));
  writeFileSync(join(folder, 'rows.csv'), csv(size));
  const times = [];
  const memory = [];
  let status;
  for (let run = 0; run < runs; run++) {
    writeFileSync(join(folder, 'smplan.yaml'), strategy);
    const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, 'track', '--from', 'rows.csv'], {
      cwd: folder,
      env: { ...process.env, SMPLAN_TODAY: '2300-01-01' },
      encoding: 'utf8',
    });
    const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    times.push(seconds * 1000);
    memory.push(kilobytes / 1024);
    status = result.status;
  }
  const ms = median(times);
  rows.push([size.toLocaleString('en'), ms.toFixed(0), ((ms * 1000) / size).toFixed(1), median(memory).toFixed(0), status === 0 ? 'written' : 'refused: too large']);
}
printTable(`track --from, median of ${runs} runs per size`, ['rows', 'wall ms', 'µs per row', 'peak MiB', 'result'], rows);
