import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { EMITTERS, FORMATS, recordToYaml, type Format } from '../src/emit/formats.js';
import { assembleRecord } from '../src/record/assemble.js';
import type { KccRecord } from '../src/record/types.js';

const HOSTILE = [
  '2023-06-09',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'N',
  'true',
  'null',
  '~',
  '#x',
  'a #b',
  ': ',
  'a: b',
  '---',
  '...',
  '*a',
  '&a',
  '!!str',
  '!tag',
  '0x1F',
  '0o17',
  '017',
  '1e3',
  '.inf',
  '-.NaN',
  '1_000',
  '12:30:00',
  '- item',
  '? key',
  '[a, b]',
  '{a: b}',
  '"quoted"',
  "'single'",
  '%YAML 1.2',
  '@at',
  '`tick',
  '|',
  '>',
  ' leading space',
  'trailing space ',
  'line one\nline two',
  'ends with a newline\n',
  'tab\there',
  'line\u2028separator',
  '',
];

function record(path: string, extra: Partial<Omit<KccRecord, 'schema'>> = {}): KccRecord {
  const input = 'Title KCC fines three carriers\nDate 2023-09-14 Read 5\nThe KCC fined three carriers.\n';
  const start = input.indexOf('The KCC');
  return assembleRecord({
    source: { path, sha256: 'a'.repeat(64), bytes: input.length, encoding: 'utf-8' },
    title: 'KCC fines three carriers',
    subtitles: [],
    published: '2023-09-14',
    date: '2023-09-13',
    dates: [{ value: '2023-09-14', text: '2023-09-14', start: 36, end: 46, role: 'published' }],
    venue: null,
    officials: [],
    organizations: [],
    topics: [],
    paragraphs: [{ text: 'The KCC fined three carriers.', start, end: start + 29 }],
    warnings: [],
    ...extra,
  });
}

const hostileRecord = record('yes', {
  title: '2023-06-09',
  subtitles: HOSTILE,
  paragraphs: HOSTILE.map((text, index) => ({ text, start: index, end: index + text.length })),
  warnings: [{ code: 'no', message: '---\n...\n', start: null, end: null }],
});

/** Everything an emitter writes for a batch, as the CLI would. */
function emit(format: Format, records: KccRecord[]): string {
  const emitter = EMITTERS[format];
  let text = emitter.open(records.length);
  records.forEach((one, index) => (text += (index > 0 ? emitter.separator : '') + emitter.record(one, records.length)));
  return text + emitter.close(records.length, records.length);
}

describe('YAML', () => {
  it('one record is one document without a marker', () => {
    const text = emit('yaml', [record('a.txt')]);
    expect(text.startsWith('schema: kcc-parse/record@1\n')).toBe(true);
    expect(text).not.toMatch(/^---$/m);
    expect(parseYaml(text)).toEqual(record('a.txt'));
  });

  it('several records are a multi-document stream, in input order', () => {
    const records = [record('a.txt'), record('b.txt'), record('c.txt')];
    const text = emit('yaml', records);
    expect(text.match(/^---$/gm)).toHaveLength(3);
    const documents = parseAllDocuments(text);
    expect(Array.isArray(documents) && documents.map((document) => document.toJS())).toEqual(records);
  });

  it('zero records write nothing', () => {
    expect(emit('yaml', [])).toBe('');
  });

  it('keys come in the contract order', () => {
    const keys = [...recordToYaml(record('a.txt')).matchAll(/^(\w+):/gm)].map((match) => match[1]);
    expect(keys).toEqual(['schema', 'source', 'title', 'subtitles', 'published', 'date', 'dates', 'venue', 'officials', 'organizations', 'topics', 'paragraphs', 'warnings']);
  });

  it('dates stay strings: "2023-06-09" is quoted', () => {
    expect(recordToYaml(record('a.txt'))).toMatch(/^published: "2023-09-14"$/m);
  });

  it.each([
    ['YAML 1.2 (default)', {}],
    ['YAML 1.1', { version: '1.1' as const }],
  ])('hostile strings read back unchanged with a %s reader', (_, options) => {
    const text = recordToYaml(hostileRecord);
    expect(parseYaml(text, options)).toEqual(hostileRecord);
  });

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('the string %s reads back as itself', (_, value) => {
    const one = record('a.txt', { title: value });
    expect((parseYaml(recordToYaml(one)) as KccRecord).title).toBe(value);
    expect((parseYaml(recordToYaml(one), { version: '1.1' }) as KccRecord).title).toBe(value);
  });

  it('a long paragraph is not folded', () => {
    const long = `${'The KCC fined three carriers. '.repeat(20)}End.`;
    const text = recordToYaml(record('a.txt', { title: long }));
    expect(text).toContain(`title: ${long}\n`);
  });
});

