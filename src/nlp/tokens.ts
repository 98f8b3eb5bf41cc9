import { allMatches } from '../rules/patterns.js';

/** Words and punctuation of a text, with offsets into it; the unit every name and title rule reads. */

export type TokenKind = 'word' | 'punct' | 'possessive';

export interface Token {
  text: string;
  /** Offsets into the tokenized text. */
  from: number;
  to: number;
  kind: TokenKind;
  /** Lower case, curly apostrophes straightened: the form rules are keyed by. */
  key: string;
}

/**
 * A word keeps inner hyphens, dots, ampersands, apostrophes and trailing pluses ("Sang-in", "C&C",
 * "O'Loughlin", "LGU+"); "'s" after a word is a possessive of its own, so "YouTube’s" still contains
 * the name "YouTube".
 * Every other non-space character is a punctuation token, but for Markdown's emphasis marks (`*`,
 * `_`), which are no tokens: "**Seo Yu-jin**, a research fellow" reads as the name and its comma.
 * Each alternative consumes what it matches without backtracking across tokens.
 */
const TOKEN = /([\p{L}\p{N}]+(?:[&.\-‐][\p{L}\p{N}]+|['’](?!s(?![\p{L}\p{N}]))\p{L}+)*\+*)|(['’]s(?![\p{L}\p{N}]))|([^\s*_])/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of allMatches(text, TOKEN)) {
    const kind: TokenKind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'possessive' : 'punct';
    tokens.push({ text: match[0], from: match.index, to: match.index + match[0].length, kind, key: keyOf(match[0]) });
  }
  return tokens;
}

const KEY_VARIANTS = /[’‘‐]/;

export function keyOf(text: string): string {
  const lower = text.toLowerCase();
  // Most words hold no curly apostrophe or hyphen: no need to replace them.
  return KEY_VARIANTS.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/‐/g, '-') : lower;
}

/** The keys of a phrase written in a rules file, tokenized like the text it is matched against. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.key);
}

// The case tests below run for nearly every token. Patterns held in constants are made once, and come
// compiled in the start-up snapshot; a literal inside a function is a new object at each call.
const UPPER_FIRST = /^\p{Lu}/u;
const UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ANY_UPPER = /\p{Lu}/u;
const ANY_LOWER = /\p{Ll}/u;

export const isCapitalized = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && UPPER_FIRST.test(token.text);

/** "Meta", "Sang-in", "Public-Private": an upper-case letter, then lower case. */
export const isTitleCase = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && UPPER_THEN_LOWER.test(token.text);

/** "KCC", "LGU+", "C&C": no lower-case letter. */
export const isUpperCase = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && ANY_UPPER.test(token.text) && !ANY_LOWER.test(token.text);

export const isLowerCase = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && LOWER_FIRST.test(token.text);

/** A headline in capitals: case says nothing about names there. */
export const isShouting = (tokens: readonly Token[]): boolean => !tokens.some((token) => token.kind === 'word' && ANY_LOWER.test(token.text));

/** The text from the first token's start to the last token's end. */
export function textOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.from, last.to) : '';
}
