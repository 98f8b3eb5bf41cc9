import { describe, expect, it } from 'vitest';
import { PhraseTrie } from '../src/nlp/phrase-trie.js';

describe('phrase trie', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['korea', 'communications', 'commission'], 'KCC');
  trie.add(['korea'], 'country');
  trie.add([], 'never');

  it('finds every phrase at a position, longest first', () => {
    expect(trie.matches(['the', 'korea', 'communications', 'commission'], 1)).toEqual([
      { length: 3, values: ['KCC'] },
      { length: 1, values: ['country'] },
    ]);
  });

  it('finds a prefix when the text stops early', () => {
    expect(trie.matches(['korea', 'communications'], 0)).toEqual([{ length: 1, values: ['country'] }]);
  });

  it.each([
    ['a word that starts no phrase', ['the', 'commission'], 0],
    ['a word inside a phrase but not its start', ['korea', 'communications', 'commission'], 1],
    ['no words', [], 0],
    ['a position past the end', ['korea'], 1],
  ])('finds nothing at %s', (_case, keys, at) => {
    expect(trie.matches(keys, at)).toEqual([]);
  });
});
