import type { TokenizedBlock } from '../../nlp/tokenized-block.js';
import type { PhraseTrie } from '../../nlp/phrase-trie.js';
import { isCapitalized, type Token } from '../../nlp/tokens.js';
import type { OrgMention, OrgRegistry } from './model.js';
import type { GazetteerForm, KnownOrganization, OrganizationRules } from './rules.js';

/**
 * One-word names and acronyms match as written or in capitals ("Kakao", "KAKAO", not "kakao" or
 * "meta"); longer names in any case as long as they start with a capital ("Channel A", not "channel a")
 * or with their first word as written ("eSafety Commissioner").
 */
const UPPER_OR_NUMBER_FIRST = /^[\p{Lu}\p{N}]/u;

export function caseFits(form: string, tokens: readonly Token[], at: number, length: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  if (length === 1) return first.text === form || first.text === form.toUpperCase();
  return UPPER_OR_NUMBER_FIRST.test(first.text) || form.startsWith(`${first.text} `);
}

/**
 * "SK C&C Data Center": the name of a place or thing that only borrows the organization's name. The
 * head word ends that name: in "KCC Chairman Park Min-soo", "Park" is a surname.
 */
export function embedded(tb: TokenizedBlock, at: number, rules: OrganizationRules): boolean {
  for (let i = at; i < at + 4 && isCapitalized(tb.tokens[i]); i++) {
    if (rules.embeddingHeads.has(tb.keys[i] ?? '') && !isCapitalized(tb.tokens[i + 1])) return true;
  }
  return false;
}

export function knownEntity(known: KnownOrganization, registry: OrgRegistry) {
  return registry.entity(`known:${known.name}`, () => ({
    ...known,
    tailed: false,
    rule: known.owner === null ? 'gazetteer' : 'gazetteer-service',
  }));
}

/** The longest form of `trie` at `at` whose case fits the text. */
function longestForm(trie: PhraseTrie<GazetteerForm>, tb: TokenizedBlock, at: number): { length: number; form: GazetteerForm | undefined } | undefined {
  return trie
    .matches(tb.keys, at)
    .map(({ length, values }) => ({ length, form: values.find((value: GazetteerForm) => caseFits(value.form, tb.tokens, at, length)) }))
    .find((candidate) => candidate.form !== undefined);
}

/** After "Minister of (the)": the portfolio names the ministry, and the title stays the minister's. */
function afterMinisterOf(tb: TokenizedBlock, at: number): boolean {
  const of = tb.keys[at - 1] === 'the' ? at - 2 : at - 1;
  return tb.keys[of] === 'of' && (tb.keys[of - 1] === 'minister' || tb.keys[of - 1] === 'ministers');
}

const PLATFORM_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'on']);
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ')']);

/** A name alone after "at" or "on", as a workplace or a platform is named: "director of government affairs at X, said". */
const placedOn = (tb: TokenizedBlock, from: number, to: number): boolean =>
  PLATFORM_PREPOSITIONS.has(tb.keys[from - 1] ?? '') && (to === tb.tokens.length || CLAUSE_ENDS.has(tb.keys[to] ?? ''));

/** Longest gazetteer names, left to right, with company-form suffixes ("Co., Ltd.") taken along. */
export function gazetteerMentions(tb: TokenizedBlock, rules: OrganizationRules, registry: OrgRegistry): OrgMention[] {
  const found: OrgMention[] = [];
  for (let i = 0; i < tb.tokens.length; ) {
    if (tb.tokens[i]?.kind !== 'word') {
      i++;
      continue;
    }
    const match = (afterMinisterOf(tb, i) ? longestForm(rules.portfolios, tb, i) : undefined) ?? longestForm(rules.gazetteer, tb, i);
    if (!match?.form) {
      i++;
      continue;
    }
    const suffix = rules.legalSuffixes.matches(tb.keys, i + match.length)[0]?.length ?? 0;
    const to = i + match.length + suffix;
    if (!embedded(tb, to, rules)) {
      found.push({ block: tb.index, from: i, to, entity: knownEntity(match.form.known, registry), weak: match.form.weak && !placedOn(tb, i, to), rule: 'gazetteer' });
    }
    i = to;
  }
  return found;
}
