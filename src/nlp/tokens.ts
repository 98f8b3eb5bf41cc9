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
 * A word keeps inner hyphens, dots, ampersands and trailing pluses ("Sang-in", "C&C", "LGU+");
 * "'s" after a word is a possessive of its own, so "YouTube’s" still contains the name "YouTube".
 * Every other non-space character is a punctuation token. Each alternative consumes what it
 * matches without backtracking across tokens.
 */
const TOKEN = /([\p{L}\p{N}]+(?:[&.\-‐][\p{L}\p{N}]+)*\+*)|(['’]s(?![\p{L}\p{N}]))|(\S)/gu;

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

export const isCapitalized = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);

/** "Meta", "Sang-in", "Public-Private": an upper-case letter, then lower case. */
export const isTitleCase = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text);

/** "KCC", "LGU+", "C&C": no lower-case letter. */
export const isUpperCase = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && /\p{Lu}/u.test(token.text) && !/\p{Ll}/u.test(token.text);

export const isLowerCase = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && /^\p{Ll}/u.test(token.text);

/** A headline in capitals: case says nothing about names there. */
export const isShouting = (tokens: readonly Token[]): boolean => !tokens.some((token) => token.kind === 'word' && /\p{Ll}/u.test(token.text));

/** The text from the first token's start to the last token's end. */
export function textOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last ? text.slice(first.from, last.to) : '';
}
