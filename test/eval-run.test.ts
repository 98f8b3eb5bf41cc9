import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runEval } from '../src/eval/run.js';
import { FIELDS } from '../src/eval/score.js';
import { tempDir } from './support/temp-dir.js';

/** fixtures/eval: two composed releases with their gold. */
const FIXTURES = 'fixtures/eval';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function capture(): PassThrough & { text: string } {
  const stream = Object.assign(new PassThrough(), { text: '' });
  stream.on('data', (chunk: Buffer) => (stream.text += chunk.toString('utf8')));
  return stream;
}

async function run(dir: string, flags: { verbose?: boolean; json?: boolean; min?: string[] } = {}): Promise<Run> {
  const [stdout, stderr] = [capture(), capture()];
  const options = { verbose: false, json: false, min: [], rules: [], referenceDate: '2026-01-15', ...flags };
  const status = await runEval(dir, options, { stdout, stderr });
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** A scratch folder holding `files` (name -> content). */
function folder(files: Record<string, string>): string {
  const dir = tempDir('eval');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const RELEASE = `Title KCC opens a reporting centre for online harm
Date 2022-10-18 Read 12

The Korea Communications Commission (KCC) opened a centre where users can report harm from online services.
`;

const gold = (title: string): string => `title: ${title}
published: 2022-10-18
date: 2022-10-18
venue: null
officials: []
organizations:
  - [Korea Communications Commission, KCC]
topics: [user-protection]
`;

/** Gold whose headline differs from the release's: title accuracy is 0 whatever the extractors do. */
const wrongTitle = (): string => folder({ 'centre.txt': RELEASE, 'centre.gold.yaml': gold('KCC closes a reporting centre') });

describe('runEval on fixtures/eval', () => {
  it('prints a table with one aligned row per field, figures to 3 decimals and the counts', async () => {
    const { status, stdout, stderr } = await run(FIXTURES);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^fixtures\/eval: 2 files scored, 0 failed to parse\n/);
    const lines = stdout.split('\n');
    const header = lines.find((line) => line.startsWith('field'));
    expect(header).toMatch(/^field\s+score\s+precision\s+recall\s+tp\s+fp\s+fn\s+correct$/);
    for (const field of FIELDS) {
      const row = lines.find((line) => line.startsWith(`${field} `));
      expect(row, field).toMatch(/ \d\.\d{3}( |$)/);
      // Right-aligned figures end where the header's "score" ends.
      expect(row?.indexOf(' ', row.search(/\d\.\d{3}/)), field).toBe((header ?? '').indexOf('score') + 'score'.length);
    }
    expect(lines.find((line) => line.startsWith('published '))).toMatch(/ 2\/2$/);
    expect(lines.find((line) => line.startsWith('topics '))).toMatch(/\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+\s+\d+\s+\d+$/);
  });

  it('prints the same as JSON: a summary with one figure from 0 to 1 per field, and per-file figures', async () => {
    const { status, stdout } = await run(FIXTURES, { json: true });
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      summary: Record<string, number>;
      fields: Record<string, Record<string, number>>;
      files: Array<{ file: string; problem: string | null; summary: Record<string, number>; misses: unknown[] }>;
    };
    expect(Object.keys(report.summary)).toEqual([...FIELDS]);
    for (const figure of Object.values(report.summary)) expect(figure >= 0 && figure <= 1).toBe(true);
    expect(Object.keys(report.fields.topics ?? {})).toEqual(['tp', 'fp', 'fn', 'precision', 'recall', 'f1']);
    expect(Object.keys(report.fields.title ?? {})).toEqual(['correct', 'total', 'accuracy']);
    expect(report.files.map((file) => [file.file, file.problem, Object.keys(file.summary)])).toEqual([
      ['fines.txt', null, [...FIELDS]],
      ['forum.txt', null, [...FIELDS]],
    ]);
  });
});

