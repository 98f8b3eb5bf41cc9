import { nominalWords, verbsInLowerCase } from '../../nlp/tags.js';
import { CAPITALIZED_FUNCTION_WORDS, type TokenizedBlock } from '../../nlp/tokenized-block.js';
import { isLowerCase, isTitleCase, isUpperCase, keyOf, phraseKeys, textOf, type Token } from '../../nlp/tokens.js';
import type { Coverage, OrgMention, OrgRegistry } from './model.js';
import { embedded } from './gazetteer.js';
import type { OrganizationRules } from './rules.js';

/**
 * Names of bodies that are not in the gazetteer, by their shape: capitalized words ending in a head
 * word ("Korea Communications User Protection Association"), possibly going on with "of/for/on ..."
 * ("Ministry of Justice", "Council for the Protection of Users ..."). A head word with nothing
 * around it ("the Council") names no new body: it is kept for coreference.
 */

export interface BareHead {
  block: number;
  /** Token index of the head word. */
  at: number;
  head: string;
}

const MAX_WORDS_BEFORE_HEAD = 8;
const MAX_TAIL_TOKENS = 16;
const TAIL_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'on']);
const TAIL_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'in', 'on', '&']);
/** Company-form heads need a name before them ("Daou Corp"), never stand alone. */
const NEEDS_NAME: ReadonlySet<string> = new Set(['company', 'group', 'holdings', 'lab', 'labs', 'inc', 'corp', 'ltd', 'llc', 'corporation']);
/** A lower-case tail ("Council for user protection in the ... society") needs this many words to be a name. */
const MIN_LOWER_TAIL_WORDS = 3;

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its']);

/** "the Council", "The Council", "the public-private Council": a head word used as a common noun. */
const refersBack = (tb: TokenizedBlock, head: number): boolean => DETERMINERS.has(tb.keys[head - 1] ?? '') || isLowerCase(tb.tokens[head - 1]);

const NUMBER_FIRST = /^\p{N}/u;
/** "2024 Global Digital Platform Forum", "AI User Protection Forum 2025": a name with a year is an edition of an event. */
const EDITION_YEAR = /^(?:19|20)\d{2}$/;
/** "the 14th Korea-Japan Broadcasting and Telecommunications Policy Council": so is a name that opens with an ordinal. */
const EDITION_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;

/** A word that can be part of a name: capitalized or an acronym or a number, not a function or calendar word. */
export function isNameWord(token: Token | undefined, rules: OrganizationRules): boolean {
  if (!token || token.kind !== 'word' || CAPITALIZED_FUNCTION_WORDS.has(token.key) || rules.calendarWords.has(token.key)) return false;
  return isTitleCase(token) || isUpperCase(token) || NUMBER_FIRST.test(token.text);
}

/** Plurals not in -s, whose possessive is "'s": "Sookmyung Women's University", but not "Japan's Ministry". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['women', 'men', 'children', 'people']);

/** The apostrophe of a plural possessive in a name ("Consumers' Union", "Women's University"), right after its name word. */
function pluralPossessive(tb: TokenizedBlock, at: number, rules: OrganizationRules): boolean {
  const before = tb.tokens[at - 1];
  if (before === undefined || !isNameWord(before, rules) || before.to !== tb.tokens[at]?.from) return false;
  return (tb.keys[at] === "'" && before.text.endsWith('s')) || (tb.keys[at] === "'s" && IRREGULAR_PLURALS.has(before.key));
}

/** Token `at` joins the words of a name: "and" or "&" before the name word at `other`, or a plural possessive. */
function joinsNameWords(tb: TokenizedBlock, at: number, other: number, rules: OrganizationRules): boolean {
  const key = tb.keys[at];
  return ((key === 'and' || key === '&') && isNameWord(tb.tokens[other], rules)) || pluralPossessive(tb, at, rules);
}

/**
 * The verbs of a headline, where title case capitalizes them like the words of a name ("KCC Holds
 * Public Media Forum", "KCC Launches Public-Private Council on AI"): a name does not run over one.
 */
function headlineVerbs(tb: TokenizedBlock): ReadonlySet<number> {
  if (tb.block.kind === 'paragraph') return NO_VERBS;
  const verbs = verbsInLowerCase(tb.tokens.map((token) => token.text));
  return new Set(verbs.flatMap((verb, index) => (verb ? [index] : [])));
}
const NO_VERBS: ReadonlySet<number> = new Set();

