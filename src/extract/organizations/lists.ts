import { nominalWords, readsAsPerson, readsAsPlace } from '../../nlp/tags.js';
import { afterParenthesis, type TokenizedBlock } from '../../nlp/tokenized-block.js';
import { isLowerCase, phraseKeys, textOf } from '../../nlp/tokens.js';
import type { OrganizationKind } from '../../record/types.js';
import type { Coverage, OrgEntity, OrgMention, OrgRegistry } from './model.js';
import { isNameWord } from './shape.js';
import type { OrganizationRules } from './rules.js';

/**
 * Names of bodies the gazetteer does not know, found by the company they keep:
 * - coordination: "KT, LGU+, SKB, Infobank and Gemtech" - in a list where at least two items are known
 *   organizations (none a service), the other names are organizations too;
 * - apposition to a descriptor: "an AI startup, Scatter Lab", "the platform operator Kakao", and
 *   after the name: "VTV, Vietnam's national broadcaster,".
 */

const MAX_ITEM_WORDS = 4;
const MIN_KNOWN_ITEMS = 2;

interface Item {
  from: number;
  to: number;
}

/** A name of up to four capitalized words, optionally followed by "(X)". Returns the index after it. */
function itemAt(tb: TokenizedBlock, at: number, rules: OrganizationRules): Item | null {
  let to = at;
  while (to < tb.tokens.length && to - at < MAX_ITEM_WORDS && isNameWord(tb.tokens[to], rules)) to++;
  if (to === at) return null;
  return { from: at, to };
}

/** "A, B, C and D": items and the index after the list. */
function listAt(tb: TokenizedBlock, at: number, rules: OrganizationRules): { items: Item[]; end: number } {
  const items: Item[] = [];
  let next = at;
  for (;;) {
    const item = itemAt(tb, next, rules);
    if (!item) break;
    items.push(item);
    let after = afterParenthesis(tb, item.to);
    const comma = tb.keys[after] === ',';
    if (comma) after++;
    const conjunction = tb.keys[after] === 'and' || tb.keys[after] === 'or';
    if (conjunction) after++;
    if (!comma && !conjunction) {
      next = after;
      break;
    }
    next = after;
  }
  return { items, end: Math.max(next, at + 1) };
}

function mentionOfItem(item: Item, mentions: ReadonlyMap<number, OrgMention>): OrgMention | null {
  const mention = mentions.get(item.from);
  return mention && mention.to === item.to ? mention : null;
}

function newEntity(tb: TokenizedBlock, item: Item, kind: OrganizationKind, rule: string, registry: OrgRegistry): OrgMention {
  const name = textOf(tb.block.text, tb.tokens, item.from, item.to);
  const entity = registry.entity(`shape:${phraseKeys(name).join(' ')}`, () => ({ name, acronym: null, kind, country: null, owner: null, head: null, tailed: false, rule }));
  return { block: tb.index, from: item.from, to: item.to, entity, weak: false, rule };
}

const itemWords = (tb: TokenizedBlock, item: Item): string[] => tb.tokens.slice(item.from, item.to).map((token) => token.text);
const looksLikePerson = (tb: TokenizedBlock, item: Item): boolean => readsAsPerson(itemWords(tb, item));
/** "platforms such as Korea's Naver": a country's possessive before a name is no body. */
const looksLikePlace = (tb: TokenizedBlock, item: Item): boolean => readsAsPlace(itemWords(tb, item));
const LETTER = /\p{L}/u;
/**
 * An item that names no new body: a person's name (a Korean one as the officials rules read it: "Jeong
 * Hae-won, Director General, Broadcasting Policy Bureau, KCC"), a title or its field, a place, or a
 * number ("including 46 terrestrial broadcasters").
 */
const namesNoBody = (tb: TokenizedBlock, item: Item, rules: OrganizationRules): boolean =>
  !tb.tokens.slice(item.from, item.to).some((token) => LETTER.test(token.text)) ||
  looksLikePerson(tb, item) ||
  rules.koreanNameAt(tb, item.from) ||
  partOfTitle(tb, item, rules) ||
  looksLikePlace(tb, item);

const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for']);
/** Before a title in apposition to a name: "Kim Min-su, Director of Planning", "(Director of Planning". */
const APPOSITION_MARKS: ReadonlySet<string> = new Set([',', '(']);

/**
 * A title ("Lee Ji-ho, Director, Naver"), or the field of the title before it ("Kim Min-su, Director
 * of Planning, KISA, and ..."), beside the bodies of a list of people's posts.
 */
const partOfTitle = (tb: TokenizedBlock, item: Item, rules: OrganizationRules): boolean =>
  (item.to - item.from === 1 && rules.titleWords.has(tb.keys[item.from] ?? '')) ||
  (TITLE_PREPOSITIONS.has(tb.keys[item.from - 1] ?? '') && rules.titleWords.has(tb.keys[item.from - 2] ?? '') && APPOSITION_MARKS.has(tb.keys[item.from - 3] ?? ''));

/**
 * New names in lists of known organizations, and the weak names that such a list confirms ("Google,
 * Meta, TikTok and X": X is the platform there).
 */
