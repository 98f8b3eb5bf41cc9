import { describe, expect, it } from 'vitest';
import type { Official } from '../src/record/types.js';
import { expectExactSpans, parseRelease } from './support/release.js';

const LEAD = 'The Korea Communications Commission (KCC) held the forum on Thursday, May 23, 2024.';
const officialsOf = (table: string): Official[] => parseRelease(`${LEAD}\n\n${table}`).record.officials.filter((official) => official.rule === 'people-table');
const summary = (official: Official): [string, string | null, string | null] => [official.name, official.title, official.organization];

describe('officials listed in a table of people', () => {
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    [
      'name, title and organization columns',
      '| Country | Organization | Name | Title |\n|---|---|---|---|\n| Japan | Ministry of Internal Affairs and Communications (MIC) | Takeshi Nakamura | Director-General, Telecommunications Bureau |\n| UK | Ofcom | James Whitmore | Director of Online Safety Policy |',
      [
        ['Takeshi Nakamura', 'director-general, telecommunications bureau', 'Ministry of Internal Affairs and Communications'],
        ['James Whitmore', 'director of online safety policy', 'Ofcom'],
      ],
    ],
    [
      'no organization column: the row\'s first organization',
      '| Name | Position | Note |\n|---|---|---|\n| Kim Min-su | Director | KISA |',
      [['Kim Min-su', 'director', 'Korea Internet & Security Agency']],
    ],
    ['Korean headers, no title cell', '| 성명 | 소속 |\n|---|---|\n| Lee Ha-na | KISDI |', [['Lee Ha-na', null, 'Korea Information Society Development Institute']]],
    ['no rule row under the header', '| Name | Title |\n| Park Ji-won | Team Leader |', [['Park Ji-won', 'team leader', null]]],
    [
      'speakers with a column of title and affiliation',
      '| Session | Speaker | Title and affiliation |\n|---|---|---|\n| Keynote | Lee Ha-neul | Professor, KAIST Graduate School of AI |\n| Session 1 | Tom Whitfield | Principal for Online Safety Policy, Ofcom |',
      [
        ['Lee Ha-neul', 'professor', 'Korea Advanced Institute of Science and Technology'],
        ['Tom Whitfield', 'principal for online safety policy', 'Ofcom'],
      ],
    ],
    [
      'an affiliation column whose cells give the title first, with no title column',
      '| Session | Speaker | Affiliation |\n|---|---|---|\n| Welcome | Rafael Ortiz | Secretary General, Asia-Pacific Telecommunity |\n| Session 1 | Yoon Da-eun | Head of Disaster Broadcasting Center, KBS |\n| Session 2 | Lee Ha-na | KISDI |',
      [
        ['Rafael Ortiz', 'secretary general', 'Asia-Pacific Telecommunity'],
        ['Yoon Da-eun', 'head of disaster broadcasting center', 'Korean Broadcasting System'],
        ['Lee Ha-na', null, 'Korea Information Society Development Institute'],
      ],
    ],
    [
      'a title-and-affiliation cell that names a unit before its body: the body',
      '| Speaker | Title and affiliation |\n|---|---|\n| Laura Bennett | Senior Counsel, Office of International Affairs, Federal Communications Commission (US) |',
      [['Laura Bennett', 'senior counsel', 'Federal Communications Commission']],
    ],
  ])('%s', (_, table, expected) => {
    expect(officialsOf(table).map(summary)).toEqual(expected);
  });

  it.each([
    ['a table without a name column', '| Company | Fine |\n|---|---|\n| Kim Min-su | 30 million won |'],
    ['a name cell that holds more than a name', '| Name | Title |\n|---|---|\n| Kim Min-su and others | Director |'],
    ['a name cell that holds no name', '| Name | Title |\n|---|---|\n| Seoul Digital Foundation | Host |'],
    ['rows after the table ended', '| Name | Title |\n|---|---|\n\n| Kim Min-su | Director |'],
  ])('none: %s', (_, table) => {
    expect(officialsOf(table)).toEqual([]);
  });

  it('people found in a row of a table with an organization column hold a post at the row\'s organization', () => {
    const table = '| Organization | Attendees |\n|---|---|\n| Google Korea | Jenny Park, Director of Public Policy |\n| KISA | Head of Policy Lee Min-ji, Seo Ha-na (Director) |';
    const officials = parseRelease(`${LEAD}\n\n${table}`).record.officials.filter((official) => (official.rule ?? '').endsWith('+table-row'));
    expect(officials.map(summary)).toEqual([
      ['Jenny Park', 'director of public policy', 'Google'],
      ['Lee Min-ji', 'head of policy', 'Korea Internet & Security Agency'],
      ['Seo Ha-na', 'director', 'Korea Internet & Security Agency'],
    ]);
  });

  it('a person tied to an organization in the row keeps it', () => {
    const table = '| Organization | Attendees |\n|---|---|\n| KCC | Kim Min-su, Director of KISA |';
    expect(parseRelease(`${LEAD}\n\n${table}`).record.officials.find((official) => official.name === 'Kim Min-su')?.organization).toBe('Korea Internet & Security Agency');
  });

  it('each official\'s mention slices the input at the name cell', () => {
    const { record, input } = parseRelease(`${LEAD}\n\n| Name | Title |\n|---|---|\n| Takeshi Nakamura | Director-General |`);
    const official = record.officials.find((found) => found.name === 'Takeshi Nakamura');
    expect(official?.mentions.map((span) => span.text)).toEqual(['Takeshi Nakamura']);
    expectExactSpans(input, official?.mentions ?? []);
  });
});

