import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline/parse.js';
import type { DateMention, KccRecord } from '../src/record/types.js';
import { loadRules } from '../src/rules/load.js';

const SOURCE = { path: 't', sha256: '', bytes: 0, encoding: 'utf-8' };
const REFERENCE = '2026-11-29';

/** A release page: with a Date line when `published` is given, then the body. */
const release = (published: string | null, body: string): string => `${published ? `Title KCC news\nDate ${published} Read 10\n` : 'KCC news\n'}\n${body}\n`;
const parse = (published: string | null, body: string): { record: KccRecord; input: string } => {
  const input = release(published, body);
  return { record: parseText(input, SOURCE, { path: 't', referenceDate: REFERENCE, rules: loadRules() }), input };
};
const mentionsOf = (published: string | null, body: string): DateMention[] => parse(published, body).record.dates.filter((date) => date.role !== 'published');
const only = (published: string | null, body: string): DateMention => {
  const [mention, ...rest] = mentionsOf(published, body);
  expect(rest).toEqual([]);
  if (!mention) throw new Error(`no date found in: ${body}`);
  return mention;
};

describe('dates: values, normalized to ISO 8601', () => {
  it.each<[string, string | null, string, string]>([
    ['a day, its year from the publication date', '2023-06-12', 'The KCC held a meeting with platform operators on June 9.', '2023-06-09'],
    ['a day with its weekday', '2023-06-12', 'The KCC held a meeting with platform operators on Friday, June 9.', '2023-06-09'],
    ['a day with its year', null, 'The KCC held a meeting with platform operators on June 9, 2023.', '2023-06-09'],
    ['a day before the month', null, 'The KCC signed the agreement on 9 June 2023.', '2023-06-09'],
    ['an ISO day', null, 'The KCC decided the fines on 2023-06-09.', '2023-06-09'],
    ['a Korean-style day', null, 'The KCC decided the fines on 2023. 6. 9.', '2023-06-09'],
    ['an abbreviated month', '2023-06-12', 'The KCC met the carriers on Jun. 9 in Seoul.', '2023-06-09'],
    ['a time of day keeps the day', '2023-06-12', 'The KCC held the hearing on June 9 at 2 p.m.', '2023-06-09'],
    ['a range of days', '2023-06-12', 'The KCC hosted the expo on June 9-10 at COEX.', '2023-06-09/2023-06-10'],
    ['a range across months', '2024-05-20', 'Applications will be taken from July 1 to August 14.', '2024-07-01/2024-08-14'],
    ['a range across the year end', '2024-01-05', 'The KCC ran the campaign from December 28 to January 3.', '2023-12-28/2024-01-03'],
    ['the end of a month, ahead', '2024-02-01', 'Operators must submit their plans until the end of March.', '2024-03-31'],
    ['a month with its year', null, 'The second survey took place in June 2022.', '2022-06'],
    ['a half-year', null, 'Spam reports rose in the first half of 2024.', '2024-01/2024-06'],
    ['a range of months', null, 'The KCC will hold hearings between January and June 2024.', '2024-01/2024-06'],
    ['a range of months across the year end', null, 'The pilot ran from November to February 2024.', '2023-11/2024-02'],
    ['a range of months, the year inferred', '2024-05-20', 'The survey will run from September to November.', '2024-09/2024-11'],
    ['the end of this year', '2024-05-20', 'The KCC will finish the review by the end of this year.', '2024-12-31'],
    ['the beginning of next year', '2024-05-20', 'The rules take effect at the beginning of next year.', '2025-01-01'],
    ['the end of a written year', null, 'The rules were revised at the end of 2023.', '2023-12-31'],
    ['a quarter of this year', '2024-05-20', 'Sales rose in the third quarter of this year.', '2024-07/2024-09'],
    ['a year', null, 'The KCC set its plan for 2025.', '2025'],
    ['this year', '2024-05-20', 'The KCC will complete the review this year.', '2024'],
    ['last year', '2024-05-20', 'Reports of spam doubled compared with last year.', '2023'],
    ['today', '2024-05-20', 'The KCC announced the results today.', '2024-05-20'],
    ['yesterday', '2024-05-20', 'The KCC met the carriers yesterday.', '2024-05-19'],
    ['last week, Monday to Sunday', '2024-05-22', 'The survey ended last week.', '2024-05-13/2024-05-19'],
    ['next month', '2024-12-20', 'The new rules apply next month.', '2025-01'],
    ['a weekday alone, looking back', '2024-05-23', 'The KCC held a plenary meeting on Tuesday.', '2024-05-21'],
    ['a weekday alone, ahead', '2024-05-23', 'The KCC will hold a plenary meeting on Tuesday.', '2024-05-28'],
    ['a day of the month', '2024-05-23', 'The KCC held a plenary meeting on the 21st.', '2024-05-21'],
    ['a weekday with its day of the month', '2023-09-14', 'The chairman attended the forum on Wednesday (13th).', '2023-09-13'],
    ['a day of the month after the publication day: the month before', '2024-05-03', 'The KCC held a plenary meeting on the 28th.', '2024-04-28'],
    ['a leap day', '2024-03-04', 'The KCC held a written meeting on Thursday, February 29.', '2024-02-29'],
    ['December 28 in a release of January 2', '2024-01-02', 'The KCC held a year-end meeting with broadcasters on December 28.', '2023-12-28'],
    ['January 5 ahead, in a release of December 20', '2023-12-20', 'The KCC will hold a forum on January 5.', '2024-01-05'],
    ['a day a few days after publication, with no word of the future: the coming one', '2024-03-15', 'Applications can be submitted from March 18 to 20.', '2024-03-18/2024-03-20'],
  ])('%s', (_, published, body, value) => {
    expect(only(published, body).value).toBe(value);
  });

  it('the day of the month takes the month the text was talking about', () => {
    const dates = mentionsOf('2022-11-02', 'The KCC held a meeting on October 17 after the outage. On the 16th, the KCC asked the operator for a report.');
    expect(dates.map((date) => [date.value, date.inferred?.reason])).toEqual([
      ['2022-10-17', 'published'],
      ['2022-10-16', 'context-month'],
    ]);
  });
});

