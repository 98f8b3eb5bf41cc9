import { describe, expect, it } from 'vitest';
import { addMonths } from '../src/extract/dates/calendar.js';

describe('addMonths', () => {
  it.each([
    [{ year: 2023, month: 6 }, 1, { year: 2023, month: 7 }],
    [{ year: 2023, month: 12 }, 1, { year: 2024, month: 1 }],
    [{ year: 2024, month: 1 }, -1, { year: 2023, month: 12 }],
    [{ year: 2023, month: 6 }, 0, { year: 2023, month: 6 }],
    [{ year: 2023, month: 3 }, -15, { year: 2021, month: 12 }],
  ])('%o shifted by %i is %o', (from, shift, expected) => {
    expect(addMonths(from, shift)).toEqual(expected);
  });
});
