import { mayReadAsPerson } from '../../nlp/tags.js';
import { CAPITALIZED_FUNCTION_WORDS, type TokenizedBlock } from '../../nlp/tokenized-block.js';
import type { Token } from '../../nlp/tokens.js';
import type { OfficialRules } from './rules.js';

/**
 * Name shapes. Korean names: a family name of the rules, then a given name written hyphenated, spaced
 * or joined ("Lee Sang-in", "Lee Sang In", "Lee Sangin"), or given name first ("Sang-in Lee"); the
 * given name must read as romanized Korean syllables. Western names: two or three capitalized words.
 */

export interface PersonName {
  /** Token range [from, to) in the block. */
  from: number;
  to: number;
  /** Family name first for Korean names, as written otherwise. */
  display: string;
  /** Folded full name: mentions with the same key are the same person. */
  key: string;
  /** The word that refers to the person alone ("Lee", "Kaplan"). */
  surname: string;
  korean: boolean;
}

/** One romanized Korean syllable: initial consonants, a vowel, a final consonant ("sh" as in "Moon-shin"). */
const SYLLABLE = '(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhcyw])?(?:wae|yae|yeo|eui|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)(?:ng|[nklmptgbh])?';
const ONE_SYLLABLE = new RegExp(`^${SYLLABLE}$`);
const UP_TO_TWO = new RegExp(`^(?:${SYLLABLE}){1,2}$`);
const UP_TO_THREE = new RegExp(`^(?:${SYLLABLE}){1,3}$`);
const MAX_GIVEN_LENGTH = 14;

