import { describe, expect, it } from 'vitest';
import { parseDay } from '../src/extract/dates/calendar.js';
import type { RelativeReading, WeekdayReading } from '../src/extract/dates/reading.js';
import { relativeValue, weekdayValue } from '../src/resolve/relative-dates.js';

/** 2024-01-01 is a Monday; 2023-12-31 a Sunday. */
describe('relative dates: counted from the anchor day', () => {
  it.each<[string, RelativeReading, string]>([
    ['today', { kind: 'relative', unit: 'day', shift: 0 }, '2024-01-01'],
    ['yesterday, across the year end', { kind: 'relative', unit: 'day', shift: -1 }, '2023-12-31'],
    ['this week', { kind: 'relative', unit: 'week', shift: 0 }, '2024-01-01/2024-01-07'],
    ['last week, across the year end', { kind: 'relative', unit: 'week', shift: -1 }, '2023-12-25/2023-12-31'],
    ['last month, across the year end', { kind: 'relative', unit: 'month', shift: -1 }, '2023-12'],
    ['next month', { kind: 'relative', unit: 'month', shift: 1 }, '2024-02'],
    ['last year', { kind: 'relative', unit: 'year', shift: -1 }, '2023'],
  ])('%s', (_, reading, value) => expect(relativeValue(reading, parseDay('2024-01-01'))).toBe(value));
});

describe('relative dates: a weekday alone (anchor Wednesday 2024-05-22)', () => {
  const anchor = parseDay('2024-05-22');
  it.each<[string, WeekdayReading, boolean, string]>([
    ['on Tuesday, looking back', { kind: 'weekday', weekday: 2, shift: null }, false, '2024-05-21'],
    ['on Wednesday, looking back: the anchor day itself', { kind: 'weekday', weekday: 3, shift: null }, false, '2024-05-22'],
    ['on Tuesday, ahead', { kind: 'weekday', weekday: 2, shift: null }, true, '2024-05-28'],
    ['last Wednesday: the week before', { kind: 'weekday', weekday: 3, shift: -1 }, false, '2024-05-15'],
    ['next Friday', { kind: 'weekday', weekday: 5, shift: 1 }, false, '2024-05-24'],
    ['this Monday: in the anchor week', { kind: 'weekday', weekday: 1, shift: 0 }, false, '2024-05-20'],
  ])('%s', (_, reading, future, value) => expect(weekdayValue(reading, anchor, future)).toBe(value));
});
