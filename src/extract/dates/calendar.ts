/** Proleptic Gregorian days without time zones: all arithmetic in UTC, so no clock or zone leaks in. */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const utc = ({ year, month, day }: Day): Date => new Date(Date.UTC(year, month - 1, day));
const fromUtc = (date: Date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isCalendarDay({ year, month, day }: Day): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A month and day that some year has: February 29 counts, February 30 does not. */
export function isMonthDay(month: number, day: number): boolean {
  return isCalendarDay({ year: 2000, month, day });
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function weekdayOf(day: Day): number {
  return utc(day).getUTCDay() || 7;
}

export function addDays(day: Day, days: number): Day {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** The month `shift` months after (before, when negative) a month. */
export function addMonths({ year, month }: { year: number; month: number }, shift: number): { year: number; month: number } {
  const months = year * 12 + (month - 1) + shift;
  return { year: Math.floor(months / 12), month: (months % 12) + 1 };
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** English names for messages to people (the names read in texts are data, in dates.yaml). */
export const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? String(month);
export const weekdayName = (weekday: number): string => WEEKDAY_NAMES[weekday - 1] ?? String(weekday);

const pad = (value: number): string => String(value).padStart(2, '0');

const isoYear = (year: number | null): string => (year === null ? 'XXXX' : String(year).padStart(4, '0'));
export const isoMonth = (year: number | null, month: number): string => `${isoYear(year)}-${pad(month)}`;
export const isoDay = (year: number | null, month: number, day: number): string => `${isoMonth(year, month)}-${pad(day)}`;
export const formatDay = (day: Day): string => isoDay(day.year, day.month, day.day);

/** A `YYYY-MM-DD` string as a Day; the caller vouches that it is one (dates of rules and Date lines). */
export function parseDay(text: string): Day {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}
