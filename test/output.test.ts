/** The output stream wrapper of the CLI: src/io/sink.ts (moved there from src/cli/output.ts). */
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Sink } from '../src/io/sink.js';

/** A writable that holds each chunk until `release` is called, so back-pressure builds up. */
function heldStream(highWaterMark: number): { stream: Writable; written: string[]; release: () => void } {
  const written: string[] = [];
  let pending: (() => void) | null = null;
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString());
      pending = () => callback();
    },
  });
  return {
    stream,
    written,
    release: () => {
      const next = pending;
      pending = null;
      next?.();
    },
  };
}

/** Lets every queued callback and microtask run, without waiting on a clock. */
const settle = async (): Promise<void> => {
  for (let round = 0; round < 5; round++) await new Promise<void>((resolve) => setImmediate(resolve));
};

const epipe = (): NodeJS.ErrnoException => Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });

describe('Sink: writes', () => {
  it('text goes to the stream in order', async () => {
    const { stream, written, release } = heldStream(1024);
    const sink = new Sink(stream);
    await sink.write('title: one\n');
    release();
    await sink.write('title: two\n');
    expect(written).toEqual(['title: one\n', 'title: two\n']);
    expect(sink.isClosed).toBe(false);
  });

  it('empty text is not written', async () => {
    const { stream, written } = heldStream(1024);
    await new Sink(stream).write('');
    expect(written).toEqual([]);
  });
});

describe('Sink: back-pressure is awaited', () => {
  it('a write the stream cannot take yet resolves only after drain', async () => {
    const { stream, release } = heldStream(4);
    const sink = new Sink(stream);
    let done = false;
    const writing = sink.write('a record longer than the buffer\n').then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    release();
    await writing;
    expect(done).toBe(true);
  });

  it('the listeners it added while waiting are removed afterwards', async () => {
    const { stream, release } = heldStream(4);
    const sink = new Sink(stream);
    const before = { drain: stream.listenerCount('drain'), close: stream.listenerCount('close'), error: stream.listenerCount('error') };
    const writing = sink.write('a record longer than the buffer\n');
    await settle();
    expect(stream.listenerCount('drain')).toBe(before.drain + 1);
    release();
    await writing;
    expect({ drain: stream.listenerCount('drain'), close: stream.listenerCount('close'), error: stream.listenerCount('error') }).toEqual(before);
  });

  it('a waiting write resolves when the stream closes instead of draining', async () => {
    const { stream } = heldStream(4);
    const sink = new Sink(stream);
    const writing = sink.write('a record longer than the buffer\n');
    await settle();
    stream.destroy();
    await expect(writing).resolves.toBeUndefined();
  });
});

describe('Sink: EPIPE (the reader has gone, as with `| head`)', () => {
  it('makes the sink closed and quiet: later writes do nothing and do not throw', async () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString());
        callback(epipe());
      },
    });
    const sink = new Sink(stream);
    await sink.write('first\n');
    await settle();
    expect(sink.isClosed).toBe(true);
    await sink.write('second\n');
    await sink.write('third\n');
    expect(chunks).toEqual(['first\n']);
  });

  it('a write waiting for drain resolves when EPIPE comes', async () => {
    const { stream } = heldStream(4);
    const sink = new Sink(stream);
    const writing = sink.write('a record longer than the buffer\n');
    await settle();
    stream.destroy(epipe());
    await expect(writing).resolves.toBeUndefined();
    expect(sink.isClosed).toBe(true);
  });

  it('other stream errors are not swallowed', () => {
    const fake = new EventEmitter() as unknown as NodeJS.WritableStream;
    const sink = new Sink(fake);
    const error = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    expect(() => fake.emit('error', error)).toThrow('no space left on device');
    expect(sink.isClosed).toBe(false);
  });
});
