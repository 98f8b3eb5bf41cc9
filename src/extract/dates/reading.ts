/**
 * What a parser read in the text, kept apart from what is implied: a year that is not written
 * is null here and left to year inference; a relative word keeps its shift until an anchor is known.
 */

export interface DayReading {
  kind: 'day';
  year: number | null;
  month: number;
  day: number;
  /** ISO weekday written beside the date, if any. */
  weekday: number | null;
  /** The last day of a range ("June 9-10"); its null year follows the first day's. */
  end: { year: number | null; month: number; day: number } | null;
}

export interface MonthReading {
  kind: 'month';
  year: number | null;
  month: number;
  /** "the end of March" names a day of the month: its first or last. */
  edge: 'start' | 'end' | null;
}

/** "between January and June 2024", "March to May": from one month to another. */
export interface MonthRangeReading {
  kind: 'month-range';
  year: number | null;
  month: number;
  /** Its null year follows the first month's, or the next year when the range runs past December. */
  end: { year: number | null; month: number };
}

export interface YearsReading {
  kind: 'years';
  from: number;
  to: number;
}

/** "the first half of 2024": months of a year, the year written or counted from the anchor. */
export interface YearPartReading {
  kind: 'year-part';
  year: number | { shift: number };
  months: readonly [number, number];
}

/** "the end of this year", "the beginning of 2025": the first or last day of a year. */
export interface YearEdgeReading {
  kind: 'year-edge';
  year: number | { shift: number };
  edge: 'start' | 'end';
}

/** "today", "last week", "next month", "this year". */
export interface RelativeReading {
  kind: 'relative';
  unit: 'day' | 'week' | 'month' | 'year';
  shift: number;
}

/** "on Tuesday", "last Tuesday": shift null when only the tense says which week. */
export interface WeekdayReading {
  kind: 'weekday';
  weekday: number;
  shift: number | null;
}

/** "on the 16th": a day of the month the text is talking about. */
export interface DayOfMonthReading {
  kind: 'day-of-month';
  day: number;
  weekday: number | null;
}

export type Reading = DayReading | MonthReading | MonthRangeReading | YearsReading | YearPartReading | YearEdgeReading | RelativeReading | WeekdayReading | DayOfMonthReading;

/** A date expression in a string: [from, to) offsets, the parser that read it, and what it read. */
export interface Found {
  from: number;
  to: number;
  rule: string;
  reading: Reading;
}

/** Readings that name one day (or a range of days), as opposed to months and years. */
export function isDayPrecise(reading: Reading): boolean {
  return (
    reading.kind === 'day' ||
    reading.kind === 'weekday' ||
    reading.kind === 'day-of-month' ||
    (reading.kind === 'relative' && reading.unit === 'day') ||
    (reading.kind === 'month' && reading.edge !== null)
  );
}
