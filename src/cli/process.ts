import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { main } from './main.js';

const PLAIN_BIN = join(PACKAGE_ROOT, 'bin', 'kcc-parse.js');

/** The same command line in a plain Node.js process, sharing this one's streams. */
function relaunchPlain(argv: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PLAIN_BIN, ...argv], { stdio: 'inherit' });
    // The terminal sends Ctrl-C to the child too; this process only waits for its status.
    process.on('SIGINT', () => undefined);
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)));
  });
}

/** Runs the CLI on this process's arguments and streams; only this touches `process`. */
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
    ...(options.fromSnapshot ? { relaunch: () => relaunchPlain(argv) } : {}),
  });
}
