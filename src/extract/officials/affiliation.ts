import { afterParenthesis, type TokenizedBlock } from '../../nlp/tokenized-block.js';
import type { Organization } from '../../record/types.js';
import type { PhraseTrie } from '../../nlp/phrase-trie.js';
import { isCapitalized, isLowerCase, isTitleCase } from '../../nlp/tokens.js';
import { firstIndex } from '../../sorted.js';

/**
 * The organizations of a block as token ranges, and the grammar that ties a title or name to one:
 * "of/at/for/from ORG", "ORG's TITLE", "ORG TITLE", "ORG (TITLE NAME)", "(ORG, TITLE NAME)".
 */

export interface OrgRef {
  /** Canonical name. */
  name: string;
  from: number;
  to: number;
}

export interface BlockOrganizations {
  starting: ReadonlyMap<number, OrgRef>;
  ending: ReadonlyMap<number, OrgRef>;
  /** Per token: part of an organization's name. */
  inside: Uint8Array;
}

/** One mention of an organization, with its place in the organizations' order of mentions. */
export interface OrganizationSpan {
  name: string;
  start: number;
  end: number;
  order: number;
}

/** Every mention of the organizations, by input offset, for blocks to pick theirs from. */
export function organizationSpans(organizations: readonly Organization[]): OrganizationSpan[] {
  const mentions = organizations.flatMap((organization) => organization.mentions.map(({ start, end }) => ({ name: organization.name, start, end, order: 0 })));
  mentions.forEach((mention, order) => (mention.order = order));
  return mentions.sort((a, b) => a.start - b.start || a.order - b.order);
}

/**
 * Maps the organizations' input spans back onto the block's tokens. Only the mentions inside the
 * block are looked at: a long text names the KCC in every block, and every block would read them all.
 */
export function blockOrganizations(tb: TokenizedBlock, mentions: readonly OrganizationSpan[]): BlockOrganizations {
  const starting = new Map<number, OrgRef>();
  const ending = new Map<number, OrgRef>();
  const inside = new Uint8Array(tb.tokens.length);
  if (mentions.length === 0 || tb.tokens.length === 0) return { starting, ending, inside };
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tb.tokens.forEach((token, index) => {
    const span = tb.block.span(token.from, token.to);
    byStart.set(span.start, index);
    byEnd.set(span.end, index + 1);
  });
  const { start, end } = tb.block.span();
  const within: OrganizationSpan[] = [];
  for (let at = firstIndex(mentions, (mention) => mention.start >= start); at < mentions.length && (mentions[at]?.start ?? Infinity) < end; at++) within.push(mentions[at]!);
  // A later mention of the same tokens wins, as in the organizations' own order.
  for (const mention of within.sort((a, b) => a.order - b.order)) {
    const from = byStart.get(mention.start);
    const to = byEnd.get(mention.end);
    if (from === undefined || to === undefined || to <= from) continue;
    const ref = { name: mention.name, from, to };
    starting.set(from, ref);
    ending.set(to, ref);
    inside.fill(1, from, to);
  }
  return { starting, ending, inside };
}

