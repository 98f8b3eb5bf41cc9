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

/** Share of letters in a string that are Hangul; navigation in Korean is mostly Hangul. */
export function hangulShare(text: string): number {
  let hangul = 0;
  let letters = 0;
  for (const char of text) {
    if (/\p{L}/u.test(char)) {
      letters++;
      if (/\p{Script=Hangul}/u.test(char)) hangul++;
    }
  }
  return letters === 0 ? 0 : hangul / letters;
}
