import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { explainRecord } from '../src/explain/explain.js';
import { parseText } from '../src/pipeline/parse.js';
import { loadRules } from '../src/rules/load.js';
import { runCli } from './support/cli.js';

const INPUT = 'Title KCC opens a spam reporting center\nDate 2024-02-01 Read 3\nThe Korea Communications Commission (KCC) opened a spam reporting center on January 31.\n';
const source = { path: 'x.txt', sha256: '0'.repeat(64), bytes: INPUT.length, encoding: 'utf-8' };
const record = parseText(INPUT, source, { path: 'x.txt', referenceDate: '2026-01-15', rules: loadRules() });

describe('explain view', () => {
  it.each([
    ['the headline with its line, column and rule', /title\s+KCC opens a spam reporting center\n\s+line 1, column 7 · rule: page header Title line\n\s+│ Title »KCC opens a spam reporting center«/],
    ['the publication date', /published\s+2024-02-01/],
    ['no venue as a dash', /venue\s+—/],
  ])('shows %s', (_what, pattern) => {
    expect(explainRecord(record, INPUT, new Chalk({ level: 0 }))).toMatch(pattern);
  });

  it.each([
    ['an event of several days, by its first', 'The KCC held a forum from January 29 to 31.', /date\s+2024-01-29 — .*\n.*rule: month-day\+lead-verb\n.*»January 29 to 31«/],
    ['no event: the publication date, though another day equals it', 'The report covers complaints received on February 1.', /date\s+2024-02-01\n\s+the publication date: no event date found/],
  ])('the date of %s', (_what, sentence, pattern) => {
    const input = `Title KCC opens a spam reporting center\nDate 2024-02-01 Read 3\n${sentence}\n`;
    expect(explainRecord(parseText(input, source, { path: 'x', referenceDate: '2026-01-15', rules: loadRules() }), input, new Chalk({ level: 0 }))).toMatch(pattern);
  });

  it('marks evidence with colour when colour is on, with »« when it is off', () => {
    const coloured = explainRecord(record, INPUT, new Chalk({ level: 1 }));
    expect(coloured).toContain('\u001b[');
    expect(coloured).not.toContain('»');
    expect(explainRecord(record, INPUT, new Chalk({ level: 0 }))).not.toContain('\u001b[');
  });

  it('cuts long lines around the evidence', () => {
    const long = `Title ${'word '.repeat(100)}headline\nDate 2024-02-01 Read 3\nBody text of the release.\n`;
    const text = explainRecord(parseText(long, source, { path: 'x', referenceDate: '2026-01-15', rules: loadRules() }), long, new Chalk({ level: 0 }));
    expect(text).toMatch(/│ Title »word/);
  });

  it('is what --explain prints, coloured only on a terminal or with --color', async () => {
    const plain = await runCli(['--explain', 'fixtures/web-inline-header/input.txt']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^file\s+fixtures\/web-inline-header\/input\.txt/);
    expect(plain.stdout).not.toContain('\u001b[');
    expect((await runCli(['--explain', '--color', 'fixtures/web-inline-header/input.txt'])).stdout).toContain('\u001b[');
    expect((await runCli(['--explain', 'fixtures/web-inline-header/input.txt'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
  });
});
