import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import type { KccRecord } from '../src/record/types.js';
import type { Endpoint, OutcomeMessage } from '../src/cli/parsers.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/temp-dir.js';

const RELEASE = 'fixtures/web-inline-header/input.txt';
const OTHER = 'fixtures/web-stacked-header/input.txt';
/** The package's bin, which starts from the start-up snapshot that the build made. */
const LAUNCHER = join('bin', 'kcc-parse');

describe('formats', () => {
  it('prints one YAML record for one input, and a multi-document stream for several', async () => {
    const one = await runCli([RELEASE]);
    expect((parseYaml(one.stdout) as KccRecord).source.path).toBe(RELEASE);
    const two = await runCli([RELEASE, OTHER]);
    const documents = parseAllDocuments(two.stdout).map((document) => (document.toJS() as KccRecord).source.path);
    expect(documents).toEqual([RELEASE, OTHER]);
  });

  it('prints a JSON object for one input and an array for several', async () => {
    expect((JSON.parse((await runCli([RELEASE, '-f', 'json'])).stdout) as KccRecord).title).toMatch(/fines/);
    const many = JSON.parse((await runCli([RELEASE, OTHER, '--format', 'json'])).stdout) as KccRecord[];
    expect(many.map((record) => record.source.path)).toEqual([RELEASE, OTHER]);
  });

  it('prints NDJSON lines in input order, skipping failed inputs', async () => {
    const run = await runCli([OTHER, 'fixtures/bad-empty/input.txt', RELEASE, '--format', 'ndjson']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as KccRecord).source.path)).toEqual([OTHER, RELEASE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('fixtures/bad-empty/input.txt: empty file');
  });

  it('gives byte-identical output for the same input', async () => {
    const first = await runCli([RELEASE, OTHER, '--format', 'json']);
    const second = await runCli([RELEASE, OTHER, '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('refuses an unknown format as a usage error', async () => {
    const run = await runCli([RELEASE, '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/xml/);
    expect(run.stdout).toBe('');
  });
});

describe('inputs', () => {
  it('reads standard input for "-" and when no file is named on a pipe', async () => {
    const text = readFileSync(RELEASE);
    for (const args of [['-'], []]) {
      const run = await runCli([...args, '--format', 'json'], { stdin: text, stdinIsTTY: false });
      const record = JSON.parse(run.stdout) as KccRecord;
      expect(record.source.path).toBe('-');
      expect(record.title).toMatch(/fines on three carriers/);
    }
  });

  it('searches a folder for *.txt and *.md in sorted order, recursively', async () => {
    const dir = tempDir('cli');
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'z.md'), readFileSync(OTHER));
    writeFileSync(join(dir, 'a.txt'), readFileSync(RELEASE));
    writeFileSync(join(dir, 'notes.pdf'), 'not a release');
    const run = await runCli([dir, '--format', 'ndjson']);
    const paths = run.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as KccRecord).source.path);
    expect(paths).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'z.md')]);
  });

  it('reports a missing file and goes on with the batch', async () => {
    const run = await runCli(['missing.txt', RELEASE, '--format', 'ndjson']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kcc-parse: error: missing.txt: no such file or folder\nkcc-parse: 1 parsed, 1 failed, 0 with warnings\n');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses an input over --max-bytes', async () => {
    const run = await runCli([RELEASE, '--max-bytes', '100']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/input\.txt: larger than --max-bytes \(100 bytes\)/);
  });
});

