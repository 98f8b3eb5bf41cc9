import { describe, expect, it } from 'vitest';
import { cellsOf, cellText, rowsUnderHeaders, tokensIn, type Span } from '../src/nlp/table-cells.js';
import { tokenize } from '../src/nlp/tokens.js';
import type { TokenizedBlock } from '../src/nlp/tokenized-block.js';

const blockOf = (text: string): TokenizedBlock => {
  const tokens = tokenize(text);
  return { block: { kind: 'paragraph', text, span: () => ({ start: 0, end: 0, text: '' }) }, index: 0, tokens, keys: tokens.map((token) => token.key), shouting: false } as unknown as TokenizedBlock;
};

describe('table cells inside a block', () => {
  it.each<[string, string, number, string[] | null]>([
    ['a row: its cells, trimmed, offsets into the block', '| Kim Min-su |  Director |', 0, ['Kim Min-su', 'Director']],
    ['a row further on in the block', '| A | B |', 10, ['A', 'B']],
    ['a rule row: no cells', '|---|:---:|', 0, null],
    ['a line of prose: no cells', 'The KCC met.', 0, null],
  ])('%s', (_, line, offset, texts) => {
    const cells = cellsOf(line, offset);
    expect(cells?.map((cell) => line.slice(cell.from - offset, cell.to - offset)) ?? null).toEqual(texts);
  });

  it('the tokens inside a cell, and its text as a header is looked up', () => {
    const tb = blockOf('| Kim Min-su | Director  of Policy |');
    const [, second] = cellsOf(tb.block.text, 0) ?? [];
    const [from, end] = tokensIn(tb, second!);
    expect(tb.tokens.slice(from, end).map((token) => token.text)).toEqual(['Director', 'of', 'Policy']);
    expect(cellText(tb, second!)).toBe('director of policy');
  });

  it('rows under each header that the reader reads, to the line that ends the table; a rule row goes on with it', () => {
    const tb = blockOf('| Name | Fine |\n|---|---|\n| A | 1 |\n| B | 2 |\nA line of prose.\n| C | 3 |\n| Name | Note |\n| D | 4 |');
    const readHeader = (cells: Span[]): string | null => (cellText(tb, cells[0]!) === 'name' ? cellText(tb, cells[1]!) : null);
    const rows = rowsUnderHeaders(tb, readHeader).map(({ cells, header }) => [cellText(tb, cells[0]!), header]);
    expect(rows).toEqual([
      ['a', 'fine'],
      ['b', 'fine'],
      ['d', 'note'],
    ]);
  });
});
