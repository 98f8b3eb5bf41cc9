import { firstIndex } from '../sorted.js';
import { splitLines, tableRowCells } from '../clean/lines.js';
import type { TokenizedBlock } from './tokenized-block.js';

/** Tables inside a block (rows of `| cells |`), as the officials' and the organizations' table rules read them. */

/** A range of the block: a cell's text, or a whole row. */
export interface Span {
  from: number;
  to: number;
}

const RULE_ROW = /^[\s|:-]*$/;
const SPACES = /\s+/g;

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

/** A cell's text in lower case, runs of space as one: as headers are looked up and titles given. */
export const cellText = (tb: TokenizedBlock, cell: Span): string => tb.block.text.slice(cell.from, cell.to).toLowerCase().replace(SPACES, ' ');

/**
 * The rows of the block's tables under a header row, with what `readHeader` read in that header
 * (null for a row that is no header). A table ends at a line that is no row of it; a rule row
 * ("|---|") goes on with it.
 */
export function rowsUnderHeaders<H>(tb: TokenizedBlock, readHeader: (cells: Span[]) => H | null): Array<{ row: Span; cells: Span[]; header: H }> {
  const rows: Array<{ row: Span; cells: Span[]; header: H }> = [];
  if (!tb.block.text.includes('|')) return rows;
  let header: H | null = null;
  for (const line of splitLines(tb.block.text)) {
    const cells = cellsOf(line.text, line.start);
    if (!cells) {
      if (!RULE_ROW.test(line.text) || line.text.trim() === '') header = null;
      continue;
    }
    const read = readHeader(cells);
    if (read !== null) header = read;
    else if (header !== null) rows.push({ row: { from: line.start, to: line.end }, cells, header });
  }
  return rows;
}
