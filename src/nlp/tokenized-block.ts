import { oncePer } from '../once.js';
import type { Block } from '../pipeline/doc.js';
import type { Span } from '../record/types.js';
import { isShouting, tokenize, type Token } from './tokens.js';

/** A block with its tokens: what the name, title and organization rules read. */
export interface TokenizedBlock {
  block: Block;
  /** Position in reading order, for "the most recent mention" questions across blocks. */
  index: number;
  tokens: Token[];
  keys: string[];
  /** All capitals: case cannot tell names from other words here. */
  shouting: boolean;
}

/** Tokens of a document's blocks, made once for all the extractors that read them. */
export const tokenizeBlocks = oncePer((blocks: readonly Block[]): TokenizedBlock[] =>
  blocks.map((block, index) => {
    const tokens = tokenize(block.text);
    return { block, index, tokens, keys: tokens.map((token) => token.key), shouting: isShouting(tokens) };
  }),
);

/** The input span of the tokens [from, to) (to > from) of a block of the document; null when the block or a token is missing. */
export function tokenSpan(blocks: readonly TokenizedBlock[], { block, from, to }: { block: number; from: number; to: number }): Span | null {
  const tb = blocks[block];
  const first = tb?.tokens[from];
  const last = tb?.tokens[to - 1];
  return tb && first && last ? tb.block.span(first.from, last.to) : null;
}

/** Reading-order comparison of two places given as (block index, token index). */
/** The index after a one-word parenthesis at `at` ("(KCC)" after a name), else `at`. */
export const afterParenthesis = (tb: TokenizedBlock, at: number): number => (tb.keys[at] === '(' && tb.keys[at + 2] === ')' ? at + 3 : at);

export const compareAt = (a: { block: number; from: number }, b: { block: number; from: number }): number => a.block - b.block || a.from - b.from;

/** Words that start sentences and lists in capitals without being part of a name. */
export const CAPITALIZED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'in', 'on', 'at', 'for', 'of', 'by',
  'with', 'from', 'to', 'and', 'or', 'as', 'if', 'after', 'before', 'during', 'since', 'under', 'while', 'when', 'also',
  'he', 'she', 'it', 'they', 'we', 'i', 'meanwhile', 'furthermore', 'moreover', 'however', 'first', 'second', 'third',
  'specifically', 'currently', 'previously', 'accordingly', 'therefore', 'both', 'each', 'all', 'some',
]);
