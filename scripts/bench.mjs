// npm run bench: cold start, batch throughput against compromise, peak memory, scaling and
// adversarial inputs, each with its target, in one run. Needs a build (npm run bench does it).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
// The package's bin: the start-up snapshot launcher (falls back to bin/kcc-parse.js).
const BIN = join(ROOT, 'bin/kcc-parse');
const work = mkdtempSync(join(tmpdir(), 'kcc-bench-'));

function seconds(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, ...options });
  if (result.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Composed fixtures that parse, made distinct by changing numbers and adding a numbered sentence. */
function fixtureTexts() {
  const texts = [];
  for (const name of readdirSync(join(ROOT, 'fixtures')).sort()) {
    if (name.startsWith('bad-') || name.startsWith('encoding-') || name === 'eval') continue;
    for (const file of ['input.txt', 'input.md']) {
      try {
        texts.push(readFileSync(join(ROOT, 'fixtures', name, file), 'utf8'));
      } catch {}
    }
  }
  return texts;
}

/** The fixtures' sentences of prose (lines of a dozen words or more, no table rows), to lengthen releases with. */
function proseLines(texts) {
  const lines = texts.flatMap((text) => text.split(/\r?\n/)).map((line) => line.replace(/^[#>*\s-]+/, '').trim());
  return [...new Set(lines)].filter((line) => line.split(/\s+/).length >= 12 && !/^(?:Title|Date)\b/.test(line) && !line.startsWith('|'));
}

/**
 * A folder of `count` distinct releases made from the fixtures. `bytes`: the size to grow each to
 * with prose of the other fixtures, from 0.5 to 1.5 times it (0: each fixture as it is).
 */
function generate(count, bytes = 0) {
  const dir = join(work, `corpus-${count}-${bytes}`);
  mkdirSync(dir);
  const texts = fixtureTexts();
  const prose = proseLines(texts);
  // A step through the prose lines that shares no factor with their number visits all of them.
  const step = [13, 11, 7, 17, 19, 23].find((candidate) => prose.length % candidate !== 0) ?? 1;
  let total = 0;
  for (let index = 0; index < count; index++) {
    const base = texts[index % texts.length];
    const size = bytes * (0.5 + ((index * 37) % 101) / 100);
    const added = [];
    for (let pick = 0; pick < prose.length && base.length + added.join('\n\n').length < size; pick++) {
      const line = prose[(index * 7 + pick * step) % prose.length];
      if (!base.includes(line) && !added.includes(line)) added.push(line);
    }
    const body = [base, ...added].join('\n\n').replace(/\b\d{2}\b/g, String(10 + (index % 89)));
    const text = `${body}\nThe Korea Communications Commission (KCC) will review case No. ${index} at its next plenary meeting.\n`;
    writeFileSync(join(dir, `release-${String(index).padStart(5, '0')}.txt`), text);
    total += Buffer.byteLength(text);
  }
  return { dir, count, bytes: total };
}

/** Resident memory (KiB) of a process and all its descendants, from /proc (Linux). */
function treeRss(pid) {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean));
  return children.reduce((sum, child) => sum + treeRss(child), rss);
}

/** Peak of the summed RSS of kcc-parse and its parse processes, sampled every 20 ms. */
async function peakRss(args) {
  const child = spawn(BIN, args, { stdio: 'ignore' });
  let peak = 0;
  const sample = setInterval(() => {
    try {
      peak = Math.max(peak, treeRss(child.pid));
    } catch {} // a process that ended between reading its list and its status
  }, 20);
  const [status] = await once(child, 'exit');
  clearInterval(sample);
  if (status !== 0) throw new Error(`${BIN} ${args.join(' ')}: exit ${status}`);
  return peak / 1024;
}

const rows = [];
const row = (measure, value, target, pass) => rows.push({ measure, value, target, pass: pass ? 'yes' : 'NO' });

// Cold start: one release, whole process, against node doing nothing, runs alternating so that
// both see the same machine. Node.js reads the certificates named by NODE_EXTRA_CA_CERTS before
// any code runs; bin/kcc-parse drops the variable, so node -e 0 is also timed without it.
const one = join(ROOT, 'fixtures/word-artifacts/input.txt');
seconds(BIN, [one]);
const runs = 21;
const caCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined;
const bareEnv = { ...process.env };
delete bareEnv.NODE_EXTRA_CA_CERTS;
const starts = { node: [], bare: [], cli: [] };
for (let run = 0; run < runs; run++) {
  starts.node.push(seconds(process.execPath, ['-e', '0']));
  if (caCerts) starts.bare.push(seconds(process.execPath, ['-e', '0'], { env: bareEnv }));
  starts.cli.push(seconds(BIN, [one]));
}
const [nodeStart, cliStart] = [median(starts.node), median(starts.cli)];
row(`cold start: kcc-parse on one release (median of ${runs})`, `${cliStart.toFixed(3)} s`, '', true);
row(`cold start: node -e 0 (median of ${runs})`, `${nodeStart.toFixed(3)} s`, '', true);
row('cold start ratio', `${(cliStart / nodeStart).toFixed(2)}x`, '<= 2.0x', cliStart / nodeStart <= 2.0);
if (caCerts) {
  const bareStart = median(starts.bare);
  row(`cold start: node -e 0 without NODE_EXTRA_CA_CERTS (median of ${runs})`, `${bareStart.toFixed(3)} s`, '', true);
  row('cold start ratio to node -e 0 without NODE_EXTRA_CA_CERTS', `${(cliStart / bareStart).toFixed(2)}x`, '', true);
}

// Batch throughput against compromise's tagger over the same texts, on two corpora: releases the
// size of real ones (those of ../shared/corpus average 1.9 KB), and the fixtures as they are (0.6
// KB: each is built for one behaviour), where what a release costs whatever its length weighs most.
// The machine's speed drifts by tens of percent within minutes, so kcc-parse runs before and after
// the baseline and the ratio takes the mean of the two.
const RELEASE_BYTES = 1700;
function batchRows(label, corpus, target) {
  const { count } = corpus;
  const run = () => seconds(BIN, [corpus.dir, '--format', 'ndjson', '--quiet']);
  const before = run();
  const baselineTime = seconds(process.execPath, [join(ROOT, 'scripts/compromise-baseline.mjs'), corpus.dir]);
  const after = run();
  const batchTime = (before + after) / 2;
  const each = `${before.toFixed(2)} s before, ${after.toFixed(2)} s after the baseline`;
  row(`batch: ${count.toLocaleString('en')} ${label} (mean ${(corpus.bytes / count / 1000).toFixed(1)} KB), kcc-parse --format ndjson`, `${(count / batchTime).toFixed(0)} releases/s, ${(corpus.bytes / 1e6 / batchTime).toFixed(2)} MB/s (${each})`, '', true);
  row('batch: compromise people/organizations/places, same texts', `${(count / baselineTime).toFixed(0)} releases/s (${baselineTime.toFixed(2)} s)`, '', true);
  const ratio = baselineTime / batchTime;
  row(`batch throughput ratio, ${count.toLocaleString('en')} ${label}`, `${ratio.toFixed(2)}x`, target ? `>= 5x on ${availableParallelism()} cores` : '', !target || ratio >= 5);
}
batchRows('releases of real size', generate(2000, RELEASE_BYTES), true);
batchRows('single fixtures', generate(2000), true);

// Peak memory does not grow with the batch.
const small = generate(1000);
const large = generate(10000);
const rssSmall = await peakRss([small.dir, '--format', 'ndjson', '--quiet']);
const rssLarge = await peakRss([large.dir, '--format', 'ndjson', '--quiet']);
row('peak RSS, 1,000 inputs', `${rssSmall.toFixed(0)} MiB`, '', true);
row('peak RSS, 10,000 inputs', `${rssLarge.toFixed(0)} MiB`, '', true);
row('peak RSS ratio 10,000 / 1,000', `${(rssLarge / rssSmall).toFixed(2)}x`, '<= 1.2x', rssLarge / rssSmall <= 1.2);
// An archive pays each parse process's warm-up once over more releases: the same comparison over
// the 10,000 inputs, for information (the target is the 2,000 above).
batchRows('single fixtures', large, false);

// Scaling with input size: one long release, a headline over the fixtures' prose paragraphs again
// and again. (The fixtures as they are would not do: the first one's footer, an attachment line or
// "List", ends the release, and the rest would be skipped as the page's chrome.)
function bigInput(megabytes) {
  const unit = `${proseLines(fixtureTexts()).join('\n\n')}\n\n`;
  const path = join(work, `big-${megabytes}.txt`);
  const text = `KCC publishes its annual report on broadcasting and communications\n\n${unit.repeat(Math.ceil((megabytes * 1e6) / Buffer.byteLength(unit)))}`;
  writeFileSync(path, text.slice(0, megabytes * 1e6));
  return path;
}
/** Seconds to parse one big input, and how many paragraphs its record holds (all of it was read). */
function bigRun(path, megabytes) {
  const started = process.hrtime.bigint();
  const result = spawnSync(BIN, [path, '--max-bytes', '20000000', '--format', 'ndjson', '--quiet'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const time = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`big input of ${megabytes} MB: ${result.stderr}`);
  return { time, paragraphs: JSON.parse(result.stdout).paragraphs.length };
}
// The machine's speed drifts within minutes: the two sizes are timed by turns, three times each,
// and each size's median is taken, so that drift weighs on both alike.
const bigPaths = { 1: bigInput(1), 10: bigInput(10) };
const bigRuns = { 1: [], 10: [] };
for (let run = 0; run < 3; run++) for (const megabytes of [1, 10]) bigRuns[megabytes].push(bigRun(bigPaths[megabytes], megabytes));
const medianRun = (runs) => ({ time: median(runs.map((run) => run.time)), paragraphs: runs[0].paragraphs });
const oneMb = medianRun(bigRuns[1]);
const tenMb = medianRun(bigRuns[10]);
row('one input of 1 MB (median of 3, by turns with 10 MB)', `${oneMb.time.toFixed(2)} s (${oneMb.paragraphs.toLocaleString('en')} paragraphs)`, '', true);
row('one input of 10 MB (median of 3)', `${tenMb.time.toFixed(2)} s (${tenMb.paragraphs.toLocaleString('en')} paragraphs)`, '', true);
row('10x input size, time ratio', `${(tenMb.time / oneMb.time).toFixed(2)}x`, '<= 11x', tenMb.time / oneMb.time <= 11);

// Adversarial inputs of 100 KB: no super-linear backtracking.
const adversarial = {
  'one word repeated': 'commission '.repeat(9100),
  'parentheses': '('.repeat(100000),
  '"Mr. " repeated': 'Mr. '.repeat(25000),
  'capitalized names': 'Lee Sang-in Kim Hong-il '.repeat(4200),
  'digits and dots': '2023. 6. 9. '.repeat(8300),
  'one long line of a title': `Title ${'KCC '.repeat(25000)}`,
  'one long sentence of places and people': `Title\n\n${'He visited the FCC and met with Anna Hart, Director, '.repeat(1900)}.`,
  'one table row of people': `Title\n\n${'| Kim Min-su, Director '.repeat(4500)}|`,
  'a web page of tags': `<!DOCTYPE html><html><body><p>${'<b>KCC</b> <i>met</i> &amp; '.repeat(3700)}`,
  'a web page of unclosed comments and attributes': `<!DOCTYPE html><html><body>${'<!-- <a title="x '.repeat(6000)}`,
};
for (const [name, text] of Object.entries(adversarial)) {
  const path = join(work, 'adversarial.txt');
  writeFileSync(path, text);
  const time = seconds(BIN, [path, '--format', 'ndjson', '--quiet'], { allowFailure: true }) - cliStart;
  row(`adversarial 100 KB: ${name} (beyond start-up)`, `${Math.max(0, time).toFixed(3)} s`, '< 1 s', time < 1);
}

rmSync(work, { recursive: true, force: true });
const width = Math.max(...rows.map((r) => r.measure.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const r of rows) console.log(`${r.measure.padEnd(width)}  ${r.value.padEnd(valueWidth)}  ${r.target ? `${r.target.padEnd(20)} ${r.pass}` : ''}`);