/** Index where the capitalized words before the head begin. */
function nameStart(tb: TokenizedBlock, head: number, coverage: Coverage, rules: OrganizationRules, verbs: ReadonlySet<number>): number {
  let start = head;
  for (let i = head - 1; i >= 0 && head - i <= MAX_WORDS_BEFORE_HEAD && !coverage.has(tb.index, i); i--) {
    const joins = joinsNameWords(tb, i, i - 1, rules) && !coverage.has(tb.index, i - 1);
    if (isNameWord(tb.tokens[i], rules) && !verbs.has(i)) start = i;
    else if (!joins) break;
  }
  return start;
}

/**
 * Another head word further on in the same capitalized name: "European Telecommunications Network
 * Operators' Association" is one name, not "European Telecommunications" and another.
 */
function headLaterInName(tb: TokenizedBlock, head: number, rules: OrganizationRules): boolean {
  for (let i = head + 1; i < tb.tokens.length && i - head <= MAX_WORDS_BEFORE_HEAD; i++) {
    if (isNameWord(tb.tokens[i], rules)) {
      // A unit's head counts too: "Value-added Telecommunications Investigation Division" is a division.
      if (rules.heads.has(tb.tokens[i]?.text ?? '') || rules.unitHeads.has(tb.tokens[i]?.text ?? '')) return true;
    } else if (!joinsNameWords(tb, i, i + 1, rules)) return false;
  }
  return false;
}

/** After "and", another's name begins: a Korean person's ("and Kim Ji-hoon"), a body's with its article ("and the Korea Blind Union"). */
const startsAnother = (tb: TokenizedBlock, at: number, rules: OrganizationRules): boolean => tb.keys[at] === 'the' || rules.koreanNameAt(tb, at);

/** "of the Interior", "on the 4th Industrial Revolution"; not numbers alone ("Office on the 16th" names a day). */
function capitalizedTail(tb: TokenizedBlock, from: number, coverage: Coverage, rules: OrganizationRules): number | null {
  let at = from;
  if (tb.keys[at] === 'the') at++;
  if (!isNameWord(tb.tokens[at], rules) || coverage.has(tb.index, at)) return null;
  let end = at + 1;
  let words = NUMBER_FIRST.test(tb.tokens[at]?.text ?? '') ? 0 : 1;
  for (let i = end; i < tb.tokens.length && i - from < MAX_TAIL_TOKENS && !coverage.has(tb.index, i); i++) {
    if (isNameWord(tb.tokens[i], rules)) {
      end = i + 1;
      if (!NUMBER_FIRST.test(tb.tokens[i]?.text ?? '')) words++;
    } else if (!TAIL_CONNECTORS.has(tb.keys[i] ?? '') || rules.titleWords.has(tb.keys[i + 1] ?? '') || (tb.keys[i] === 'and' && startsAnother(tb, i + 1, rules))) break;
  }
  return words > 0 ? end : null;
}

/** "for user protection in the intelligence information society": nouns and adjectives with connectors. */
function lowerCaseTail(tb: TokenizedBlock, from: number): number | null {
  const words: string[] = [];
  for (let i = from; i < tb.tokens.length && i - from < MAX_TAIL_TOKENS && isLowerCase(tb.tokens[i]); i++) words.push(tb.tokens[i]?.text ?? '');
  const nominal = nominalWords(words);
  let end = 0;
  let content = 0;
  for (const [i, word] of words.entries()) {
    if (TAIL_CONNECTORS.has(keyOf(word))) continue;
    if (!nominal[i]) break;
    content++;
    end = i + 1;
  }
  return content >= MIN_LOWER_TAIL_WORDS ? from + end : null;
}

function tailEnd(tb: TokenizedBlock, head: number, coverage: Coverage, rules: OrganizationRules): number | null {
  const places = rules.placeTails.get(tb.tokens[head]?.text ?? '');
  const preposition = tb.keys[head + 1] ?? '';
  if (!TAIL_PREPOSITIONS.has(preposition) && !places?.has(preposition)) return null;
  const capitalized = capitalizedTail(tb, head + 2, coverage, rules);
  // "Embassy of the Republic of Korea in France": the place may follow the "of" phrase.
  const place = capitalized !== null && places?.has(tb.keys[capitalized] ?? '') ? capitalizedTail(tb, capitalized + 1, coverage, rules) : null;
  if (capitalized !== null) return place ?? capitalized;
  return preposition === 'for' ? lowerCaseTail(tb, head + 2) : null;
}

/**
 * A body the text names owns the unit from `from` to `to`: "the KCC's ... Bureau", "the KISA Seoul
 * Office", "... Bureau of the KCC", and between the commas of a post: "Senior Counsel, Office of
 * International Affairs, Federal Communications Commission".
 */
