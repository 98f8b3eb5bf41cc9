import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { startupSnapshot } from 'node:v8';
import { FORMATS } from '../emit/formats.js';
import { main } from './main.js';
import { PARSE_CHILD_ENV, parseTask, type Rendering } from './parsers.js';
import { runProcess, serveParses } from './process.js';

/**
 * Entry of the start-up snapshot (scripts/bundle.mjs): everything a run pays for before its first
 * record (modules, compromise's lexicon, the built-in rules, the schema validator) is done once at
 * build time, and a run starts from that heap. The snapshot also keeps the bytecode of every
 * function that has run, so composed releases are parsed and written in each format here: a run
 * then compiles only what these did not reach. It keeps compiled regular expressions too, but V8
 * compiles one for Latin-1 text and again for text beyond it (curly quotes, Korean: nearly every
 * real release), so each composed release is also parsed with the Korean name of the KCC in it.
 */
const WARM_UP = [
  `Title KCC meets Meta on user protection
Date 2023-06-12 Read 1
Standing Commissioner Lee Sang-in of the Korea Communications Commission (KCC) met Joel Kaplan, vice president of Meta, at the Gwacheon Government Complex on Friday, June 9, to discuss protecting users of artificial intelligence services.
`,
  `[bookmark: _GoBack]# KCC to hold a seminar on spectrum policy
- The Ministry of Science and ICT and the KCC will review 5G frequency allocation -

Chairperson Kim Hong-il of the Korea Communications Commission will host a seminar at the Press Center in Seoul on Wednesday, March 6, at 2 p.m., the KCC said on 2024. 2. 28.
The meeting will be held next week, and a report on broadcasting fees and media literacy for children is due in May 2024 (Tue).
`,
];

const beyondLatin1 = (text: string): string => text.replace('Korea Communications Commission', 'Korea Communications Commission (방송통신위원회)');

const RENDERINGS: Rendering[] = [...FORMATS.map((format) => ({ format, count: 2 })), { format: 'yaml', count: 1 }, { format: 'explain', color: 1 }];
for (const [index, text] of [...WARM_UP, ...WARM_UP.map(beyondLatin1)].entries()) {
  const bytes = new TextEncoder().encode(text);
  for (const rendering of RENDERINGS) parseTask({ bytes, path: `warm-up-${index}.txt`, referenceDate: '2026-01-01', ruleFiles: [], rendering });
}

/** The CLI's own path too (options, reading a file, writing its record): a run then compiles none of it. */
async function warmUpCli(): Promise<void> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'kcc-parse-warm-up-'));
  } catch {
    return; // No temporary folder to write to: runs compile that code when they need it, as before.
  }
  try {
    const release = join(dir, 'release.txt');
    writeFileSync(release, WARM_UP[0] ?? '');
    const discard = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });
    for (const format of FORMATS) {
      await main([release, '--format', format], { stdin: Readable.from([]), stdout: discard(), stderr: discard(), env: {}, now: () => new Date(0) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
void warmUpCli();

startupSnapshot.setDeserializeMainFunction(() => {
  if (process.env[PARSE_CHILD_ENV]) serveParses();
  // Started as `node --snapshot-blob FILE args...`: the arguments follow the executable.
  else void runProcess(process.argv.slice(1), { fromSnapshot: true });
});
