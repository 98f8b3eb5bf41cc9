/**
 * Issue 8: whatever the input, the pipeline returns a valid record or a clean error, never throws,
 * every offset slices the input to its text, and the same input gives byte-identical output; and
 * untrusted text cannot bend the YAML, JSON or NDJSON a record is written as.
 *
 * Seeds are fixed, so every run tries the same cases; a failure prints the shrunk counterexample.
 * Run counts are sized so the file takes a few seconds on 2 cores.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { EMITTERS, FORMATS, recordToYaml } from '../src/emit/formats.js';
import { decodeBytes } from '../src/io/decode.js';
import { parseBytes, parseText, type ParseOptions } from '../src/pipeline/parse.js';
import { OutDir } from '../src/io/out-dir.js';
import type { KccRecord, Source } from '../src/record/types.js';
import { schemaProblems } from '../src/record/validate.js';
import { loadRules } from '../src/rules/load.js';

const SEED = 20240808;
const OPTIONS: ParseOptions = { path: 'release.txt', referenceDate: '2024-03-01', rules: loadRules() };
const SOURCE: Source = { path: 'release.txt', sha256: '0'.repeat(64), bytes: 0, encoding: 'utf-8' };

// ---------------------------------------------------------------------------------------------
// Arbitraries: text assembled from the pieces KCC releases are made of, plus plain noise.

/** Pieces of real releases and of the web pages and Word files they come from. */
const KCC_PIECES = [
  // the page header, inline, stacked and as a table
  'Title ', 'Title | ', 'Title', 'Date 2023-01-02 Read 5', 'Date 2023-02-30 Read 5', 'Date | 2024-06-05 | Read | 912 |', 'Date', 'Read 17',
  '---|---|---|---|', '| ', ' | ', '||', '|',
  // navigation and footer chrome, English and Korean
  'Home > News & Notice > Press Releases', 'Press Releases', 'Menu', 'Korea Communications Commission', '보도자료', '방송통신위원회',
  '알림마당', '이전글', '다음글 | KCC to review', '목록', 'Attachment: plan.hwp', 'Files (2)', 'Prev | Older release', 'Copyright ⓒ KCC', 'List',
  // Word artifacts and odd white space
  '[bookmark: _GoBack]', '[bookmark: ', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u3000', '\t', '\f', '\v',
  '\r\n', '\r', '\n', '\n\n', '\u2028', '\u0085',
  // people, titles, organizations, places
  'Mr. ', 'Ms. ', 'Dr. ', 'Lee Sang-in', 'Kim Min-ho', 'Kim Hong-il', 'Sarah Fielding', 'Chairperson ', 'Vice Chairperson ', 'Commissioner ',
  'chairperson of the ', ', chief executive of Ofcom', 'Korea Communications Commission (KCC)', '(KCC)', 'KCC', 'KBS', 'MBC', 'Ofcom',
  'Ministry of Science and ICT (MSIT)', 'Korea Internet & Security Agency (KISA)', 'OECD', ' at the Government Complex Seoul',
  ' in Gwacheon', ' in Paris, France', ' via video conference', ' by written meeting',
  // dates, good and impossible
  'Friday, June 9', 'on Tuesday, June 4,', 'Wednesday, March 6', 'March 6', 'Feb. 29', 'February 29, 2023', 'June 31', 'on 9 June 2023',
  'from July 1 to 3', 'by the end of the year', '2023', '2024.06.05', '2023-13-45', 'Monday', 'Sept. 1',
  // topics and sentence glue
  'online platform', 'children', 'disaster broadcasting', 'personal information', 'AI', 'fake news', 'spam calls', 'mobile carriers',
  ' said.', ' held a meeting', ' met ', ' and ', ', ', '. ', '.', ',', ' ', '"', '“', '”', "'", '(', ')', '((', '))', '[', ']',
  // markdown-looking structure
  '-30-', '###', '# ', '1. ', '2) ', '* ', '- ', '> ', '```', '---', '***', '<br>', '<p>', '&nbsp;', '[link](http://x)', '![i](x.png)',
  // HTML of saved web pages
  '</p>', '<td>', '<th scope="row">', '<tr>', '<li>', '<div class="a>b">', '<script>', '</script>', '<head>', '</head>', '<pre>', '</pre>',
  '<!--', '-->', '<!DOCTYPE html>', '&ldquo;', '&rsquo;', '&amp;', '&#8217;', '&#x0;', '&#1114112;', '&bogus;', '<a href="',
  // surrogates, emoji, combining marks
  '\ud800', '\udfff', '\udc00\ud800', '😀', '👨‍👩‍👧', '🇰🇷', 'e\u0301', '한', 'é', '\u202e', '\u0000', '\u001b',
];

