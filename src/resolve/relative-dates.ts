import { addDays, addMonths, formatDay, isoMonth, weekdayOf, type Day } from '../extract/dates/calendar.js';
import type { RelativeReading, WeekdayReading } from '../extract/dates/reading.js';

/**
 * Dates counted from an anchor day (the publication date, else the reference date): "today",
 * "last week", "next month", "this year", "on Tuesday".
 */

/** The Monday of the ISO week of `day`. */
const mondayOf = (day: Day): Day => addDays(day, 1 - weekdayOf(day));

export function relativeValue(reading: RelativeReading, anchor: Day): string {
  switch (reading.unit) {
    case 'day':
      return formatDay(addDays(anchor, reading.shift));
    case 'week': {
      const monday = addDays(mondayOf(anchor), 7 * reading.shift);
      return `${formatDay(monday)}/${formatDay(addDays(monday, 6))}`;
    }
    case 'month': {
      const { year, month } = addMonths(anchor, reading.shift);
      return isoMonth(year, month);
    }
    case 'year':
      return String(anchor.year + reading.shift);
  }
}

/**
 * A weekday named alone. "last Tuesday" is the one before the anchor day, "next Tuesday" the one
 * after it, "this Tuesday" the one in its week; a bare "on Tuesday" is the latest one up to the
 * anchor day, or the first one after it when the sentence speaks of the future.
 */
export function weekdayValue(reading: WeekdayReading, anchor: Day, future: boolean): string {
  const back = (weekdayOf(anchor) - reading.weekday + 7) % 7;
  const ahead = (reading.weekday - weekdayOf(anchor) + 7) % 7;
  const shift = reading.shift ?? (future ? 1 : -1);
  if (reading.shift === 0) return formatDay(addDays(mondayOf(anchor), reading.weekday - 1));
  if (shift < 0) return formatDay(addDays(anchor, reading.shift === null ? -back : -(back || 7)));
  return formatDay(addDays(anchor, ahead || 7));
}
