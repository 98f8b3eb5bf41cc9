import { describe, expect, it } from 'vitest';
import { MappedText } from '../src/clean/mapped-text.js';

/** Every clean character, with the input range it maps to. */
const charMap = (mapped: MappedText): [string, number, number][] =>
  [...mapped.text].map((char, index) => {
    const { start, end } = mapped.toInput(index, index + 1);
    return [char, start, end];
  });

describe('MappedText.identity', () => {
  it.each([
    ['', 0, 0, { start: 0, end: 0 }],
    ['KCC', 0, 3, { start: 0, end: 3 }],
    ['KCC', 1, 2, { start: 1, end: 2 }],
    ['KCC', 3, 3, { start: 3, end: 3 }],
    ['방통위 KCC', 4, 7, { start: 4, end: 7 }],
  ])('%j [%i, %i) maps to itself', (input, start, end, expected) => {
    const mapped = MappedText.identity(input);
    expect(mapped.text).toBe(input);
    expect(mapped.toInput(start, end)).toEqual(expected);
  });

  it('an empty or reversed range is empty at its start', () => {
    const mapped = MappedText.identity('Korea Communications Commission');
    expect(mapped.toInput(6, 6)).toEqual({ start: 6, end: 6 });
    expect(mapped.toInput(6, 2)).toEqual({ start: 6, end: 6 });
  });

  it('counts UTF-16 code units, as JavaScript strings do', () => {
    const input = 'A 😀 B';
    const mapped = MappedText.identity(input);
    const range = mapped.toInput(2, 4);
    expect(input.slice(range.start, range.end)).toBe('😀');
  });
});

describe('MappedTextBuilder: keep, replace, delete', () => {
  const input = 'Hello,\u00A0KCC\u200B world';

  it.each([
    [
      'keep everything',
      (m: MappedText) => m.derive().keep(0, m.text.length),
      input,
    ],
    [
      'delete a zero-width space (by not keeping it)',
      (m: MappedText) => m.derive().keep(0, 10).keep(11, m.text.length),
      'Hello,\u00A0KCC world',
    ],
    [
      'replace an NBSP by a space',
      (m: MappedText) => m.derive().keep(0, 6).replace(6, 7, ' ').keep(7, m.text.length),
      'Hello, KCC\u200B world',
    ],
    [
      'replace by nothing is a delete',
      (m: MappedText) => m.derive().keep(0, 10).replace(10, 11, '').keep(11, m.text.length),
      'Hello,\u00A0KCC world',
    ],
    [
      'keep an empty or reversed range adds nothing',
      (m: MappedText) => m.derive().keep(0, 5).keep(3, 3).keep(4, 2),
      'Hello',
    ],
  ])('%s', (_, build, expected) => {
    const clean = build(MappedText.identity(input)).build();
    expect(clean.text).toBe(expected);
    // Every clean character maps back to an input range holding it or the character it replaced.
    for (const [char, start, end] of charMap(clean)) {
      const original = input.slice(start, end);
      expect(char === original || (char === ' ' && original === '\u00A0')).toBe(true);
    }
  });

  it('a deleted character is skipped: the range around it covers it in the input', () => {
    const clean = MappedText.identity(input).derive().keep(0, 10).keep(11, input.length).build();
    const at = clean.text.indexOf('KCC world');
    const range = clean.toInput(at, at + 'KCC world'.length);
    expect(range).toEqual({ start: 7, end: 17 });
    expect(input.slice(range.start, range.end)).toBe('KCC\u200B world');
  });

  it('a multi-character replacement maps every character to the whole replaced range', () => {
    const source = 'Tel.\tNo';
    const clean = MappedText.identity(source).derive().keep(0, 4).replace(4, 5, '   ').keep(5, 7).build();
    expect(clean.text).toBe('Tel.   No');
    expect(charMap(clean).slice(4, 7)).toEqual([
      [' ', 4, 5],
      [' ', 4, 5],
      [' ', 4, 5],
    ]);
    expect(clean.toInput(5, 6)).toEqual({ start: 4, end: 5 });
    expect(clean.toInput(0, 9)).toEqual({ start: 0, end: 7 });
  });

  it('a replacement of several characters by one maps to all of them', () => {
    const source = 'line one\r\nline two';
    const clean = MappedText.identity(source).derive().keep(0, 8).replace(8, 10, '\n').keep(10, source.length).build();
    expect(clean.text).toBe('line one\nline two');
    expect(clean.toInput(8, 9)).toEqual({ start: 8, end: 10 });
    const two = clean.text.indexOf('line two');
    expect(clean.toInput(two, two + 8)).toEqual({ start: 10, end: 18 });
  });

  it('an empty replacement leaves no characters, and the next kept character maps to itself', () => {
    const source = 'ab[x]cd';
    const clean = MappedText.identity(source).derive().keep(0, 2).replace(2, 5, '').keep(5, 7).build();
    expect(clean.text).toBe('abcd');
    expect(charMap(clean)).toEqual([
      ['a', 0, 1],
      ['b', 1, 2],
      ['c', 5, 6],
      ['d', 6, 7],
    ]);
  });

  it.each([
    ['an empty clean range at the end', 'abcd', 4, 4, { start: 7, end: 7 }],
    ['an empty clean range in the middle', 'abcd', 2, 2, { start: 5, end: 5 }],
  ])('toInput of %s', (_, expected, start, end, range) => {
    const clean = MappedText.identity('ab[x]cd').derive().keep(0, 2).replace(2, 5, '').keep(5, 7).build();
    expect(clean.text).toBe(expected);
    expect(clean.toInput(start, end)).toEqual(range);
  });

  it('a text with everything deleted is empty and maps its end to the input end', () => {
    const clean = MappedText.identity('\u200B\u200B').derive().build();
    expect(clean.text).toBe('');
    expect(clean.toInput(0, 0)).toEqual({ start: 2, end: 2 });
  });
});

describe('derive twice: offsets still point into the original input', () => {
  const input = 'Nav\r\nTitle\u00A0KCC\u200B\r\nBody text.';
  // First pass: CRLF -> LF, NBSP -> space, zero-width space deleted.
  const first = MappedText.identity(input)
    .derive()
    .keep(0, 3)
    .replace(3, 5, '\n')
    .keep(5, 10)
    .replace(10, 11, ' ')
    .keep(11, 14)
    .replace(14, 15, '')
    .replace(15, 17, '\n')
    .keep(17, input.length)
    .build();
  // Second pass: drop the first line.
  const second = first.derive().keep(4, first.text.length).build();

  it('the texts are as expected', () => {
    expect(first.text).toBe('Nav\nTitle KCC\nBody text.');
    expect(second.text).toBe('Title KCC\nBody text.');
  });

  it.each([
    ['Title', 'Title'],
    ['KCC', 'KCC'],
    ['Title KCC', 'Title\u00A0KCC'],
    ['Body text.', 'Body text.'],
    ['KCC\nBody', 'KCC\u200B\r\nBody'],
  ])('%j maps to %j in the input', (clean, original) => {
    const at = second.text.indexOf(clean);
    expect(at).toBeGreaterThanOrEqual(0);
    const { start, end } = second.toInput(at, at + clean.length);
    expect(input.slice(start, end)).toBe(original);
  });

  it('the end of the twice-derived text is the end of the input', () => {
    expect(second.toInput(second.text.length, second.text.length)).toEqual({ start: input.length, end: input.length });
  });
});
