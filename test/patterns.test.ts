import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp } from '../src/rules/patterns.js';

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