describe('officials listed one to a cell as "Name, Title, Unit, Organization"', () => {
  const cellOfficials = (table: string): Array<[string, string | null, string | null]> =>
    parseRelease(`${LEAD}\n\n${table}`).record.officials.filter((official) => official.rule === 'people-cell').map(summary);
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    [
      'two delegations side by side, whatever the header',
      '| Korea | Vietnam |\n|---|---|\n| Jeong Min-ho, Director General, Broadcasting Policy Bureau, KCC | Tran Thi Thu Ha, Director General, Authority of Broadcasting and Electronic Information (ABEI) |',
      [
        ['Jeong Min-ho', 'director general', 'Korea Communications Commission'],
        ['Tran Thi Thu Ha', 'director general', 'Authority of Broadcasting and Electronic Information'],
      ],
    ],
    [
      'a row label before the people',
      '| Classification | Korea | Japan |\n| Members | Heo Min-ji, Director, International Cooperation Division, KCC | Yuko Saito, Director, Broadcasting Policy Division, Ministry of Internal Affairs and Communications |',
      [
        ['Heo Min-ji', 'director', 'Korea Communications Commission'],
        ['Yuko Saito', 'director', 'Ministry of Internal Affairs and Communications'],
      ],
    ],
    ['an organization in the title\'s place', '| Attendees |\n|---|\n| Ryu Ji-won, KISDI |', [['Ryu Ji-won', null, 'Korea Information Society Development Institute']]],
    ['a title and no organization', '| Attendees |\n|---|\n| Kwak Min-jun, Team Leader |', [['Kwak Min-jun', 'team leader', null]]],
  ])('%s', (_, table, expected) => {
    expect(cellOfficials(table)).toEqual(expected);
  });

  it.each([
    ['companies listed in a cell', '| MVNO | Sejong Telecom, Freet |'],
    ['a name and nothing after its comma', '| Kim Min-su, |'],
    ['a name alone', '| Attendees |\n|---|\n| Kim Min-su |'],
    ['a sentence, not a cell', 'Jeong Min-ho, Director General, KCC, opened the session.'],
  ])('none: %s', (_, text) => {
    expect(cellOfficials(text)).toEqual([]);
  });

  it('a name read inside the cell\'s longer name is the same person', () => {
    const { record } = parseRelease(`${LEAD}\n\n| Vietnam |\n|---|\n| Tran Thi Thu Ha, Director General, MIC |`);
    expect(record.officials.map((official) => official.name)).toEqual(['Tran Thi Thu Ha']);
  });

  it('the person\'s name in a cell is no organization of a list', () => {
    const { record } = parseRelease(`${LEAD}\n\n| Korea |\n|---|\n| Jeong Min-ho, Director General, Broadcasting Policy Bureau, KCC |`);
    expect(record.organizations.map((organization) => organization.name)).not.toContain('Jeong Min-ho');
  });
});
