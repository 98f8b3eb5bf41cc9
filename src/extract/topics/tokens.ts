import type { Block } from '../../pipeline/doc.js';
import { splitSentences } from '../../pipeline/sentences.js';
import { allMatches } from '../../rules/patterns.js';

/** A word of a block; `from`/`to` are offsets into the block's cleaned text. */
export interface Token {
  /** As written, without a possessive ending ("Meta’s" -> "Meta"). */
  text: string;
  lower: string;
  from: number;
  to: number;
  /** Index into `TokenizedBlock.sentences`. */
  sentence: number;
}

export interface BlockSentence {
  from: number;
  to: number;
  /** Starts with a footnote mark (`*`, `※`), or sits on a line that does. */
  footnote: boolean;
}

export interface TokenizedBlock {
  block: Block;
  tokens: Token[];
  sentences: BlockSentence[];
  /** An all-capitals headline: case says nothing there, so names match case-insensitively. */
  shouting: boolean;
  /** Token indices per lower-case word, to look cue words up instead of scanning. */
  byWord: Map<string, number[]>;
}

/** Words split at hyphens ("AI-based" -> AI, based), keeping "LGU+" and inner apostrophes. */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*\+*/gu;
const FOOTNOTE_MARKS = /^[*※]/;
const NOT_LETTERS = /[^\p{L}]/gu;
/** A footnote squashed into its paragraph: "... era. * Intelligent ..." is a sentence boundary. */
const INLINE_FOOTNOTE = /[.!?]["'’”)]*\s+(?=[*※])/g;

/** "Meta’s" -> "Meta". Tested by its last two characters: this runs for every word of every block. */
function withoutPossessive(word: string): string {
  const last = word.charAt(word.length - 1);
  const beforeLast = word.charAt(word.length - 2);
  return (last === 's' || last === 'S') && (beforeLast === "'" || beforeLast === '’') ? word.slice(0, -2) : word;
}

function sentencesOf(block: Block): Array<{ from: number; to: number }> {
  const pieces: Array<{ from: number; to: number }> = [];
  for (const sentence of splitSentences(block.text)) {
    let from = sentence.from;
    for (const mark of allMatches(sentence.text, INLINE_FOOTNOTE)) {
      const cut = sentence.from + mark.index + mark[0].length;
      pieces.push({ from, to: sentence.from + mark.index + 1 });
      from = cut;
    }
    pieces.push({ from, to: sentence.to });
  }
  return pieces;
}

/** Whether the input line holding the block's start opens with a footnote mark the cleaner removed. */
function markedLine(block: Block, input: string): boolean {
  const start = block.span(0, 0).start;
  const lineStart = input.lastIndexOf('\n', start - 1) + 1;
  return FOOTNOTE_MARKS.test(input.slice(lineStart, start).trim());
}

export function tokenize(block: Block, input: string): TokenizedBlock {
  const sentences: BlockSentence[] = sentencesOf(block).map(({ from, to }, index) => ({
    from,
    to,
    footnote: FOOTNOTE_MARKS.test(block.text.slice(from, to)) || (index === 0 && markedLine(block, input)),
  }));
  const tokens: Token[] = [];
  const byWord = new Map<string, number[]>();
  sentences.forEach((sentence, index) => {
    for (const match of allMatches(block.text.slice(sentence.from, sentence.to), WORD)) {
      const text = withoutPossessive(match[0]);
      const from = sentence.from + match.index;
      const lower = text.toLowerCase();
      const positions = byWord.get(lower) ?? [];
      if (positions.length === 0) byWord.set(lower, positions);
      positions.push(tokens.length);
      tokens.push({ text, lower, from, to: from + text.length, sentence: index });
    }
  });
  const letters = block.text.replace(NOT_LETTERS, '');
  const shouting = letters.length > 0 && letters === letters.toUpperCase();
  return { block, tokens, sentences, shouting, byWord };
}
