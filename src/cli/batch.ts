import type { ChalkInstance } from 'chalk';
import { EMITTERS, type Format } from '../emit/formats.js';
import type { Input } from '../io/inputs.js';
import type { OutDir } from '../io/out-dir.js';
import { readInput } from '../io/read.js';
import { parseBytes } from '../pipeline/parse.js';
import type { RuleSections } from '../rules/load.js';
import type { Sink } from '../io/sink.js';
import { Progress } from './progress.js';

export interface BatchOptions {
  inputs: readonly Input[];
  format: Format;
  outDir: OutDir | null;
  referenceDate: string;
  rules: RuleSections;
  maxBytes: number;
  quiet: boolean;
  /** Show progress (stderr is a terminal and not --quiet). */
  progress: boolean;
}

export interface BatchIo {
  stdin: NodeJS.ReadableStream;
  stdout: Sink;
  stderr: Sink;
  chalk: ChalkInstance;
  signal?: AbortSignal;
  /** Milliseconds, for the progress display. */
  clock: () => number;
}

export interface BatchSummary {
  parsed: number;
  failed: number;
  withWarnings: number;
  interrupted: boolean;
}

/**
 * Reads, parses and emits each input in order. A failed input is one line on stderr and the batch
 * goes on; records are written as soon as they are ready.
 */
export async function runBatch(options: BatchOptions, io: BatchIo): Promise<BatchSummary> {
  const emitter = EMITTERS[options.format];
  const count = options.inputs.length;
  const summary: BatchSummary = { parsed: 0, failed: 0, withWarnings: 0, interrupted: false };
  const fail = (path: string, problem: string): Promise<void> => {
    summary.failed++;
    return io.stderr.write(`${io.chalk.red('kcc-parse: error:')} ${path}: ${problem}\n`);
  };

  const progress = options.progress ? new Progress(io.stderr, count, io.clock) : null;
  if (!options.outDir) await io.stdout.write(emitter.open(count));
  for (const [index, input] of options.inputs.entries()) {
    await progress?.update(index);
    if (io.signal?.aborted) {
      summary.interrupted = true;
      options.outDir?.abandon();
      return summary;
    }
    if (io.stdout.isClosed) break;
    const read = await readInput(input, io.stdin, options.maxBytes);
    if (!read.ok) {
      await fail(input.path, read.problem);
      continue;
    }
    const outcome = parseBytes(read.bytes, { path: input.path, referenceDate: options.referenceDate, rules: options.rules });
    if (!outcome.ok) {
      await fail(input.path, outcome.problem);
      continue;
    }
    const { record } = outcome;
    if (record.warnings.length > 0) summary.withWarnings++;
    if (!options.quiet) {
      for (const warning of record.warnings) {
        await io.stderr.write(`${io.chalk.yellow('kcc-parse: warning:')} ${input.path}: ${warning.message} [${warning.code}]\n`);
      }
    }
    if (options.outDir) {
      const target = options.outDir.claim(input.path);
      try {
        options.outDir.write(target, emitter.record(record, 0, 1));
      } catch (error) {
        await fail(input.path, `cannot write ${target}: ${(error as Error).message}`);
        continue;
      }
    } else {
      await io.stdout.write(emitter.record(record, summary.parsed, count));
    }
    summary.parsed++;
  }
  await progress?.finish();
  if (!options.outDir) await io.stdout.write(emitter.close(summary.parsed, count));
  if (count > 1 && !options.quiet) {
    await io.stderr.write(`kcc-parse: ${summary.parsed} parsed, ${summary.failed} failed, ${summary.withWarnings} with warnings\n`);
  }
  return summary;
}