describe('dates: roles', () => {
  it.each<[string, string, string]>([
    ['the day a lead verb governs', 'The KCC held a meeting with the carriers on June 9.', 'event'],
    ['the day an inspection began, before what it checks', 'The KCC said it began an inspection on the 28th to check whether the app markets comply with the amended act.', 'event'],
    ['the day of a plenary meeting', 'The KCC reported the results at its 71st plenary meeting on Wednesday, December 29.', 'event'],
    ['the day someone presided over a meeting', 'The chairman presided over his first plenary session on Wednesday, August 9.', 'event'],
    ['the day a plan was reported', 'The KCC reported its work plan to the President last Friday.', 'event'],
    ['a fronted day before its lead verb', 'On June 9, the chairperson met the head of the regulator.', 'event'],
    ['the first of an event\'s days counted from it', 'The KCC hosted the forum for three days from June 9.', 'event'],
    ['a deadline', 'Operators must submit their plans by June 30.', 'deadline'],
    ['a start', 'The rules apply starting July 1.', 'effective'],
    ['a start on the day of the release', 'The rules apply starting today.', 'event'],
    ['a range of days with their weekdays', 'The chairman visited Tashkent from Monday, June 3 to Wednesday, June 5.', 'event'],
    ['a period since a year', 'The KCC has run the council since 2020.', 'period'],
    ['a year', 'The KCC surveyed teenagers in 2023.', 'period'],
    ['a range of months after "from"', 'The survey ran from July to October 2022.', 'period'],
    ['a range of days no lead verb governs', 'The digital literacy campaign will run from September 12 to 18.', 'period'],
    ['a range of days a lead verb governs', 'The KCC will hold the forum from September 12 to 13.', 'event'],
    ['an aside in parentheses', 'The KCC held a meeting on the amended act (promulgated on October 19, 2021).', 'other'],
    ['a day that modifies a noun', 'The KCC held a meeting after the October 15 fire.', 'other'],
    ['a day a background verb governs', 'The KCC reviewed the outage that occurred on October 15.', 'other'],
    ['a day no verb governs', 'The report covers complaints received on October 15.', 'other'],
  ])('%s', (_, body, role) => {
    const dates = mentionsOf('2022-11-02', body);
    expect(dates.at(-1)?.role).toBe(role);
  });

  it('the Date line is a mention with the role published', () => {
    const { record, input } = parse('2024-05-01', 'The KCC announced its plan.');
    expect(record.dates[0]).toMatchObject({ role: 'published', value: '2024-05-01', text: '2024-05-01' });
    expect(input.slice(record.dates[0]?.start, record.dates[0]?.end)).toBe('2024-05-01');
  });
});

