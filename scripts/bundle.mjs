// Bundles for speed (run by `npm run build` after tsc):
// - dist/parse-worker.cjs: the worker thread of parallel batches as one file, which loads about
//   three times faster than the module graph of dist/;
// - dist/kcc-parse.blob: a V8 start-up snapshot of the CLI, so that `kcc-parse` starts from a warm
//   heap instead of loading and initialising its modules (compromise alone takes ~0.5 s). A snapshot
//   is tied to the Node.js binary that built it, so it is built at install time, stamped with the
//   Node.js version; bin/kcc-parse falls back to the plain build when it does not fit.
import { execFileSync } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * V8 flags of the snapshot: a snapshot only loads under the V8 flags it was built with, so
 * bin/kcc-parse passes the same ones (and the stamp records them, so that a mismatch falls back to
 * the plain build instead of failing).
 * V8 first compiles a regex to bytecode and interprets it, compiling native code only once it has
 * run a few times; a snapshot keeps neither. Interpreting the large /iu date patterns over one
 * release costs more than compiling them to native code at once (27 + 54 ms against 25 + 29 ms for
 * the patterns of one release), so they are compiled natively at once: cold start about 60 ms
 * faster (median of 31 runs), batches no slower.
 * Rehashing every hash table of the heap at start-up (so that each run has its own hash seed) costs
 * ~50 ms; without it the seed is the one drawn when this install built its snapshot, unknown
 * outside the machine.
 * The young generation has 16 MB a semi-space from the start, the size V8 grows it to under a
 * batch's allocation rate: a release of real size allocates a few MB, and a young generation of
 * 4 MB or less was collected about twice a release, each time copying the release's live data
 * (1.15 s against 0.46 s of collecting per 1,000 releases; batches 6% faster, median of paired
 * runs). Being full size at once, it does not grow with the batch: peak memory stays flat from
 * 1,000 to 10,000 inputs (npm run bench).
 * A parse process of a batch spends more of its CPU in V8's optimizing compiler than on parsing
 * when left at V8's defaults (perf: escape analysis alone was the largest single cost). It runs for
 * seconds, not hours, so it optimizes only what is hot for longer (interrupt budget 400 KB against
 * 66 KB), inlines less (at most 100 bytes of bytecode into one function, against 920) and skips
 * escape analysis: a batch of 2,000 releases then takes about 30% less time and CPU, a 10 MB input
 * the same (npm run bench, and an A/B of snapshots built with and without them).
 * Most of a parse process's first thousand releases run in Sparkplug's baseline code (perf: 58% of
 * the main thread's time, 32% in optimized code), and V8 compiles that code on the main thread
 * unless told otherwise: compiled in the background instead, a batch of 2,000 single fixtures took
 * 5 to 9% less time (medians of paired runs: 0.910, 0.932, 0.953), one of real size 1% less.
 */
const V8_FLAGS = [
  '--no-regexp-tier-up',
  '--no-rehash-snapshot',
  '--min-semi-space-size=16',
  '--max-semi-space-size=16',
  '--interrupt-budget=400000',
  '--max-inlined-bytecode-size-cumulative=100',
  '--no-turbo-escape',
  '--concurrent-sparkplug',
];

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

/** Bundles sit in dist/, one level below the package, as src/package-root.ts expects. */
const bundle = (entry, outfile) =>
  build({
    entryPoints: [join(root, 'src', entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: join(dist, outfile),
    // Less source text to keep in the snapshot's heap and for workers to parse. Identifiers are not
    // minified, so stack traces keep their names without keepNames' run-time cost.
    minifyWhitespace: true,
    minifySyntax: true,
    define: { 'import.meta.url': '__kccModuleUrl' },
    banner: { js: "var __kccModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });

await bundle('cli/parse-worker.ts', 'parse-worker.cjs');
await bundle('cli/snapshot.ts', 'kcc-parse.snapshot.cjs');

const blob = join(dist, 'kcc-parse.blob');
const stamp = `${blob}.node`;
rmSync(blob, { force: true });
rmSync(stamp, { force: true });
execFileSync(process.execPath, [...V8_FLAGS, '--snapshot-blob', blob, '--build-snapshot', join(dist, 'kcc-parse.snapshot.cjs')], {
  stdio: ['ignore', 'inherit', 'pipe'],
});
// Line 1: what the snapshot needs. Line 2: this Node.js binary as bin/kcc-parse sees it with
// `stat -L -c '%d %i %s %Z'` (device, inode, size, change time): while the binary on the PATH is
// this very file, it need not be started to ask its version (~8 ms of each run).
const binary = statSync(process.execPath);
const identity = [binary.dev, binary.ino, binary.size, Math.floor(binary.ctimeMs / 1000)].join(' ');
writeFileSync(stamp, `${[process.version, ...V8_FLAGS].join(' ')}\n${identity}\n`);
