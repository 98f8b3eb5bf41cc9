import { main } from './main.js';
import { childProcess, parseTask, type TaskMessage } from './parsers.js';

/** Runs the CLI on this process's arguments and streams; only this module touches `process`. */
export async function runProcess(argv: readonly string[], options: { fromSnapshot: boolean }): Promise<void> {
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
  // Ctrl-C reaches the whole process group; the parent decides how the batch stops.
  process.on('SIGINT', () => undefined);
  process.on('message', ({ id, task }: TaskMessage) => process.send?.({ id, outcome: parseTask(task) }));
}
