import { describe, expect, it } from 'vitest';
import { dateLineDay, isoDay, publishedFrom } from '../src/pipeline/published.js';
import { loadRules } from '../src/rules/load.js';

describe('isoDay: a Date line value read as a calendar day', () => {
  it.each([
    ['2023-06-09', '2023-06-09'],
    ['2023-6-9', '2023-06-09'],
    ['2023. 6. 9.', '2023-06-09'],
    ['2023.06.09', '2023-06-09'],
    ['2023/6/9', '2023-06-09'],
    ['2023-6-9.', '2023-06-09'],
    [' 2023-06-09 ', '2023-06-09'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2023-12-31', '2023-12-31'],
  ])('%j -> %s', (text, value) => {
    expect(isoDay(text)).toBe(value);
  });

  it.each([
    ['February 30', '2023-02-30'],
    ['February 29 of a common year', '2023-02-29'],
    ['February 29 of a century that is no leap year', '1900-02-29'],
    ['month 13', '2023-13-01'],
    ['month 0', '2023-00-10'],
    ['day 0', '2023-06-00'],
    ['day 32', '2023-01-32'],
    ['words', 'June 9, 2023'],
    ['digits run together', '20230609'],
    ['a two-digit year', '23-06-09'],
    ['a day with text after it', '2023-06-09 Read 12'],
    ['empty', ''],
  ])('refused: %s (%j)', (_, text) => {
    expect(isoDay(text)).toBeNull();
  });
});

describe('publishedFrom: the Date line span', () => {
  it('found: the value and the span it was read from', () => {
    const input = 'Title KCC fines three carriers\nDate 2023. 9. 14. Read 5\n';
    const start = input.indexOf('2023');
    const span = { text: '2023. 9. 14.', start, end: start + 12 };
    expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(publishedFrom(span)).toEqual({ value: '2023-09-14', span });
  });

  it.each([
    ['no Date line', null],
    ['a Date line that is no calendar day', { text: '2023-02-30', start: 36, end: 46 }],
  ])('not found: %s', (_, span) => {
    expect(publishedFrom(span)).toBeNull();
  });
});

describe('dateLineDay: a line that states only a day with its year', () => {
  const rules = loadRules();
  /** The line's day, and the text it was read from. */
  const expectDayLine = (line: string, value: string | null, text: string): void => {
    const day = dateLineDay(line, rules);
    expect(day?.value).toBe(value);
    expect(day && line.slice(day.from, day.to)).toBe(text);
  };
  it.each([
    ['a day in words', 'June 9, 2023', '2023-06-09', 'June 9, 2023'],
    ['dotted, with the weekday', '2023. 6. 9. (Fri)', '2023-06-09', '2023. 6. 9. (Fri)'],
    ['a label', 'Release date: June 9, 2023', '2023-06-09', 'June 9, 2023'],
    ['emphasis marks', '*June 9, 2023*', '2023-06-09', 'June 9, 2023'],
    ['the weekday first', 'Friday, June 9, 2023', '2023-06-09', 'Friday, June 9, 2023'],
    ['a byline with the letterhead\'s name', '**December 28, 2023 | Korea Communications Commission**', '2023-12-28', 'December 28, 2023'],
    ['the letterhead\'s words first', 'Press Release · June 9, 2023', '2023-06-09', 'June 9, 2023'],
    ['a Word letterhead\'s cells, parted by a gap', 'Embargo: upon distribution   Date: Thursday, 14 March 2024', '2024-03-14', 'Thursday, 14 March 2024'],
    ['an embargo note with the hour', 'Embargo: Not to be published before 12:00, Friday, 8 September 2023', '2023-09-08', 'Friday, 8 September 2023'],
    ['an embargo in capitals', 'EMBARGOED UNTIL 00:01 HRS, 14 March 2024', '2024-03-14', '14 March 2024'],
    ['the hour after the day', 'Release date: June 9, 2023, 14:00', '2023-06-09', 'June 9, 2023, 14:00'],
    ['the hour and time zone after the day', '9 June 2023, 12:00 KST', '2023-06-09', '9 June 2023, 12:00'],
    ['a table row, the label in a cell of its own', '| Distribution | 2024. 3. 7. (Thu) |', '2024-03-07', '2024. 3. 7. (Thu)'],
    ['a table row, the hour before the day', '| For release | From 12:00, 2024. 3. 7. (Thu) |', '2024-03-07', '2024. 3. 7. (Thu)'],
    ['a Korean weekday', '2024. 5. 24.(금)', '2024-05-24', '2024. 5. 24.(금)'],
    ['a byline in emphasis with the letterhead\'s words', '**Korea Communications Commission** | Press release | 11 April 2025', '2025-04-11', '11 April 2025'],
    ['a byline of two issuers, labelled', '*Korea Communications Commission · Korea Community Media Foundation — released 2024. 11. 29.*', '2024-11-29', '2024. 11. 29.'],
    ['a quoted byline with the issuing division', '> Press release | 3 April 2025 | Digital User Protection Division', '2025-04-03', '3 April 2025'],
    ['"Posted on"', '*Posted on 30 September 2022*', '2022-09-30', '30 September 2022'],
    ['the read count beside it', '**Date** 2022-11-14 &nbsp;|&nbsp; **Read** 3187'.replaceAll('&nbsp;', ' '), '2022-11-14', '2022-11-14'],
    ['a chrome phrase in the next cell', '2023. 9. 18.(Mon)  For immediate release', '2023-09-18', '2023. 9. 18.(Mon)'],
    ['a chrome phrase touching the day', '2023. 9. 18.(Mon) For immediate release', '2023-09-18', '2023. 9. 18.(Mon)'],
  ])('%s: %j', (_, line, value, text) => expectDayLine(line, value, text));

  it.each([
    ['more fields after the day', '| Release | 2023. 11. 21.(Tue) 12:00 | Pages | 3 |', '2023-11-21', '2023. 11. 21.(Tue) 12:00'],
    ['words after the day', 'HOLD FOR RELEASE: 06:00, Thursday, October 14, 2021 (morning papers of October 14)', '2021-10-14', 'Thursday, October 14, 2021'],
    ['the release day before the distribution day', 'Release date: 2022. 11. 24.(Thu) morning papers / Distributed: 2022. 11. 23.(Wed) 14:00', '2022-11-24', '2022. 11. 24.(Thu)'],
    ['the release day after the distribution day', '| Distribution | 2024. 3. 6.(Wed) | Embargo | 12:00 on 2024. 3. 7.(Thu) |', '2024-03-07', '2024. 3. 7.(Thu)'],
    ['the distribution day alone', 'Release: Upon distribution   Distribution date: 2022. 8. 25.(Thu)', '2022-08-25', '2022. 8. 25.(Thu)'],
    ['an embargo and the online release', 'Embargo: 2023. 10. 18.(Wed) morning papers (online from 12:00, 2023. 10. 17.(Tue))', '2023-10-18', '2023. 10. 18.(Wed)'],
    ['Korean labels', '보도 일시: 2024. 5. 24.(금) 16:00   배포 일시: 2024. 5. 23.(목) 09:00', '2024-05-24', '2024. 5. 24.(금) 16:00'],
    ['the day of issue', '| Date of issue | 2023. 9. 14. (Thu) | Embargo | None (may be reported upon receipt) |', '2023-09-14', '2023. 9. 14. (Thu)'],
    ['a hold note', '| Hold for | Morning papers of 2024. 8. 30. (Fri) / online from 06:00 |', '2024-08-30', '2024. 8. 30. (Fri)'],
  ])('a letterhead\'s line of fields that opens with the label of its day, %s: %j', (_, line, value, text) => expectDayLine(line, value, text));

  it.each([
    ['alone', 'Friday, June 9', 'Friday, June 9', { month: 6, day: 9, weekday: 5 }],
    ['labelled, with the hour', 'Embargo: From 12:00, Friday, February 28 (online and broadcast)', 'Friday, February 28', { month: 2, day: 28, weekday: 5 }],
    ['in a table row', '| Embargo | 12:00, Thursday, December 26 (morning papers of Friday, December 27) |', 'Thursday, December 26', { month: 12, day: 26, weekday: 4 }],
    ['February 29, a day in a leap year', 'Release: Thursday, February 29', 'Thursday, February 29', { month: 2, day: 29, weekday: 4 }],
  ])('a day without its year, for the dates to date (value null), %s: %j', (_, line, text, reading) => {
    expectDayLine(line, null, text);
    expect(dateLineDay(line, rules)?.reading).toMatchObject({ year: null, ...reading });
  });

  it.each([
    ['a day with its year beats one without', 'Embargo: Friday, February 28 / Distribution: 2025. 2. 27.(Thu)', '2025-02-27'],
    ['a release day beats a distribution day', 'Distribution: 2025. 2. 27.(Thu) / Embargo: 2025. 2. 28.(Fri)', '2025-02-28'],
  ])('the best day of a line: %s', (_, line, value) => {
    expect(dateLineDay(line, rules)?.value).toBe(value);
  });

  it.each([
    ['a headline with a day in it', 'KCC to hold a forum on June 9, 2023'],
    ['a day that no year has', 'Embargo: Friday, February 30'],
    ['a sentence that opens with a label\'s word', 'Released on June 9, 2023, the report shows growth in every region.'],
    ['a label without its colon', 'Release of the report on June 9, 2023 and of the data on June 10, 2023'],
    ['a month', 'June 2023'],
    ['two days', 'June 9, 2023 and June 10, 2023'],
    ['no calendar day', 'February 30, 2023'],
    ['a label of something else', 'Deadline: June 9, 2023'],
    ['a byline part that is no chrome', 'June 9, 2023 | KCC to hold a forum'],
    ['two byline parts that are no chrome', 'KCC to hold a forum | June 9, 2023 | Seoul to host it'],
    ['a cell that is no chrome', 'June 9, 2023   KCC to hold a forum'],
    ['an embargo of something else', 'Embargo on KCC data lifted on June 9, 2023'],
    ['a table row whose label is of something else', '| Deadline | 2024. 3. 7. (Thu) |'],
  ])('not: %s', (_, line) => {
    expect(dateLineDay(line, rules)).toBeNull();
  });
});