const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...KCC_PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const line = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
/** A release-shaped text: lines of KCC pieces joined by one kind of line break. */
const kccText = fc
  .tuple(fc.array(line, { maxLength: 24 }), fc.constantFrom('\n', '\r\n', '\n\n', '\r', ' '))
  .map(([lines, separator]) => lines.join(separator));

/** The bundled fixture inputs that are UTF-8: real layouts to mutate. */
const FIXTURE_TEXTS = readdirSync('fixtures', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => ['input.txt', 'input.md', 'input.html'].map((name) => join('fixtures', entry.name, name)))
  .flatMap((path) => {
    try {
      const decoded = decodeBytes(readFileSync(path));
      return decoded.ok && decoded.encoding.startsWith('utf-8') ? [decoded.text] : [];
    } catch {
      return [];
    }
  });

/** A fixture with pieces inserted and stretches cut at random places. */
const mutatedFixture = fc
  .tuple(
    fc.constantFrom(...FIXTURE_TEXTS),
    fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 30 }), insert: fc.oneof(piece, line) }), { maxLength: 10 }),
  )
  .map(([text, edits]) =>
    edits.reduce((current, { at, cut, insert }) => {
      const position = at % (current.length + 1);
      return current.slice(0, position) + insert + current.slice(position + cut);
    }, text),
  );

/** Any string: release-shaped (also as a saved web page), mutated fixtures, and noise (graphemes, and code units with unpaired surrogates). */
const anyText = fc.oneof(
  { weight: 4, arbitrary: kccText },
  { weight: 1, arbitrary: kccText.map((text) => `<!DOCTYPE html>\n<html><body>${text}`) },
  { weight: 3, arbitrary: mutatedFixture },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
/** Bytes as releases arrive: every encoding the reader knows, cut or damaged, and plain noise. */
const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  kccText.map((text) => Buffer.from(text, 'utf8')),
  kccText.map((text) => Buffer.concat([Buffer.from(BOM_UTF8), Buffer.from(text, 'utf8')])),
  kccText.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
  kccText.map((text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])),
  kccText.map((text) => Buffer.from(text, 'utf16le')),
  kccText.map((text) => iconv.encode(text, 'cp949')),
  kccText.map((text) => iconv.encode(text, 'windows-1252')),
  // cut anywhere, often inside a multi-byte character
  fc.tuple(mutatedFixture, fc.nat()).map(([text, at]) => {
    const bytes = Buffer.from(text, 'utf8');
    return bytes.subarray(0, at % (bytes.length + 1));
  }),
  // a few bytes overwritten
  fc.tuple(kccText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })).map(([text, flips]) => {
    const bytes = Buffer.from(text, 'utf8');
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes;
  }),
);

// ---------------------------------------------------------------------------------------------
// Checks

