import { addDays, compareDays, formatDay, isCalendarDay, monthName, weekdayName, weekdayOf, type Day } from '../extract/dates/calendar.js';
import type { YearInference } from '../record/types.js';

/**
 * The year of a date written without one. Rules run in a fixed order, each narrowing the years
 * still possible: an explicit year nearby, the publication date, the same day written with its year
 * elsewhere in the text, the weekday written beside the day, the era the text names, and among the
 * years these leave, one written alone in the same sentence. A rule that would leave no year
 * contradicts an earlier one: it is reported, never silently obeyed. When more than one year is
 * left, there is no answer.
 */

/** Inclusive interval of days. */
export interface Interval {
  from: Day;
  to: Day;
}

/** A span of time the text places itself in: an official's term, a president's administration. */
export interface Era {
  /** For people: "Lee Sang-in was standing commissioner from 2023-04-07 to 2023-12-01". */
  label: string;
  intervals: readonly Interval[];
}

export interface YearQuestion {
  month: number;
  /** Null for a month without a day. */
  day: number | null;
  weekday: number | null;
  /** A year written with another date of the same sentence. */
  nearbyYear: number | null;
  /** Years written alone in the same sentence: a last resort among the few years other evidence left. */
  sentenceYears: readonly number[];
  /** The one year the text writes with the same month and day elsewhere ("December 21, 2023" in an overview). */
  yearWrittenElsewhere: number | null;
  published: Day | null;
  /** The sentence speaks of the future: the date falls on or after publication. */
  future: boolean;
  eras: readonly Era[];
  /** Years that are possible at all. */
  window: { from: number; to: number };
}

export interface YearProblem {
  code: 'weekday-contradiction' | 'year-unknown';
  message: string;
}

export interface YearAnswer {
  year: number | null;
  inferred: YearInference | null;
  problems: YearProblem[];
}

const monthDayName = (q: YearQuestion): string => `${monthName(q.month)}${q.day === null ? '' : ` ${q.day}`}`;
const listYears = (years: readonly number[]): string => (years.length <= 6 ? years.join(', ') : `${years.slice(0, 3).join(', ')}, ..., ${years.slice(-2).join(', ')}`);

/** The date in year `year`, as the first and last day it covers. */
function coverage(q: YearQuestion, year: number): Interval {
  if (q.day !== null) return { from: { year, month: q.month, day: q.day }, to: { year, month: q.month, day: q.day } };
  return { from: { year, month: q.month, day: 1 }, to: { year, month: q.month, day: 31 } };
}

const overlaps = (a: Interval, b: Interval): boolean => compareDays(a.from, b.to) <= 0 && compareDays(b.from, a.to) <= 0;

/** Some interval of the era overlaps the days `days` covers. */
export const eraCovers = (era: Era, days: Interval): boolean => era.intervals.some((interval) => overlaps(days, interval));

/**
 * Days after publication within which a day written without its year is the coming one even where
 * no word speaks of the future ("applications can be submitted from March 18 to 20" in a release of
 * March 15): a text names the year of a day that lies a whole year back.
 */
const SOON_DAYS = 14;

/** The year nearest the publication date in the sentence's direction: before it, or after it for the future. */
function nearPublication(q: YearQuestion, published: Day, years: readonly number[]): number | undefined {
  const publishedInterval = { from: published, to: published };
  const sameMonth = (year: number): boolean => q.day === null && overlaps(coverage(q, year), publishedInterval);
  if (q.future) return years.find((year) => sameMonth(year) || compareDays(coverage(q, year).from, published) >= 0);
  const soon = addDays(published, SOON_DAYS);
  const upcoming = q.day === null ? undefined : years.find((year) => compareDays(coverage(q, year).from, published) > 0 && compareDays(coverage(q, year).from, soon) <= 0);
  return upcoming ?? [...years].reverse().find((year) => sameMonth(year) || compareDays(coverage(q, year).to, published) <= 0);
}

