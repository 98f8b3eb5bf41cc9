import { allMatches } from '../rules/patterns.js';

/** A sentence of a block: offsets are into the block's cleaned text. */
export interface Sentence {
  text: string;
  from: number;
  to: number;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATION = /(?:\b(?:Mr|Ms|Mrs|Dr|Prof|Rep|Sen|Gov|Gen|Lt|Col|Capt|Co|Ltd|Inc|Corp|No|Nos|Art|Vol|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|Jr|Sr|U\.S|a\.m|p\.m)|\b[A-Z])\.$/;

/** . ! ? followed by space and a capital, digit or quote. */
const BOUNDARY = /[.!?]["'’”)]*\s+(?=["'‘“(]?[\p{Lu}\d])/gu;
/** The dots of a day written "2024. 11. 28.": a number, its dot, and a number of the day's with its dot. */
const DOTTED_DAY = /\d\.\s+\d{1,2}\./y;

/** Splits at . ! ? followed by space and a capital, digit or quote, except after abbreviations. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const match of allMatches(text, BOUNDARY)) {
    const stop = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(from, match.index - 8), match.index + 1))) continue;
    DOTTED_DAY.lastIndex = match.index - 1;
    if (DOTTED_DAY.test(text)) continue;
    push(text, from, stop, sentences);
    from = match.index + match[0].length;
  }
  push(text, from, text.length, sentences);
  return sentences;
}

function push(text: string, from: number, to: number, into: Sentence[]): void {
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) into.push({ text: trimmed, from: from + lead, to: from + lead + trimmed.length });
}
