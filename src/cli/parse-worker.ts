import { parentPort } from 'node:worker_threads';
import { parseTask, type OutcomeMessage, type TaskMessage } from './parsers.js';

/** A worker thread of the parallel batch: parses what it is sent and posts the outcome back. */
parentPort?.on('message', ({ id, task }: TaskMessage) => {
  parentPort?.postMessage({ id, outcome: parseTask(task) } satisfies OutcomeMessage);
});
