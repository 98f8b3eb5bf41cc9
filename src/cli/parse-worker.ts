import { parentPort } from 'node:worker_threads';
import { parseBytes, type ParseOutcome } from '../pipeline/parse.js';
import { loadRules } from '../rules/load.js';
import type { ParseTask } from './parsers.js';

/** A worker thread of the parallel batch: parses what it is sent and posts the outcome back. */
parentPort?.on('message', ({ id, task }: { id: number; task: ParseTask }) => {
  let outcome: ParseOutcome;
  try {
    outcome = parseBytes(task.bytes, { path: task.path, referenceDate: task.referenceDate, rules: loadRules(task.ruleFiles) });
  } catch (error) {
    // A bug of ours on one input fails that input; the worker lives on for the rest of the batch.
    outcome = { ok: false, problem: `internal error, record not emitted: ${(error as Error).message.split('\n')[0]}` };
  }
  parentPort?.postMessage({ id, outcome });
});
