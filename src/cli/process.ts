import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';
import { childProcess, parseTask, type TaskMessage } from './parsers.js';

/**
 * V8 lets the heap grow to several times the live data between collections. A batch's live data is
 * small and steady, so that growth is only memory rising with the length of the batch; growing by
 * half keeps it flat (npm run bench). V8 reads the flag at each collection.
 */
function keepHeapSmall(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/** Runs the CLI on this process's arguments and streams; only this module touches `process`. */
export async function runProcess(argv: readonly string[], options: { fromSnapshot: boolean }): Promise<void> {
  keepHeapSmall();
  const interrupt = new AbortController();
  process.once('SIGINT', () => interrupt.abort());
  process.exitCode = await main(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
    signal: interrupt.signal,
    // Worker threads cannot start in a process started from the snapshot; warm child processes can.
    ...(options.fromSnapshot ? { parseEndpoint: () => childProcess(process) } : {}),
  });
}

/** A child process of a parallel batch: parses what the parent sends until the parent lets go. */
export function serveParses(): void {
  keepHeapSmall();
  // Ctrl-C reaches the whole process group; the parent decides how the batch stops.
  process.on('SIGINT', () => undefined);
  process.on('message', ({ id, task }: TaskMessage) => process.send?.({ id, outcome: parseTask(task) }, undefined, undefined, answerLost));
}

/**
 * An answer that could not be sent: the parent is gone (its output was closed early, as by `head`),
 * so no one waits for it. Handled here, it is no 'error' event that would end this process with a
 * stack trace on the shared standard error; the closed channel ends the process.
 */
function answerLost(): void {}