const AFFILIATING = new Set(['of', 'at', 'for', 'from']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their']);
/** Words that end the noun phrase an organization would be found in. */
const PHRASE_BREAKS = new Set(['with', 'to', 'in', 'on', 'by', 'about', 'during', 'after', 'before', 'and', 'or', 'which', 'that', 'who', 'where', 'since', 'as']);
const MAX_WORDS_BEFORE_ORG = 4;

/**
 * "of the Korea Communications Commission", "at Meta", "for an AI startup, Scatter Lab", "of the
 * Romanian regulator ANCOM": a preposition at `at`, then an organization after at most a few
 * descriptive words, of which a nationality (or a country's) may be capitalized.
 */
export function organizationAfter(tb: TokenizedBlock, at: number, orgs: BlockOrganizations, nationalities: PhraseTrie<true>): OrgRef | null {
  if (!AFFILIATING.has(tb.keys[at] ?? '')) return null;
  let commas = 0;
  for (let i = at + 1, words = 0; i < tb.tokens.length; i++) {
    const found = orgs.starting.get(i);
    if (found) return found;
    const token = tb.tokens[i];
    if (!token) break;
    if (token.key === ',' && commas++ === 0) continue;
    const nationality = nationalities.matches(tb.keys, i)[0];
    if (nationality) {
      if (words++ >= MAX_WORDS_BEFORE_ORG) break;
      i += nationality.length - 1;
      // A country's: "of the UK's Office of Communications".
      if (tb.keys[i + 1] === "'s") i++;
      continue;
    }
    // A country's or a body's possessive right before the organization: "of Vietnam's Ministry of ...".
    if (isCapitalized(token) && tb.keys[i + 1] === "'s" && orgs.starting.has(i + 2)) {
      if (words++ >= MAX_WORDS_BEFORE_ORG) break;
      i++;
      continue;
    }
    if (token.kind !== 'word' || PHRASE_BREAKS.has(token.key) || AFFILIATING.has(token.key) || isTitleCase(token) || words++ >= MAX_WORDS_BEFORE_ORG) break;
    if (DETERMINERS.has(token.key)) continue;
  }
  return null;
}

/**
 * The organization that labels a list item: "Netflix Korea: Jung Yoon-jung, Director", "Wavve: CEO
 * Lee Tae-hyun", "Korea Communications Standards Commission (KCSC): Secretary General Kwak Min-jae".
 */
export function organizationLabelling(tb: TokenizedBlock, at: number, orgs: BlockOrganizations): OrgRef | null {
  const colon = at - 1;
  if (tb.keys[colon] !== ':') return null;
  return orgs.ending.get(tb.keys[colon - 1] === ')' ? colon - 1 : colon) ?? null;
}

const LABEL_MARKS = new Set([':', '–', '—', '-']);
const BULLETS = new Set(['-', '–', '•', '·', '○', '□', 'ㅇ', '▲']);
const DIGITS = /^\d+$/;

/** The first token after the marker of a list item the block may keep: "- ", "• ", "1. ", "2) ". */
function afterItemMarker(tb: TokenizedBlock): number {
  if (BULLETS.has(tb.keys[0] ?? '')) return 1;
  return DIGITS.test(tb.keys[0] ?? '') && (tb.keys[1] === '.' || tb.keys[1] === ')') ? 2 : 0;
}

/**
 * The organization that opens a block as its label, for the people named after it: "Uganda
 * Communications Commission (UCC) – met Executive Director Grace Nakato and discussed ...".
 */
function organizationOpeningBlock(tb: TokenizedBlock, at: number, orgs: BlockOrganizations): OrgRef | null {
  const label = orgs.starting.get(afterItemMarker(tb));
  if (!label) return null;
  const mark = afterParenthesis(tb, label.to);
  return LABEL_MARKS.has(tb.keys[mark] ?? '') && mark < at ? label : null;
}

/** What a person leads for a body: "the KCC delegation led by ...". */
const LED_GROUPS = new Set(['delegation', 'team', 'mission', 'group']);
/** Verbs of a body, or of its delegation, that "by" and a person follow: led, or joined and represented in person. */
const BY_VERBS = new Set(['led', 'headed', 'joined', 'represented']);
/** Words between a body and such a verb: "the KCC was also joined by". */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'been', 'also']);
/** How far back the verb that a clause without its own is read with may stand. */
const MAX_TOKENS_BACK_TO_BY_VERB = 30;

/**
 * The body whose delegation or team a person leads, or that a person joined or represented, named
 * right before the verb and "by": "a delegation of the UK Office of Communications (Ofcom) led by
 * Oliver Grant, Group Director", "the KCC delegation led by ...", "the KCC announced that its
 * delegation led by ...", "the delegation of the Ministry of Science and ICT (MSIT) headed by
 * Minister Lee Jong-ho", "The KCC was also joined by Kang Min-gyu, ...". After "and" the verb may
 * be left out: "..., and Ofcom by Gill Whitehead, Group Director".
 */
export function organizationLedOrJoinedBy(tb: TokenizedBlock, person: number, orgs: BlockOrganizations): OrgRef | null {
  if (tb.keys[person - 1] !== 'by') return null;
  let end = person - 2;
  if (!BY_VERBS.has(tb.keys[end] ?? '')) return organizationWithVerbLeftOut(tb, person, orgs);
  while (AUXILIARIES.has(tb.keys[end - 1] ?? '')) end--;
  if (LED_GROUPS.has(tb.keys[end - 1] ?? '')) end--;
  if (tb.keys[end - 1] === 'its') return ownerOfIts(tb, end - 1, orgs);
  // The acronym in parentheses after the name: "(Ofcom) led by".
  return orgs.ending.get(tb.keys[end - 1] === ')' ? end - 1 : end) ?? null;
}

