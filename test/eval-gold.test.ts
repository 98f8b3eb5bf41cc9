import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldError, parseGold, readGold } from '../src/eval/gold.js';

const MINIMAL = `title: KCC fines two carriers
published: 2023-03-08
date: 2023-03-07
venue: null
officials: []
organizations: []
topics: []
`;

describe('parseGold', () => {
  it('turns every "one or a list of alternatives" into a list', () => {
    const gold = parseGold(
      `title: null
published: null
date: 2023-06-09
venue: Gwacheon Government Complex
venue_optional: [Gwacheon]
officials:
  - name: [Lee Sang-in, Lee Sangin]
    title: standing commissioner
    organization: [Korea Communications Commission, KCC]
officials_optional: [Yoon]
organizations:
  - [Korea Communications Commission, KCC]
  - Meta
organizations_optional:
  - [Facebook]
topics: [ai]
topics_optional: [metaverse]
`,
      'meta.gold.yaml',
    );
    expect(gold).toEqual({
      title: null,
      published: null,
      date: '2023-06-09',
      venue: ['Gwacheon Government Complex'],
      venueOptional: ['Gwacheon'],
      officials: [{ names: ['Lee Sang-in', 'Lee Sangin'], titles: ['standing commissioner'], organizations: ['Korea Communications Commission', 'KCC'] }],
      officialsOptional: [['Yoon']],
      organizations: [['Korea Communications Commission', 'KCC'], ['Meta']],
      organizationsOptional: [['Facebook']],
      topics: ['ai'],
      topicsOptional: ['metaverse'],
    });
  });

  it('reads a null venue and absent optional lists as empty', () => {
    expect(parseGold(MINIMAL, 'x.gold.yaml')).toMatchObject({ venue: [], venueOptional: [], officialsOptional: [], topicsOptional: [] });
  });

  it.each([
    ['not YAML', 'title: [unclosed', 'not YAML'],
    ['not a mapping', '- a list', 'the file: expected a mapping'],
    ['an unknown key', `${MINIMAL}topic_optional: [ai]\n`, 'unknown key "topic_optional"'],
    ['a missing key', MINIMAL.replace('venue: null\n', ''), 'missing key "venue"'],
    ['a day that does not exist', MINIMAL.replace('2023-03-07', '2023-02-30'), 'date: expected a calendar day'],
    ['a day in another shape', MINIMAL.replace('2023-03-08', 'March 8, 2023'), 'published: expected a calendar day'],
    ['an empty title', MINIMAL.replace('KCC fines two carriers', '""'), 'title: expected a non-empty string'],
    ['an empty list of alternatives', MINIMAL.replace('organizations: []', 'organizations:\n  - []'), 'organizations[0]: an empty list accepts nothing'],
    ['an official without a name', MINIMAL.replace('officials: []', 'officials:\n  - title: chairman\n    organization: KCC'), 'officials[0].name: expected a non-empty string'],
    ['an official with an unknown key', MINIMAL.replace('officials: []', 'officials:\n  - name: Han\n    title: chairman\n    organization: KCC\n    role: x'), 'officials[0]: unknown key "role"'],
    ['topics that are no list', MINIMAL.replace('topics: []', 'topics: ai'), 'topics: expected a list'],
  ])('refuses %s, naming the file and the key', (_, source, problem) => {
    expect(() => parseGold(source, 'dir/x.gold.yaml')).toThrow(GoldError);
    expect(() => parseGold(source, 'dir/x.gold.yaml')).toThrow(new RegExp(`^dir/x\\.gold\\.yaml: malformed gold: .*${problem.replace(/[[\]().]/g, '\\$&')}`));
  });
});

describe('readGold', () => {
  it('names a file it cannot read', () => {
    expect(() => readGold('fixtures/eval/none.gold.yaml')).toThrow('fixtures/eval/none.gold.yaml: cannot read gold: no such file or folder');
  });

  it('reads the gold files of fixtures/eval', () => {
    expect(readGold('fixtures/eval/forum.gold.yaml').venue).toEqual(['Press Center in Seoul', 'Press Center']);
  });
});

/** The shared corpus is read where present, never copied; without it this check skips. */
const CORPUS = '../shared/corpus';
const present = existsSync(CORPUS);
if (!present) console.warn(`skipped: ${CORPUS} is absent, so its gold files were not validated`);

describe.skipIf(!present)('gold files of ../shared/corpus', () => {
  const names = present ? readdirSync(CORPUS).filter((name) => name.endsWith('.gold.yaml')) : [];
  it.each(names)('%s is well-formed', (name) => {
    expect(() => readGold(join(CORPUS, name))).not.toThrow();
  });
});