const GIVEN_WORD = /^\p{Lu}\p{Ll}+$/u;
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}*$/u;
const WESTERN_WORD = /^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?|(?:Mc|O['’])\p{Lu}\p{Ll}+)$/u;

/** Same person, however the name is spaced, hyphenated or dotted. */
const NAME_SEPARATORS = /[\s\p{Pd}.]+/gu;
export const foldPersonName = (name: string): string => name.toLowerCase().replace(NAME_SEPARATORS, '');

const syllables = (word: string, pattern: RegExp): boolean => word.length <= MAX_GIVEN_LENGTH && pattern.test(word.toLowerCase());

function hyphenatedGiven(token: Token | undefined): boolean {
  return token !== undefined && HYPHENATED_GIVEN.test(token.text) && token.text.split('-').every((part) => syllables(part, UP_TO_TWO));
}

const syllableWord = (token: Token | undefined, pattern: RegExp): boolean =>
  token !== undefined && GIVEN_WORD.test(token.text) && syllables(token.text, pattern);

function korean(family: string, given: string, from: number, to: number): PersonName {
  return { from, to, display: `${family} ${given}`, key: foldPersonName(family + given), surname: family, korean: true };
}

/** "Lee Sang-in", "Lee Sang In", "Lee Sangin" starting at `at`. */
function koreanAt(tb: TokenizedBlock, at: number, rules: OfficialRules): PersonName | null {
  const family = tb.tokens[at];
  if (!family || !rules.familyNames.has(family.text)) return null;
  const [first, second] = [tb.tokens[at + 1], tb.tokens[at + 2]];
  if (!first) return null;
  if (hyphenatedGiven(first)) return korean(family.text, first.text, at, at + 2);
  if (syllableWord(first, ONE_SYLLABLE) && syllableWord(second, ONE_SYLLABLE) && second) {
    return korean(family.text, `${first.text} ${second.text}`, at, at + 3);
  }
  if (syllableWord(first, UP_TO_THREE) && first.text.length >= 3 && !rules.titleWords.has(first.key)) return korean(family.text, first.text, at, at + 2);
  return null;
}

/** "Sang-in Lee". */
function koreanReversedAt(tb: TokenizedBlock, at: number, rules: OfficialRules): PersonName | null {
  const [given, family] = [tb.tokens[at], tb.tokens[at + 1]];
  if (!given || !family || !hyphenatedGiven(given) || !rules.familyNames.has(family.text)) return null;
  return korean(family.text, given.text, at, at + 2);
}

function westernWord(token: Token | undefined, rules: OfficialRules): boolean {
  return (
    token !== undefined &&
    WESTERN_WORD.test(token.text) &&
    !CAPITALIZED_FUNCTION_WORDS.has(token.key) &&
    !rules.calendarWords.has(token.key) &&
    !rules.titleWords.has(token.key) &&
    !rules.nonNameWords.has(token.key)
  );
}

function western(tb: TokenizedBlock, from: number, to: number): PersonName {
  const words = tb.tokens.slice(from, to).map((token) => token.text);
  const display = words.join(' ');
  return { from, to, display, key: foldPersonName(display), surname: words.at(-1) ?? '', korean: false };
}

const MAX_WESTERN_WORDS = 3;
const MAX_PARTICLES = 2;

/** Particles of a name from `at` on, in the direction `step`, before one of its capitalized words ("van", "von der"). */
function particlesAt(tb: TokenizedBlock, at: number, step: 1 | -1, rules: OfficialRules): number {
  let count = 0;
  while (count < MAX_PARTICLES && rules.nameParticles.has(tb.tokens[at + step * count]?.text ?? '')) count++;
  return count > 0 && westernWord(tb.tokens[at + step * count], rules) ? count : 0;
}

/**
 * Where a Western name that starts (`step` 1) or ends (-1) at `at` ends or starts: up to three
 * capitalized words, particles between them; `at` itself when there are fewer than two words.
 */
function westernEdge(tb: TokenizedBlock, at: number, step: 1 | -1, rules: OfficialRules): number {
  // Going back, the word before `at` is the name's last: start from there.
  let edge = step === 1 ? at : at - 1;
  let words = 0;
  while (words < MAX_WESTERN_WORDS) {
    if (westernWord(tb.tokens[edge], rules)) {
      words++;
      edge += step;
      continue;
    }
    const particles = words > 0 ? particlesAt(tb, edge, step, rules) : 0;
    if (particles === 0) break;
    edge += step * particles;
  }
  if (words < 2) return at;
  return step === 1 ? edge : edge + 1;
}

/** "Joel Kaplan", "Neal Mohan", "Pieter van Dam": two or three capitalized words. */
function westernAt(tb: TokenizedBlock, at: number, rules: OfficialRules): PersonName | null {
  const to = westernEdge(tb, at, 1, rules);
  return to > at ? western(tb, at, to) : null;
}

/** A person's full name starting at `at`. */
export function personNameAt(tb: TokenizedBlock, at: number, rules: OfficialRules): PersonName | null {
  return koreanAt(tb, at, rules) ?? koreanReversedAt(tb, at, rules) ?? westernAt(tb, at, rules);
}

/** Words of a name that the layout vouches for: "Tran Thi Thu Ha" has four. */
const MAX_PLACED_NAME_WORDS = 4;

/**
 * A person's full name that spans [from, to) exactly, where the layout says that a name stands there
 * (the first part of a cell "Name, Title, Organization"): a Korean name, or two to four capitalized
 * words that open no title and name no organization.
 */
export function personNameSpanning(tb: TokenizedBlock, from: number, to: number, rules: OfficialRules): PersonName | null {
  const korean = koreanAt(tb, from, rules) ?? koreanReversedAt(tb, from, rules);
  if (korean) return korean.to === to ? korean : null;
  if (to - from < 2 || to - from > MAX_PLACED_NAME_WORDS) return null;
  for (let index = from; index < to; index++) if (!westernWord(tb.tokens[index], rules)) return null;
  return western(tb, from, to);
}

/**
 * A person's full name ending right before `end` ("Joel Kaplan" in "Joel Kaplan, vice president").
 * A Western name must be one that compromise may read as a person's, since nothing before it says
 * so: proper nouns it reads as nothing else will do ("Thierry Breton"); unless what follows does
 * (`vouched`: a post of a named body, "Le Quang Minh, Minister of Information and Communications").
 */
export function personNameEndingAt(tb: TokenizedBlock, end: number, rules: OfficialRules, vouched = false): PersonName | null {
  for (const length of [2, 3]) {
    const name = koreanAt(tb, end - length, rules) ?? koreanReversedAt(tb, end - length, rules);
    if (name && name.to === end) return name;
  }
  const from = westernEdge(tb, end, -1, rules);
  if (from === end) return null;
  const name = western(tb, from, end);
  const words = tb.tokens.slice(from, end).map((token) => token.text);
  return vouched || mayReadAsPerson(words) ? name : null;
}

/** A single capitalized word that may stand for a person named in full elsewhere ("Chairman Han"). */
export function surnameAt(tb: TokenizedBlock, at: number, rules: OfficialRules): string | null {
  const token = tb.tokens[at];
  if (!token || !westernWord(token, rules) || westernWord(tb.tokens[at + 1], rules)) return null;
  return token.text;
}
