export interface Line {
  /** The line without its newline. */
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end), start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

const TABLE_ROW = /^\s*\|/;

/**
 * The cells of a line that is a table's row ("| a | b |"), trimmed, as ranges of the line; text after
 * the last bar is a cell too. Null for a line that is no row.
 */
export function tableRowCells(line: string): Array<{ from: number; to: number }> | null {
  if (!TABLE_ROW.test(line)) return null;
  const cells: Array<{ from: number; to: number }> = [];
  for (let start = line.indexOf('|') + 1; start <= line.length; ) {
    const bar = line.indexOf('|', start);
    const end = bar === -1 ? line.length : bar;
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (bar !== -1 || raw.trim() !== '') cells.push({ from: start + lead, to: start + lead + raw.trim().length });
    if (bar === -1) break;
    start = bar + 1;
  }
  return cells;
}

const LETTER = /\p{L}/gu;
/** Hangul letters: the script also holds tone marks and circled syllables, which are no letters. */
const HANGUL_LETTER = /(?=\p{L})\p{Script=Hangul}/gu;

/** Share of letters in a string that are Hangul; navigation in Korean is mostly Hangul. */
export function hangulShare(text: string): number {
  // Counted by the patterns themselves: a test per character made a long line cost milliseconds.
  const letters = text.match(LETTER)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(HANGUL_LETTER)?.length ?? 0) / letters;
}