describe('dates: the date the release is about', () => {
  it.each<[string, string | null, string, string | null]>([
    [
      'the reported meeting, not the fire before it',
      '2022-10-18',
      'On Monday, October 17, the KCC held an emergency meeting on the service outage that followed the October 15 fire at a data center.',
      '2022-10-17',
    ],
    [
      'the signing, not the guideline of last month in parentheses',
      '2024-05-01',
      'The KCC announced that the carriers signed a joint agreement on April 17, 2024. The KCC issued the guideline last month (March 27, 2024).',
      '2024-04-17',
    ],
    ['the publication date when no event day is given', '2025-03-11', 'The KCC held its 4th plenary meeting of 2025 and decided to impose fines.', '2025-03-11'],
    ['the publication date for "starting today"', '2022-04-20', 'Starting today, the KCC will run a new reporting system (promulgation on October 19, 2021).', '2022-04-20'],
    ['the meeting, not the council founded since a year', '2023-05-15', 'The KCC has run the council since 2020. The council held its 7th meeting on Friday, May 12.', '2023-05-12'],
    ['no date at all without a Date line', null, 'The KCC will strengthen its monitoring of illegal spam.', null],
    [
      'the talks on a day of the forum that the same sentence reports',
      '2023-10-13',
      'The KCC attended the forum held in Kyoto from October 8 to 12, and held bilateral talks with Japan on Tuesday (2023. 10. 10.).',
      '2023-10-10',
    ],
    ['the first day of an event of several days', '2023-10-13', 'The KCC held a forum in Kyoto from October 8 to 12.', '2023-10-08'],
    [
      'the signing on a day of a visit, reported in a later sentence',
      '2024-06-07',
      'The chairman paid a visit to Tashkent from Monday, June 3 to Wednesday, June 5. On the 4th, he signed an MOU with the minister.',
      '2024-06-04',
    ],
    [
      'the first day of a visit, though later sentences report meetings on its other days',
      '2022-11-14',
      'Chairman Han visited the UK and France from November 7 to 11. On the 8th, he met the minister of state. He met the head of ARCOM on the 9th.',
      '2022-11-07',
    ],
    [
      'the first day of a forum, though a later sentence reports its second session',
      '2024-05-23',
      'The KCC held the forum on May 23~24 at The Shilla Seoul. In the second session on the 24th, Google and Kakao discussed deepfakes.',
      '2024-05-23',
    ],
    [
      'the first day of an event held for days from a weekday, not a day from which something applies',
      null,
      'Chairman Choi Sung-joon hosted the forum at the Lotte Hotel Jeju for two days from Thursday, September 22.',
      '2016-09-22',
    ],
    [
      'the first day of an event of several days, when the later days reported fall outside them',
      '2023-10-13',
      'The KCC held a forum in Kyoto from October 8 to 10. The chairman met the press on October 12.',
      '2023-10-08',
    ],
    ['what takes effect today, not the announcement of last month', '2025-03-28', 'Starting today, the guidelines take effect. The KCC announced them on February 28.', '2025-03-28'],
    [
      'the day of the publication month, not of a month in a headline line before it',
      '2020-12-10',
      'KCC re-licenses 146 stations\n- Licence period of five years from January 1, 2021 -\n\nThe KCC held its plenary meeting on the 9th and decided to re-license 146 stations.',
      '2020-12-09',
    ],
    [
      'the day whose weekday fits the publication month, not the month named before it',
      '2024-03-07',
      '*Ahead of the April 10 general election, platforms will act.*\n\nThe KCC held a meeting with platform operators on the 6th (Wed.).',
      '2024-03-06',
    ],
    [
      'a past event in the publication month, not after the publication in the month named before it',
      '2024-03-07',
      'The rules will apply from April. The KCC held a meeting with platform operators on the 6th.',
      '2024-03-06',
    ],
    ['the day of the month named before it, when it fits', '2024-05-20', 'The forum opened in May. The KCC held a meeting with the speakers on the 9th.', '2024-05-09'],
  ])('%s', (_, published, body, date) => {
    const { record } = parse(published, body);
    expect(record.date).toBe(date);
    expect(record.published).toBe(published);
  });

  it("a weekday and a president's administration date a release without a Date line", () => {
    const { record } = parse(
      null,
      "The KCC standing commissioner held a meeting with the vice president of a global platform on Friday, June 9. He asked for cooperation on user protection under Yoon's administration.",
    );
    expect(record.date).toBe('2023-06-09');
    expect(record.dates[0]?.inferred).toMatchObject({ reason: 'weekday+era', candidates: [2006, 2017, 2023] });
  });

  it("an official's term dates a release under another romanization of the name", () => {
    const { record } = parse(null, 'Chairman Choi Seong-joon of the KCC met the head of Ofcom in London on Wednesday, March 4.');
    expect(record.date).toBe('2015-03-04');
  });

  it("a weekday and an official's term date a release without a Date line", () => {
    const { record } = parse(null, 'Standing commissioner Lee Sang-in held a meeting with the head of a platform company on Friday, June 9.');
    expect(record.date).toBe('2023-06-09');
    expect(record.dates[0]?.inferred?.explanation).toContain('Lee Sang-in was standing commissioner from 2023-04-07 to 2023-12-01');
  });

  it.each<[string, string, Array<[string, string, string, string | null]>]>([
    [
      "an event overview's labelled date is the event's, and dates the same day written without a year",
      'The KCC held the awards ceremony on Thursday, December 21.\n\nDate and time: December 21, 2023 (Thu) 14:00',
      [
        ['Thursday, December 21', '2023-12-21', 'event', 'written-elsewhere'],
        ['December 21, 2023 (Thu) 14:00', '2023-12-21', 'event', null],
      ],
    ],
    [
      'a day of the month takes the month of the same day written in full elsewhere',
      'Awards ceremony held on the 21st\n\nThe KCC held the ceremony on December 21, 2023.',
      [
        ['the 21st', '2023-12-21', 'event', 'written-elsewhere'],
        ['December 21, 2023', '2023-12-21', 'event', null],
      ],
    ],
  ])('%s', (_, body, expected) => {
    const { record } = parse(null, body);
    expect(record.dates.map((date) => [date.text, date.value, date.role, date.inferred?.reason ?? null])).toEqual(expected);
  });

  it('the event a sentence says will be held, in the year of its edition among those its weekday allows', () => {
    const { record } = parse(null, 'The KCC will host the "2024 Global Digital Platform Forum" on Thursday, November 21, in Seoul.');
    expect(record.date).toBe('2024-11-21');
    expect(record.dates.at(-1)).toMatchObject({ role: 'event', inferred: { reason: 'weekday+year-in-sentence', candidates: [2013, 2019, 2024] } });
  });

  it("a day of the month and its weekday fall in one month of an official's term", () => {
    const { record } = parse(null, 'Standing commissioner Lee Sang-in held a meeting with the heads of broadcasters on the 7th (Wed).');
    expect(record.date).toBe('2023-06-07');
    expect(record.dates[0]?.inferred).toMatchObject({ reason: 'weekday+era', candidates: [2023] });
    expect(record.warnings).toEqual([]);
  });

  it('a day of the month and its weekday in more than one month of an era are counted from the reference date', () => {
    const { record } = parse(null, "The KCC held a meeting with the carriers on the 5th (Wed), as Yoon's administration asked.");
    expect(record.dates[0]?.inferred?.reason).toBe('reference-date');
  });
});

