import type { YearInference } from '../../record/types.js';
import { eraCovers, inferYear, weekdayContradiction, type Era, type YearProblem } from '../../resolve/year.js';
import { relativeValue, weekdayValue } from '../../resolve/relative-dates.js';
import { addMonths, daysInMonth, formatDay, isCalendarDay, isoDay, isoMonth, monthName, weekdayName, weekdayOf, type Day } from './calendar.js';
import type { DayOfMonthReading, DayReading, Reading } from './reading.js';
import type { DateContext } from './role.js';

/** The days a text writes with their year ("December 21, 2023"), by the day of the month, each once. */
export class WrittenDays {
  private readonly byDay = new Map<number, Day[]>();

  constructor(days: Iterable<Day>) {
    for (const day of days) {
      const same = this.byDay.get(day.day) ?? [];
      if (same.length === 0) this.byDay.set(day.day, same);
      if (!same.some((other) => other.year === day.year && other.month === day.month)) same.push(day);
    }
  }

  /** The one year written with this month and day, or null. */
  yearOf(month: number, day: number): number | null {
    const years = (this.byDay.get(day) ?? []).filter((other) => other.month === month);
    return years.length === 1 ? years[0]!.year : null;
  }

  /** The one day written in full with this day of the month, or null. */
  onlyOneWith(day: number): Day | null {
    const days = this.byDay.get(day) ?? [];
    return days.length === 1 ? days[0]! : null;
  }
}

/** Everything outside a date expression that its value may depend on. */
export interface Situation {
  published: Day | null;
  /** What relative words count from, and the rule id that says so. */
  anchor: { day: Day; reason: 'published' | 'event-day' | 'reference-date' };
  eras: readonly Era[];
  window: { from: number; to: number };
  /** A year written with another date of the same sentence. */
  nearbyYear: number | null;
  /** Years written alone in the same sentence ("the 2024 forum on Thursday, November 21"). */
  sentenceYears: readonly number[];
  /** The days the text writes with their year ("December 21, 2023"). */
  writtenDays: WrittenDays;
  /** The month the text last talked about, for "on the 16th". */
  monthInContext: { year: number; month: number } | null;
}

export interface Resolved {
  value: string;
  inferred: YearInference | null;
  problems: YearProblem[];
  /** The month this date talks about, when known, for the day-of-month that may follow. */
  month: { year: number; month: number } | null;
}

function yearOf(month: number, day: number | null, weekday: number | null, context: DateContext, situation: Situation): ReturnType<typeof inferYear> {
  const yearWrittenElsewhere = day === null ? null : situation.writtenDays.yearOf(month, day);
  const { nearbyYear, sentenceYears, published, eras, window } = situation;
  return inferYear({ month, day, weekday, nearbyYear, sentenceYears, yearWrittenElsewhere, published, future: context.future, eras, window });
}

/** The year of a month: as written, else inferred. */
function monthYear(written: number | null, month: number, context: DateContext, situation: Situation): ReturnType<typeof inferYear> {
  return written === null ? yearOf(month, null, null, context, situation) : { year: written, inferred: null, problems: [] };
}

/** The value of a part of a year whose year is written, or counted from the anchor ("this year"). */
function yearValue(year: number | { shift: number }, valueOf: (year: number) => string, situation: Situation): Resolved {
  if (typeof year === 'number') return { value: valueOf(year), inferred: null, problems: [], month: null };
  const counted = situation.anchor.day.year + year.shift;
  return anchored(valueOf(counted), counted, 'the year', situation);
}

function anchored(value: string, year: number, what: string, situation: Situation): Resolved {
  const day = formatDay(situation.anchor.day);
  const from = {
    published: `the publication date ${day}`,
    'event-day': `the day of the reported event ${day}, which the text writes in full (it states no publication date)`,
    'reference-date': `the reference date ${day} (the text states no publication date)`,
  }[situation.anchor.reason];
  return { value, inferred: { candidates: [year], reason: situation.anchor.reason, explanation: `${what} counted from ${from}` }, problems: [], month: null };
}

