import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { main } from './main.js';

const PLAIN_BIN = join(PACKAGE_ROOT, 'bin', 'kcc-parse.js');

/** The same command line in a plain Node.js process, sharing this one's streams. */
function relaunchPlain(argv: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PLAIN_BIN, ...argv], { stdio: 'inherit' });
    // A terminal's Ctrl-C reaches the child too; a SIGINT sent to this process alone is passed on.
    process.on('SIGINT', () => child.kill('SIGINT'));
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
