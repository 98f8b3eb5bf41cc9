import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutDir } from '../src/io/out-dir.js';
import { tempDir } from './support/temp-dir.js';

let root: string;
let count = 0;
/** A fresh output folder (not yet created) for each test. */
const freshDir = (): string => join(root, `out-${++count}`);

beforeAll(() => {
  root = tempDir('out');
  writeFileSync(join(root, 'file.txt'), 'a regular file\n');
});

describe('OutDir.claim: one name per input, inside the folder', () => {
  it.each([
    ['a plain file', ['releases/kcc-54874.txt'], ['kcc-54874.yaml']],
    ['a Markdown file', ['a/b/release.md'], ['release.yaml']],
    ['standard input', ['-'], ['stdin.yaml']],
    ['the same base name from two folders', ['2023/x.txt', '2024/x.txt'], ['x.yaml', 'x-2.yaml']],
    ['the same base name three times', ['a/x.txt', 'b/x.md', 'c/x.txt'], ['x.yaml', 'x-2.yaml', 'x-3.yaml']],
    ['names that differ only in case', ['a/Notice.txt', 'b/notice.txt'], ['Notice.yaml', 'notice-2.yaml']],
    ['a name that is an earlier suffixed name', ['a/x.txt', 'b/x.txt', 'x-2.txt'], ['x.yaml', 'x-2.yaml', 'x-2-2.yaml']],
    ['stdin twice', ['-', '-'], ['stdin.yaml', 'stdin-2.yaml']],
  ])('%s', (_, inputs, names) => {
    const dir = freshDir();
    const out = new OutDir(dir, '.yaml');
    expect(inputs.map((input) => out.claim(input))).toEqual(names.map((name) => join(dir, name)));
  });

  it.each([
    ['a path climbing out', '../../etc/passwd.txt', 'passwd.yaml'],
    ['an absolute path', '/etc/passwd', 'passwd.yaml'],
    ['a Windows path', 'C:\\Users\\kcc\\release.txt', 'release.yaml'],
    ['a colon', 'notice:2023.txt', 'notice_2023.yaml'],
    ['control characters', 'a\u0000b\nc\u001b[31m.txt', 'a_b_c_[31m.yaml'],
    ['reserved punctuation', 'what*is?"this"<>|.txt', 'what_is__this____.yaml'],
    ['a hidden name', '.bashrc', 'bashrc.yaml'],
    ['only dots', '...txt', 'release.yaml'],
    ['a dot-dot name', '..', 'release.yaml'],
  ])('a hostile name stays a plain name in the folder: %s', (_, input, name) => {
    const dir = freshDir();
    const path = new OutDir(dir, '.yaml').claim(input);
    expect(path).toBe(join(dir, name));
    expect(dirname(path)).toBe(dir);
  });

  it('a very long name is cut to a size the file system takes, on a character boundary', () => {
    const dir = freshDir();
    const path = new OutDir(dir, '.json').claim(`${'방'.repeat(150)}.txt`);
    const name = path.slice(dir.length + 1);
    expect(dirname(path)).toBe(dir);
    expect(name).toMatch(/^방+\.json$/);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  });
});

describe('OutDir.prepare', () => {
  it('creates the folder and its parents', () => {
    const dir = join(freshDir(), 'nested', 'deeper');
    expect(new OutDir(dir, '.yaml').prepare()).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an existing folder is fine', () => {
    expect(new OutDir(root, '.yaml').prepare()).toBeNull();
  });

  it.each([
    ['a path below a regular file', () => join(root, 'file.txt', 'sub'), 'a part of the path is not a folder'],
    ['a regular file', () => join(root, 'file.txt'), 'it is a file, not a folder'],
  ])('reports a problem for %s', (_, dir, problem) => {
    expect(new OutDir(dir(), '.yaml').prepare()).toBe(problem);
  });

  // Node 20's recursive mkdir loops for ever there; only Linux has a /proc to try it on.
  it.runIf(process.platform === 'linux')('reports a problem, and returns, for a folder in a file system that holds none (/proc)', () => {
    expect(new OutDir('/proc/kcc-parse-test/out', '.yaml').prepare()).toBe('no such file or folder');
  });
});

describe('OutDir.write', () => {
  it('writes the content at the claimed path and leaves no temporary file', () => {
    const dir = freshDir();
    const out = new OutDir(dir, '.yaml');
    expect(out.prepare()).toBeNull();
    const first = out.claim('a/x.txt');
    const second = out.claim('b/x.txt');
    out.write(first, 'title: one\n');
    out.write(second, 'title: two\n');
    expect(readdirSync(dir).sort()).toEqual(['x-2.yaml', 'x.yaml']);
    expect(readFileSync(first, 'utf8')).toBe('title: one\n');
    expect(readFileSync(second, 'utf8')).toBe('title: two\n');
  });

  it('replaces a file left by an earlier run', () => {
    const dir = freshDir();
    const out = new OutDir(dir, '.json');
    out.prepare();
    const path = out.claim('x.txt');
    writeFileSync(path, 'old content that is longer than the new one\n');
    out.write(path, '{}\n');
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('a stale temporary file of the same name does not stop the write and is gone after it', () => {
    const dir = freshDir();
    const out = new OutDir(dir, '.yaml');
    out.prepare();
    const path = out.claim('x.txt');
    writeFileSync(join(dir, `.x.yaml.${process.pid}.tmp`), 'stale');
    out.write(path, 'title: fresh\n');
    expect(readdirSync(dir)).toEqual(['x.yaml']);
    expect(readFileSync(path, 'utf8')).toBe('title: fresh\n');
  });

  it('a failed write throws and leaves no temporary file', () => {
    const dir = freshDir();
    const out = new OutDir(dir, '.yaml');
    out.prepare();
    const path = out.claim('x.txt');
    // The target is a folder, so the rename into place fails.
    new OutDir(path, '.yaml').prepare();
    expect(() => out.write(path, 'title: x\n')).toThrow();
    expect(readdirSync(dir)).toEqual(['x.yaml']);
    expect(readdirSync(path)).toEqual([]);
  });
});
