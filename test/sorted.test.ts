import { describe, expect, it } from 'vitest';
import { firstIndex } from '../src/sorted.js';

describe('firstIndex: the first element for which the test holds, in an array ordered by it', () => {
  it.each<[string, number[], number, number]>([
    ['in the middle', [1, 3, 5, 7], 4, 2],
    ['an equal element is included', [1, 3, 5, 7], 5, 2],
    ['the first of equal elements', [1, 5, 5, 5, 7], 5, 1],
    ['before all', [1, 3, 5], 0, 0],
    ['after all: the length', [1, 3, 5], 9, 3],
    ['an empty array', [], 1, 0],
  ])('%s', (_, items, value, index) => {
    expect(firstIndex(items, (item) => item >= value)).toBe(index);
  });

  it('orders strings too (a prefix and the words that start with it sit together)', () => {
    const words = ['app', 'protect', 'protection', 'protects', 'user'];
    expect(firstIndex(words, (word) => word >= 'protect')).toBe(1);
  });
});
