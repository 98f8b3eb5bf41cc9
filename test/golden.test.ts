import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { decodeBytes } from '../src/io/decode.js';
import { offsetProblems, schemaProblems } from '../src/record/validate.js';
import type { KccRecord } from '../src/record/types.js';
import { runCli } from './support/cli.js';

/**
 * Each folder of fixtures/ holds one composed input (input.txt, input.md, input.html) and what the CLI prints
 * for it: expected.yaml (stdout) and expected.stderr (exit status, then stderr).
 * UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
 */
const FIXTURES = 'fixtures';
const update = process.env.UPDATE_GOLDEN === '1';

const cases = readdirSync(FIXTURES)
  .sort()
  .flatMap((name) => {
    const input = ['input.txt', 'input.md', 'input.html'].map((file) => join(FIXTURES, name, file)).find((path) => existsSync(path));
    return input ? [{ name, input, dir: join(FIXTURES, name) }] : [];
  });

describe.each(cases)('fixture $name', ({ input, dir }) => {
  it('prints the golden record and diagnostics', async () => {
    const run = await runCli([input, '--reference-date', '2026-01-15']);
    const stderr = `exit: ${run.status}\n${run.stderr}`;
    if (update) {
      writeFileSync(join(dir, 'expected.yaml'), run.stdout);
      writeFileSync(join(dir, 'expected.stderr'), stderr);
    }
    expect(run.stdout).toBe(readFileSync(join(dir, 'expected.yaml'), 'utf8'));
    expect(stderr).toBe(readFileSync(join(dir, 'expected.stderr'), 'utf8'));
  });

  it('emits records that keep the contract, in YAML as in JSON', async () => {
    const yaml = await runCli([input, '--reference-date', '2026-01-15']);
    const json = await runCli([input, '--reference-date', '2026-01-15', '--format', 'json']);
    const records = parseAllDocuments(yaml.stdout).map((document) => document.toJS() as KccRecord);
    if (json.stdout === '') {
      expect(records).toEqual([]);
      return;
    }
    const fromJson = JSON.parse(json.stdout) as KccRecord;
    expect(records).toEqual([fromJson]);
    const decoded = decodeBytes(readFileSync(input));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(schemaProblems(fromJson)).toEqual([]);
    expect(offsetProblems(fromJson, decoded.text)).toEqual([]);
  });
});
