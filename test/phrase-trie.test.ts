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

  it('finds nothing elsewhere', () => {
    expect(trie.matches(['the', 'commission'], 0)).toEqual([]);
    expect(trie.matches([], 0)).toEqual([]);
  });
});