function tiedToBody(tb: TokenizedBlock, from: number, to: number, coverage: Coverage): boolean {
  if (coverage.has(tb.index, from - 1) || (tb.keys[from - 1] === "'s" && coverage.has(tb.index, from - 2))) return true;
  if (tb.keys[from - 1] === ',' && tb.keys[to] === ',' && coverage.has(tb.index, to + 1)) return true;
  if (tb.keys[to] !== 'of' && tb.keys[to] !== 'at') return false;
  return coverage.has(tb.index, tb.keys[to + 1] === 'the' ? to + 2 : to + 1);
}

export function shapeMentions(
  tb: TokenizedBlock,
  rules: OrganizationRules,
  registry: OrgRegistry,
  coverage: Coverage,
): { mentions: OrgMention[]; bareHeads: BareHead[] } {
  const mentions: OrgMention[] = [];
  const bareHeads: BareHead[] = [];
  if (tb.shouting) return { mentions, bareHeads };
  let verbs: ReadonlySet<number> | null = null;
  for (let i = 0; i < tb.tokens.length; i++) {
    const token = tb.tokens[i];
    const kind = token && rules.heads.get(token.text);
    if (!token || !kind || coverage.has(tb.index, i)) continue;
    // "AI Service User Protection Act": the head is inside the name of a thing.
    if (embedded(tb, i + 1, rules)) continue;
    const tail = tailEnd(tb, i, coverage, rules);
    if (tail === null && headLaterInName(tb, i, rules)) continue;
    verbs ??= headlineVerbs(tb);
    const from = nameStart(tb, i, coverage, rules, verbs);
    const to = tail ?? i + 1;
    if (from === i && tail === null) {
      if (refersBack(tb, i) && !NEEDS_NAME.has(token.key)) bareHeads.push({ block: tb.index, at: i, head: token.text });
      continue;
    }
    if (from === i && NEEDS_NAME.has(token.key)) continue;
    const first = tb.tokens[from]?.text ?? '';
    if (EDITION_YEAR.test(first) || EDITION_ORDINAL.test(first) || EDITION_YEAR.test(tb.tokens[to]?.text ?? '')) continue;
    if (rules.unitHeads.has(token.text) && tiedToBody(tb, from, to, coverage)) {
      i = to - 1;
      continue;
    }
    const name = textOf(tb.block.text, tb.tokens, from, to);
    const entity = registry.entity(`shape:${phraseKeys(name).join(' ')}`, () => ({
      name,
      acronym: null,
      kind,
      country: /\bKorea/.test(name) ? 'South Korea' : null,
      owner: null,
      head: token.text,
      tailed: tail !== null,
      rule: 'name-shape',
    }));
    mentions.push({ block: tb.index, from, to, entity, weak: false, rule: 'name-shape' });
    i = to - 1;
  }
  return { mentions, bareHeads };
}

/** Words of a company's name before its company-form suffix. */
const MAX_WORDS_BEFORE_SUFFIX = 4;

/**
 * Companies by the company-form suffix after their name ("Hanbit Messaging Co., Ltd.", `legal-suffixes`),
 * known to no rule: the name is the capitalized words before it, the mention runs through it.
 */
export function suffixedMentions(tb: TokenizedBlock, rules: OrganizationRules, registry: OrgRegistry, coverage: Coverage): OrgMention[] {
  const mentions: OrgMention[] = [];
  if (tb.shouting) return mentions;
  for (let i = 1; i < tb.tokens.length; i++) {
    const suffix = rules.legalSuffixes.matches(tb.keys, i)[0];
    if (!suffix || coverage.has(tb.index, i) || coverage.has(tb.index, i - 1)) continue;
    let from = i;
    while (from > 0 && i - from < MAX_WORDS_BEFORE_SUFFIX && isNameWord(tb.tokens[from - 1], rules) && !coverage.has(tb.index, from - 1)) from--;
    if (from === i || NUMBER_FIRST.test(tb.tokens[from]?.text ?? '')) continue;
    const name = textOf(tb.block.text, tb.tokens, from, i);
    const entity = registry.entity(`shape:${phraseKeys(name).join(' ')}`, () => ({
      name,
      acronym: null,
      kind: 'company' as const,
      country: null,
      owner: null,
      head: null,
      tailed: false,
      rule: 'legal-suffix',
    }));
    const to = i + suffix.length;
    mentions.push({ block: tb.index, from, to, entity, weak: false, rule: 'legal-suffix' });
    i = to - 1;
  }
  return mentions;
}