describe('dates: what relative dates count from', () => {
  it.each<[string, string | null, string, Array<[string, string, string | null]>]>([
    [
      'without a Date line, the reported statement\'s day written in full, not the reference date',
      null,
      'The KCC said on Monday, November 18, 2019 that it will mediate the dispute. The carrier applied for mediation last week.',
      [
        ['Monday, November 18, 2019', '2019-11-18', null],
        ['last week', '2019-11-11/2019-11-17', 'event-day'],
      ],
    ],
    ['with a Date line, the publication date', '2024-03-06', 'The KCC said on Tuesday, March 5, 2024 that it will act. The carrier applied last week.', [
      ['Tuesday, March 5, 2024', '2024-03-05', null],
      ['last week', '2024-02-26/2024-03-03', 'published'],
    ]],
    ['without any day written in full, the reference date', null, 'The carrier applied for mediation last week.', [['last week', '2026-11-16/2026-11-22', 'reference-date']]],
  ])('%s', (_, published, body, expected) => {
    expect(mentionsOf(published, body).map((date) => [date.text, date.value, date.inferred?.reason ?? null])).toEqual(expected);
  });

  it.each<[string, string | null, string, string]>([
    ['a past verb before the day, "will" only in the clause after it: the last 5th', '2024-03-06', 'The KCC announced on the 5th that it will submit the bill within the year.', '2024-03-05'],
    ['"will" before the day: the next 5th', '2024-03-06', 'The KCC will announce the plan on the 5th.', '2024-04-05'],
    ['a day that opens the sentence, "will" after it: the next 5th', '2024-03-06', 'On the 5th, the KCC will announce the plan.', '2024-04-05'],
  ])('%s', (_, published, body, value) => {
    expect(only(published, body).value).toBe(value);
  });
});

