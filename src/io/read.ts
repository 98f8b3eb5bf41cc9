import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeFsError, type Input } from './inputs.js';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

const tooLarge = (maxBytes: number): ReadResult => ({
  ok: false,
  problem: `larger than --max-bytes (${maxBytes} bytes); raise --max-bytes to read it`,
});

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) return tooLarge(maxBytes);
    chunks.push(buffer);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** The bytes of one input, refusing more than `maxBytes` before reading them all. */
export async function readInput(input: Input, stdin: NodeJS.ReadableStream, maxBytes: number): Promise<ReadResult> {
  if (input.kind === 'unreadable') return { ok: false, problem: input.problem };
  if (input.kind === 'stdin') return readStream(stdin, maxBytes);
  try {
    // A regular file is read at once: a batch reads thousands of small files, and each step of the
    // asynchronous reading below costs a round trip through the thread pool.
    const stats = statSync(input.path);
    if (stats.isFile()) return stats.size > maxBytes ? tooLarge(maxBytes) : { ok: true, bytes: readFileSync(input.path) };
    if (stats.isDirectory()) return { ok: false, problem: 'is a folder' };
    // A pipe or device (`<(cmd)`, /dev/stdin, /dev/zero) has no size to check first, and opening one
    // may wait for a writer: opened without blocking, and counted as it comes.
    const handle = await open(input.path, 'r');
    try {
      return await readStream(handle.createReadStream({ autoClose: false }), maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: describeFsError(error) };
  }
}
