import { describe, expect, it } from 'vitest';
import { firstNameAt, mayReadAsPerson, nominalWords, readsAsPerson, readsAsPlace, verbsInLowerCase } from '../src/nlp/tags.js';

const words = (text: string): string[] => text.split(' ');

describe('compromise tags on short phrases', () => {
  const readings = { 'reads as a person': readsAsPerson, 'may read as a person': mayReadAsPerson, 'reads as a place': readsAsPlace };
  it.each<[string, keyof typeof readings, boolean]>([
    ['Joel Kaplan', 'reads as a person', true],
    ['Neal Mohan', 'reads as a person', true],
    ['Seoul National University', 'reads as a person', false],
    ['Meta Platforms', 'reads as a person', false],
    ['Thierry Breton', 'may read as a person', true],
    ['Markham Erickson', 'may read as a person', true],
    ['Faisal Al-Harbi', 'may read as a person', true],
    ['Public Policy', 'may read as a person', false],
    ['Co. Ltd.', 'may read as a person', false],
    ['San Francisco', 'may read as a person', false],
    ['Mountain View', 'may read as a person', false],
    ['Hong Kong', 'may read as a person', false],
    ['Korea', 'reads as a place', true],
    ['San Francisco', 'reads as a place', true],
    ['Nuri Telecom', 'reads as a place', false],
    ['Joel Kaplan', 'reads as a place', false],
  ])('%s %s: %s', (phrase, reading, expected) => {
    expect(readings[reading](words(phrase))).toBe(expected);
  });

  it('finds where a name starts after a title phrase', () => {
    expect(firstNameAt(words('Asia-Pacific Policy Mark Lippert'))).toBe(2);
    expect(firstNameAt(words('Public Affairs'))).toBe(-1);
  });

  it('tells the nouns of a tail from the verb after it', () => {
    expect(nominalWords(words('user protection held a meeting'))).toEqual([true, true, false, false, true]);
    expect(nominalWords(words('trust and safety at'))).toEqual([true, false, true, false]);
  });

  it('tells the verbs of a title-case headline, read in lower case', () => {
    expect(verbsInLowerCase(words('KCC Holds Public Media Forum'))).toEqual([false, true, false, false, false]);
    expect(verbsInLowerCase(words('Sign Language Broadcasting Council'))).toEqual([false, false, false, false]);
  });

  it('reads nothing in an empty or overlong phrase', () => {
    expect(nominalWords([])).toEqual([]);
    expect(readsAsPerson(Array.from({ length: 40 }, () => 'John'))).toBe(false);
  });
});
