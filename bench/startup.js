// Cold start of `smplan check` on one clean file and of `smplan --version`,
// measured side by side with `node -e 0` (runs interleaved, medians).
// Usage: node bench/startup.js [runs]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, printTable } from './stats.js';

const runs = Number(process.argv[2] ?? 15);
const bin = fileURLToPath(new URL('../bin/smplan.cjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'smplan-bench-'));
copyFileSync(new URL('../templates/kiosk.en.yaml', import.meta.url), join(folder, 'smplan.yaml'));

/** Each command with the exit code it must end with, so a broken build cannot look fast. */
const commands = {
  'node -e 0': [['-e', '0'], 0],
  'smplan --version': [[bin, '--version'], 0],
  'smplan check (1 clean file)': [[bin, 'check', 'smplan.yaml'], 0],
  'smplan check (1 file with findings)': [[bin, 'check', 'findings.smplan.yaml'], 1],
};
copyFileSync(new URL('../templates/kiosk.de.yaml', import.meta.url), join(folder, 'findings.smplan.yaml'));
spawnSync('sh', ['-c', "sed -i 's/^      metric: .*$//; s/^  hours_per_week: .*$//' findings.smplan.yaml"], { cwd: folder });

const env = { ...process.env, SMPLAN_TODAY: '2027-01-01' };
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let round = 0; round < runs + 1; round++) {
  for (const [name, [args, expected]] of Object.entries(commands)) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: folder, env, stdio: 'ignore' });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== expected) throw new Error(`${name} exited with ${result.status}, not ${expected}`);
    if (round > 0) times[name].push(elapsed); // the first round warms the disk cache
  }
}

const base = median(times['node -e 0']);
printTable(
  `Cold start, median of ${runs} interleaved runs (ms)`,
  ['command', 'median', 'ratio to node -e 0'],
  Object.entries(times).map(([name, values]) => [name, median(values).toFixed(1), (median(values) / base).toFixed(2)]),
);
