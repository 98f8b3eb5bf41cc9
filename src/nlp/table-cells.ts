import { firstIndex } from '../sorted.js';
import { tableRowCells } from '../clean/lines.js';
import type { TokenizedBlock } from './tokenized-block.js';

/** Tables inside a block (rows of `| cells |`), as the officials' and the organizations' table rules read them. */

/** A range of the block: a cell's text, or a whole row. */
export interface Span {
  from: number;
  to: number;
}

const RULE_ROW = /^[\s|:-]*$/;

/** A table's rule row ("|---|---|"), or a blank line. */
export const isRuleRow = (line: string): boolean => RULE_ROW.test(line);

/** The cells of a line that is a table's row, as ranges of the block (`offset`: where the line starts); null for other lines and rule rows. */
export function cellsOf(line: string, offset: number): Span[] | null {
  if (RULE_ROW.test(line)) return null;
  return tableRowCells(line)?.map((cell) => ({ from: offset + cell.from, to: offset + cell.to })) ?? null;
}

/** The tokens inside a span: [first, end). */
export function tokensIn(tb: TokenizedBlock, span: Span): [number, number] {
  const first = firstIndex(tb.tokens, (token) => token.from >= span.from);
  let end = first;
  while (end < tb.tokens.length && tb.tokens[end]!.to <= span.to) end++;
  return [first, end];
}
