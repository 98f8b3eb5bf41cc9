/**
 * Issue 8: bad inputs, each with the message and exit status the CLI gives for it. One bad input
 * never stops the batch, no output is lost, and nothing is written outside `--out-dir`.
 *
 * Tests run as root, where `chmod 000` does not stop a read: unreadable inputs are made as a
 * dangling symbolic link, a symbolic-link loop, a path through a regular file and a pipe.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import type { KccRecord } from '../src/record/types.js';
import { runCli, type CliRun, type FakeIo } from './support/cli.js';
import { tempDir } from './support/temp-dir.js';

const RELEASE = [
  'Title KCC holds talks with Ofcom on online safety',
  'Date 2023-06-09 Read 5',
  'Chairperson Lee Sang-in met the chief executive of Ofcom at the Government Complex Seoul on Friday, June 9.',
  'The Korea Communications Commission (KCC) said the two regulators will share experience on protecting children online.',
  '',
].join('\n');
const KOREAN = '방송통신위원회는 9일 정부과천청사에서 회의를 열었다.\n';

const POSIX = process.platform !== 'win32';
const hasMkfifo = POSIX && (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface Case {
  /** The bad input, as the report's table names it. */
  name: string;
  /** Builds the input inside its own empty folder D and returns the command line. */
  make: (dir: string) => { args: string[]; fake?: FakeIo };
  status: number;
  /** Standard error, with the case's folder written as D. */
  stderr: string;
  /** How many records reach stdout (YAML documents), when not in --out-dir mode. */
  records?: number;
  /** The `source.encoding` of the record on stdout. */
  encoding?: string;
  /** Further checks on the run and the folder after it. */
  check?: (run: CliRun, dir: string) => void;
  skip?: boolean;
}

