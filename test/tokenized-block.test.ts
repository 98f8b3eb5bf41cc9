import { describe, expect, it } from 'vitest';
import { MappedText } from '../src/clean/mapped-text.js';
import { tokenizeBlocks, tokenSpan } from '../src/nlp/tokenized-block.js';
import { Block } from '../src/pipeline/doc.js';

const input = 'Title\n\nChairman Kim Hong-il met KBS.\n';
const source = MappedText.identity(input);
const blocks = [new Block('title', 'Title', source, 0, input), new Block('paragraph', 'Chairman Kim Hong-il met KBS.', source, 7, input)];

describe('tokenizeBlocks', () => {
  it('tokenizes each block once per document, in reading order', () => {
    const tokenized = tokenizeBlocks(blocks);
    expect(tokenizeBlocks(blocks)).toBe(tokenized);
    expect(tokenized.map((tb) => [tb.index, tb.tokens.map((token) => token.text)])).toEqual([
      [0, ['Title']],
      [1, ['Chairman', 'Kim', 'Hong-il', 'met', 'KBS', '.']],
    ]);
  });
});

describe('tokenSpan', () => {
  const tokenized = tokenizeBlocks(blocks);
  it.each([
    ['a name, as offsets into the input', { block: 1, from: 1, to: 3 }, { text: 'Kim Hong-il', start: 16, end: 27 }],
    ['one token', { block: 1, from: 4, to: 5 }, { text: 'KBS', start: 32, end: 35 }],
    ['a range past the block', { block: 1, from: 5, to: 9 }, null],
    ['a block that does not exist', { block: 5, from: 0, to: 1 }, null],
  ])('%s', (_name, range, expected) => {
    expect(tokenSpan(tokenized, range)).toEqual(expected);
  });
});