describe('--jobs', () => {
  /** 20 inputs, every fourth of them empty: enough for a parallel batch. */
  function batchFolder(): string {
    const dir = tempDir('cli');
    const sources = [RELEASE, OTHER, 'fixtures/markdown/input.md', 'fixtures/bad-empty/input.txt'];
    for (let index = 0; index < 20; index++) {
      writeFileSync(join(dir, `r${String(index).padStart(2, '0')}.txt`), readFileSync(sources[index % sources.length]!));
    }
    return dir;
  }

  it('gives the same output in the same order with worker threads as in one thread', async () => {
    const dir = batchFolder();
    const threaded = await runCli([dir, '--format', 'ndjson', '--jobs', '2']);
    const single = await runCli([dir, '--format', 'ndjson', '--jobs', '1']);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.status).toBe(1);
    expect(threaded.stdout.trimEnd().split('\n')).toHaveLength(15);
  });

  it.skipIf(!existsSync(LAUNCHER))('gives the same output with child processes of the snapshot launcher as in one thread', () => {
    const dir = batchFolder();
    const launch = (jobs: string) => spawnSync(LAUNCHER, [dir, '--format', 'ndjson', '--jobs', jobs, '--reference-date', '2024-01-01'], { encoding: 'utf8' });
    const [parallel, single] = [launch('2'), launch('1')];
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
    expect(parallel.status).toBe(1);
    expect(parallel.stdout.trimEnd().split('\n')).toHaveLength(15);
  });

  it.skipIf(!existsSync(LAUNCHER))('the snapshot launcher and its parse processes do not load the certificates of NODE_EXTRA_CA_CERTS', () => {
    // Node.js warns when it cannot load them: no warning means the launcher dropped the variable.
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(tempDir('cli'), 'missing.pem') };
    const run = spawnSync(LAUNCHER, [batchFolder(), '--format', 'ndjson', '--jobs', '2', '--quiet'], { encoding: 'utf8', env });
    expect(run.stderr).not.toMatch(/extra certs/);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(15);
  });

  /** Another parser that answers every task at once, failing it with `problem`, or dies at its first task. */
  function fakeParser(behaviour: { answer: string } | 'dies'): { start: () => Endpoint; given: string[] } {
    const given: string[] = [];
    const start = (): Endpoint => {
      let answer: (message: OutcomeMessage) => void = () => undefined;
      let fail: (error: Error) => void = () => undefined;
      return {
        post: ({ id, task }) => {
          given.push(task.path);
          setImmediate(() => (behaviour === 'dies' ? fail(new Error('parse process ended (SIGKILL)')) : answer({ id, outcome: { ok: false, problem: behaviour.answer } })));
        },
        onMessage: (listener) => void (answer = listener),
        onFailure: (listener) => void (fail = listener),
        close: async () => undefined,
      };
    };
    return { start, given };
  }

  const recordPaths = (stdout: string): string[] => stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as KccRecord).source.path);

  it('parses in this thread what the other parsers have no room for, and writes every input in input order', async () => {
    const dir = batchFolder();
    const other = fakeParser({ answer: 'parsed elsewhere' });
    const run = await runCli([dir, '--format', 'ndjson', '--jobs', '2'], { parseEndpoint: other.start });
    const elsewhere = [...run.stderr.matchAll(/: (\S+): parsed elsewhere/g)].map((match) => match[1]!);
    expect(elsewhere).toEqual(other.given);
    expect(elsewhere.length).toBeGreaterThan(0);
    const parsedHere = recordPaths(run.stdout);
    expect(parsedHere.length).toBeGreaterThan(0);
    expect(parsedHere).toEqual([...parsedHere].sort());
    expect(parsedHere.filter((path) => elsewhere.includes(path))).toEqual([]);
  });

  it('fails only the inputs a dead parse process held; this thread parses the rest', async () => {
    const dir = batchFolder();
    const other = fakeParser('dies');
    const run = await runCli([dir, '--format', 'ndjson', '--jobs', '2'], { parseEndpoint: other.start });
    const lost = [...run.stderr.matchAll(/: (\S+): internal error, record not emitted: parse process ended/g)].map((match) => match[1]!);
    expect(lost).toEqual(other.given);
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.length).toBeLessThanOrEqual(4);
    // 20 inputs, 5 of them empty: each release that was not lost has its record.
    const empty = readFileSync('fixtures/bad-empty/input.txt');
    const lostReleases = lost.filter((path) => !readFileSync(path).equals(empty));
    expect(recordPaths(run.stdout)).toHaveLength(15 - lostReleases.length);
    expect(run.status).toBe(1);
  });

  it('refuses a --jobs that is no positive whole number', async () => {
    expect((await runCli([RELEASE, '--jobs', '0'])).status).toBe(2);
  });
});