/** Every span of the record (any object with `text`, `start`, `end`) slices `input` to its text; bare ranges lie inside it. */
function spanProblems(record: unknown, input: string): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${where}/${index}`));
    if (value === null || typeof value !== 'object') return;
    const { start, end, text } = value as { start?: unknown; end?: unknown; text?: unknown };
    if (typeof start === 'number' && typeof end === 'number') {
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) {
        problems.push(`${where}: range ${start}-${end} outside 0-${input.length}`);
      } else if (typeof text === 'string' && input.slice(start, end) !== text) {
        problems.push(`${where}: ${start}-${end} slices to ${JSON.stringify(input.slice(start, end))}, not ${JSON.stringify(text)}`);
      }
    } else if ((start === null) !== (end === null)) {
      problems.push(`${where}: only one of start and end is null`);
    }
    for (const [key, child] of Object.entries(value)) visit(child, `${where}/${key}`);
  };
  visit(record, '');
  return problems;
}

/** A record is fine when it fits the schema and its spans; the list says what is wrong. */
function recordProblems(record: KccRecord, input: string): string[] {
  return [...schemaProblems(record), ...spanProblems(record, input)];
}

/** The record written in every format, as one string: what "byte-identical output" compares. */
function emitAll(record: KccRecord): string {
  return FORMATS.map((format) => EMITTERS[format].open(1) + EMITTERS[format].record(record, 1) + EMITTERS[format].close(1, 1)).join('\u0000');
}

/** A clean error: one short line for a person, not a stack trace, not our own contract failing. */
function expectCleanProblem(problem: string): void {
  expect(problem).not.toMatch(/^internal error/);
  expect(problem).toMatch(/^\S[^\n]*$/);
  expect(problem.length).toBeLessThan(200);
}

// ---------------------------------------------------------------------------------------------

describe('the pipeline on any input', () => {
  it('parseText: any string gives a valid record whose offsets slice the input, and never throws', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const record = parseText(input, SOURCE, OPTIONS);
        expect(recordProblems(record, input)).toEqual([]);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('parseBytes: any bytes give a valid record or a clean one-line error, and never throw', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const outcome = parseBytes(bytes, OPTIONS);
        if (!outcome.ok) return expectCleanProblem(outcome.problem);
        const decoded = decodeBytes(bytes);
        if (!decoded.ok) throw new Error(`parsed, yet the bytes do not decode: ${decoded.problem}`);
        expect(recordProblems(outcome.record, decoded.text)).toEqual([]);
        expect(outcome.record.source).toMatchObject({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('the same input gives byte-identical output, whatever was parsed before it', () => {
    fc.assert(
      fc.property(anyText, anyText, (input, other) => {
        const first = emitAll(parseText(input, SOURCE, OPTIONS));
        parseText(other, SOURCE, OPTIONS);
        expect(emitAll(parseText(input, SOURCE, OPTIONS))).toBe(first);
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('the same bytes give byte-identical output', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const once = parseBytes(bytes, OPTIONS);
        const twice = parseBytes(Uint8Array.from(bytes), OPTIONS);
        expect(twice.ok).toBe(once.ok);
        if (once.ok && twice.ok) expect(emitAll(twice.record)).toBe(emitAll(once.record));
        if (!once.ok && !twice.ok) expect(twice.problem).toBe(once.problem);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Output that untrusted text cannot bend

/** Strings that mean something else to a YAML reader, or break a line, a document or a JSON line. */
const HOSTILE = [
  ': ', 'a: b', 'key:value', '#', ' # comment', 'a #b', '---', '--- x', '...', '*anchor', '&anchor x', '!!tag', '!!str 1', '!local', '%YAML 1.1',
  '%TAG ! tag:x,2000:', '\n', '\r\n', '\r', '\t', '\n---\n', 'a\n...\nb', 'x\n# c', ' lead', 'trail ', '  ', '',
  'yes', 'no', 'Yes', 'NO', 'on', 'Off', 'y', 'n', 'true', 'False', 'null', 'Null', '~', '2023-06-09', '2023-06-09T10:00:00Z',
  '2023-6-9', '12:30', '1:20:30', '190:20:30', '0o17', '0O17', '0x1F', '0b101', '0777', '1_000', '1e3', '-1', '+1', '-0', '.5', '0.',
  '.inf', '-.Inf', '.nan', '<<', '=', '- item', '? key', '|', '|-', '>', '>+', '"', "'", '"quoted"', "'single'", '`', '@', '%', '{a: 1}', '[1, 2]',
  '\\', '\\n', '\u0085', '\u2028', '\u2029', '\ufeff', '\u00a0', '\u200b', '\u0000', '\u0007', '\u001b', '\u007f', '\ud800', '\udfff',
  '😀', '한국', 'é', '{{ x }}', '${x}', '</script>', '\u202e',
];
const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const offset = fc.nat({ max: 10_000_000 });
const span = fc.record({ text: hostileString, start: offset, end: offset });
const nullable = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { nil: null });
const withRule = <T extends object>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arbitrary, fc.option(hostileString, { nil: undefined })).map(([value, rule]) => (rule === undefined ? value : { ...value, rule }));