function dayValue(reading: DayReading, context: DateContext, situation: Situation): Resolved {
  const { month, day, weekday } = reading;
  const problems: YearProblem[] = [];
  let year = reading.year;
  let inferred: YearInference | null = null;
  if (context.named) {
    problems.push({ code: 'year-unknown', message: `${monthName(month)} ${day} is part of a name, so its year is not inferred` });
  } else if (year === null) {
    const answer = yearOf(month, day, weekday, context, situation);
    ({ year, inferred } = answer);
    problems.push(...answer.problems);
  } else {
    problems.push(...weekdayContradiction({ year, month, day }, weekday));
  }
  const start = isoDay(year, month, day);
  const known = year === null ? null : { year, month };
  if (!reading.end) return { value: start, inferred, problems, month: known };
  const { end } = reading;
  // "December 28 to January 3" runs into the next year.
  const wraps = end.month < month || (end.month === month && end.day < day);
  const endYear = end.year ?? (year === null ? null : year + (wraps ? 1 : 0));
  return { value: `${start}/${isoDay(endYear, end.month, end.day)}`, inferred, problems, month: known };
}

/** The month nearest the anchor in the sentence's direction in which a bare day falls. */
function monthFromAnchor(day: number, future: boolean, situation: Situation): { year: number; month: number } {
  const today = situation.anchor.day;
  return addMonths(today, future ? (day < today.day ? 1 : 0) : day > today.day ? -1 : 0);
}

/**
 * The text's month fits a bare day unless the day's weekday says otherwise ("the 6th (Wed.)" after
 * an April of another year), or it would put a past event after the publication date.
 */
function contextFits(day: number, weekday: number | null, future: boolean, situation: Situation): boolean {
  const context = situation.monthInContext;
  if (!context) return false;
  const date = { ...context, day };
  if (weekday !== null && isCalendarDay(date) && weekdayContradiction(date, weekday).length > 0) return false;
  return future || situation.anchor.reason !== 'published' || formatDay(date) <= formatDay(situation.anchor.day);
}

/**
 * The one month in which the day falls on its written weekday within every era the text names
 * ("the 5th (Wed)" in a term that runs from January to July 2024: June 2024), or null.
 */
