import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates/find.js';
import type { Reading } from '../src/extract/dates/reading.js';
import { dateRulesOf } from '../src/extract/dates/rules.js';
import { loadRules } from '../src/rules/load.js';

const rules = dateRulesOf(loadRules());
const found = (text: string): Array<{ text: string; rule: string; reading: Reading }> =>
  findDates(text, rules).map((date) => ({ text: text.slice(date.from, date.to), rule: date.rule, reading: date.reading }));

const day = (month: number, dayOfMonth: number, more: Partial<Extract<Reading, { kind: 'day' }>> = {}): Reading => ({
  kind: 'day',
  year: null,
  month,
  day: dayOfMonth,
  weekday: null,
  end: null,
  ...more,
});

describe('dates: found, each way a date is written', () => {
  it.each<[string, string, string, Reading]>([
    ['The meeting was held on June 9.', 'June 9', 'month-day', day(6, 9)],
    ['It opened on Friday, June 9.', 'Friday, June 9', 'month-day', day(6, 9, { weekday: 5 })],
    ['The law was passed on June 9, 2023.', 'June 9, 2023', 'month-day', day(6, 9, { year: 2023 })],
    ['The forum closed on 9 June 2023.', '9 June 2023', 'day-month', day(6, 9, { year: 2023 })],
    ['The rule took effect on the 15th of March.', 'the 15th of March', 'day-month', day(3, 15)],
    ['Date of decision: 2023-06-09', '2023-06-09', 'iso-day', day(6, 9, { year: 2023 })],
    ['Decided at the plenary meeting (2023. 6. 9.)', '2023. 6. 9.', 'numeric-day', day(6, 9, { year: 2023 })],
    ['The council met on Jun. 9 in Seoul.', 'Jun. 9', 'month-day', day(6, 9)],
    ['The council met on Sept. 21 in Busan.', 'Sept. 21', 'month-day', day(9, 21)],
    ['The board met on June 9th.', 'June 9th', 'month-day', day(6, 9)],
    ['The hearing is on June 9 (Fri).', 'June 9 (Fri)', 'month-day', day(6, 9, { weekday: 5 })],
    ['The expo runs June 9-10 at COEX.', 'June 9-10', 'month-day', day(6, 9, { end: { year: null, month: 6, day: 10 } })],
    ['Applications are taken from July 1 to 14.', 'July 1 to 14', 'month-day', day(7, 1, { end: { year: null, month: 7, day: 14 } })],
    ['The expo is held from 2 to 4 October 2024.', '2 to 4 October 2024', 'day-month', day(10, 2, { year: 2024, end: { year: null, month: 10, day: 4 } })],
    ['The release is dated 2024. 5. 24.(금)', '2024. 5. 24.(금)', 'numeric-day', day(5, 24, { year: 2024, weekday: 5 })],
    ['The workshop ran online from 2021. 9. 14. to 9. 16.', '2021. 9. 14. to 9. 16.', 'numeric-day', day(9, 14, { year: 2021, end: { year: null, month: 9, day: 16 } })],
    ['The forum runs 2024. 5. 24.(Fri) ~ 5. 26.(Sun) at COEX.', '2024. 5. 24.(Fri) ~ 5. 26.(Sun)', 'numeric-day', day(5, 24, { year: 2024, weekday: 5, end: { year: null, month: 5, day: 26 } })],
    ['The survey ran from 2023. 12. 28. to 2024. 1. 5.', '2023. 12. 28. to 2024. 1. 5.', 'numeric-day', day(12, 28, { year: 2023, end: { year: 2024, month: 1, day: 5 } })],
    ['The campaign runs December 28 to January 3.', 'December 28 to January 3', 'month-day', day(12, 28, { end: { year: null, month: 1, day: 3 } })],
    ['Comments are open until the end of March.', 'the end of March', 'month-edge', { kind: 'month', year: null, month: 3, edge: 'end' }],
    ['The second survey was done in June 2022.', 'June 2022', 'month-year', { kind: 'month', year: 2022, month: 6, edge: null }],
    ['The KCC will decide in March.', 'March', 'month-alone', { kind: 'month', year: null, month: 3, edge: null }],
    ['Hearings run between January and June 2024.', 'between January and June 2024', 'month-range', { kind: 'month-range', year: 2024, month: 1, end: { year: 2024, month: 6 } }],
    ['The survey ran from March to May.', 'March to May', 'month-range', { kind: 'month-range', year: null, month: 3, end: { year: null, month: 5 } }],
    ['The review runs October–December 2025.', 'October–December 2025', 'month-range', { kind: 'month-range', year: 2025, month: 10, end: { year: 2025, month: 12 } }],
    ['The pilot ran November to February 2024.', 'November to February 2024', 'month-range', { kind: 'month-range', year: 2023, month: 11, end: { year: 2024, month: 2 } }],
    ['It runs from December 2024 through March 2025.', 'December 2024 through March 2025', 'month-range', { kind: 'month-range', year: 2024, month: 12, end: { year: 2025, month: 3 } }],
    ['The review ends at the end of this year.', 'the end of this year', 'year-edge', { kind: 'year-edge', year: { shift: 0 }, edge: 'end' }],
    ['The rules were revised at the end of 2023.', 'the end of 2023', 'year-edge', { kind: 'year-edge', year: 2023, edge: 'end' }],
    ['Rates fell in the first half of 2024.', 'the first half of 2024', 'year-part', { kind: 'year-part', year: 2024, months: [1, 6] }],
    ['Sales rose in the third quarter of this year.', 'the third quarter of this year', 'year-part', { kind: 'year-part', year: { shift: 0 }, months: [7, 9] }],
    ['The plan for 2025 was approved.', '2025', 'years', { kind: 'years', from: 2025, to: 2025 }],
    ['The 2022-2024 plan ended.', '2022-2024', 'years', { kind: 'years', from: 2022, to: 2024 }],
    ['The fund grew between 2020 and 2023.', 'between 2020 and 2023', 'year-range', { kind: 'years', from: 2020, to: 2023 }],
    ['Sales rose from 2021 to 2024.', 'from 2021 to 2024', 'year-range', { kind: 'years', from: 2021, to: 2024 }],
    ['The rate rose this year.', 'this year', 'relative-period', { kind: 'relative', unit: 'year', shift: 0 }],
    ['The rate fell last year.', 'last year', 'relative-period', { kind: 'relative', unit: 'year', shift: -1 }],
    ['The KCC announced the plan today.', 'today', 'relative-day', { kind: 'relative', unit: 'day', shift: 0 }],
    ['The KCC met the carriers yesterday.', 'yesterday', 'relative-day', { kind: 'relative', unit: 'day', shift: -1 }],
    ['The survey began last week.', 'last week', 'relative-period', { kind: 'relative', unit: 'week', shift: -1 }],
    ['The rules take effect next month.', 'next month', 'relative-period', { kind: 'relative', unit: 'month', shift: 1 }],
    ['The commissioners met on Tuesday.', 'Tuesday', 'weekday', { kind: 'weekday', weekday: 2, shift: null }],
    ['The commissioners met last Tuesday.', 'last Tuesday', 'weekday', { kind: 'weekday', weekday: 2, shift: -1 }],
    ['On the 16th, the KCC asked for a report.', 'the 16th', 'day-of-month', { kind: 'day-of-month', day: 16, weekday: null }],
    ['The chairman attended the forum on Wednesday (13th).', 'Wednesday (13th)', 'weekday', { kind: 'day-of-month', day: 13, weekday: 3 }],
    ['The council met on Tuesday, the 3rd.', 'Tuesday, the 3rd', 'weekday', { kind: 'day-of-month', day: 3, weekday: 2 }],
    ['The council met on Tuesday, the 3rd under the new rules.', 'Tuesday, the 3rd', 'weekday', { kind: 'day-of-month', day: 3, weekday: 2 }],
    ['The council met on Tuesday, the 3rd floor being closed.', 'Tuesday', 'weekday', { kind: 'weekday', weekday: 2, shift: null }],
    ['The KCC announced on the 15th that it fined them.', 'the 15th', 'day-of-month', { kind: 'day-of-month', day: 15, weekday: null }],
    ['The chairman met on the 9th with the carriers.', 'the 9th', 'day-of-month', { kind: 'day-of-month', day: 9, weekday: null }],
    ['The KCC met on the afternoon of the 15th at its office.', 'the afternoon of the 15th', 'day-of-month', { kind: 'day-of-month', day: 15, weekday: null }],
    ['- Awards ceremony held on the 21st -', 'the 21st', 'day-of-month', { kind: 'day-of-month', day: 21, weekday: null }],
    ['The KCC announced its plan on the 25th under the vision of trust.', 'the 25th', 'day-of-month', { kind: 'day-of-month', day: 25, weekday: null }],
    ['The KCC announced on the 25th the results of the evaluation.', 'the 25th', 'day-of-month', { kind: 'day-of-month', day: 25, weekday: null }],
    ['The forum opens at 2 p.m. on June 9.', 'at 2 p.m. on June 9', 'month-day', day(6, 9)],
    ['The forum opens June 9 at 2 p.m. in Seoul.', 'June 9 at 2 p.m.', 'month-day', day(6, 9)],
    ['The meeting began on Monday, October 17 at 10:00 AM.', 'Monday, October 17 at 10:00 AM', 'month-day', day(10, 17, { weekday: 1 })],
    ['The council met on the afternoon of Friday, July 19.', 'the afternoon of Friday, July 19', 'month-day', day(7, 19, { weekday: 5 })],
    ['A leap day: Thursday, February 29, 2024.', 'Thursday, February 29, 2024', 'month-day', day(2, 29, { year: 2024, weekday: 4 })],
    ['THE KCC MEETS GLOBAL PLATFORMS ON JUNE 9', 'JUNE 9', 'month-day', day(6, 9)],
  ])('%s', (sentence, text, rule, reading) => {
    expect(found(sentence)).toEqual([{ text, rule, reading }]);
  });
});