/** Records whose every string is hostile: the emitters must not care what the strings hold. */
const hostileRecord: fc.Arbitrary<KccRecord> = fc.record({
  schema: fc.constant('kcc-parse/record@1'),
  source: fc.record({ path: hostileString, sha256: hostileString, bytes: offset, encoding: hostileString }),
  title: nullable(hostileString),
  subtitles: fc.array(hostileString, { maxLength: 3 }),
  published: nullable(hostileString),
  date: nullable(hostileString),
  dates: fc.array(
    withRule(
      fc.record(
        {
          value: hostileString,
          text: hostileString,
          start: offset,
          end: offset,
          role: fc.constantFrom('published', 'event', 'effective', 'deadline', 'period', 'other' as const),
          inferred: fc.record({ candidates: fc.array(fc.integer({ min: 1900, max: 2100 }), { maxLength: 3 }), reason: hostileString, explanation: hostileString }),
        },
        { requiredKeys: ['value', 'text', 'start', 'end', 'role'] },
      ),
    ),
    { maxLength: 2 },
  ),
  venue: nullable(
    withRule(
      fc.record({
        name: hostileString,
        city: nullable(hostileString),
        country: nullable(hostileString),
        mode: nullable(fc.constantFrom('in-person', 'online', 'written' as const)),
        text: hostileString,
        start: offset,
        end: offset,
      }),
    ),
  ),
  officials: fc.array(
    withRule(fc.record({ name: hostileString, title: nullable(hostileString), organization: nullable(hostileString), mentions: fc.array(span, { maxLength: 2 }) })),
    { maxLength: 2 },
  ),
  organizations: fc.array(
    withRule(
      fc.record({
        name: hostileString,
        acronym: nullable(hostileString),
        aliases: fc.array(hostileString, { maxLength: 2 }),
        kind: fc.constantFrom('regulator', 'ministry', 'broadcaster', 'other' as const),
        country: nullable(hostileString),
        mentions: fc.array(span, { maxLength: 2 }),
      }),
    ),
    { maxLength: 2 },
  ),
  topics: fc.array(
    withRule(fc.record({ id: hostileString, label: hostileString, score: fc.double({ min: 0, max: 1, noNaN: true }), evidence: fc.array(span, { maxLength: 2 }) })),
    { maxLength: 2 },
  ),
  paragraphs: fc.array(span, { maxLength: 3 }),
  warnings: fc.array(fc.record({ code: hostileString, message: hostileString, start: nullable(offset), end: nullable(offset) }), { maxLength: 2 }),
});

/** Reads each format back and compares with the records written. */
function expectReadBack(records: KccRecord[]): void {
  const count = records.length;
  const stream = (format: (typeof FORMATS)[number]): string => {
    const emitter = EMITTERS[format];
    return emitter.open(count) + records.map((record) => emitter.record(record, count)).join(emitter.separator) + emitter.close(count, count);
  };

  // YAML: one document, read by a YAML 1.2 reader (the default) and a YAML 1.1 reader
  for (const record of records) {
    const text = recordToYaml(record);
    expect(parseYaml(text)).toEqual(record);
    expect(parseYaml(text, { version: '1.1' })).toEqual(record);
  }
  // YAML: the multi-document stream of a batch
  const documents = parseAllDocuments(stream('yaml'));
  const list = Array.isArray(documents) ? documents : [documents];
  for (const document of list) expect(document.errors).toEqual([]);
  expect(list.map((document) => document.toJS())).toEqual(records);

  // JSON: an object for one input, an array for several
  const json = JSON.parse(stream('json')) as unknown;
  expect(json).toEqual(count === 1 ? records[0] : records);

  // NDJSON: one line per record, each a JSON document
  const lines = stream('ndjson').split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.map((jsonLine) => JSON.parse(jsonLine) as unknown)).toEqual(records);
}

describe('output that untrusted text cannot bend', () => {
  it('a record of hostile strings reads back equal from YAML (1.1 and 1.2 readers), JSON and NDJSON', () => {
    fc.assert(
      fc.property(fc.array(hostileRecord, { minLength: 1, maxLength: 3 }), (records) => expectReadBack(records)),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('records parsed from hostile text, under a hostile path, read back equal', () => {
    const hostileText = fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...KCC_PIECES), fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, hostileString), { minLength: 1, maxLength: 2 }), (inputs) => {
        const records = inputs.map(([text, path]) => parseText(text, { ...SOURCE, path }, OPTIONS));
        expectReadBack(records);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('--out-dir names', () => {
  const segment = fc.oneof(
    fc.constantFrom('..', '.', '', '-', '~', ' ', '..txt', '-.txt', '.txt', 'a.txt', 'A.TXT', 'x.md', 'C:', 'con', 'a\\..\\b', '\u0000', '\n', '😀', '방송'),
    hostileString,
  );
  const inputPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));

  it('every input path, however named, gets a plain file name inside the folder, unique in the batch', () => {
    fc.assert(
      fc.property(fc.array(inputPath, { minLength: 1, maxLength: 8 }), (paths) => {
        const outDir = new OutDir('/tmp/kcc-out', '.yaml');
        const targets = paths.map((path) => outDir.claim(path));
        for (const target of targets) {
          expect(dirname(target)).toBe('/tmp/kcc-out');
          const name = basename(target);
          expect(name).toMatch(/^[^.][^/\\\u0000-\u001f]*\.yaml$/);
          expect(Buffer.byteLength(`.${name}.4194304.tmp`)).toBeLessThanOrEqual(255);
        }
        expect(new Set(targets.map((target) => target.toLowerCase())).size).toBe(targets.length);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
