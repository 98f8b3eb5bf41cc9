import { describe, expect, it } from 'vitest';
import { parseDay } from '../src/extract/dates/calendar.js';
import { inferYear, type Era, type YearQuestion } from '../src/resolve/year.js';

const era = (label: string, from: string, to: string): Era => ({ label, intervals: [{ from: parseDay(from), to: parseDay(to) }] });
const YOON = era("Yoon Suk Yeol's administration", '2022-05-10', '2025-04-04');
const MOON = era("Moon Jae-in's administration", '2017-05-10', '2022-05-09');

const ask = (question: Partial<YearQuestion> & { month: number }): ReturnType<typeof inferYear> =>
  inferYear({ day: null, weekday: null, nearbyYear: null, sentenceYears: [], yearWrittenElsewhere: null, published: null, future: false, eras: [], window: { from: 2003, to: 2027 }, ...question });
const published = (day: string): { published: YearQuestion['published'] } => ({ published: parseDay(day) });

describe('year inference: the rule that decides, in order', () => {
  it.each<[string, Partial<YearQuestion> & { month: number }, number, string]>([
    ['an explicit year nearby wins over the publication date', { month: 7, day: 1, nearbyYear: 2022, ...published('2024-05-01') }, 2022, 'explicit-year'],
    ['a past event: the last June 9 up to publication', { month: 6, day: 9, ...published('2023-06-12') }, 2023, 'published'],
    ['a release of January 2 about December 28: the previous year', { month: 12, day: 28, ...published('2024-01-02') }, 2023, 'published'],
    ['the future: the first January 5 after a December release', { month: 1, day: 5, future: true, ...published('2023-12-20') }, 2024, 'published'],
    ['a day within 14 days after publication, no word of the future: the coming one', { month: 3, day: 18, ...published('2024-03-15') }, 2024, 'published'],
    ['a day 15 days after publication, no word of the future: the last one', { month: 3, day: 30, ...published('2024-03-15') }, 2023, 'published'],
    ['a day within 14 days after publication, across the year end', { month: 1, day: 3, ...published('2023-12-28') }, 2024, 'published'],
    ['a leap day published in 2025: the last February 29 before it', { month: 2, day: 29, ...published('2025-03-01') }, 2024, 'published'],
    ['a month published in that month', { month: 5, ...published('2023-05-15') }, 2023, 'published'],
    ['a month after publication in a past sentence: the year before', { month: 11, ...published('2023-05-15') }, 2022, 'published'],
    ['Friday, June 9 in Yoon\'s administration', { month: 6, day: 9, weekday: 5, eras: [YOON] }, 2023, 'weekday+era'],
    ['Thursday, February 29: the one leap day on a Thursday', { month: 2, day: 29, weekday: 4 }, 2024, 'weekday'],
    ['Saturday, June 9 in Moon\'s administration', { month: 6, day: 9, weekday: 6, eras: [MOON] }, 2018, 'weekday+era'],
    ['the same day written with its year elsewhere in the text', { month: 12, day: 21, weekday: 4, yearWrittenElsewhere: 2023, eras: [MOON] }, 2023, 'written-elsewhere'],
    ['the publication date before the same day written elsewhere', { month: 12, day: 28, yearWrittenElsewhere: 2022, ...published('2024-01-02') }, 2023, 'published'],
    ['a year written alone in the sentence, among the years the weekday leaves', { month: 11, day: 21, weekday: 4, sentenceYears: [2024] }, 2024, 'weekday+year-in-sentence'],
    ['an era alone fixes a day when it spans less than a year', { month: 9, day: 1, eras: [era('a term', '2023-04-07', '2023-12-01')] }, 2023, 'era'],
  ])('%s', (_, question, year, reason) => {
    const answer = ask(question);
    expect(answer.year).toBe(year);
    expect(answer.inferred?.reason).toBe(reason);
    expect(answer.problems).toEqual([]);
  });

  it('says which years were possible and why the chosen one won', () => {
    const answer = ask({ month: 6, day: 9, weekday: 5, eras: [YOON] });
    expect(answer.inferred?.candidates).toEqual([2006, 2017, 2023]);
    expect(answer.inferred?.explanation).toContain('June 9 is a Friday in 2006, 2017, 2023');
    expect(answer.inferred?.explanation).toContain("Yoon Suk Yeol's administration");
  });
});

describe('year inference: contradictions are reported, not obeyed', () => {
  it('a weekday that contradicts the year from the publication date', () => {
    const answer = ask({ month: 6, day: 9, weekday: 1, ...published('2023-06-12') });
    expect(answer.year).toBe(2023);
    expect(answer.problems).toEqual([{ code: 'weekday-contradiction', message: 'June 9 is not a Monday in 2023' }]);
  });

  it('a weekday that contradicts the year written nearby', () => {
    expect(ask({ month: 6, day: 9, weekday: 1, nearbyYear: 2023 }).problems.map((problem) => problem.code)).toEqual(['weekday-contradiction']);
  });

  it('an era that leaves no year is passed over', () => {
    const answer = ask({ month: 6, day: 9, weekday: 5, eras: [era('a term before the window', '1990-01-01', '1995-12-31'), YOON] });
    expect(answer.year).toBe(2023);
  });
});

describe('year inference: no answer without evidence', () => {
  it.each<[string, Partial<YearQuestion> & { month: number }]>([
    ['a year written alone in the sentence, with nothing else to go by', { month: 1, day: 14, sentenceYears: [2023] }],
    ['a day and nothing else', { month: 6, day: 9 }],
    ['a weekday that fits several years, no era', { month: 6, day: 9, weekday: 5 }],
    ['an era of several years, no weekday', { month: 6, day: 9, eras: [YOON] }],
  ])('%s', (_, question) => {
    const answer = ask(question);
    expect(answer.year).toBeNull();
    expect(answer.inferred).toBeNull();
    expect(answer.problems.map((problem) => problem.code)).toEqual(['year-unknown']);
  });
});
