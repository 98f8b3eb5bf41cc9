import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allMatches, alternation, atWordStart, escapeRegExp, firstWordStartMatch, WORD_START, wordStartMatches } from '../src/rules/patterns.js';

const whole = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})`, 'iu');

describe('alternation', () => {
  it.each([
    ['longest first, so a longer word wins over its prefix', ['Sep', 'Sept'], 'Sept. 9', 'Sept'],
    ['spaces and hyphens between words match each other', ['Gwacheon Government Complex'], 'Gwacheon-Government  Complex', 'Gwacheon-Government  Complex'],
    ['special characters are literal', ['a.m.'], 'a.m. sharp', 'a.m.'],
    ['space around a word is not part of it', [' forum '], 'forum', 'forum'],
  ])('%s', (_name, words, text, matched) => {
    expect(whole(words).exec(text)?.[0]).toBe(matched);
  });

  it('lists a word given twice once', () => {
    expect(alternation(['May', 'May', 'June'])).toBe('June|May');
  });
});

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
  });
});

type Matches = (text: string, pattern: RegExp) => Array<[number, string]>;

/** `found` and `expected` give the same matches on 2,000 texts of pieces of `alphabet`, each pattern in turn. */
function expectSameOnAnyText(alphabet: readonly string[], patterns: readonly RegExp[], found: Matches, expected: Matches): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), fc.constantFrom(...patterns), (parts, pattern) => {
      const text = parts.join('');
      expect(found(text, pattern)).toEqual(expected(text, pattern));
    }),
    { numRuns: 2000 },
  );
}

describe('allMatches', () => {
  const found = (text: string, pattern: RegExp): Array<[number, string]> => [...allMatches(text, pattern)].map((match) => [match.index, match[0]]);
  const matchAll = (text: string, pattern: RegExp): Array<[number, string]> => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);

  it('finds exactly what matchAll finds, empty matches and surrogate pairs included, on any text', () => {
    const alphabet = ['a', 'B', '1', ' ', '.', '한', '𝐀', '😀', '\ud800', 'may', '\n'];
    const patterns = [/\d+/gu, /\p{L}*/gu, /(?:)/g, /(?:)/gu, /[a-z]+|\d/giu, /\b/g, /^|$/gmu];
    expectSameOnAnyText(alphabet, patterns, found, matchAll);
  });

  it('lets uses of one pattern interleave, as copies would', () => {
    const digits = /\d/g;
    const outer = allMatches('1 2', digits);
    expect(outer.next().value?.[0]).toBe('1');
    expect([...allMatches('7 8 9', digits)].map((match) => match[0])).toEqual(['7', '8', '9']);
    expect(outer.next().value?.[0]).toBe('2');
    expect(outer.next().done).toBe(true);
    expect(digits.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => [...allMatches('1', /\d/)]).toThrow(TypeError);
    expect(() => [...'1'.matchAll(/\d/)]).toThrow(TypeError);
  });
});

describe('wordStartMatches', () => {
  const withLookbehind = (text: string, pattern: RegExp): Array<[number, string]> =>
    [...text.matchAll(new RegExp(`${WORD_START}(?:${pattern.source})`, pattern.flags))].map((match) => [match.index, match[0]]);
  const found = (text: string, pattern: RegExp): Array<[number, string]> =>
    [...wordStartMatches(text, atWordStart(pattern.source, pattern.flags))].map((match) => [match.index, match[0]]);

  it.each([
    ['a match right after a letter is dropped', /\d+/gu, 'A1 and 22', [[7, '22']]],
    ['a later match inside a dropped one is still found', /\d{1,2}\s+\d/gu, 'x12 3 4', [[4, '3 4']]],
    ['case does not matter to the letter before', /june/giu, 'ΣJune june', [[6, 'june']]],
    ['a letter outside the Basic Multilingual Plane counts as a letter', /\d/gu, '𝐀1 2', [[4, '2']]],
    ['an emoji is no letter', /\d/gu, '😀1', [[2, '1']]],
  ])('%s', (_name, pattern, text, expected) => {
    expect(found(text, pattern)).toEqual(expected);
    expect(withLookbehind(text, pattern)).toEqual(expected);
  });

  it('finds exactly what the source with the lookbehind before it finds, on any text', () => {
    const alphabet = ['a', 'B', '1', '2', ' ', '-', '.', 'ſ', 'K', '\u0345', 'é', '한', '𝐀', '😀', '\ud800', 'may', 'May ', '12'];
    const patterns = [/\d{1,2}/gu, /may\s*\d*/giu, /[a-z]+|\d/giu, /(?:a|ab)(?![\p{L}])/giu, /\p{L}\d/gu, /(?:the\s+)?\d+(?:st|th)?/giu];
    expectSameOnAnyText(alphabet, patterns, found, withLookbehind);
  });

  it('takes another lookbehind: not after a hyphen either', () => {
    const notHyphenated = atWordStart('at', 'giu', '(?<![\\p{L}\\p{N}-])');
    expect([...wordStartMatches('re-at at', notHyphenated)].map((match) => match.index)).toEqual([6]);
    expect(firstWordStartMatch('held at', notHyphenated)?.index).toBe(5);
    expect(firstWordStartMatch('what', notHyphenated)).toBeNull();
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => atWordStart('\\d', 'u')).toThrow(TypeError);
  });
});
