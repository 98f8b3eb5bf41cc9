import type { TokenizedBlock } from '../../nlp/tokenized-block.js';
import { textOf } from '../../nlp/tokens.js';
import type { OfficialRules } from './rules.js';

/** A role word or phrase in the text: "Standing commissioner", "Senior VP", "Dr.", "Mr.". */
export interface TitleMatch {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Lower case as written; null for a courtesy word that states no role (Mr., Ms.). */
  text: string | null;
  honorific: boolean;
  /** A title only with an "of ..." phrase ("Head of ..."). */
  needsOf: boolean;
}

const MAX_MODIFIERS = 3;

const SPACES = /\s+/g;
export const lowerText = (tb: TokenizedBlock, from: number, to: number): string => textOf(tb.block.text, tb.tokens, from, to).toLowerCase().replace(SPACES, ' ');

/** Modifiers ("acting", "vice", "senior") then the longest title of the rules, or a courtesy word. */
export function titleAt(tb: TokenizedBlock, at: number, rules: OfficialRules): TitleMatch | null {
  if (tb.tokens[at]?.kind !== 'word') return null;
  let start = at;
  while (start - at < MAX_MODIFIERS && rules.modifiers.has(tb.keys[start] ?? '')) start++;
  for (const from of start === at ? [at] : [start, at]) {
    const match = rules.titles.matches(tb.keys, from)[0];
    const needsOf = match?.values.every((value) => value.needsOf) ?? false;
    if (match) return { from: at, to: from + match.length, text: lowerText(tb, at, from + match.length), honorific: false, needsOf };
  }
  const courtesy = rules.honorifics.matches(tb.keys, at)[0];
  const honorific = courtesy?.values[0];
  if (!courtesy || !honorific) return null;
  return { from: at, to: at + courtesy.length, text: honorific.title, honorific: true, needsOf: false };
}