/** A written weekday that the day, its year known, does not fall on. */
export function weekdayContradiction(day: Day, weekday: number | null): YearProblem[] {
  if (weekday === null || weekdayOf(day) === weekday) return [];
  return [{ code: 'weekday-contradiction', message: `${formatDay(day)} is a ${weekdayName(weekdayOf(day))}, not a ${weekdayName(weekday)}` }];
}

export function inferYear(q: YearQuestion): YearAnswer {
  const problems: YearProblem[] = [];
  const reasons: string[] = [];
  const explanations: string[] = [];
  let years: number[] = [];
  for (let year = q.window.from; year <= q.window.to; year++) if (q.day === null || isCalendarDay({ year, month: q.month, day: q.day })) years.push(year);
  let before = years;

  /** Keeps `kept` as the years still possible, unless it would leave none. */
  const narrow = (reason: string, kept: number[], explanation: string, shown: number[] = years): boolean => {
    if (kept.length === 0) return false;
    if (kept.length < years.length) {
      before = shown;
      years = kept;
      if (!reasons.includes(reason)) reasons.push(reason);
      explanations.push(explanation);
    }
    return true;
  };

  if (q.nearbyYear !== null && years.includes(q.nearbyYear)) {
    narrow('explicit-year', [q.nearbyYear], `the year ${q.nearbyYear} is written with another date of the same sentence`, [q.nearbyYear]);
  }
  if (years.length > 1 && q.published) {
    const published = q.published;
    const year = nearPublication(q, published, years);
    const shown = years.filter((candidate) => Math.abs(candidate - published.year) <= 1 || candidate === year);
    if (year !== undefined) {
      const direction = q.future ? 'next after' : compareDays(coverage(q, year).from, published) > 0 ? `within ${SOON_DAYS} days after` : 'last before';
      narrow('published', [year], `${monthDayName(q)} ${direction} the publication date ${formatDay(published)}${q.future ? ' (the sentence speaks of the future)' : ''}`, shown);
    }
  }
  // After the publication date, which dates the text's own days; the same day of another year may be written too.
  const elsewhere = q.yearWrittenElsewhere;
  if (years.length > 1 && elsewhere !== null && years.includes(elsewhere)) {
    narrow('written-elsewhere', [elsewhere], `${monthDayName(q)} is written with the year ${elsewhere} elsewhere in the text`, [elsewhere]);
  }
  if (q.weekday !== null && q.day !== null) {
    const day = q.day;
    const matching = years.filter((year) => weekdayOf({ year, month: q.month, day }) === q.weekday);
    const name = weekdayName(q.weekday);
    if (matching.length === 0) {
      problems.push({ code: 'weekday-contradiction', message: `${monthDayName(q)} is not a ${name} in ${listYears(years)}` });
    } else {
      narrow('weekday', matching, `${monthDayName(q)} is a ${name} in ${listYears(matching)} of the years ${q.window.from}-${q.window.to}`);
    }
  }
  for (const era of q.eras) {
    if (years.length <= 1) break;
    narrow('era', years.filter((year) => eraCovers(era, coverage(q, year))), era.label);
  }
  // Only to choose among the few years other evidence left: alone, "its 2023 survey ... on January 14"
  // may well be January 2024.
  const inSentence = years.filter((year) => q.sentenceYears.includes(year));
  if (years.length > 1 && reasons.length > 0 && inSentence.length === 1) {
    narrow('year-in-sentence', inSentence, `the year ${inSentence[0]} is written in the same sentence`);
  }

  if (years.length !== 1 || reasons.length === 0) {
    const message = `the year of ${monthDayName(q)} cannot be told from the text${years.length > 1 ? ` (it could be ${listYears(years)})` : ''}`;
    return { year: null, inferred: null, problems: [...problems, { code: 'year-unknown', message }] };
  }
  const [year] = years as [number];
  return { year, inferred: { candidates: before, reason: reasons.join('+'), explanation: explanations.join('; ') }, problems };
}