/** "..., and Ofcom by Gill Whitehead": a body after "and" right before "by", where the sentence had such a verb and "by" before. */
function organizationWithVerbLeftOut(tb: TokenizedBlock, person: number, orgs: BlockOrganizations): OrgRef | null {
  const body = orgs.ending.get(person - 1);
  if (!body || tb.keys[tb.keys[body.from - 1] === 'the' ? body.from - 2 : body.from - 1] !== 'and') return null;
  for (let at = body.from - 2; at > 0 && body.from - at < MAX_TOKENS_BACK_TO_BY_VERB && tb.keys[at] !== '.'; at--) {
    if (tb.keys[at] === 'by' && BY_VERBS.has(tb.keys[at - 1] ?? '')) return body;
  }
  return null;
}

const MET = new Set(['met', 'meets']);
const MEETINGS = new Set(['meeting', 'meetings', 'talks']);
const HELD = new Set(['had', 'has', 'held', 'holds']);

/** Where "met" starts, or a meeting held with someone: "had a meeting with", "held talks with". -1 when neither ends at `end`. */
function meetingStart(tb: TokenizedBlock, end: number, withPerson: boolean): number {
  if (MET.has(tb.keys[end] ?? '')) return end;
  if (!withPerson || !MEETINGS.has(tb.keys[end] ?? '')) return -1;
  const verb = tb.keys[end - 1] === 'a' ? end - 2 : end - 1;
  return HELD.has(tb.keys[verb] ?? '') ? verb : -1;
}
const VISITED = new Set(['visited', 'visits']);
/** A body's building after its name: "visited the OECD headquarters". */
const PREMISES = new Set(['headquarters', 'office', 'offices']);

/**
 * The body a person was met at, visited in the same clause: "visited the Department for Science,
 * Innovation and Technology (DSIT) and met with Jonathan Pryce, Director ...", "visited Google's
 * Washington office and met Mark Ellison, Vice President ...", "visited the OECD headquarters and
 * had a meeting with Thomas Berger, Deputy Director ...".
 */
function organizationVisited(tb: TokenizedBlock, person: number, orgs: BlockOrganizations): OrgRef | null {
  const afterWith = tb.keys[person - 1] === 'with';
  const at = meetingStart(tb, afterWith ? person - 2 : person - 1, afterWith);
  if (at === -1 || tb.keys[at - 1] !== 'and') return null;
  let end = at - 1;
  if (PREMISES.has(tb.keys[end - 1] ?? '')) {
    end--;
    // The body's premises in a city: "visited Google's Washington office".
    if (tb.keys[end - 2] === "'s" && isCapitalized(tb.tokens[end - 1])) end -= 2;
    else if (tb.keys[end - 1] === "'s") end--;
  }
  const visited = orgs.ending.get(openingParenthesis(tb, end) ?? end);
  if (!visited) return null;
  // Words that describe the body before its name: "visited the French data protection authority CNIL".
  for (let at = visited.from - 1; at >= 0 && visited.from - at <= MAX_WORDS_BEFORE_VISITED && tb.tokens[at]?.kind === 'word'; at--) {
    if (VISITED.has(tb.keys[at] ?? '')) return visited;
  }
  return null;
}

const MAX_WORDS_BEFORE_VISITED = 6;
const MAX_PARENTHESIS_TOKENS = 12;

/** Where the parentheses that end right before `end` open: the name in its own language, or an acronym, after a body's name. */
function openingParenthesis(tb: TokenizedBlock, end: number): number | null {
  if (tb.keys[end - 1] !== ')') return null;
  for (let at = end - 2; at >= 0 && end - at <= MAX_PARENTHESIS_TOKENS; at--) {
    if (tb.keys[at] === '(') return at;
    if (tb.keys[at] === ')') return null;
  }
  return null;
}

/** How far back a name looks for the start of its sentence. */
const MAX_TOKENS_BACK_TO_SENTENCE_START = 40;