export function coordinatedMentions(
  tb: TokenizedBlock,
  rules: OrganizationRules,
  /** The mentions found in this block so far. */
  existing: readonly OrgMention[],
  registry: OrgRegistry,
  coverage: Coverage,
): { mentions: OrgMention[]; confirmed: OrgEntity[] } {
  const byStart = new Map(existing.map((mention) => [mention.from, mention]));
  const found: OrgMention[] = [];
  const confirmed: OrgEntity[] = [];
  for (let i = 0; i < tb.tokens.length; ) {
    const { items, end } = listAt(tb, i, rules);
    const known = items.map((item) => mentionOfItem(item, byStart));
    const organizations = known.flatMap((mention) => (mention && !mention.weak ? [mention.entity] : []));
    if (organizations.length >= MIN_KNOWN_ITEMS && organizations.every((entity) => entity.owner === null)) {
      const kinds = new Set(organizations.map((entity) => entity.kind));
      const kind = kinds.size === 1 ? [...kinds][0] ?? 'company' : 'company';
      items.forEach((item, index) => {
        const mention = known[index];
        if (mention?.weak) confirmed.push(mention.entity);
        // "In Korea, SK Telecom, KT and LG Uplus": a place before the list is no item of it.
        if (mention || !coverage.free(tb.index, item.from, item.to) || namesNoBody(tb, item, rules)) return;
        found.push(newEntity(tb, item, kind, 'list-coordination', registry));
      });
    }
    i = end;
  }
  return { mentions: found, confirmed };
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Between the comma and the descriptor: an article or an owner with its "'s", and up to three modifiers. */
const MAX_TOKENS_BETWEEN = 5;
/** What may close a descriptor in apposition after a name: ", and", ".", ")" or the end of the text. */
const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')']);

/** A name of up to four capitalized words that ends right before `end`. */
function itemEndingAt(tb: TokenizedBlock, end: number, rules: OrganizationRules): Item | null {
  let from = end;
  while (from > 0 && end - from < MAX_ITEM_WORDS && isNameWord(tb.tokens[from - 1], rules)) from--;
  return from === end ? null : { from, to: end };
}

/**
 * The name before a descriptor in apposition: "VTV, Vietnam's national broadcaster," - a comma, an
 * article or an owner's possessive, a few modifiers, the descriptor, then a closing mark. The words
 * must all read as nouns, so that "Meanwhile, the broadcaster," names nothing.
 */
function itemBeforeDescriptor(tb: TokenizedBlock, descriptor: number, rules: OrganizationRules): Item | null {
  const closer = tb.keys[descriptor + 1];
  if (closer !== undefined && !CLOSERS.has(closer)) return null;
  let comma = descriptor - 1;
  while (comma >= 0 && descriptor - comma <= MAX_TOKENS_BETWEEN && tb.keys[comma] !== ',') {
    if (tb.tokens[comma]?.kind === 'punct') return null;
    comma--;
  }
  if (tb.keys[comma] !== ',') return null;
  const modifiers = tb.tokens.slice(ARTICLES.has(tb.keys[comma + 1] ?? '') ? comma + 2 : comma + 1, descriptor);
  const item = itemEndingAt(tb, comma, rules);
  if (!item) return null;
  const words = [...tb.tokens.slice(item.from, item.to), ...modifiers].filter((token) => token.kind === 'word').map((token) => token.text);
  return nominalWords(words).every(Boolean) ? item : null;
}

export function descriptorMentions(tb: TokenizedBlock, rules: OrganizationRules, registry: OrgRegistry, coverage: Coverage): OrgMention[] {
  const found: OrgMention[] = [];
  if (tb.shouting) return found;
  const add = (item: Item | null, kind: OrganizationKind): void => {
    if (!item || !coverage.free(tb.index, item.from, item.to) || namesNoBody(tb, item, rules)) return;
    found.push(newEntity(tb, item, kind, 'descriptor-apposition', registry));
  };
  tb.keys.forEach((key, i) => {
    const kind = rules.descriptors.get(key);
    // In lower case, as a common noun: a headline in title case ("to Discuss Platform Regulation")
    // capitalizes every word, so what follows a capitalized descriptor need be no name.
    if (!kind || !isLowerCase(tb.tokens[i])) return;
    const examples = examplesAfter(tb, i);
    if (examples >= 0) {
      for (const item of listAt(tb, examples, rules).items) add(item, kind);
      return;
    }
    const after = itemAt(tb, tb.keys[i + 1] === ',' ? i + 2 : i + 1, rules);
    add(after ?? itemBeforeDescriptor(tb, i, rules), kind);
  });
  return found;
}

/** Where the examples of a descriptor begin: "resellers, including A and B", "operators such as A"; -1 if none. */
function examplesAfter(tb: TokenizedBlock, descriptor: number): number {
  const at = tb.keys[descriptor + 1] === ',' ? descriptor + 2 : descriptor + 1;
  if (tb.keys[at] === 'including') return at + 1;
  return tb.keys[at] === 'such' && tb.keys[at + 1] === 'as' ? at + 2 : -1;
}
