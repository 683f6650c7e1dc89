// `npm run bench`: every benchmark of smplan, one after the other.
import { spawnSync } from 'node:child_process';

for (const script of ['startup.js', 'init-first-prompt.js', 'throughput.js', 'track-from.js']) {
  const result = spawnSync(process.execPath, [new URL(script, import.meta.url).pathname], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