describe('dates: found inside a long sentence, with offsets', () => {
  it('gives each expression its offsets in the string', () => {
    const sentence =
      'The Korea Communications Commission (KCC) held a meeting with the heads of three carriers on Tuesday, April 11, ' +
      'after a survey carried out from March 2 to 24 showed that subsidies had risen since 2021.';
    const dates = findDates(sentence, rules);
    expect(dates.map((date) => [sentence.slice(date.from, date.to), date.from])).toEqual([
      ['Tuesday, April 11', sentence.indexOf('Tuesday')],
      ['March 2 to 24', sentence.indexOf('March')],
      ['2021', sentence.indexOf('2021')],
    ]);
  });
});

describe('dates: not found', () => {
  it.each([
    ['a count of people', 'The survey asked 2024 people about their media use.'],
    ['a large number', 'A total of 17,253 teenagers took part.'],
    ['a statistics number', 'The data are approved statistics No. 164003.'],
    ['an amount', 'The fine is 2000 won per day.'],
    ['a percentage', 'The rate rose by 20.5%.'],
    ['"may" the verb', 'Operators that refuse 30 may be fined.'],
    ['a month name without a day or cue', 'The March report is ready.'],
    ['an ordinal that is not a day', 'The KCC held its 7th plenary meeting.'],
    ['an ordinal before a noun', 'The council met on the 15th anniversary.'],
    ['an ordinal before a noun, then "with"', 'The office on the 15th floor with a view opened.'],
    ['a weekday abbreviation alone', 'The Sun rose over the sea.'],
    ['a day number past the month', 'The council met on June 31.'],
    ['a half of something else', 'The first half of the meeting was closed.'],
  ])('%s', (_, sentence) => expect(found(sentence)).toEqual([]));
});

