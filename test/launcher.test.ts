import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/temp-dir.js';

/** The flags bin/kcc-parse passes to a snapshot, as it states them. */
const FLAGS = /^v8_flags="(.*)"$/m.exec(readFileSync('bin/kcc-parse', 'utf8'))?.[1] ?? '';

/**
 * A copy of the launcher beside a dist/ with a blob and the given stamp, and a `node` first on the
 * PATH that logs how it is called (answering --version like v20.0.0) instead of running anything.
 */
function launch(stamp: (node: string) => string | null): string[] {
  const root = tempDir('launcher');
  for (const dir of ['bin', 'dist', 'path']) mkdirSync(join(root, dir));
  copyFileSync('bin/kcc-parse', join(root, 'bin', 'kcc-parse'));
  writeFileSync(join(root, 'dist', 'kcc-parse.blob'), '');
  const node = join(root, 'path', 'node');
  const log = join(root, 'calls');
  writeFileSync(node, `#!/bin/sh\necho "$*" >> "${log}"\nif [ "$1" = --version ]; then echo v20.0.0; fi\n`);
  chmodSync(node, 0o755);
  const text = stamp(node);
  if (text !== null) writeFileSync(join(root, 'dist', 'kcc-parse.blob.node'), text);
  const run = spawnSync(join(root, 'bin', 'kcc-parse'), ['release.txt'], { encoding: 'utf8', env: { ...process.env, PATH: `${join(root, 'path')}:${process.env.PATH}` } });
  expect(run.status).toBe(0);
  return readFileSync(log, 'utf8').trimEnd().split('\n').map((call) => call.replaceAll(root, '<root>'));
}

const identity = (file: string): string => {
  const stat = statSync(file);
  return [stat.dev, stat.ino, stat.size, Math.floor(stat.ctimeMs / 1000)].join(' ');
};
const SNAPSHOT = `${FLAGS} --snapshot-blob <root>/bin/../dist/kcc-parse.blob -- release.txt`;
const PLAIN = '<root>/bin/kcc-parse.js release.txt';

describe('bin/kcc-parse, the launcher', () => {
  it.each<[string, (node: string) => string | null, string[]]>([
    ['built by this very Node.js binary: the snapshot, without asking the version', (node) => `v20.0.0 ${FLAGS}\n${identity(node)}\n`, [SNAPSHOT]],
    ['built by another binary of the same version: the snapshot, after asking', () => `v20.0.0 ${FLAGS}\n1 2 3 4\n`, ['--version', SNAPSHOT]],
    ['a stamp without the binary (an older build): the snapshot, after asking', () => `v20.0.0 ${FLAGS}`, ['--version', SNAPSHOT]],
    ['built by another version: the plain build', () => `v18.0.0 ${FLAGS}\n1 2 3 4\n`, ['--version', PLAIN]],
    ['built under other V8 flags: the plain build, without asking', (node) => `v20.0.0 --other-flag\n${identity(node)}\n`, [PLAIN]],
    ['no stamp: the plain build', () => null, [PLAIN]],
  ])('%s', (_case, stamp, calls) => {
    expect(launch(stamp)).toEqual(calls);
  });

  const STAMP = 'dist/kcc-parse.blob.node';
  it.skipIf(!existsSync(STAMP))('finds in the stamp of the build the Node.js binary that ran it, as stat prints it', () => {
    const stat = spawnSync('stat', ['-L', '-c', '%d %i %s %Z', process.execPath], { encoding: 'utf8' });
    expect(readFileSync(STAMP, 'utf8').split('\n')[1]).toBe(stat.stdout.trim());
  });
});