describe('JSON', () => {
  it('one record is one object', () => {
    const text = emit('json', [record('a.txt')]);
    expect(text.startsWith('{\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(record('a.txt'));
  });

  it.each([
    ['two records', [record('a.txt'), record('b.txt')]],
    ['three records', [record('a.txt'), record('b.txt'), record('c.txt')]],
  ])('%s are an array, in input order', (_, records) => {
    const text = emit('json', records);
    expect(text.startsWith('[\n')).toBe(true);
    expect(text.endsWith('\n]\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(records);
  });

  it('zero records of a batch are an empty array', () => {
    const emitter = EMITTERS.json;
    const text = emitter.open(2) + emitter.close(0, 2);
    expect(JSON.parse(text)).toEqual([]);
  });

  it('a batch where only some records were written is still an array of them', () => {
    const emitter = EMITTERS.json;
    const text = emitter.open(3) + emitter.record(record('a.txt'), 3) + emitter.separator + emitter.record(record('c.txt'), 3) + emitter.close(2, 3);
    expect(JSON.parse(text)).toEqual([record('a.txt'), record('c.txt')]);
  });

  it('hostile strings read back unchanged, and a U+2028 inside a string is not indented', () => {
    const text = emit('json', [hostileRecord, record('b.txt')]);
    expect(JSON.parse(text)).toEqual([hostileRecord, record('b.txt')]);
    expect(text).toContain('line\u2028separator');
  });
});

describe('NDJSON', () => {
  it.each([
    ['zero', 0],
    ['one', 1],
    ['three', 3],
  ])('%s record(s): one line per record', (_, count) => {
    const records = Array.from({ length: count }, (__, index) => record(`${index}.txt`));
    const text = emit('ndjson', records);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(count);
    expect(lines.map((line) => JSON.parse(line) as KccRecord)).toEqual(records);
  });

  it('newlines inside strings stay escaped on the record line', () => {
    const text = emit('ndjson', [hostileRecord]);
    expect(text.split('\n')).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(hostileRecord);
  });
});

describe('every format', () => {
  it.each(FORMATS)('%s is deterministic: the same records give the same bytes', (format) => {
    const a = emit(format, [hostileRecord, record('b.txt')]);
    const b = emit(format, [structuredClone(hostileRecord), record('b.txt')]);
    expect(a).toBe(b);
  });

  it.each(FORMATS)('%s writes source keys in the contract order, whatever order they were built in', (format) => {
    const shuffled = assembleRecord({ ...record('a.txt'), source: { encoding: 'utf-8', bytes: 1, sha256: 'b'.repeat(64), path: 'a.txt' } });
    const keys = [...emit(format, [shuffled]).matchAll(/"?(path|sha256|bytes|encoding)"?:/g)].map((match) => match[1]);
    expect(keys).toEqual(['path', 'sha256', 'bytes', 'encoding']);
  });

  it('extensions', () => {
    expect(Object.fromEntries(FORMATS.map((format) => [format, EMITTERS[format].extension]))).toEqual({ yaml: '.yaml', json: '.json', ndjson: '.json' });
  });
});
