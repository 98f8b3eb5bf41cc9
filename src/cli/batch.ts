import type { ChalkInstance } from 'chalk';
import { setImmediate } from 'node:timers/promises';
import { EMITTERS, type Format } from '../emit/formats.js';
import type { Input } from '../io/inputs.js';
import type { OutDir } from '../io/out-dir.js';
import { readInput } from '../io/read.js';
import type { Sink } from '../io/sink.js';
import type { ColorLevel } from './color.js';
import { inThisThread, ParserPool, workerThread, type Endpoint, type Parser, type Rendering, type TaskOutcome } from './parsers.js';
import { Progress } from './progress.js';

export interface BatchOptions {
  inputs: readonly Input[];
  format: Format;
  outDir: OutDir | null;
  referenceDate: string;
  ruleFiles: readonly string[];
  maxBytes: number;
  quiet: boolean;
  /** Show progress (stderr is a terminal and not --quiet). */
  progress: boolean;
  /** Parsers: this thread and, for a batch, `jobs - 1` others (worker threads or parse processes). */
  jobs: number;
  /** Print each record for a person (fields, evidence, reasons) instead of the format. */
  explain: boolean;
}

export interface BatchIo {
  stdin: NodeJS.ReadableStream;
  stdout: Sink;
  stderr: Sink;
  chalk: ChalkInstance;
  /** Colours for what goes to stdout (the explain view). */
  stdoutColor: ColorLevel;
  signal?: AbortSignal;
  /** Milliseconds, for the progress display. */
  clock: () => number;
  /** Starts one parser of a parallel batch (default: a worker thread). */
  parseEndpoint?: () => Endpoint;
}

export interface BatchSummary {
  parsed: number;
  failed: number;
  withWarnings: number;
  interrupted: boolean;
}

/** Below this many inputs, starting worker threads costs more than it saves. */
const MIN_INPUTS_FOR_WORKERS = 16;

function usesWorkers(inputCount: number, jobs: number): boolean {
  return jobs > 1 && inputCount >= MIN_INPUTS_FOR_WORKERS;
}
/** Tasks given to each other parser at a time: enough to keep it busy while this thread parses. */
const TASKS_PER_WORKER = 4;
/**
 * Inputs read and parsing ahead of the one being written, per parser: this thread parses the ones
 * the others have no room for while they work, and memory stays flat.
 */
const AHEAD_PER_PARSER = 8;

/** An input on its way to the output, in input order. */
interface Pending {
  input: Input;
  outcome: Promise<TaskOutcome>;
  /** The outcome has arrived. */
  done: boolean;
  /** For an input that this thread parses: starts it; null once started or when another parser has it. */
  parseHere: (() => void) | null;
}

/**
 * Reads, parses and emits each input in input order. A failed input is one line on stderr and the
 * batch goes on; each record is written as soon as it and those before it are ready.
 */
