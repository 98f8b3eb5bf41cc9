import { startupSnapshot } from 'node:v8';
import { parseText } from '../pipeline/parse.js';
import { loadRules } from '../rules/load.js';
import { schemaProblems } from '../record/validate.js';
import { PARSE_CHILD_ENV } from './parsers.js';
import { runProcess, serveParses } from './process.js';

/**
 * Entry of the start-up snapshot (scripts/build-snapshot.mjs): everything a run pays for before its
 * first record (modules, compromise's lexicon, the built-in rules, the schema validator) is done
 * once at build time by parsing a composed release, and a run starts from that heap.
 */
const WARM_UP = `Title KCC meets Meta on user protection
Date 2023-06-12 Read 1
Standing Commissioner Lee Sang-in of the Korea Communications Commission (KCC) met Joel Kaplan, vice president of Meta, at the Gwacheon Government Complex on Friday, June 9, to discuss protecting users of artificial intelligence services.
`;

const record = parseText(WARM_UP, { path: 'warm-up', sha256: '0'.repeat(64), bytes: WARM_UP.length, encoding: 'utf-8' }, {
  path: 'warm-up',
  referenceDate: '2026-01-01',
  rules: loadRules(),
});
schemaProblems(record);

startupSnapshot.setDeserializeMainFunction(() => {
  if (process.env[PARSE_CHILD_ENV]) serveParses();
  // Started as `node --snapshot-blob FILE args...`: the arguments follow the executable.
  else void runProcess(process.argv.slice(1), { fromSnapshot: true });
});
