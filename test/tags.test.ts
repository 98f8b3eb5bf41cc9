import { describe, expect, it } from 'vitest';
import { firstNameAt, mayReadAsPerson, nominalWords, readsAsPerson, readsAsPlace } from '../src/nlp/tags.js';

const words = (text: string): string[] => text.split(' ');

describe('compromise tags on short phrases', () => {
  it.each<[string, boolean]>([
    ['Joel Kaplan', true],
    ['Neal Mohan', true],
    ['Seoul National University', false],
    ['Meta Platforms', false],
  ])('%s reads as a person: %s', (phrase, expected) => {
    expect(readsAsPerson(words(phrase))).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Thierry Breton', true],
    ['Markham Erickson', true],
    ['Public Policy', false],
    ['San Francisco', false],
    ['Mountain View', false],
    ['Hong Kong', false],
  ])('%s may read as a person: %s', (phrase, expected) => {
    expect(mayReadAsPerson(words(phrase))).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Korea', true],
    ['San Francisco', true],
    ['Nuri Telecom', false],
    ['Joel Kaplan', false],
  ])('%s reads as a place: %s', (phrase, expected) => {
    expect(readsAsPlace(words(phrase))).toBe(expected);
  });

  it('finds where a name starts after a title phrase', () => {
    expect(firstNameAt(words('Asia-Pacific Policy Mark Lippert'))).toBe(2);
    expect(firstNameAt(words('Public Affairs'))).toBe(-1);
  });

  it('tells the nouns of a tail from the verb after it', () => {
    expect(nominalWords(words('user protection held a meeting'))).toEqual([true, true, false, false, true]);
    expect(nominalWords(words('trust and safety at'))).toEqual([true, false, true, false]);
  });

  it('reads nothing in an empty or overlong phrase', () => {
    expect(nominalWords([])).toEqual([]);
    expect(readsAsPerson(Array.from({ length: 40 }, () => 'John'))).toBe(false);
  });
});
