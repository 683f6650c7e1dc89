/** A worker thread of `check --concurrency`: lints the texts it is given and posts the results back (see workers.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { lintSources, type LintRun, type Source } from './lint-files.js';

const { sources, run } = workerData as { sources: Source[]; run: LintRun };
parentPort!.postMessage(lintSources(sources, run));
