import { describe, expect, it } from 'vitest';
import { assembleRecord } from '../src/record/assemble.js';
import type { KccRecord } from '../src/record/types.js';
import { offsetProblems, recordSchemaText, schemaProblems } from '../src/record/validate.js';

const INPUT = 'Title KCC fines three carriers\nDate 2023-09-14 Read 5\nKim Hong-il, chairman of the KCC, said the fines were due.\n';
const at = (text: string): { text: string; start: number; end: number } => {
  const start = INPUT.indexOf(text);
  if (start < 0) throw new Error(`not in the input: ${text}`);
  return { text, start, end: start + text.length };
};

function minimal(): KccRecord {
  return assembleRecord({
    source: { path: 'release.txt', sha256: '0'.repeat(64), bytes: INPUT.length, encoding: 'utf-8' },
    title: null,
    subtitles: [],
    published: null,
    date: null,
    dates: [],
    venue: null,
    officials: [],
    organizations: [],
    topics: [],
    paragraphs: [],
    warnings: [],
  });
}

function full(): KccRecord {
  return assembleRecord({
    source: { path: '-', sha256: 'ab'.repeat(32), bytes: INPUT.length, encoding: 'utf-8' },
    title: 'KCC fines three carriers',
    subtitles: ['Fines of 2.1 billion won'],
    published: '2023-09-14',
    date: '2023-09-14',
    dates: [{ value: '2023-09-14', ...at('2023-09-14'), role: 'published', rule: 'date-line' }],
    venue: null,
    officials: [{ name: 'Kim Hong-il', title: 'chairman', organization: 'Korea Communications Commission', mentions: [at('Kim Hong-il')] }],
    organizations: [
      { name: 'Korea Communications Commission', acronym: 'KCC', aliases: ['KCC'], kind: 'regulator', country: 'South Korea', mentions: [at('KCC')] },
    ],
    topics: [{ id: 'telecom-competition', label: 'Telecom competition', score: 0.8, evidence: [at('fines')] }],
    paragraphs: [at('Kim Hong-il, chairman of the KCC, said the fines were due.')],
    warnings: [{ code: 'year-unknown', message: 'no year', start: null, end: null }],
  });
}

describe('schemaProblems: valid records', () => {
  it.each([
    ['a minimal record', minimal],
    ['a record with every field', full],
  ])('%s passes', (_, make) => {
    expect(schemaProblems(make())).toEqual([]);
  });

  it('a record with its keys in another order still validates (order is the emitters’ concern)', () => {
    const reversed = Object.fromEntries(Object.entries(full()).reverse()) as unknown as KccRecord;
    expect(Object.keys(reversed)[0]).toBe('warnings');
    expect(schemaProblems(reversed)).toEqual([]);
  });

  it('the schema shipped is the one validated against', () => {
    expect(JSON.parse(recordSchemaText())).toMatchObject({ properties: { schema: { const: 'kcc-parse/record@1' } } });
  });
});

describe('schemaProblems: invalid records are reported with the path', () => {
  const broken = (change: (record: Record<string, unknown>) => void): KccRecord => {
    const record = structuredClone(full()) as unknown as Record<string, unknown>;
    change(record);
    return record as unknown as KccRecord;
  };

  it.each([
    ['a missing key', (r: Record<string, unknown>) => delete r.subtitles, '/'],
    ['an extra key', (r: Record<string, unknown>) => (r.summary = 'x'), '/'],
    ['a missing source key', (r: Record<string, unknown>) => delete (r.source as Record<string, unknown>).sha256, '/source'],
    ['an extra key in a span', (r: Record<string, unknown>) => ((r.paragraphs as Record<string, unknown>[])[0]!.kind = 'p'), '/paragraphs/0'],
    ['another schema id', (r: Record<string, unknown>) => (r.schema = 'kcc-parse/record@2'), '/schema'],
    ['a sha256 that is no hash', (r: Record<string, unknown>) => ((r.source as Record<string, unknown>).sha256 = 'abc'), '/source/sha256'],
    ['a published date that is no ISO day', (r: Record<string, unknown>) => (r.published = '2023-9-14'), '/published'],
    ['a date in month 13', (r: Record<string, unknown>) => (r.date = '2023-13-01'), '/date'],
    ['a negative offset', (r: Record<string, unknown>) => ((r.paragraphs as Record<string, unknown>[])[0]!.start = -1), '/paragraphs/0/start'],
    ['a fractional offset', (r: Record<string, unknown>) => ((r.paragraphs as Record<string, unknown>[])[0]!.end = 1.5), '/paragraphs/0/end'],
    ['an unknown date role', (r: Record<string, unknown>) => ((r.dates as Record<string, unknown>[])[0]!.role = 'birthday'), '/dates/0/role'],
    ['a title that is a number', (r: Record<string, unknown>) => (r.title = 42), '/title'],
  ])('%s', (_, change, path) => {
    const problems = schemaProblems(broken(change));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((problem) => problem.startsWith(`${path}:`))).toBe(true);
  });
});

describe('offsetProblems', () => {
  it('a record whose spans slice the input has none', () => {
    expect(offsetProblems(full(), INPUT)).toEqual([]);
  });

  it('null offsets (a warning about the whole file) are not checked', () => {
    const record = full();
    record.warnings.push({ code: 'truncated-utf8', message: 'cut', start: null, end: null });
    expect(offsetProblems(record, INPUT)).toEqual([]);
  });

  it.each([
    ['a paragraph one off', (r: KccRecord) => (r.paragraphs[0]!.start += 1), '/paragraphs/0'],
    ['a date with the wrong text', (r: KccRecord) => (r.dates[0]!.text = '2023-09-15'), '/dates/0'],
    ['an official mention past the end', (r: KccRecord) => (r.officials[0]!.mentions[0]!.end = INPUT.length + 5), '/officials/0/mentions/0'],
    ['an organization mention shifted', (r: KccRecord) => (r.organizations[0]!.mentions[0]!.start -= 1), '/organizations/0/mentions/0'],
    ['topic evidence at another place', (r: KccRecord) => Object.assign(r.topics[0]!.evidence[0]!, { start: 0, end: 5 }), '/topics/0/evidence/0'],
    ['a venue that is not in the input', (r: KccRecord) => (r.venue = { name: 'COEX', city: 'Seoul', country: 'South Korea', mode: 'in-person', text: 'COEX', start: 0, end: 4 }), '/venue'],
  ])('%s is reported', (_, change, where) => {
    const record = full();
    change(record);
    const problems = offsetProblems(record, INPUT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${where}: offsets \\d+-\\d+ do not slice to its text$`));
  });

  it('offsets are UTF-16 code units: a span after an emoji counts it as two', () => {
    const input = 'KCC 😀 fines';
    const record = minimal();
    record.paragraphs.push({ text: 'fines', start: 7, end: 12 });
    expect(offsetProblems(record, input)).toEqual([]);
    record.paragraphs[0] = { text: 'fines', start: 6, end: 11 };
    expect(offsetProblems(record, input)).toHaveLength(1);
  });
});
