import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold, type Gold } from '../src/eval/gold.js';
import { FIELDS, f1, foldName, foldWords, precision, recall, scoreRecord, sumCounts, summarize, type Field } from '../src/eval/score.js';
import { SCHEMA_ID, type KccRecord, type Official, type Organization } from '../src/record/types.js';

const official = (name: string, title: string | null, organization: string | null): Official => ({ name, title, organization, mentions: [] });

const organization = (name: string, acronym: string | null = null, aliases: string[] = []): Organization => ({
  name,
  acronym,
  aliases,
  kind: 'other',
  country: null,
  mentions: [],
});

const venue = (name: string): KccRecord['venue'] => ({ name, city: null, country: null, mode: null, text: name, start: 0, end: name.length });

const topic = (id: string): KccRecord['topics'][number] => ({ id, label: id, score: 1, evidence: [] });

/** A composed release's gold, and below the record that gets all of it right. */
const GOLD: Gold = {
  title: 'KCC fines two carriers for “unfair” contracts',
  published: '2023-03-08',
  date: '2023-03-07',
  venue: ['Press Center in Seoul', 'Press Center'],
  venueOptional: ['Korea Press Foundation'],
  officials: [
    { names: ['Han Sang-hyuk'], titles: ['chairman'], organizations: ['Korea Communications Commission'] },
    { names: ['Lee Won-woo'], titles: ['professor', 'chairperson'], organizations: ['Seoul National University'] },
  ],
  officialsOptional: [['Yoon Suk Yeol', 'Yoon']],
  organizations: [
    ['Korea Communications Commission', 'KCC'],
    ['LG Uplus', 'LGU+', 'LG U+'],
  ],
  organizationsOptional: [['Facebook']],
  topics: ['enforcement', 'telecom-market'],
  topicsOptional: ['user-protection'],
};

function perfect(): KccRecord {
  return {
    schema: SCHEMA_ID,
    source: { path: 'fines.txt', sha256: '', bytes: 0, encoding: 'utf-8' },
    title: 'KCC fines two carriers for "unfair" contracts',
    subtitles: [],
    published: '2023-03-08',
    date: '2023-03-07',
    dates: [],
    venue: venue('Press Center'),
    officials: [official('Han Sang-hyuk', 'chairman', 'Korea Communications Commission'), official('Lee Won-woo', 'professor', 'Seoul National University')],
    organizations: [organization('Korea Communications Commission', 'KCC'), organization('LG Uplus')],
    topics: [topic('enforcement'), topic('telecom-market')],
    paragraphs: [],
    warnings: [],
  };
}

const with_ = (change: Partial<KccRecord>): KccRecord => ({ ...perfect(), ...change });

/** The fields whose figure differs from a perfect record's. */
function lowered(record: KccRecord | null, gold: Gold = GOLD): Field[] {
  const summary = summarize(scoreRecord(record, gold).counts);
  return FIELDS.filter((field) => summary[field] !== 1);
}

describe('folding', () => {
  it.each([
    ['Lee Sang-in', 'lee sangin', true],
    ['Lee Sang-In', 'LEE SANG IN', true],
    ['Han Sang-hyuk.', 'Han Sanghyuk', true],
    ['Lee Sang', 'Lee Sang-in', false],
  ])('name %s vs %s: %s', (a, b, same) => {
    expect(foldName(a) === foldName(b)).toBe(same);
  });

  it.each([
    ['vice-chairman', 'Vice Chairman', true],
    ['‘ONLINE HARM 365’ CENTER', 'Online Harm 365 Center', true],
    ['Dr.', 'dr', true],
    ['LGU+', 'LG U+', false],
  ])('words %s vs %s: %s', (a, b, same) => {
    expect(foldWords(a) === foldWords(b)).toBe(same);
  });
});

