import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { tempDir } from './support/temp-dir.js';

/** The README's exit-status table and this one hold the same rows. */
const TABLE: { status: number; meaning: string; example: string[] }[] = [
  { status: 0, meaning: 'every input was parsed and its record written', example: ['fixtures/web-inline-header/input.txt'] },
  { status: 1, meaning: 'one or more inputs failed (each named on stderr); every other input was still parsed and written', example: ['fixtures/bad-empty/input.txt', 'fixtures/web-inline-header/input.txt'] },
  { status: 2, meaning: 'usage error: unknown option or value, no input on a terminal, `-` twice, a bad `--rules` file, an `--out-dir` that cannot be written', example: ['--format', 'xml', 'fixtures/web-inline-header/input.txt'] },
  { status: 130, meaning: 'interrupted (Ctrl-C): the batch stopped, no partial or temporary output files are left', example: [] },
];

function readmeRows(): { status: number; meaning: string }[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Exit status'));
  return [...section.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((match) => ({ status: Number(match[1]), meaning: match[2]! }));
}

const rulesDir = tempDir('exit-rules');
const rulesFile = (name: string, text: string): string => {
  const path = join(rulesDir, name);
  writeFileSync(path, text);
  return path;
};
const malformedEntry = rulesFile('entry.yaml', 'titles:\n  - {foo: 1}\n');
const notAPattern = rulesFile('pattern.yaml', "footerStarts:\n  - '('\n");

describe('exit status', () => {
  it('the README lists exactly these rows', () => {
    expect(readmeRows()).toEqual(TABLE.map(({ status, meaning }) => ({ status, meaning })));
  });

  it.each(TABLE.filter((row) => row.example.length > 0))('$status: $meaning', async ({ status, example }) => {
    expect((await runCli(example)).status).toBe(status);
  });

  it.each([
    ['no input on a terminal', [] as string[], {}],
    ['"-" twice', ['-', '-'], { stdin: 'x', stdinIsTTY: false }],
    ['a bad --reference-date', ['--reference-date', '2023-02-30', 'fixtures/web-inline-header/input.txt'], {}],
    ['a missing --rules file', ['--rules', 'nope.yaml', 'fixtures/web-inline-header/input.txt'], {}],
    ['a malformed entry in a --rules file', ['--rules', malformedEntry, 'fixtures/web-inline-header/input.txt'], {}],
    ['a --rules pattern that is no regular expression', ['--rules', notAPattern, 'fixtures/web-inline-header/input.txt'], {}],
    ['eval with a malformed --rules file', ['eval', 'fixtures/eval', '--rules', malformedEntry], {}],
    ['an --out-dir under a file', ['--out-dir', 'package.json/out', 'fixtures/web-inline-header/input.txt'], {}],
    ['an unknown option', ['--bogus', 'fixtures/web-inline-header/input.txt'], {}],
    ['an option value out of range', ['--jobs', '0', 'fixtures/web-inline-header/input.txt'], {}],
  ])('2 for %s, with a one-line message', async (_name, args, fake) => {
    const run = await runCli(args, fake);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^kcc-parse: /);
    expect(run.stdout).toBe('');
  });

  it('130 when interrupted', async () => {
    const interrupt = new AbortController();
    interrupt.abort();
    expect((await runCli(['fixtures/web-inline-header/input.txt'], { signal: interrupt.signal })).status).toBe(130);
  });
});