/** Where a clause may open with "from" and a body: the sentence's start, or after "and" or a comma. */
const CLAUSE_STARTS = new Set(['and', ',', ';']);

/**
 * The body a sentence or clause opens with, for the people it lists: "From Ofcom, Richard Hale,
 * Group Director for Online Safety, and Eleanor Whitby, Director of International Affairs,
 * attended", "From the KCC, ..., and from the CRC, Executive Director Carlos Restrepo and ...
 * attended". The nearest such body before the person.
 */
function organizationFronted(tb: TokenizedBlock, person: number, orgs: BlockOrganizations): OrgRef | null {
  for (let at = person - 1; at >= 0 && person - at < MAX_TOKENS_BACK_TO_SENTENCE_START && tb.keys[at] !== '.'; at--) {
    if (tb.keys[at] !== 'from' || (at > 0 && !CLAUSE_STARTS.has(tb.keys[at - 1] ?? '') && tb.keys[at - 1] !== '.')) continue;
    // The nearest clause's "from" decides, body or not: "..., and from Colombia, ..." names none.
    const fronted = orgs.starting.get(tb.keys[at + 1] === 'the' ? at + 2 : at + 1);
    return fronted && tb.keys[afterParenthesis(tb, fronted.to)] === ',' ? fronted : null;
  }
  return null;
}

/** How far back "its" looks for the organization it stands for. */
const MAX_TOKENS_BACK_TO_ITS_OWNER = 16;

/** "a delegation of the Communications Regulatory Commission of Mongolia (CRC) led by its Chairman": the last organization before "its". */
function ownerOfIts(tb: TokenizedBlock, its: number, orgs: BlockOrganizations): OrgRef | null {
  for (let at = its; at > 0 && its - at < MAX_TOKENS_BACK_TO_ITS_OWNER; at--) {
    if (tb.keys[at - 1] === '.') break;
    const owner = orgs.ending.get(at);
    if (owner) return owner;
  }
  return null;
}

/** "KCC Chairman", "YouTube’s Head of ...", "Korea Communications Commission (KCC, Chairman ...)", "| CNIL, Commissioner ... |", "Agency (President ...)", "Wavve: CEO ...", "its Chairman". */
export function organizationBefore(tb: TokenizedBlock, at: number, orgs: BlockOrganizations): OrgRef | null {
  const direct = orgs.ending.get(at) ?? organizationLabelling(tb, at, orgs);
  if (direct) return direct;
  const previous = tb.keys[at - 1];
  if (previous === 'its') return ownerOfIts(tb, at - 1, orgs);
  if (previous === "'s") return orgs.ending.get(at - 1) ?? null;
  if (previous === 'by') return organizationLedOrJoinedBy(tb, at, orgs);
  if (previous === '(') return orgs.ending.get(at - 1) ?? organizationOpeningPhrase(tb, at - 1, orgs);
  if (previous === ',') {
    // "(KCC, Chairman ...)", and a table cell that opens with the organization: "| CNIL, Commissioner ... |".
    const listed = orgs.ending.get(at - 1);
    if (listed && (tb.keys[listed.from - 1] === '(' || tb.keys[listed.from - 1] === '|')) return listed;
  }
  return organizationInContext(tb, at, orgs);
}

/** The body the sentence or block around a person ties them to: the body visited, the clause's "from" body, the block's label. */
export function organizationInContext(tb: TokenizedBlock, person: number, orgs: BlockOrganizations): OrgRef | null {
  return organizationVisited(tb, person, orgs) ?? organizationFronted(tb, person, orgs) ?? organizationOpeningBlock(tb, person, orgs);
}

/** Lower-case words of a group of a body's people: "KBS sign language news team". */
const MAX_GROUP_WORDS = 5;

/** The body that opens the phrase before `end`: "KBS sign language news team (Producer Jang Hye-rin)". */
function organizationOpeningPhrase(tb: TokenizedBlock, end: number, orgs: BlockOrganizations): OrgRef | null {
  let at = end;
  while (at > 0 && end - at < MAX_GROUP_WORDS && isLowerCase(tb.tokens[at - 1])) at--;
  return at < end ? (orgs.ending.get(at) ?? null) : null;
}
