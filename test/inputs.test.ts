import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, type Input } from '../src/io/inputs.js';
import { tempDir } from './support/temp-dir.js';

let root: string;
const at = (...parts: string[]): string => join(root, ...parts);
const write = (path: string, text = 'The KCC met on Friday.\n'): void => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
const paths = (inputs: Input[]): string[] => inputs.map((input) => input.path);

beforeAll(() => {
  root = tempDir('inputs');
  write(at('releases', 'b.txt'));
  write(at('releases', 'a.md'));
  write(at('releases', 'C.TXT'));
  write(at('releases', 'notes.docx'));
  write(at('releases', 'page.html'));
  write(at('releases', '2023', 'saved.HTM'));
  write(at('releases', 'README.md'));
  write(at('releases', '2023', 'readme.txt'));
  write(at('releases', 'readme-2023.txt'));
  write(at('releases', 'image.png'));
  write(at('releases', '.hidden.txt'));
  write(at('releases', '.git', 'config.txt'));
  write(at('releases', '2023', 'z.txt'));
  write(at('releases', '2023', 'inner', 'y.md'));
  write(at('releases', '2022', 'x.txt'));
  write(at('single.txt'));
  write(at('other.html'));
  mkdirSync(at('empty'));
  write(at('no-releases', 'readme.pdf'));
  mkdirSync(at('loop'));
  symlinkSync(at('loop', 'b.txt'), at('loop', 'a.txt'));
  symlinkSync(at('loop', 'a.txt'), at('loop', 'b.txt'));
  write(at('self', 'r.txt'));
  symlinkSync(at('self'), at('self', 'again'));
  mkdirSync(at('dangling'));
  symlinkSync(at('dangling', 'gone.txt'), at('dangling', 'link.txt'));
  symlinkSync(at('dangling', 'gone.txt'), at('dangling', 'link.png'));
});

describe('expandInputs: found', () => {
  it('a file named on the command line, whatever its extension', () => {
    expect(expandInputs([at('single.txt'), at('other.html')])).toEqual([
      { kind: 'file', path: at('single.txt') },
      { kind: 'file', path: at('other.html') },
    ]);
  });

  it('"-" is standard input', () => {
    expect(expandInputs(['-'])).toEqual([{ kind: 'stdin', path: '-' }]);
  });

  it('a folder: *.txt, *.md and *.html (or *.htm) below it, recursively, in sorted order, hidden files, folders and READMEs skipped', () => {
    expect(expandInputs([at('releases')])).toEqual(
      [
        at('releases', '2022', 'x.txt'),
        at('releases', '2023', 'inner', 'y.md'),
        at('releases', '2023', 'saved.HTM'),
        at('releases', '2023', 'z.txt'),
        at('releases', 'C.TXT'),
        at('releases', 'a.md'),
        at('releases', 'b.txt'),
        at('releases', 'page.html'),
        at('releases', 'readme-2023.txt'),
      ].map((path) => ({ kind: 'file', path })),
    );
  });

  it('inputs keep the command-line order, folders expanded in place', () => {
    expect(paths(expandInputs([at('single.txt'), '-', at('releases', '2023'), at('single.txt')]))).toEqual([
      at('single.txt'),
      '-',
      at('releases', '2023', 'inner', 'y.md'),
      at('releases', '2023', 'saved.HTM'),
      at('releases', '2023', 'z.txt'),
      at('single.txt'),
    ]);
  });

  it('a hidden file named on the command line is read', () => {
    expect(expandInputs([at('releases', '.hidden.txt')])).toEqual([{ kind: 'file', path: at('releases', '.hidden.txt') }]);
  });

  it('a README named on the command line is read', () => {
    expect(expandInputs([at('releases', 'README.md')])).toEqual([{ kind: 'file', path: at('releases', 'README.md') }]);
  });
});

describe('expandInputs: unreadable, reported with the problem', () => {
  it.each([
    ['an empty folder', () => at('empty'), 'folder holds no *.txt, *.md or *.html files'],
    ['a folder with no release files', () => at('no-releases'), 'folder holds no *.txt, *.md or *.html files'],
    ['a missing path', () => at('missing.txt'), 'no such file or folder'],
    ['a path through a file', () => at('single.txt', 'x.txt'), 'a part of the path is not a folder'],
    ['a symbolic link loop', () => at('loop', 'a.txt'), 'symbolic link loop'],
    ['a link to nothing', () => at('dangling', 'link.txt'), 'symbolic link to a file or folder that does not exist'],
  ])('%s', (_, path, problem) => {
    expect(expandInputs([path()])).toEqual([{ kind: 'unreadable', path: path(), problem }]);
  });

  it('a link loop found in a folder is reported per release file', () => {
    expect(expandInputs([at('loop')])).toEqual([
      { kind: 'unreadable', path: at('loop', 'a.txt'), problem: 'symbolic link loop' },
      { kind: 'unreadable', path: at('loop', 'b.txt'), problem: 'symbolic link loop' },
    ]);
  });

  it('a dangling link found in a folder is reported only when it is named like a release', () => {
    expect(expandInputs([at('dangling')])).toEqual([
      { kind: 'unreadable', path: at('dangling', 'link.txt'), problem: 'symbolic link to a file or folder that does not exist' },
    ]);
  });

  it('one bad argument does not stop the others', () => {
    expect(expandInputs([at('missing.txt'), at('single.txt')])).toEqual([
      { kind: 'unreadable', path: at('missing.txt'), problem: 'no such file or folder' },
      { kind: 'file', path: at('single.txt') },
    ]);
  });
});

describe('expandInputs: folders are walked once', () => {
  it('a folder symlinked into itself is walked once', () => {
    expect(expandInputs([at('self')])).toEqual([{ kind: 'file', path: at('self', 'r.txt') }]);
  });

  it('the same folder named twice is walked each time it is named', () => {
    expect(paths(expandInputs([at('self'), at('self')]))).toEqual([at('self', 'r.txt'), at('self', 'r.txt')]);
  });
});
