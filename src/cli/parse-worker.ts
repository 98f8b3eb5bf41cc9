import { parentPort } from 'node:worker_threads';
import { parseBytes } from '../pipeline/parse.js';
import { loadRules } from '../rules/load.js';
import type { ParseTask } from './parsers.js';

/** A worker thread of the parallel batch: parses what it is sent and posts the outcome back. */
parentPort?.on('message', ({ id, task }: { id: number; task: ParseTask }) => {
  const outcome = parseBytes(task.bytes, { path: task.path, referenceDate: task.referenceDate, rules: loadRules(task.ruleFiles) });
  parentPort?.postMessage({ id, outcome });
});
