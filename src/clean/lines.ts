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

const LETTER = /\p{L}/gu;
/** Hangul letters: the script also holds tone marks and circled syllables, which are no letters. */
const HANGUL_LETTER = /(?=\p{L})\p{Script=Hangul}/gu;

/** Share of letters in a string that are Hangul; navigation in Korean is mostly Hangul. */
export function hangulShare(text: string): number {
  // Counted by the patterns themselves: a test per character made a long line cost milliseconds.
  const letters = text.match(LETTER)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(HANGUL_LETTER)?.length ?? 0) / letters;
}