describe('scoreRecord', () => {
  it('gives a record that is right everywhere 1 on every figure and no misses', () => {
    const { counts, misses } = scoreRecord(perfect(), GOLD);
    expect(misses).toEqual([]);
    expect(Object.values(summarize(counts))).toEqual(FIELDS.map(() => 1));
    expect(counts.officials).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it.each<[string, Partial<KccRecord>, Field[]]>([
    ['a headline with a table bar', { title: '| KCC fines two carriers for "unfair" contracts' }, ['title']],
    ['no headline', { title: null }, ['title']],
    ['another publication day', { published: '2023-03-09' }, ['published']],
    ['the publication day as event day', { date: '2023-03-08' }, ['date']],
    ['a venue gold does not name', { venue: venue('Gwacheon Government Complex') }, ['venue']],
    ['no venue', { venue: null }, ['venue']],
    ['a wrong title for one official', { officials: [official('Han Sang-hyuk', 'commissioner', 'Korea Communications Commission'), official('Lee Won-woo', 'chairperson', 'Seoul National University')] }, ['officialTitle']],
    ['no organization for one official', { officials: [official('Han Sang-hyuk', 'chairman', null), official('Lee Won-woo', 'professor', 'Seoul National University')] }, ['officialOrg']],
    ['a missed official', { officials: [official('Han Sang-hyuk', 'chairman', 'Korea Communications Commission')] }, ['officials']],
    ['an extra organization', { organizations: [...perfect().organizations, organization('Kakao')] }, ['organizations']],
    ['an organization twice', { organizations: [...perfect().organizations, organization('KCC')] }, ['organizations']],
    ['an extra topic', { topics: [...perfect().topics, topic('spam-fraud')] }, ['topics']],
    ['a missed topic', { topics: [topic('enforcement')] }, ['topics']],
  ])('lowers only the figure of the wrong field: %s', (_, change, fields) => {
    expect(lowered(with_(change))).toEqual(fields);
    expect(scoreRecord(with_(change), GOLD).misses.map((miss) => miss.field)).toEqual(expect.arrayContaining(fields));
  });

  it('reports a miss with what it got and what was wanted, naming the official', () => {
    const record = with_({ officials: [official('Han Sang-hyuk', 'chairman', 'KCC'), official('Lee Won-woo', 'chairman', 'Seoul National University')] });
    expect(scoreRecord(record, GOLD).misses).toEqual([
      { field: 'officialOrg', official: 'Han Sang-hyuk', got: 'KCC', wanted: 'Korea Communications Commission' },
      { field: 'officialTitle', official: 'Lee Won-woo', got: 'chairman', wanted: 'professor | chairperson' },
    ]);
  });

  it.each<[string, Partial<KccRecord>]>([
    ['an optional official', { officials: [...perfect().officials, official('Yoon', 'president', null)] }],
    ['an optional organization', { organizations: [...perfect().organizations, organization('Facebook')] }],
    ['an optional topic', { topics: [...perfect().topics, topic('user-protection')] }],
    ['a name variant of another spelling', { officials: [official('Han Sanghyuk', 'Chairman', 'Korea Communications Commission'), official('LEE WON-WOO', 'Chairperson', 'Seoul National University')] }],
    ['an organization found by its alias', { organizations: [organization('Korea Communications Commission'), organization('LG U Plus', null, ['LG U+'])] }],
    ['a venue containing the gold one', { venue: venue('the Press Center in Seoul, Korea') }],
    ['a venue the gold one contains (the README\'s rule, even for a city)', { venue: venue('Seoul') }],
  ])('keeps every figure at 1 with %s', (_, change) => {
    expect(lowered(with_(change))).toEqual([]);
  });

  it.each([
    ['gold names none', [], { tp: 0, fp: 0, fn: 0 }],
    ['gold names another (that one is missed)', GOLD.venue, { tp: 0, fp: 0, fn: 1 }],
  ])('counts an optional venue neither for nor against when %s', (_, accepted, tally) => {
    expect(scoreRecord(with_({ venue: venue('Korea Press Foundation') }), { ...GOLD, venue: accepted }).counts.venue).toEqual(tally);
  });

  it('matches venues on whole words only', () => {
    expect(scoreRecord(with_({ venue: venue('Press Cent') }), GOLD).counts.venue).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('leaves the title unscored when the gold title is null', () => {
    expect(scoreRecord(with_({ title: 'anything' }), { ...GOLD, title: null }).counts.title).toEqual({ correct: 0, total: 0 });
  });

  it('does not count a venue that neither gold nor record has', () => {
    expect(scoreRecord(with_({ venue: null }), { ...GOLD, venue: [] }).counts.venue).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('pairs organizations one to one, as many as possible', () => {
    // The first record organization matches both entries; pairing it greedily with the first would lose the second.
    const gold: Gold = { ...GOLD, organizations: [['Google'], ['YouTube']] };
    const record = with_({ organizations: [organization('Google', null, ['YouTube']), organization('Google LLC', null, ['Google'])] });
    expect(scoreRecord(record, gold).counts.organizations).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts a file that failed to parse as all missed, gold nulls included', () => {
    const { counts } = scoreRecord(null, { ...GOLD, published: null, title: null });
    expect(counts).toMatchObject({
      title: { correct: 0, total: 0 },
      published: { correct: 0, total: 1 },
      date: { correct: 0, total: 1 },
      venue: { tp: 0, fp: 0, fn: 1 },
      officials: { tp: 0, fp: 0, fn: 2 },
      officialTitle: { correct: 0, total: 0 },
      organizations: { tp: 0, fp: 0, fn: 2 },
      topics: { tp: 0, fp: 0, fn: 2 },
    });
  });
});

describe('figures', () => {
  it.each([
    [{ tp: 3, fp: 1, fn: 2 }, 0.75, 0.6, 2 / 3],
    [{ tp: 0, fp: 0, fn: 4 }, 1, 0, 0],
    [{ tp: 0, fp: 2, fn: 0 }, 0, 1, 0],
    [{ tp: 0, fp: 0, fn: 0 }, 1, 1, 1],
  ])('%o: precision %d, recall %d, F1 %d', (tally, p, r, f) => {
    expect([precision(tally), recall(tally), f1(tally)]).toEqual([p, r, expect.closeTo(f, 10)]);
  });

  it('adds the counts of files before dividing (micro average)', () => {
    const one = scoreRecord(with_({ topics: [topic('enforcement')] }), GOLD).counts;
    const other = scoreRecord(with_({ topics: [...perfect().topics, topic('spam-fraud'), topic('ai')] }), GOLD).counts;
    const total = sumCounts([one, other]);
    expect(total.topics).toEqual({ tp: 3, fp: 2, fn: 1 });
    expect(total.published).toEqual({ correct: 2, total: 2 });
    expect(summarize(total).topics).toBeCloseTo(f1({ tp: 3, fp: 2, fn: 1 }), 10);
  });
});

/** The shared corpus is read where present, never copied; without it this check skips. */
const CORPUS = '../shared/corpus';
const present = existsSync(CORPUS);
if (!present) console.warn(`skipped: ${CORPUS} is absent, so the scorer was not tried on its gold files`);

describe.skipIf(!present)('scoring the gold files of ../shared/corpus', () => {
  const names = present ? readdirSync(CORPUS).filter((name) => name.endsWith('.gold.yaml')) : [];

  /** What a perfect parser would emit: the first accepted value of every entry. */
  function recordFrom(gold: Gold): KccRecord {
    return with_({
      title: gold.title,
      published: gold.published,
      date: gold.date,
      venue: gold.venue[0] === undefined ? null : venue(gold.venue[0]),
      officials: gold.officials.map((entry) => official(entry.names[0] ?? '', entry.titles[0] ?? null, entry.organizations[0] ?? null)),
      organizations: gold.organizations.map((aliases) => organization(aliases[0] ?? '')),
      topics: gold.topics.map(topic),
    });
  }

  it.each(names)('%s: a record holding exactly the gold scores 1 everywhere', (name) => {
    const gold = readGold(join(CORPUS, name));
    expect(scoreRecord(recordFrom(gold), gold).misses).toEqual([]);
  });
});