describe('--out-dir', () => {
  it('writes one file per input, named after it, without overwriting same names from other folders', async () => {
    const out = join(tempDir('cli'), 'records');
    const dir = tempDir('cli');
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x', 'release.txt'), readFileSync(RELEASE));
    writeFileSync(join(dir, 'y', 'release.txt'), readFileSync(OTHER));
    const run = await runCli([join(dir, 'x', 'release.txt'), join(dir, 'y', 'release.txt'), '--out-dir', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['release-2.yaml', 'release.yaml']);
    expect((parseYaml(readFileSync(join(out, 'release-2.yaml'), 'utf8')) as KccRecord).source.path).toBe(join(dir, 'y', 'release.txt'));
  });

  it('names JSON outputs .json', async () => {
    const out = tempDir('cli');
    await runCli([RELEASE, '--out-dir', out, '--format', 'ndjson']);
    expect(readdirSync(out)).toEqual(['input.json']);
  });
});

describe('help, version, schema', () => {
  it('prints help with worked examples', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('--format ndjson');
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout.trim()).toBe(version);
  });

  it('prints the JSON Schema', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout) as { $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('diagnostics', () => {
  it('colours errors only when asked or on a terminal, never with NO_COLOR', async () => {
    const args = ['missing.txt'];
    expect((await runCli([...args, '--color'])).stderr).toContain('\u001b[');
    expect((await runCli(args, { stderrIsTTY: true })).stderr).toContain('\u001b[');
    expect((await runCli(args, { stderrIsTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toContain('\u001b[');
    expect((await runCli(args)).stderr).not.toContain('\u001b[');
  });

  it('prints warnings unless --quiet', async () => {
    const input = 'fixtures/truncated-utf8/input.txt';
    expect((await runCli([input])).stderr).toContain('[truncated-utf8]');
    expect((await runCli([input, '--quiet'])).stderr).toBe('');
  });

  it('ends a batch with one summary line, not with --quiet nor for a single input', async () => {
    const batch = [RELEASE, 'fixtures/truncated-utf8/input.txt', 'fixtures/bad-empty/input.txt'];
    expect((await runCli(batch)).stderr.trimEnd().split('\n').at(-1)).toBe('kcc-parse: 2 parsed, 1 failed, 1 with warnings');
    expect((await runCli([...batch, '--quiet'])).stderr).not.toContain('parsed');
    expect((await runCli([RELEASE])).stderr).toBe('');
  });

  it('shows progress only on a terminal, after a second, and not with --quiet', async () => {
    const slowClock = (): (() => number) => {
      let now = 0;
      return () => (now += 700);
    };
    const inputs = [RELEASE, OTHER, RELEASE, OTHER];
    const shown = await runCli(inputs, { stderrIsTTY: true, clock: slowClock() });
    expect(shown.stderr).toMatch(/\r\u001b\[2K\d\/4 files, [\d.]+\/s, \d+s left/);
    expect((await runCli(inputs, { stderrIsTTY: false, clock: slowClock() })).stderr).not.toContain('files,');
    expect((await runCli([...inputs, '-q'], { stderrIsTTY: true, clock: slowClock() })).stderr).toBe('');
    expect((await runCli(inputs, { stderrIsTTY: true })).stderr).not.toContain('files,');
  });

  it('stops at an interrupt and exits 130', async () => {
    const interrupt = new AbortController();
    interrupt.abort();
    const run = await runCli([RELEASE], { signal: interrupt.signal });
    expect(run.status).toBe(130);
  });
});
