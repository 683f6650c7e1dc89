// Many files at once: `smplan check` against `ajv-cli` validating the same
// files against the equivalent JSON Schema (schema/strategy-v1.json), which
// reports no positions and runs no rules. smplan runs serially
// (--concurrency off), as it chooses (auto), and with a warm --cache, unchanged
// or with one file changed before each run. Wall time (median) and peak memory.
// Usage: node bench/throughput.js [runs] [sizes, comma-separated]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, printTable } from './stats.js';

const runs = Number(process.argv[2] ?? 3);
const sizes = (process.argv[3] ?? '100,1000,10000').split(',').map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/smplan.cjs`;
const ajv = `${root}node_modules/ajv-cli/dist/index.js`;
const schema = `${root}schema/strategy-v1.json`;

const env = { ...process.env, SMPLAN_TODAY: '2027-02-01', NO_COLOR: '1' };

/**
 * Runs a command with its output going nowhere, as both tools' reports do in a
 * CI log nobody reads, and polls its peak resident memory (VmHWM) until it exits.
 */
function measure(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, env, stdio: 'ignore' });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peak = Math.max(peak, Number(match[1]));
      } catch {
        // the process has just ended
      }
    }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, peakMiB: peak / 1024, code });
    });
  });
}

const rows = [];
for (const size of sizes) {
  const corpus = `${root}bench/.corpus/${size}`;
  if (!existsSync(corpus)) spawnSync(process.execPath, [`${root}bench/generate-corpus.js`, String(size), corpus], { stdio: 'inherit' });
  const check = [bin, 'check', '--format', 'json'];
  const cache = ['--cache-location', `${corpus}.cache`];
  const tools = {
    'smplan check --concurrency off': [...check, '--concurrency', 'off'],
    'smplan check (auto)': check,
    'smplan check --cache, warm': [...check, ...cache],
    'smplan check --cache, 1 changed': [...check, ...cache],
    'ajv-cli validate': [ajv, 'validate', '--spec=draft2020', '-s', schema, '-c', 'ajv-formats', '--errors=line', '-d', '*.yaml'],
  };
  const first = `${corpus}/s00001.smplan.yaml`;
  const firstText = readFileSync(first, 'utf8');
  const before = { 'smplan check --cache, 1 changed': (round) => writeFileSync(first, `${firstText}# edit ${round}\n`) };
  spawnSync(process.execPath, [...check, ...cache], { cwd: corpus, env, stdio: 'ignore' });
  // One untimed run proves smplan checks every file and finds what the corpus holds.
  const { stdout } = spawnSync(process.execPath, check, { cwd: corpus, env, maxBuffer: 1 << 30, encoding: 'utf8' });
  const report = JSON.parse(stdout);
  const withFindings = report.filter((file) => file.messages.length > 0).length;
  if (report.length !== size || withFindings !== Math.ceil(size / 5)) throw new Error(`smplan checked ${report.length} files, ${withFindings} with findings`);
  const results = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (const [name, args] of Object.entries(tools)) {
      before[name]?.(round);
      results[name].push(await measure(args, corpus));
    }
  }
  // The ratio of each round, whose runs follow each other, then their median: steadier than a ratio of medians on a noisy machine.
  const baseline = results['ajv-cli validate'];
  for (const [name, values] of Object.entries(results)) {
    const ms = median(values.map((value) => value.ms));
    const ratio = median(values.map((value, round) => value.ms / baseline[round].ms));
    rows.push([String(size), name, ms.toFixed(0), ((ms / size) * 1000).toFixed(0), ratio.toFixed(2), Math.max(...values.map((value) => value.peakMiB)).toFixed(0)]);
  }
}
printTable(`Throughput, median of ${runs} runs per tool and size`, ['files', 'tool', 'wall ms', 'µs per file', 'to ajv-cli', 'peak MiB'], rows);
