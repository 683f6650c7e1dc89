/**
 * The main thread's side of linting in worker threads: a worker runs
 * `lint-worker.js` (bundled from worker.ts) on a slice of the files
 * and posts back their results. A worker that fails fails the run, with its error.
 */
import { Worker } from 'node:worker_threads';
import { packagePath } from '../base/package-root.js';
import type { LintRun, Linted } from './lint-files.js';

export function lintInWorker(filePaths: readonly string[], run: LintRun): Promise<Linted[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(packagePath('dist', 'lint-worker.js'), { workerData: { filePaths, run } });
    worker.once('message', (linted: Linted[]) => {
      resolve(linted);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a lint worker stopped with exit code ${code}`));
    });
  });
}