describe('runEval --min', () => {
  it.each([
    [['title=0'], 0],
    [['published=1'], 0],
    [['title=0.5'], 1],
    [['published=1', 'title=0.001'], 1],
  ])('%o: exit %d', async (min, status) => {
    const result = await run(wrongTitle(), { min });
    expect(result.status).toBe(status);
    if (status === 1) expect(result.stderr).toMatch(/^kcc-parse: title is 0\.000, below the floor 0\.\d+\n$/);
  });

  it.each([['title'], ['title=1.5'], ['title=-1'], ['title=abc'], ['headline=0.5'], ['Title=0.5']])('refuses %s with exit 2 before parsing', async (spec) => {
    const { status, stdout, stderr } = await run(FIXTURES, { min: [spec] });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`--min takes field=value`);
    expect(stderr).toContain(`not "${spec}"`);
  });
});

describe('runEval, what it reads', () => {
  it('lists every miss per file with --verbose', async () => {
    const { stdout } = await run(wrongTitle(), { verbose: true });
    expect(stdout).toMatch(/\ncentre\.txt: \d+ misses\n/);
    expect(stdout).toMatch(/\n {2}title +got KCC opens a reporting centre for online harm +wanted KCC closes a reporting centre\n/);
  });

  it('counts a release that cannot be parsed as all missed and lists it', async () => {
    const dir = folder({ 'empty.txt': '', 'empty.gold.yaml': gold('KCC opens a reporting centre for online harm') });
    const table = await run(dir);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('1 files scored, 1 failed to parse');
    expect(table.stdout).toMatch(/failed to parse \(counted as all missed\):\n {2}empty\.txt: \S/);
    const json = JSON.parse((await run(dir, { json: true })).stdout) as { summary: Record<string, number>; files: Array<{ problem: string | null }> };
    expect(json.files[0]?.problem).toEqual(expect.any(String));
    expect(json.summary).toMatchObject({ title: 0, published: 0, date: 0, organizations: 0, topics: 0 });
  });

  it('notes a release without gold and scores the others', async () => {
    const dir = folder({ 'centre.txt': RELEASE, 'centre.gold.yaml': gold('x'), 'stray.txt': RELEASE });
    const { status, stdout, stderr } = await run(dir);
    expect(status).toBe(0);
    expect(stdout).toContain('1 files scored');
    expect(stderr).toBe(`kcc-parse: warning: ${join(dir, 'stray.txt')} has no stray.gold.yaml beside it; not scored\n`);
  });

  it.each([
    ['a folder without pairs', () => folder({ 'a.txt': RELEASE }), /no NAME\.txt \+ NAME\.gold\.yaml pairs to score/],
    ['a folder that does not exist', () => join(tmpdir(), 'kcc-eval-none', 'x'), /cannot read the folder: no such file or folder/],
    ['malformed gold', () => folder({ 'a.txt': RELEASE, 'a.gold.yaml': 'title: x\n' }), /a\.gold\.yaml: malformed gold: missing key "published"/],
  ])('refuses %s with exit 2', async (_, make, problem) => {
    const { status, stdout, stderr } = await run(make());
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(problem);
  });

  it('scores the same pairs when copied elsewhere (paths do not matter)', async () => {
    const dir = folder({});
    for (const name of ['fines.txt', 'fines.gold.yaml']) copyFileSync(join(FIXTURES, name), join(dir, name));
    const here = JSON.parse((await run(dir, { json: true })).stdout) as { files: Array<{ summary: unknown }> };
    const there = JSON.parse((await run(FIXTURES, { json: true })).stdout) as { files: Array<{ summary: unknown }> };
    expect(here.files[0]?.summary).toEqual(there.files[0]?.summary);
  });
});

/** The shared corpus of real releases is measured where present, never copied; without it this skips. */
const CORPUS = '../shared/corpus';
const present = existsSync(CORPUS);
if (!present) console.warn(`skipped: ${CORPUS} is absent, so eval did not run on the real releases`);

describe.skipIf(!present)('runEval on ../shared/corpus', () => {
  it('scores every pair without a failed parse', async () => {
    const { status, stdout } = await run(CORPUS, { json: true });
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { summary: Record<string, number>; files: Array<{ problem: string | null }> };
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.files.filter((file) => file.problem !== null)).toEqual([]);
    expect(Object.keys(report.summary)).toEqual([...FIELDS]);
  });
});