function monthOfWeekdayInEras(day: number, weekday: number, situation: Situation): { year: number; month: number } | null {
  const found: Array<{ year: number; month: number }> = [];
  for (let year = situation.window.from; year <= situation.window.to; year++) {
    for (let month = 1; month <= 12; month++) {
      const date = { year, month, day };
      if (isCalendarDay(date) && weekdayOf(date) === weekday && situation.eras.every((era) => eraCovers(era, { from: date, to: date }))) found.push({ year, month });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/** A day of the month with its weekday: the era tells the month. */
function dayOfMonthByEra(reading: DayOfMonthReading, situation: Situation): Resolved | null {
  if (reading.weekday === null || situation.eras.length === 0) return null;
  const month = monthOfWeekdayInEras(reading.day, reading.weekday, situation);
  if (!month) return null;
  const eras = situation.eras.map((era) => era.label).join('; ');
  const explanation = `day ${reading.day} is a ${weekdayName(reading.weekday)} in ${monthName(month.month)} ${month.year} and in no other month when ${eras}`;
  return { value: formatDay({ ...month, day: reading.day }), inferred: { candidates: [month.year], reason: 'weekday+era', explanation }, problems: [], month };
}

/** A day of the month whose day the text writes in full once elsewhere: "held on the 21st" and "December 21, 2023". */
function dayOfMonthWrittenElsewhere(reading: DayOfMonthReading, situation: Situation): Resolved | null {
  const day = situation.writtenDays.onlyOneWith(reading.day);
  if (!day) return null;
  const explanation = `day ${reading.day} is written as ${monthName(day.month)} ${day.day}, ${day.year} elsewhere in the text`;
  const month = { year: day.year, month: day.month };
  return { value: formatDay(day), inferred: { candidates: [day.year], reason: 'written-elsewhere', explanation }, problems: weekdayContradiction(day, reading.weekday), month };
}

function dayOfMonthValue(reading: DayOfMonthReading, context: DateContext, situation: Situation): Resolved {
  // Without a month in context or a publication date to count from, the text may still tell the month.
  const fromText = !situation.monthInContext && situation.anchor.reason !== 'published' ? dayOfMonthWrittenElsewhere(reading, situation) ?? dayOfMonthByEra(reading, situation) : null;
  if (fromText) return fromText;
  const inContext = contextFits(reading.day, reading.weekday, context.future, situation);
  const { year, month } = inContext ? situation.monthInContext! : monthFromAnchor(reading.day, context.future, situation);
  const day = { year, month, day: reading.day };
  if (!isCalendarDay(day)) {
    return { value: isoDay(null, month, reading.day), inferred: null, problems: [{ code: 'year-unknown', message: `${isoMonth(year, month)} has no day ${reading.day}` }], month: null };
  }
  const problems = weekdayContradiction(day, reading.weekday);
  const value = formatDay(day);
  if (!inContext) return { ...anchored(value, year, 'the day of the month', situation), problems };
  const explanation = `the day of the month the text was talking about (${isoMonth(year, month)})`;
  return { value, inferred: { candidates: [year], reason: 'context-month', explanation }, problems, month: situation.monthInContext };
}

export function resolveDate(reading: Reading, context: DateContext, situation: Situation): Resolved {
  const anchor = situation.anchor.day;
  switch (reading.kind) {
    case 'day':
      return dayValue(reading, context, situation);
    case 'month': {
      const answer = monthYear(reading.year, reading.month, context, situation);
      const { year } = answer;
      // Without a year, the end of February is taken as in a common year; the value says XXXX anyway.
      const edgeDay = reading.edge === 'start' ? 1 : reading.edge === 'end' ? daysInMonth(year ?? 2001, reading.month) : null;
      const value = edgeDay === null ? isoMonth(year, reading.month) : isoDay(year, reading.month, edgeDay);
      return { value, inferred: answer.inferred, problems: answer.problems, month: year === null ? null : { year, month: reading.month } };
    }
    case 'month-range': {
      const answer = monthYear(reading.year, reading.month, context, situation);
      const { year } = answer;
      const endYear = reading.end.year ?? (year === null ? null : year + (reading.end.month < reading.month ? 1 : 0));
      const value = `${isoMonth(year, reading.month)}/${isoMonth(endYear, reading.end.month)}`;
      return { value, inferred: answer.inferred, problems: answer.problems, month: null };
    }
    case 'years':
      return { value: reading.from === reading.to ? String(reading.from) : `${reading.from}/${reading.to}`, inferred: null, problems: [], month: null };
    case 'year-part': {
      const [first, last] = reading.months;
      return yearValue(reading.year, (year) => `${isoMonth(year, first)}/${isoMonth(year, last)}`, situation);
    }
    case 'year-edge':
      return yearValue(reading.year, (year) => (reading.edge === 'start' ? isoDay(year, 1, 1) : isoDay(year, 12, 31)), situation);
    case 'relative': {
      const value = relativeValue(reading, anchor);
      return anchored(value, Number(value.slice(0, 4)), `the ${reading.unit}`, situation);
    }
    case 'weekday': {
      const value = weekdayValue(reading, anchor, context.future);
      return anchored(value, Number(value.slice(0, 4)), `the weekday${reading.shift === null ? `, ${context.future ? 'ahead (the sentence speaks of the future)' : 'looking back'},` : ''}`, situation);
    }
    case 'day-of-month':
      return dayOfMonthValue(reading, context, situation);
  }
}
