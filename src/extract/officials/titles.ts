import type { TokenizedBlock } from '../../nlp/tokenized-block.js';
import { textOf } from '../../nlp/tokens.js';
import type { OfficialRules } from './rules.js';

/** A role word or phrase in the text: "Standing commissioner", "Senior VP", "Dr.", "Mr.". */
export interface TitleMatch {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Lower case as written, in the singular; null for a courtesy word that states no role (Mr., Ms.). */
  text: string | null;
  honorific: boolean;
  /** A title only with an "of ..." phrase ("Head of ..."). */
  needsOf: boolean;
  /** Written in the plural ("Commissioners"): the title of each name after it. */
  plural: boolean;
}

const MAX_MODIFIERS = 3;

const SPACES = /\s+/g;
/** A title as the record gives it: lower case, runs of space as one. */
const folded = (text: string): string => text.toLowerCase().replace(SPACES, ' ');

/** The title with the words after it up to token `to` ("head of public affairs"), lower case, the title in the singular. */
export function titleText(tb: TokenizedBlock, title: TitleMatch, to: number): string {
  const last = tb.tokens[title.to - 1];
  const end = tb.tokens[to - 1];
  const tail = last && end && to > title.to ? folded(tb.block.text.slice(last.to, end.to)) : '';
  return (title.text ?? '') + tail;
}

const HAS_UPPER = /\p{Lu}/u;

/** A title at `at` that names one role, which a word before it or a title joined to it may extend: no courtesy word, no plural. */
function singleRoleAt(tb: TokenizedBlock, at: number, rules: OfficialRules): (TitleMatch & { text: string }) | null {
  const title = titleAt(tb, at, rules);
  return title && !title.honorific && !title.plural && title.text ? { ...title, text: title.text } : null;
}

const MAX_QUALIFYING_WORDS = 2;

/**
 * A title with words of its own before it, in apposition after a name: "Julie Inman Grant, eSafety
 * Commissioner", "John Edwards, Information Commissioner", "Siobhán Kelleher, Online Safety
 * Commissioner". The words have capitals, so that "then minister" is not one; a nationality or an
 * organization before a title is read by the caller first.
 */
export function qualifiedTitleAt(tb: TokenizedBlock, at: number, rules: OfficialRules): TitleMatch | null {
  const own = titleAt(tb, at, rules);
  if (own) return own;
  for (let count = 1; count <= MAX_QUALIFYING_WORDS; count++) {
    const word = tb.tokens[at + count - 1];
    if (word?.kind !== 'word' || !HAS_UPPER.test(word.text) || rules.titleWords.has(word.key)) return null;
    const title = singleRoleAt(tb, at + count, rules);
    if (title) return { ...title, from: at, text: `${folded(textOf(tb.block.text, tb.tokens, at, at + count))} ${title.text}` };
  }
  return null;
}

/** One role of two joined by "and", that an "of" phrase after them names for both: "Vice Chair and President (of Microsoft)". */
function withJoinedTitle(tb: TokenizedBlock, title: TitleMatch, rules: OfficialRules): TitleMatch {
  if (tb.keys[title.to] !== 'and') return title;
  const second = singleRoleAt(tb, title.to + 1, rules);
  return second ? { ...title, to: second.to, text: `${title.text} and ${second.text}`, needsOf: second.needsOf } : title;
}

/** Modifiers ("acting", "vice", "senior"), the longest title of the rules and a follower ("nominee"), or a courtesy word. */
export function titleAt(tb: TokenizedBlock, at: number, rules: OfficialRules): TitleMatch | null {
  if (tb.tokens[at]?.kind !== 'word') return null;
  let start = at;
  while (start - at < MAX_MODIFIERS && rules.modifiers.has(tb.keys[start] ?? '')) start++;
  for (const from of start === at ? [at] : [start, at]) {
    const match = rules.titles.matches(tb.keys, from)[0];
    if (!match) continue;
    const needsOf = match.values.every((value) => value.needsOf);
    // "Chairperson nominee Lee Jin-sook": the follower is part of the title.
    const to = from + match.length + (rules.followers.has(tb.keys[from + match.length] ?? '') ? 1 : 0);
    const written = folded(textOf(tb.block.text, tb.tokens, at, to));
    const plural = match.values.find((value) => value.plural !== null)?.plural;
    const text = plural && written.endsWith(plural.word) ? written.slice(0, -plural.word.length) + plural.singular : written;
    const title = { from: at, to, text, honorific: false, needsOf, plural: plural !== undefined };
    return plural ? title : withJoinedTitle(tb, title, rules);
  }
  const courtesy = rules.honorifics.matches(tb.keys, at)[0];
  const honorific = courtesy?.values[0];
  if (!courtesy || !honorific) return null;
  return { from: at, to: at + courtesy.length, text: honorific.title, honorific: true, needsOf: false, plural: false };
}