const file = (dir: string, name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
const summary = (parsed: number, failed: number, warned = 0): string => `kcc-parse: ${parsed} parsed, ${failed} failed, ${warned} with warnings\n`;
const error = (path: string, problem: string): string => `kcc-parse: error: ${path}: ${problem}\n`;

/** Every file below a folder, as paths relative to it. */
function listing(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listing(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  ).sort();
}

const CASES: Case[] = [
  {
    name: 'empty file',
    make: (dir) => ({ args: [file(dir, 'empty.txt', '')] }),
    status: 1,
    stderr: error('D/empty.txt', 'empty file'),
  },
  {
    name: 'white space only (spaces, tabs, CRLF, no-break and ideographic spaces)',
    make: (dir) => ({ args: [file(dir, 'blank.txt', ' \t\r\n\u00a0\u3000\r\n  ')] }),
    status: 1,
    stderr: error('D/blank.txt', 'no text (the file holds only white space)'),
  },
  {
    name: 'binary: NUL bytes',
    make: (dir) => ({ args: [file(dir, 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))] }),
    status: 1,
    stderr: error('D/image.txt', 'binary file (it contains NUL bytes), not text'),
  },
  {
    name: 'binary: control characters without NUL',
    make: (dir) => ({ args: [file(dir, 'controls.txt', Buffer.from('\x01\x02\x03\x04 Title x \x05\x06\x07\x08', 'latin1'))] }),
    status: 1,
    stderr: error('D/controls.txt', 'binary file (control characters), not text'),
  },
  {
    name: 'invalid UTF-8 (0xFF, a lone continuation byte, a bad pair)',
    make: (dir) => ({ args: [file(dir, 'latin.txt', Buffer.concat([Buffer.from(RELEASE), Buffer.from([0xff, 0x80, 0x41, 0xc3, 0x28, 0x0a])]))] }),
    status: 0,
    stderr: 'kcc-parse: warning: D/latin.txt: the input is not valid UTF-8 nor CP949; it was read as Windows-1252 [encoding-guessed]\n',
    records: 1,
    encoding: 'windows-1252',
  },
  {
    name: 'UTF-8 cut in the middle of a character at the end',
    make: (dir) => {
      const bytes = Buffer.from(`${RELEASE}방송`);
      return { args: [file(dir, 'cut.txt', bytes.subarray(0, bytes.length - 1))] }; // "송" loses its last byte of 3
    },
    status: 0,
    stderr: 'kcc-parse: warning: D/cut.txt: the input ends in the middle of a UTF-8 character (2 byte(s) dropped) [truncated-utf8]\n',
    records: 1,
    encoding: 'utf-8',
  },
  {
    name: 'a page capture of site chrome only',
    make: (dir) => ({ args: [file(dir, 'menu.txt', 'Home > News\nPress Releases\nCopyright © KCC\n')] }),
    status: 0,
    stderr: 'kcc-parse: warning: D/menu.txt: no release text: only site chrome [no-body]\n',
    records: 1,
  },
  {
    name: 'a page capture cut off after its header',
    make: (dir) => ({ args: [file(dir, 'header.txt', 'Title KCC holds talks with Ofcom\nDate 2023-06-09 Read 5\n')] }),
    status: 0,
    stderr: 'kcc-parse: warning: D/header.txt: no release text after the headline [no-body]\n',
    records: 1,
  },
  {
    name: 'CP949 (EUC-KR) with Korean text',
    make: (dir) => ({ args: [file(dir, 'cp949.txt', iconv.encode(RELEASE + KOREAN, 'cp949'))] }),
    status: 0,
    stderr: '',
    records: 1,
    encoding: 'cp949',
    check: (run) => expect(run.stdout).toContain('방송통신위원회'),
  },
  {
    name: 'UTF-16 LE with BOM',
    make: (dir) => ({ args: [file(dir, 'le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(RELEASE + KOREAN)]))] }),
    status: 0,
    stderr: '',
    records: 1,
    encoding: 'utf-16le',
  },
  {
    name: 'UTF-16 BE with BOM',
    make: (dir) => ({ args: [file(dir, 'be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le(RELEASE + KOREAN).swap16()]))] }),
    status: 0,
    stderr: '',
    records: 1,
    encoding: 'utf-16be',
  },
  {
    name: 'UTF-16 LE without BOM (read, with a warning: its ASCII has a zero byte on one side)',
    make: (dir) => ({ args: [file(dir, 'le-no-bom.txt', utf16le(RELEASE))] }),
    status: 0,
    stderr: 'kcc-parse: warning: D/le-no-bom.txt: the input has no byte-order mark; it was read as UTF-16 LE [encoding-guessed]\n',
  },
  {
    name: 'a PDF given for a release (named, and refused)',
    make: (dir) => ({ args: [file(dir, 'release.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0, 0x01])]))] }),
    status: 1,
    stderr: error('D/release.pdf', 'a PDF document, not text: convert it to text first'),
  },
  {
    name: 'a file over --max-bytes',
    make: (dir) => ({ args: ['--max-bytes', '100', file(dir, 'big.txt', RELEASE)] }),
    status: 1,
    stderr: error('D/big.txt', 'larger than --max-bytes (100 bytes); raise --max-bytes to read it'),
  },
  {
    name: 'standard input over --max-bytes',
    make: () => ({ args: ['--max-bytes', '100', '-'], fake: { stdin: RELEASE, stdinIsTTY: false } }),
    status: 1,
    stderr: error('-', 'larger than --max-bytes (100 bytes); raise --max-bytes to read it'),
  },
  {
    name: 'a device that never ends (/dev/zero), named on the command line',
    make: () => ({ args: ['--max-bytes', '100000', '/dev/zero'] }),
    status: 1,
    stderr: error('/dev/zero', 'larger than --max-bytes (100000 bytes); raise --max-bytes to read it'),
    skip: !existsSync('/dev/zero'),
  },
  {
    name: 'one line of 400,000 characters',
    make: (dir) => ({
      args: [file(dir, 'one-line.txt', ('Title ' + 'Chairperson Lee Sang-in (KCC) met Mr. Kim on Friday, June 9 at the Government Complex Seoul. '.repeat(5000)).slice(0, 400_000))],
    }),
    status: 0,
    // The whole line is the page header's title.
    stderr: 'kcc-parse: warning: D/one-line.txt: no release text after the headline [no-body]\n',
    records: 1,
    encoding: 'utf-8',
  },
  {
    name: 'a folder with no releases (only other files and hidden ones)',
    make: (dir) => {
      file(dir, 'releases/notes.pdf', 'x');
      file(dir, 'releases/.hidden.txt', RELEASE);
      return { args: [join(dir, 'releases')] };
    },
    status: 1,
    stderr: error('D/releases', 'folder holds no *.txt, *.md or *.html files'),
  },
  {
    name: 'a "*.txt" that is a folder, named on the command line (it is searched as a folder)',
    make: (dir) => ({ args: [(mkdirSync(join(dir, 'folder.txt')), join(dir, 'folder.txt'))] }),
    status: 1,
    stderr: error('D/folder.txt', 'folder holds no *.txt, *.md or *.html files'),
  },
  {
    name: 'unreadable: a dangling symbolic link named on the command line',
    make: (dir) => ({ args: [(symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt')), join(dir, 'link.txt'))] }),
    status: 1,
    stderr: error('D/link.txt', 'symbolic link to a file or folder that does not exist'),
    skip: !POSIX,
  },
  {
    name: 'unreadable: a dangling symbolic link found in a folder, beside a good release',
    make: (dir) => {
      file(dir, 'releases/a.txt', RELEASE);
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'releases', 'b.txt'));
      return { args: [join(dir, 'releases')] };
    },
    status: 1,
    stderr: error('D/releases/b.txt', 'symbolic link to a file or folder that does not exist') + summary(1, 1),
    records: 1,
    skip: !POSIX,
  },
  {
    name: 'unreadable: a path through a regular file',
    make: (dir) => ({ args: [join(file(dir, 'plain.txt', RELEASE), 'inner.txt')] }),
    status: 1,
    stderr: error('D/plain.txt/inner.txt', 'a part of the path is not a folder'),
  },
  {
    name: 'unreadable: a pipe named "*.txt" found in a folder (reading it would wait forever)',
    make: (dir) => {
      file(dir, 'releases/a.txt', RELEASE);
      execFileSync('mkfifo', [join(dir, 'releases', 'pipe.txt')]);
      return { args: [join(dir, 'releases')] };
    },
    status: 1,
    stderr: error('D/releases/pipe.txt', 'not a regular file (a pipe, socket or device)') + summary(1, 1),
    records: 1,
    skip: !hasMkfifo,
  },
  {
    name: 'a missing file',
    make: (dir) => ({ args: [join(dir, 'missing.txt')] }),
    status: 1,
    stderr: error('D/missing.txt', 'no such file or folder'),
  },
  {
    name: 'a symbolic-link loop (a.txt -> b.txt -> a.txt)',
    make: (dir) => {
      symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
      symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
      return { args: [join(dir, 'a.txt')] };
    },
    status: 1,
    stderr: error('D/a.txt', 'symbolic link loop'),
    skip: !POSIX,
  },
  {
    name: 'a folder that links back to itself (releases/again -> releases): each release read once',
    make: (dir) => {
      file(dir, 'releases/a.txt', RELEASE);
      symlinkSync(join(dir, 'releases'), join(dir, 'releases', 'again'));
      return { args: [join(dir, 'releases')] };
    },
    status: 0,
    stderr: '',
    records: 1,
    skip: !POSIX,
  },
  {
    name: '"-" given twice',
    make: () => ({ args: ['-', '-'], fake: { stdin: RELEASE, stdinIsTTY: false } }),
    status: 2,
    stderr: 'kcc-parse: "-" (standard input) is given more than once; it can be read only once\n',
    records: 0,
  },
  {
    name: 'an --out-dir below a regular file',
    make: (dir) => ({ args: ['--out-dir', join(file(dir, 'plain', 'x'), 'out'), file(dir, 'a.txt', RELEASE)] }),
    status: 2,
    stderr: 'kcc-parse: --out-dir D/plain/out: cannot write there: a part of the path is not a folder\n',
    records: 0,
  },
  {
    name: 'an --out-dir that is a regular file',
    make: (dir) => ({ args: ['--out-dir', file(dir, 'plain', 'x'), file(dir, 'a.txt', RELEASE)] }),
    status: 2,
    stderr: 'kcc-parse: --out-dir D/plain: cannot write there: it is a file, not a folder\n',
    records: 0,
    check: (_run, dir) => expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('x'),
  },
  {
    name: 'two inputs with the same name from different folders into one --out-dir',
    make: (dir) => ({
      args: ['--out-dir', join(dir, 'out'), file(dir, 'a/release.txt', RELEASE), file(dir, 'b/release.txt', RELEASE + 'Second text.\n'), file(dir, 'c/RELEASE.md', RELEASE)],
    }),
    status: 0,
    stderr: summary(3, 0),
    check: (_run, dir) => {
      expect(listing(join(dir, 'out'))).toEqual(['RELEASE-3.yaml', 'release-2.yaml', 'release.yaml']);
      const sourceOf = (name: string): string => (parseYaml(readFileSync(join(dir, 'out', name), 'utf8')) as KccRecord).source.path;
      expect(['release.yaml', 'release-2.yaml', 'RELEASE-3.yaml'].map(sourceOf)).toEqual([
        join(dir, 'a/release.txt'),
        join(dir, 'b/release.txt'),
        join(dir, 'c/RELEASE.md'),
      ]);
    },
  },
  {
    name: 'an output name taken by a folder in --out-dir: that input fails, the others are written',
    make: (dir) => {
      mkdirSync(join(dir, 'out', 'a.yaml'), { recursive: true });
      return { args: ['--out-dir', join(dir, 'out'), file(dir, 'a.txt', RELEASE), file(dir, 'b.txt', RELEASE)] };
    },
    status: 1,
    stderr:
      error('D/a.txt', "cannot write D/out/a.yaml: EISDIR: illegal operation on a directory, rename 'D/out/.a.yaml.PID.tmp' -> 'D/out/a.yaml'") +
      summary(1, 1),
    check: (_run, dir) => expect(listing(join(dir, 'out'))).toEqual(['b.yaml']),
  },
  {
    name: 'a link to outside planted at the temporary name in --out-dir',
    make: (dir) => {
      const victim = file(dir, 'victim', 'untouched');
      mkdirSync(join(dir, 'out'));
      symlinkSync(victim, join(dir, 'out', `.a.yaml.${process.pid}.tmp`));
      return { args: ['--out-dir', join(dir, 'out'), file(dir, 'a.txt', RELEASE)] };
    },
    status: 0,
    stderr: '',
    check: (_run, dir) => {
      expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('untouched');
      expect(listing(join(dir, 'out'))).toEqual(['a.yaml']);
      expect(lstatSync(join(dir, 'out', 'a.yaml')).isFile()).toBe(true);
    },
    skip: !POSIX,
  },
  {
    name: 'a file name of 82 Korean characters (246 bytes) into --out-dir',
    make: (dir) => ({ args: ['--out-dir', join(dir, 'out'), file(dir, `${'방'.repeat(82)}.txt`, RELEASE)] }),
    status: 0,
    stderr: '',
    check: (_run, dir) => expect(listing(join(dir, 'out'))).toEqual([`${'방'.repeat(66)}.yaml`]),
  },
  {
    name: 'one bad input among good ones on stdout: the others are all written',
    make: (dir) => ({ args: [file(dir, 'a.txt', RELEASE), file(dir, 'b.txt', ''), file(dir, 'c.txt', RELEASE)] }),
    status: 1,
    stderr: error('D/b.txt', 'empty file') + summary(2, 1),
    records: 2,
  },
];

describe('bad inputs: message and exit status', () => {
  it.each(CASES.map((row) => ({ ...row, title: row.name })))('$title', async (row) => {
    if (row.skip) return;
    const dir = tempDir('bad');
    const { args, fake } = row.make(dir);
    const run = await runCli(args, fake ?? {});
    const stderr = run.stderr.replaceAll(dir, 'D').replaceAll(`.${process.pid}.tmp`, '.PID.tmp');
    expect({ status: run.status, stderr }).toEqual({ status: row.status, stderr: row.stderr });
    if (row.records !== undefined) {
      const documents = run.stdout === '' ? [] : parseAllDocuments(run.stdout);
      expect(Array.isArray(documents) ? documents.length : 1).toBe(row.records);
    }
    if (row.encoding !== undefined) expect((parseYaml(run.stdout) as KccRecord).source.encoding).toBe(row.encoding);
    row.check?.(run, dir);
    // Never a temporary file left behind, wherever the case wrote.
    expect(listing(dir).filter((path) => path.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--out-dir: outputs stay inside, whatever the input is called', () => {
  const NAMES = [
    '..txt', '-.txt', '.txt', 'with space.txt', '  padded  .txt', 'ünïcødé 방송.txt', 'colon:name.txt', 'a\\b.txt', 'star*?.txt', 'quote"<>|.txt',
    'line\nbreak.txt', 'tab\there.txt', '...md', '.hidden.txt', 'release.TXT', 'x.txt.txt', '😀.md', '\u202eevil.txt',
  ];

  it.skipIf(!POSIX)('writes one output per input inside --out-dir, named plainly, and nothing elsewhere', async () => {
    const dir = tempDir('names');
    const inputs = NAMES.map((name) => file(dir, join('in', name), RELEASE));
    const before = listing(dir);
    const run = await runCli(['--out-dir', join(dir, 'out'), ...inputs]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(summary(NAMES.length, 0));
    const outputs = listing(join(dir, 'out'));
    expect(outputs).toHaveLength(NAMES.length);
    for (const output of outputs) {
      expect(output).not.toMatch(/^\.|[/\\:*?"<>|\u0000-\u001f]/);
      expect(output).toMatch(/\.yaml$/);
    }
    // nothing was written anywhere but out/
    expect(listing(dir).filter((path) => !path.startsWith('out/'))).toEqual(before);
    // every input's record is there, once
    const sources = outputs.map((name) => (parseYaml(readFileSync(join(dir, 'out', name), 'utf8')) as KccRecord).source.path);
    expect(sources.sort()).toEqual([...inputs].sort());
  });

  it.skipIf(!POSIX)('names "-" (standard input) stdin.json', async () => {
    const dir = tempDir('names');
    const run = await runCli(['--out-dir', join(dir, 'out'), '-f', 'json', '-'], { stdin: RELEASE, stdinIsTTY: false });
    expect(run.status).toBe(0);
    expect(listing(join(dir, 'out'))).toEqual(['stdin.json']);
  });

});
