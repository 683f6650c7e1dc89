// Time from starting `smplan init` to its first question on the screen, beside
// the time of `node -e 0`, both in a real pseudo-terminal, interleaved so that
// load on the machine hits both alike. Medians of N runs (default 10).
//
// Usage: node scripts/build.js && node bench/init-first-prompt.js [--runs 10] [--max-ratio 2] [--json]
// Exit code 1 when --max-ratio is given and the ratio of the medians exceeds it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const runs = Number(option('--runs', '10'));
const maxRatio = option('--max-ratio', undefined);
const json = args.includes('--json');

const BIN = fileURLToPath(new URL('../bin/smplan.cjs', import.meta.url));
// The first question of the interview (field `company.name`, in English).
const FIRST_QUESTION = 'Name of the company or organisation';
const TIMEOUT_MS = 20_000;
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

const folder = mkdtempSync(join(tmpdir(), 'smplan-bench-'));
const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', SMPLAN_TODAY: '2027-01-01', CI: '', NO_COLOR: '1' };
delete env.CI;

/** Milliseconds until `marker` appears in the output, or until exit without a marker. */
function measure(argv, marker) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = pty.spawn(process.execPath, argv, { cols: 100, rows: 30, cwd: folder, env });
    let output = '';
    let settled = false;
    const finish = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const elapsed = performance.now() - start;
      if (marker) child.kill();
      if (error) reject(error);
      else resolve(elapsed);
    };
    const timer = setTimeout(() => finish(new Error(`no "${marker}" within ${TIMEOUT_MS} ms; output: ${output.replace(ANSI, '')}`)), TIMEOUT_MS);
    child.onData((data) => {
      output += data;
      if (marker && output.replace(ANSI, '').includes(marker)) finish();
    });
    child.onExit(({ exitCode }) => {
      if (marker) finish(new Error(`exited with ${exitCode} before "${marker}"; output: ${output.replace(ANSI, '')}`));
      else finish();
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  // one warm-up of each, not counted: the first run pays for cold file caches
  await measure(['-e', '0']);
  await measure([BIN, 'init', join(folder, 'smplan.yaml')], FIRST_QUESTION);
  const node = [];
  const init = [];
  for (let run = 0; run < runs; run++) {
    node.push(await measure(['-e', '0']));
    init.push(await measure([BIN, 'init', join(folder, 'smplan.yaml')], FIRST_QUESTION));
  }
  const result = { runs, nodeMs: median(node), initFirstPromptMs: median(init) };
  result.ratio = result.initFirstPromptMs / result.nodeMs;
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...result, node, init })}\n`);
  } else {
    const row = (label, value) => `${label.padEnd(28)}${value}`;
    console.log(row('', `median of ${runs}`));
    console.log(row('node -e 0', `${result.nodeMs.toFixed(0)} ms`));
    console.log(row('smplan init, first prompt', `${result.initFirstPromptMs.toFixed(0)} ms`));
    console.log(row('ratio', `${result.ratio.toFixed(2)} ×${maxRatio ? ` (limit ${maxRatio})` : ''}`));
  }
  if (maxRatio && result.ratio > Number(maxRatio)) process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
