import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EMITTERS, type Format } from '../emit/formats.js';
import { explainRecord } from '../explain/explain.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { parseBytes } from '../pipeline/parse.js';
import type { KccRecord, Warning } from '../record/types.js';
import { loadRules } from '../rules/load.js';
import { makeChalk, type ColorLevel } from './color.js';

/**
 * How a record is sent back from its parser: written out already, so that only text crosses to the
 * batch. A format's record for a stream of `count` records, or the explain view in `color`.
 */
export type Rendering = { format: Format; count: number } | { format: 'explain'; color: ColorLevel };

export interface ParseTask {
  bytes: Uint8Array;
  path: string;
  referenceDate: string;
  ruleFiles: readonly string[];
  rendering: Rendering;
}

/** A parsed input as the batch writes it, with the record's warnings for stderr; or why it failed. */
export type TaskOutcome = { ok: true; rendered: string; warnings: readonly Warning[] } | { ok: false; problem: string };

export interface Parser {
  parse(task: ParseTask): Promise<TaskOutcome>;
  close(): Promise<void>;
}

export interface TaskMessage {
  id: number;
  task: ParseTask;
}

export interface OutcomeMessage {
  id: number;
  outcome: TaskOutcome;
}

function render(record: KccRecord, text: string, rendering: Rendering): string {
  return rendering.format === 'explain' ? explainRecord(record, text, makeChalk(rendering.color)) : EMITTERS[rendering.format].record(record, rendering.count);
}

/** Parses and renders one task; a bug of ours on one input fails that input and not the parser. */
export function parseTask(task: ParseTask): TaskOutcome {
  try {
    const outcome = parseBytes(task.bytes, { path: task.path, referenceDate: task.referenceDate, rules: loadRules(task.ruleFiles) });
    if (!outcome.ok) return outcome;
    return { ok: true, rendered: render(outcome.record, outcome.text, task.rendering), warnings: outcome.record.warnings };
  } catch (error) {
    return { ok: false, problem: `internal error, record not emitted: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Parses in this thread: no start-up cost, for single inputs and small batches. */
export const inThisThread: Parser = {
  parse: async (task) => parseTask(task),
  close: async () => undefined,
};

/** A parser running elsewhere (a worker thread, a child process), spoken to by messages. */
export interface Endpoint {
  post(message: TaskMessage): void;
  onMessage(listener: (message: OutcomeMessage) => void): void;
  /** The endpoint died: a bug of ours, or it was killed. */
  onFailure(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

/** The bundled worker (scripts/bundle.mjs), whether this module runs from src/ (tests) or dist/. */
const WORKER_PATH = join(PACKAGE_ROOT, 'dist', 'parse-worker.cjs');

export function workerThread(): Endpoint {
  const worker = new Worker(WORKER_PATH);
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onFailure: (listener) => worker.on('error', listener),
    close: async () => void (await worker.terminate()),
  };
}

/** Set in the environment of a child process that is to serve parses (src/cli/snapshot.ts). */
export const PARSE_CHILD_ENV = 'KCC_PARSE_CHILD';

/**
 * A child process started like this one (`execArgv`: the start-up snapshot and its V8 flags), for
 * processes that started from the snapshot: worker threads cannot, and a warm child starts in
 * a fraction of the time a worker thread needs to load the modules.
 */
export function childProcess(self: Pick<NodeJS.Process, 'execPath' | 'execArgv' | 'env'>): Endpoint {
  const child = spawn(self.execPath, self.execArgv, {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'advanced',
    env: { ...self.env, [PARSE_CHILD_ENV]: '1' },
  });
  return {
    post: (message) => child.send(message),
    onMessage: (listener) => child.on('message', listener),
    onFailure: (listener) => {
      child.on('error', listener);
      child.on('exit', (code, signal) => listener(new Error(`parse process ended (${signal ?? code})`)));
    },
    // Let go rather than kill: the child ends once its channel closes, and never mid-write.
    close: async () => {
      if (child.connected) child.disconnect();
    },
  };
}

interface PoolEntry {
  endpoint: Endpoint;
  /** Ids of the tasks it was given and has not answered. */
  pending: Set<number>;
  failure: Error | null;
}

/**
 * Parses on several endpoints, each task on the least busy one that is alive. An endpoint that dies
 * fails the tasks it held (each becomes one failed input) and gets no more; the batch goes on.
 */
export class ParserPool implements Parser {
  private readonly entries: PoolEntry[];
  private readonly waiting = new Map<number, { resolve: (outcome: TaskOutcome) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(size: number, start: () => Endpoint) {
    this.entries = Array.from({ length: size }, () => {
      const entry: PoolEntry = { endpoint: start(), pending: new Set(), failure: null };
      entry.endpoint.onMessage(({ id, outcome }) => {
        entry.pending.delete(id);
        this.waiting.get(id)?.resolve(outcome);
        this.waiting.delete(id);
      });
      entry.endpoint.onFailure((error) => {
        entry.failure ??= error;
        for (const id of entry.pending) {
          this.waiting.get(id)?.reject(error);
          this.waiting.delete(id);
        }
        entry.pending.clear();
      });
      return entry;
    });
  }

  /** How many endpoints are alive. */
  alive(): number {
    return this.entries.filter((entry) => entry.failure === null).length;
  }

  parse(task: ParseTask): Promise<TaskOutcome> {
    const alive = this.entries.filter((entry) => entry.failure === null);
    if (alive.length === 0) return Promise.reject(this.entries[0]?.failure ?? new Error('no parser'));
    const entry = alive.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = this.nextId++;
    entry.pending.add(id);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      entry.endpoint.post({ id, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.entries.map(({ endpoint }) => endpoint.close()));
  }
}