it('an impossible leap day is no day (its year alone is a mention)', () => {
  expect(found('The council met on February 29, 2023.').map((date) => date.reading.kind)).toEqual(['years']);
});

describe('dates: two months or years that are no range', () => {
  it.each<[string, string, string[]]>([
    ['"and" without "between": two months', 'Reports came in January and June 2023.', ['January', 'June 2023']],
    ['the same month twice', 'Results are due from June to June 2024.', ['June', 'June 2024']],
    ['an end before the start', 'It ran from March 2024 to January 2023.', ['March 2024', 'January 2023']],
    ['a day after the second month', 'It was open from January to June 9, 2024.', ['January', 'June 9, 2024']],
    ['"from" with "and": two years', 'Reports from 2020 and 2023 agree.', ['2020', '2023']],
    ['an end before the start, in years', 'It ran between 2024 and 2021.', ['2024', '2021']],
  ])('%s', (_, sentence, texts) => {
    expect(found(sentence).map((date) => date.text)).toEqual(texts);
  });
});

describe('dates: adversarial input', () => {
  it.each([
    ['weekday runs', 'Friday, '.repeat(15_000)],
    ['month runs', 'June June 9 '.repeat(9_000)],
    ['spaces', `June${' '.repeat(100_000)}9`],
    ['day parts', 'the afternoon of '.repeat(6_000)],
    ['digits', '2023. 6. '.repeat(12_000)],
    ['month ranges', 'between January and June to '.repeat(3_600)],
  ])('%s (100 KB) finish fast', (_, text) => {
    const started = performance.now();
    findDates(text, rules);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('calendar words of the date rules', () => {
  it.each([
    ['june', true],
    ['sept', true],
    ['may', true],
    ['friday', true],
    // Short weekday names alone may be other words ("Sun" is a Korean name).
    ['sun', false],
    ['fri', false],
    ['kim', false],
  ])('%s: %s', (word, expected) => {
    expect(rules.calendarWords.has(word)).toBe(expected);
  });
});
