import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../package-root.js';
import { parseBytes, type ParseOutcome } from '../pipeline/parse.js';
import { loadRules } from '../rules/load.js';

export interface ParseTask {
  bytes: Uint8Array;
  path: string;
  referenceDate: string;
  ruleFiles: readonly string[];
}

export interface Parser {
  parse(task: ParseTask): Promise<ParseOutcome>;
  close(): Promise<void>;
}

/** Parses in this thread: no start-up cost, for single inputs and small batches. */
export const inThisThread: Parser = {
  parse: async (task) => parseBytes(task.bytes, { path: task.path, referenceDate: task.referenceDate, rules: loadRules(task.ruleFiles) }),
  close: async () => undefined,
};

/** The bundled worker (scripts/bundle.mjs), whether this module runs from src/ (tests) or dist/. */
const WORKER_PATH = join(PACKAGE_ROOT, 'dist', 'parse-worker.cjs');

/** Parses in worker threads, each task on the least busy worker. */
export class WorkerPool implements Parser {
  private readonly workers: { worker: Worker; busy: number }[];
  private readonly waiting = new Map<number, { resolve: (outcome: ParseOutcome) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_PATH);
      worker.on('message', ({ id, outcome }: { id: number; outcome: ParseOutcome }) => {
        const entry = this.workers.find((candidate) => candidate.worker === worker);
        if (entry) entry.busy--;
        this.waiting.get(id)?.resolve(outcome);
        this.waiting.delete(id);
      });
      // A worker that dies is a bug of ours: fail loudly rather than hang the batch.
      worker.on('error', (error) => {
        for (const { reject } of this.waiting.values()) reject(error);
        this.waiting.clear();
      });
      return { worker, busy: 0 };
    });
  }

  parse(task: ParseTask): Promise<ParseOutcome> {
    const entry = this.workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    const id = this.nextId++;
    entry.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      entry.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