export async function runBatch(options: BatchOptions, io: BatchIo): Promise<BatchSummary> {
  const emitter = EMITTERS[options.format];
  const count = options.inputs.length;
  const summary: BatchSummary = { parsed: 0, failed: 0, withWarnings: 0, interrupted: false };
  // This thread is one of the parsers: it parses whatever the others have no room for, while they work.
  const others = usesWorkers(count, options.jobs) ? new ParserPool(options.jobs - 1, io.parseEndpoint ?? workerThread) : null;
  const ahead = others ? options.jobs * AHEAD_PER_PARSER : 1;
  const progress = options.progress ? new Progress(io.stderr, count, io.clock) : null;

  // A record written alone to --out-dir is a stream of one.
  const rendering: Rendering = options.explain
    ? { format: 'explain', color: io.stdoutColor }
    : { format: options.format, count: options.outDir ? 1 : count };

  const start = async (input: Input, parser: Parser): Promise<TaskOutcome> => {
    const read = await readInput(input, io.stdin, options.maxBytes);
    if (!read.ok) return read;
    try {
      return await parser.parse({ bytes: read.bytes, path: input.path, referenceDate: options.referenceDate, ruleFiles: options.ruleFiles, rendering });
    } catch (error) {
      // A bug of ours on one input must not cost the rest of the batch.
      return { ok: false, problem: `internal error, record not emitted: ${(error as Error).message.split('\n')[0]}` };
    }
  };

  const settle = async (input: Input, outcome: TaskOutcome): Promise<void> => {
    if (!outcome.ok) {
      summary.failed++;
      await io.stderr.write(`${io.chalk.red('kcc-parse: error:')} ${input.path}: ${outcome.problem}\n`);
      return;
    }
    const { rendered, warnings } = outcome;
    if (warnings.length > 0) summary.withWarnings++;
    if (!options.quiet) {
      for (const warning of warnings) {
        await io.stderr.write(`${io.chalk.yellow('kcc-parse: warning:')} ${input.path}: ${warning.message} [${warning.code}]\n`);
      }
    }
    if (options.explain) {
      await io.stdout.write((summary.parsed + summary.failed > 0 ? '\n' : '') + rendered);
    } else if (options.outDir) {
      const target = options.outDir.claim(input.path);
      try {
        options.outDir.write(target, rendered);
      } catch (error) {
        summary.failed++;
        await io.stderr.write(`${io.chalk.red('kcc-parse: error:')} ${input.path}: cannot write ${target}: ${(error as Error).message}\n`);
        return;
      }
    } else {
      await io.stdout.write((summary.parsed > 0 ? emitter.separator : '') + rendered);
    }
    summary.parsed++;
  };

  const streamsRecords = !options.outDir && !options.explain;
  if (streamsRecords) await io.stdout.write(emitter.open(count));
  // Counted when given, not when sent: an input is read before it is sent.
  let givenToOthers = 0;
  const enqueue = (input: Input): Pending => {
    let parseHere: (() => void) | null = null;
    const elsewhere = others !== null && givenToOthers < others.alive() * TASKS_PER_WORKER;
    if (elsewhere) givenToOthers++;
    const outcome = elsewhere
      ? start(input, others)
      : new Promise<TaskOutcome>((resolve) => (parseHere = () => resolve(start(input, inThisThread))));
    const pending: Pending = { input, outcome, done: false, parseHere };
    const arrived = (): void => {
      pending.done = true;
      if (elsewhere) givenToOthers--;
    };
    void outcome.then(arrived, arrived);
    return pending;
  };
  const queue: Pending[] = [];
  let next = 0;
  try {
    while (next < count || queue.length > 0) {
      // Reading a file and parsing in this thread never wait on the event loop: a turn of it here
      // lets Ctrl-C and the channels of parse processes through between inputs.
      await setImmediate();
      if (io.signal?.aborted) {
        summary.interrupted = true;
        options.outDir?.abandon();
        return summary;
      }
      if (io.stdout.isClosed) break;
      while (next < count && queue.length < ahead) queue.push(enqueue(options.inputs[next++]!));
      // Until the next record to write is ready, this thread parses the first input it has to.
      const ours = queue[0]!.done ? undefined : queue.find((pending) => pending.parseHere);
      if (ours?.parseHere) {
        ours.parseHere();
        ours.parseHere = null;
        await ours.outcome;
        continue;
      }
      const head = queue.shift()!;
      await settle(head.input, await head.outcome);
      await progress?.update(summary.parsed + summary.failed);
    }
  } finally {
    await others?.close();
  }
  await progress?.finish();
  if (streamsRecords) await io.stdout.write(emitter.close(summary.parsed, count));
  if (count > 1 && !options.quiet) {
    await io.stderr.write(`kcc-parse: ${summary.parsed} parsed, ${summary.failed} failed, ${summary.withWarnings} with warnings\n`);
  }
  return summary;
}