describe('dates: found inside a long sentence, offsets into the input', () => {
  it('every mention slices the input to its text', () => {
    const { record, input } = parse(
      '2024-08-21',
      'The Korea Communications Commission (KCC) and a research institute held the first meeting of a public-private council on the afternoon of ' +
        'Friday, July 19, at a hotel in Seoul, a year after the council was announced in the first half of 2023.',
    );
    expect(record.dates.map((date) => [date.text, date.value, date.role])).toEqual([
      ['2024-08-21', '2024-08-21', 'published'],
      ['the afternoon of Friday, July 19', '2024-07-19', 'event'],
      ['the first half of 2023', '2023-01/2023-06', 'period'],
    ]);
    for (const date of record.dates) expect(input.slice(date.start, date.end)).toBe(date.text);
  });
});

describe('dates: a date line that leaves out the year', () => {
  const letterhead = (dateLine: string, body: string): KccRecord => {
    const input = `Press Release\n${dateLine}\nContact: Media Policy Division (02-2110-1234)\n\nKCC fines three carriers\n\n${body}\n`;
    return parseText(input, SOURCE, { path: 't', referenceDate: '2026-11-29', rules: loadRules() });
  };
  it.each<[string, string, string, string | null]>([
    ['the weekday in the chairman\'s term', 'Embargo: From 12:00, Friday, February 28 (online and broadcast)', 'Chairperson Lee Jin-sook said the KCC would act.', '2025-02-28'],
    ['in a table row, the weekday in the chairman\'s term', '| Embargo | 12:00, Thursday, December 26 (morning papers) |', 'The KCC (Chairman Han Sang-hyuk) adopted the guidelines.', '2019-12-26'],
    ['the day written in full in the body', 'Release: Friday, June 9', 'The KCC adopted the plan on June 9, 2023.', '2023-06-09'],
    ['a weekday that fits several years, and no term named', 'Release: Friday, June 9', 'The KCC adopted the plan.', null],
    ['no weekday and no term', 'Release: June 9', 'The KCC adopted the plan.', null],
  ])('%s: %j', (_, dateLine, body, published) => {
    const record = letterhead(dateLine, body);
    expect(record.published).toBe(published);
    const line = record.dates.find((date) => date.role === 'published');
    expect(line?.rule).toBe('date-line');
    expect(line?.value).toEqual(published ?? expect.stringMatching(/^XXXX-/));
    if (!published) expect(record.warnings.map((warning) => warning.code)).toContain('year-unknown');
  });

  it('the dated line anchors the body\'s days: "on the 28th" falls in its month', () => {
    const record = letterhead('Embargo: 12:00, Friday, February 28', 'The KCC (Chairperson Lee Jin-sook) announced the guidelines on the 28th.');
    expect(record.date).toBe('2025-02-28');
    expect(record.dates.find((date) => date.role === 'published')?.inferred?.reason).toMatch(/weekday|era/);
  });
});

describe('dates: warnings, never a guess dressed as a fact', () => {
  it('a day whose year cannot be told stays XXXX, with a warning on its span', () => {
    const { record, input } = parse(null, 'The KCC held a meeting with the carriers on June 9.');
    expect(record.dates[0]?.value).toBe('XXXX-06-09');
    expect(record.date).toBeNull();
    const warning = record.warnings.find((candidate) => candidate.code === 'year-unknown');
    expect(warning && input.slice(warning.start ?? 0, warning.end ?? 0)).toBe('June 9');
  });

  it('a weekday that contradicts the written year is a warning; the written year stays', () => {
    const { record } = parse(null, 'The KCC held a written meeting on Monday, April 11, 2023.');
    expect(record.dates[0]?.value).toBe('2023-04-11');
    expect(record.warnings.map((warning) => warning.code)).toEqual(['weekday-contradiction']);
  });

  it('a weekday that is not the day in parentheses after it is a warning; the day stays', () => {
    const { record } = parse('2023-09-14', 'The chairman attended the forum on Friday (13th).');
    expect(record.dates.map((date) => date.value)).toContain('2023-09-13');
    expect(record.warnings.map((warning) => warning.code)).toEqual(['weekday-contradiction']);
  });

  it('a day inside the name of a historic event keeps no year', () => {
    const { record } = parse('2020-08-31', 'The chairman mentioned a video that distorted the May 18 Democratic Uprising.');
    expect(record.dates[1]).toMatchObject({ value: 'XXXX-05-18', role: 'other' });
    expect(record.warnings.map((warning) => warning.code)).toEqual(['year-unknown']);
  });
});
