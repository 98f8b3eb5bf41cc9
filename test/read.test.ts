import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../src/io/read.js';
import { tempDir } from './support/temp-dir.js';

let root: string;
const TEXT = 'Title KCC fines three carriers\nDate 2023-09-14 Read 5\nThe KCC fined three carriers.\n';
const noStdin = Readable.from([]);
const stdinOf = (...chunks: (string | Buffer)[]): Readable => Readable.from(chunks);

beforeAll(() => {
  root = tempDir('read');
  writeFileSync(join(root, 'release.txt'), TEXT);
  writeFileSync(join(root, 'empty.txt'), '');
});

describe('readInput: a file', () => {
  it.each([
    ['smaller than the limit', 1_000_000],
    ['exactly at the limit', Buffer.byteLength(TEXT)],
  ])('read whole when %s', async (_, maxBytes) => {
    const result = await readInput({ kind: 'file', path: join(root, 'release.txt') }, noStdin, maxBytes);
    expect(result).toEqual({ ok: true, bytes: Buffer.from(TEXT) });
  });

  it('an empty file is read (empty is for the decoder to judge)', async () => {
    expect(await readInput({ kind: 'file', path: join(root, 'empty.txt') }, noStdin, 10)).toEqual({ ok: true, bytes: Buffer.alloc(0) });
  });

  it('refused when larger than --max-bytes', async () => {
    const result = await readInput({ kind: 'file', path: join(root, 'release.txt') }, noStdin, Buffer.byteLength(TEXT) - 1);
    expect(result).toEqual({ ok: false, problem: `larger than --max-bytes (${Buffer.byteLength(TEXT) - 1} bytes); raise --max-bytes to read it` });
  });

  it('a device with no size to check first (/dev/zero) is counted as it comes and refused', async () => {
    expect(await readInput({ kind: 'file', path: '/dev/zero' }, noStdin, 64 * 1024)).toEqual({
      ok: false,
      problem: `larger than --max-bytes (${64 * 1024} bytes); raise --max-bytes to read it`,
    });
  });

  it.each([
    ['a missing file', () => join(root, 'missing.txt'), 'no such file or folder'],
    ['a folder', () => root, 'is a folder'],
    ['a path through a file', () => join(root, 'release.txt', 'x.txt'), 'a part of the path is not a folder'],
  ])('refused: %s', async (_, path, problem) => {
    expect(await readInput({ kind: 'file', path: path() }, noStdin, 1_000)).toEqual({ ok: false, problem });
  });
});

describe('readInput: standard input', () => {
  it('chunks are joined', async () => {
    const result = await readInput({ kind: 'stdin', path: '-' }, stdinOf(Buffer.from('Title KCC '), 'fines ', Buffer.from('carriers\n')), 100);
    expect(result).toEqual({ ok: true, bytes: Buffer.from('Title KCC fines carriers\n') });
  });

  it('multi-byte text split across chunks keeps its bytes', async () => {
    const bytes = Buffer.from('방송통신위원회 ’KCC’');
    const result = await readInput({ kind: 'stdin', path: '-' }, stdinOf(bytes.subarray(0, 4), bytes.subarray(4)), 100);
    expect(result).toEqual({ ok: true, bytes });
  });

  it('exactly at the limit is read', async () => {
    expect(await readInput({ kind: 'stdin', path: '-' }, stdinOf('12345', '67890'), 10)).toEqual({ ok: true, bytes: Buffer.from('1234567890') });
  });

  it('refused when larger than --max-bytes, before the stream is read to its end', async () => {
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          pulled++;
          yield Buffer.alloc(1024, 0x41);
        }
      })(),
    );
    const result = await readInput({ kind: 'stdin', path: '-' }, endless, 4096);
    expect(result).toEqual({ ok: false, problem: 'larger than --max-bytes (4096 bytes); raise --max-bytes to read it' });
    expect(pulled).toBeLessThan(100);
  });
});

describe('readInput: unreadable entries pass their problem through', () => {
  it.each(['no such file or folder', 'symbolic link loop', 'folder holds no *.txt, *.md or *.html files'])('%s', async (problem) => {
    expect(await readInput({ kind: 'unreadable', path: join(root, 'x.txt'), problem }, noStdin, 100)).toEqual({ ok: false, problem });
  });
});
