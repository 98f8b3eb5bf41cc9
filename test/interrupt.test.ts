/**
 * Issue 8: Ctrl-C (SIGINT) stops the batch, leaves no partial or temporary files and exits 130; a
 * reader that closes early ends it quietly.
 * A real child process (`node bin/kcc-parse.js`, which runs the built `dist/`) is interrupted in
 * the middle of a folder of a few thousand releases, in the worker-thread and in-thread batch.
 * POSIX only: Windows has no SIGINT to send to a child.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { KccRecord } from '../src/record/types.js';
import { schemaProblems } from '../src/record/validate.js';
import { tempDir } from './support/temp-dir.js';

const POSIX = process.platform !== 'win32';
const RELEASES = 3000;
const BIN = join('bin', 'kcc-parse.js');
/** The package's bin: a shell script that starts from the V8 start-up snapshot when there is one. */
const LAUNCHER = join('bin', 'kcc-parse');
const BUNDLE_SCRIPT = join('scripts', 'bundle.mjs');

/** Newest modification time of the files below a folder. */
function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
}

/** The bins run dist/ (and its bundled worker): build it when it is missing or older than src/, as `npm run build` does. */
function ensureBuilt(): void {
  const outputs = [join('dist', 'cli', 'main.js'), ...(existsSync(BUNDLE_SCRIPT) ? [join('dist', 'parse-worker.cjs')] : [])];
  const fresh = (path: string): boolean => existsSync(path) && statSync(path).mtimeMs >= newest('src');
  if (outputs.every(fresh)) return;
  try {
    execFileSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { stdio: 'pipe' });
  } catch {
    // type errors in files being written elsewhere do not stop tsc emitting; the check below says if it did not
  }
  if (existsSync(BUNDLE_SCRIPT)) execFileSync(process.execPath, [BUNDLE_SCRIPT], { stdio: 'pipe' });
  if (!outputs.every(existsSync)) throw new Error('dist/ could not be built: run npm run build');
}

/** A folder of small, different releases named so that sorted order is numeric order. */
function releaseFolder(): string {
  const dir = tempDir('interrupt');
  mkdirSync(join(dir, 'in'));
  for (let index = 0; index < RELEASES; index++) {
    const day = (index % 28) + 1;
    writeFileSync(
      join(dir, 'in', `release-${String(index).padStart(5, '0')}.txt`),
      [
        `Title KCC meeting number ${index} on online platforms`,
        `Date 2023-06-${String(day).padStart(2, '0')} Read ${index}`,
        `Chairperson Lee Sang-in met Kim Min-ho, chief executive of KBS, at the Government Complex Seoul on June ${day}.`,
        `The Korea Communications Commission (KCC) said release ${index} concerns protecting children online.`,
        '',
      ].join('\n'),
    );
  }
  return dir;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a bin, sends SIGINT once `ready()` holds (checked every few ms), and waits for the exit. With
 * `group`, the signal goes to the child's whole process group, as a terminal sends Ctrl-C.
 */
async function interrupt(args: string[], ready: (stdout: string) => boolean, { command = [process.execPath, BIN], group = false } = {}): Promise<Interrupted> {
  const [file, ...pre] = command as [string, ...string[]];
  const child = spawn(file, [...pre, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: group });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 60_000;
  while (!done && !ready(stdout)) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`no output to interrupt after 60 s; stderr: ${stderr}`);
    }
    await sleep(5);
  }
  if (done) throw new Error(`the batch ended before it could be interrupted; stderr: ${stderr}`);
  if (group) process.kill(-child.pid!, 'SIGINT');
  else child.kill('SIGINT');
  const { code, signal } = await exited;
  return { code, signal, stdout, stderr };
}

describe.skipIf(!POSIX)('Ctrl-C (SIGINT) on a real process', () => {
  let dir = '';
  let inputs: string[] = [];
  beforeAll(() => {
    ensureBuilt();
    dir = releaseFolder();
    inputs = readdirSync(join(dir, 'in')).sort();
  }, 120_000);

  it.each([
    { jobs: '2', how: 'worker threads' },
    { jobs: '1', how: 'this thread' },
  ])('--out-dir, parsing in $how: stops, exits 130, leaves only whole records', async ({ jobs }) => {
    const out = join(dir, `out-${jobs}`);
    const count = (): number => (existsSync(out) ? readdirSync(out).length : 0);
    const run = await interrupt([join(dir, 'in'), '--out-dir', out, '--jobs', jobs, '--reference-date', '2024-01-01'], () => count() >= 5);

    expect({ code: run.code, signal: run.signal }).toEqual({ code: 130, signal: null });
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/); // no stack trace
    const written = readdirSync(out).sort();
    // no temporary or hidden files left, and the batch did stop before the end
    expect(written.filter((name) => name.startsWith('.') || name.endsWith('.tmp'))).toEqual([]);
    expect(written.length).toBeGreaterThanOrEqual(5);
    expect(written.length).toBeLessThan(RELEASES);
    // outputs are written in input order: exactly the first inputs, each a whole, valid record
    expect(written).toEqual(inputs.slice(0, written.length).map((name) => name.replace(/\.txt$/, '.yaml')));
    for (const name of written) {
      const record = parseYaml(readFileSync(join(out, name), 'utf8')) as KccRecord;
      expect(schemaProblems(record)).toEqual([]);
      expect(record.source.path).toBe(join(dir, 'in', name.replace(/\.yaml$/, '.txt')));
    }
  }, 120_000);

  it.skipIf(!existsSync(LAUNCHER))('bin/kcc-parse (the snapshot launcher, parsing in child processes): Ctrl-C to the process group exits 130', async () => {
    const out = join(dir, 'out-launcher');
    const count = (): number => (existsSync(out) ? readdirSync(out).length : 0);
    const run = await interrupt([join(dir, 'in'), '--out-dir', out, '--jobs', '2'], () => count() >= 5, { command: [LAUNCHER], group: true });

    expect({ code: run.code, signal: run.signal }).toEqual({ code: 130, signal: null });
    const written = readdirSync(out).sort();
    expect(written.filter((name) => name.startsWith('.') || name.endsWith('.tmp'))).toEqual([]);
    expect(written.length).toBeLessThan(RELEASES);
    expect(written).toEqual(inputs.slice(0, written.length).map((name) => name.replace(/\.txt$/, '.yaml')));
  }, 120_000);

  it.skipIf(!existsSync(LAUNCHER))('bin/kcc-parse, its reader closing early (as `head` does): exits 0, and no parse process prints a stack trace', async () => {
    const child = spawn(LAUNCHER, [join(dir, 'in'), '--format', 'ndjson', '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The parse processes share standard error: it closes only when the last of them has ended.
    const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    child.stdout.once('data', () => child.stdout.destroy());
    expect(await closed).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  }, 120_000);

  it('on stdout (NDJSON): stops, exits 130, every line written is a whole record', async () => {
    const run = await interrupt([join(dir, 'in'), '--format', 'ndjson', '--reference-date', '2024-01-01'], (stdout) => stdout.split('\n').length > 5);

    expect({ code: run.code, signal: run.signal }).toEqual({ code: 130, signal: null });
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe(''); // ends with a whole line
    expect(lines.length).toBeLessThan(RELEASES);
    lines.forEach((line, index) => {
      const record = JSON.parse(line) as KccRecord;
      expect(record.source.path).toBe(join(dir, 'in', inputs[index]!));
    });
  }, 120_000);
});
