// Bundles for speed (run by `npm run build` after tsc):
// - dist/parse-worker.cjs: the worker thread of parallel batches as one file, which loads about
//   three times faster than the module graph of dist/;
// - dist/kcc-parse.blob: a V8 start-up snapshot of the CLI, so that `kcc-parse` starts from a warm
//   heap instead of loading and initialising its modules (compromise alone takes ~0.5 s). A snapshot
//   is tied to the Node.js binary that built it, so it is built at install time, stamped with the
//   Node.js version; bin/kcc-parse falls back to the plain build when it does not fit.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

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
execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(dist, 'kcc-parse.snapshot.cjs')], {
  stdio: ['ignore', 'inherit', 'pipe'],
});
writeFileSync(stamp, process.version);
