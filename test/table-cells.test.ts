import { describe, expect, it } from 'vitest';
import { cellsOf, isRuleRow, tokensIn } from '../src/nlp/table-cells.js';
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

  it.each<[string, boolean]>([
    ['|---|---|', true],
    ['', true],
    ['| A |', false],
  ])('rule row or blank: %j is %s', (line, expected) => {
    expect(isRuleRow(line)).toBe(expected);
  });

  it('the tokens inside a cell', () => {
    const tb = blockOf('| Kim Min-su | Director of Policy |');
    const [, second] = cellsOf(tb.block.text, 0) ?? [];
    const [from, end] = tokensIn(tb, second!);
    expect(tb.tokens.slice(from, end).map((token) => token.text)).toEqual(['Director', 'of', 'Policy']);
  });
});
