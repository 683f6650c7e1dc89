/** A worker thread of `check --concurrency`: reads and lints the files it is given and posts the results back (see workers.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { lintPaths, type LintRun } from './lint-files.js';

const { filePaths, run } = workerData as { filePaths: string[]; run: LintRun };
parentPort!.postMessage(lintPaths(filePaths, run));
