import { PassThrough, Readable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/main.js';
import type { Endpoint } from '../../src/cli/parsers.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

class Capture extends PassThrough {
  text = '';
  constructor(readonly isTTY = false) {
    super();
    this.on('data', (chunk: Buffer) => (this.text += chunk.toString('utf8')));
  }
}

export interface FakeIo {
  stdin?: string | Buffer;
  stdinIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  clock?: () => number;
  /** Starts each other parser of a parallel batch (default: a worker thread). */
  parseEndpoint?: () => Endpoint;
}

/** Runs the CLI in-process with captured streams and a fixed clock. */
export async function runCli(args: readonly string[], fake: FakeIo = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture(fake.stderrIsTTY ?? false);
  const stdin = Object.assign(Readable.from(fake.stdin === undefined ? [] : [Buffer.from(fake.stdin)]), {
    isTTY: fake.stdinIsTTY ?? fake.stdin === undefined,
  });
  const io: CliIo = {
    stdin,
    stdout,
    stderr,
    env: fake.env ?? {},
    now: () => new Date('2026-01-15T12:00:00Z'),
    clock: fake.clock ?? (() => 0),
    ...(fake.signal ? { signal: fake.signal } : {}),
    ...(fake.parseEndpoint ? { parseEndpoint: fake.parseEndpoint } : {}),
  };
  const status = await main(args, io);
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: stdout.text, stderr: stderr.text };
}
