import { firstNameAt, mayReadAsPerson, nominalWords, readsAsPerson, readsAsPlace } from '../../nlp/tags.js';
import { afterParenthesis, type TokenizedBlock } from '../../nlp/tokenized-block.js';
import { isCapitalized, isLowerCase } from '../../nlp/tokens.js';
import { organizationAfter, organizationBefore, organizationInContext, organizationLabelling, organizationLedOrJoinedBy, type BlockOrganizations, type OrgRef } from './affiliation.js';
import { foldPersonName, personNameAt, personNameEndingAt, surnameAt, type PersonName } from './names.js';
import type { KnownPerson, OfficialRules } from './rules.js';
import { cellMentions, peopleRows, tableMentions, withRowOrganizations } from './tables.js';
import { qualifiedTitleAt, titleAt, titleText, type TitleMatch } from './titles.js';

/**
 * Mentions of people in one block:
 * - title before the name: "Standing commissioner Lee Sang-in", "Google Senior VP Neal Mohan",
 *   "YouTube’s Head of Asia-Pacific Policy Mark Lippert", "(KCC, Chairman Han Sang-hyuk)", "Mr. Kaplan";
 * - name before the title, in apposition: "Lee Sang-in, a standing commissioner of the KCC",
 *   "Joel Kaplan, Meta’s vice president of global policy", "Thierry Breton, European Commissioner";
 * - title, then the name in apposition: "the chairman of the association, Kim Min-su,";
 * - full names without a title, and names the people rules know; whether these make an official is
 *   for coreference to decide.
 */

export interface PersonMention {
  block: number;
  /** Token range [from, to) of the name. */
  from: number;
  to: number;
  /** The full name, or null when only the surname is written ("Chairman Han"). */
  name: PersonName | null;
  surname: string;
  title: string | null;
  /** Introduced by a title or a courtesy word: the mention makes a person. */
  titled: boolean;
  organization: string | null;
  known: KnownPerson | null;
  rule: string;
}

interface TitleReading {
  title: string | null;
  organization: OrgRef | null;
  /** Token index after the title and its phrases. */
  end: number;
  /** A name found inside a capitalized phrase ("Head of Asia-Pacific Policy Mark Lippert"). */
  name: PersonName | null;
}

const MAX_TAIL_WORDS = 6;
const TAIL_CONNECTORS = new Set(['and', '&']);

interface Context {
  tb: TokenizedBlock;
  orgs: BlockOrganizations;
  rules: OfficialRules;
}

/** Lower-case words inside a capitalized phrase: "Trust and Safety for Asia-Pacific". */
const RUN_CONNECTORS = new Set([...TAIL_CONNECTORS, 'for']);

/** The capitalized words of an "of" or "for" phrase, up to an organization or a break. */
function capitalizedRun({ tb, orgs }: Context, from: number): number {
  let end = from;
  for (let i = from; i < tb.tokens.length && i - from < 10 && !orgs.starting.has(i); i++) {
    if (isCapitalized(tb.tokens[i])) end = i + 1;
    else if (!RUN_CONNECTORS.has(tb.keys[i] ?? '') || !isCapitalized(tb.tokens[i + 1]) || orgs.starting.has(i + 1)) break;
  }
  return end;
}

const MAX_LISTED_WORDS = 3;
const MAX_LISTED_ITEMS = 4;

/** A Korean name, or words compromise reads a first name in ("Digital Infrastructure" is none). */
const namesPerson = (tb: TokenizedBlock, from: number, to: number, rules: OfficialRules): boolean =>
  personNameAt(tb, from, rules)?.korean === true || firstNameAt(tb.tokens.slice(from, to).map((token) => token.text)) !== -1;

/**
 * The end of a list of capitalized items that goes on a capitalized run past its comma, up to the
 * item after "and": "for Media, Data and Digital Infrastructure", "for Science, Technology and
 * Innovation".
 * The run ends at `end` as it is when the words after the comma do not close such a list, or when
 * an item is a title or a name: "Director of Policy, Kim Min-su and ..." lists people.
 */
function listedRunEnd({ tb, orgs, rules }: Context, end: number): number {
  let at = end;
  for (let items = 0; items < MAX_LISTED_ITEMS; items++) {
    if (tb.keys[at] !== ',' && tb.keys[at] !== 'and') return end;
    const last = tb.keys[at] === 'and' || tb.keys[at + 1] === 'and';
    const start = at + (tb.keys[at] === ',' && tb.keys[at + 1] === 'and' ? 2 : 1);
    let stop = start;
    while (stop - start < MAX_LISTED_WORDS && isCapitalized(tb.tokens[stop]) && !orgs.starting.has(stop)) stop++;
    if (stop === start || titleAt(tb, start, rules) || namesPerson(tb, start, stop, rules)) return end;
    if (last) return stop;
    at = stop;
  }
  return end;
}

/**
 * Where a name begins inside a capitalized run: a Korean name, else compromise's first first name,
 * else the run's last two words if they may read as a name ("Public Policy" may not) and no name
 * follows the run in apposition.
 */
function nameInRun(context: Context, from: number, to: number): PersonName | null {
  for (let i = from + 1; i < to; i++) {
    const name = personNameAt(context.tb, i, context.rules);
    if (name?.korean) return name;
  }
  const words = context.tb.tokens.slice(from, to).map((token) => token.text);
  const first = firstNameAt(words);
  if (first > 0) return personNameAt(context.tb, from + first, context.rules);
  // "Director General for Broadcasting Promotion Policy, Yoo Seung-hoon,": the name is the one in apposition.
  const apposed = context.tb.keys[to] === ',' && personNameAt(context.tb, to + 1, context.rules) !== null;
  return !apposed && to - from >= 3 && mayReadAsPerson(words.slice(-2)) ? personNameAt(context.tb, to - 2, context.rules) : null;
}

/** "of global public policy", "for public affairs": nouns and adjectives. Returns the index after them. */
function lowerCaseTail({ tb, orgs, rules }: Context, from: number): number {
  const words: string[] = [];
  for (let i = from; i < tb.tokens.length && words.length < MAX_TAIL_WORDS && isLowerCase(tb.tokens[i]); i++) words.push(tb.tokens[i]?.text ?? '');
  const nominal = nominalWords(words);
  let end = 0;
  for (const [i, word] of words.entries()) {
    // "head of the business strategy division": the article belongs to the phrase.
    if (TAIL_CONNECTORS.has(word) || (i === 0 && word === 'the')) continue;
    // Right before "at" an organization, a word is a noun however else it reads: "professor of media studies at".
    if (!nominal[i] && !(words[i + 1] === 'at' && organizationAfter(tb, from + i + 1, orgs, rules.nationalities))) break;
    end = i + 1;
  }
  return from + end;
}

/** The region of a role before its organization: "head of trust and safety for Asia-Pacific (at TikTok)". */
function regionEnd(tb: TokenizedBlock, at: number): number | null {
  if (tb.keys[at] !== 'for' && tb.keys[at] !== 'in') return null;
  // One or two capitalized words: "Asia-Pacific", "Asia Pacific".
  for (let words = 1; words <= 2 && isCapitalized(tb.tokens[at + words]); words++) if (tb.keys[at + words + 1] === 'at') return at + words + 1;
  return null;
}

const IN_CHARGE_OF = ['in', 'charge', 'of'];

/**
 * Where the phrase of a title starts after `end`, or -1: "Head of Public Affairs", "Minister for
 * Digital Affairs", "Commissioner in charge of Content Supervision"; a title that needs "of" takes no "for".
 */
function titlePhraseAt(keys: readonly string[], end: number, title: TitleMatch): number {
  if (title.honorific) return -1;
  if (keys[end] === 'of' || (keys[end] === 'for' && !title.needsOf)) return end + 1;
  return IN_CHARGE_OF.every((key, index) => keys[end + index] === key) ? end + IN_CHARGE_OF.length : -1;
}

/**
 * The body that an organization after a title is a unit of: "Director General of the Broadcasting
 * Policy Bureau at the KCC". The title then runs through the unit. A possessive is no such body: in
 * "Director of KISA at the KCC's meeting", the KCC owns the meeting.
 */
function parentOrganization({ tb, orgs, rules }: Context, unit: OrgRef): OrgRef | null {
  if (tb.keys[unit.to] !== 'at' && tb.keys[unit.to] !== 'of') return null;
  const parent = organizationAfter(tb, unit.to, orgs, rules.nationalities);
  return parent && tb.keys[parent.to] !== "'s" ? parent : null;
}

/** The title with its "of ..." or "for ..." phrase and the organization it is tied to. */
function readTitle(context: Context, title: TitleMatch, findName: boolean): TitleReading | null {
  const { tb, orgs } = context;
  let end = title.to;
  let name: PersonName | null = null;
  let organization = organizationAfter(tb, end, orgs, context.rules.nationalities);
  const phrase = organization ? -1 : titlePhraseAt(tb.keys, end, title);
  if (organization) {
    end = organization.to;
    organization = parentOrganization(context, organization) ?? organization;
  } else if (phrase !== -1) {
    // "head of the Digital Policy Division": an article before a capitalized phrase belongs to it.
    const start = tb.keys[phrase] === 'the' && isCapitalized(tb.tokens[phrase + 1]) ? phrase + 1 : phrase;
    if (isCapitalized(tb.tokens[start])) {
      const runEnd = capitalizedRun(context, start);
      name = findName ? nameInRun(context, start, runEnd) : null;
      end = name ? name.from : listedRunEnd(context, runEnd);
      // "Director of Budget and Park Sun-young": the "and" joins the name, not the title.
      while (name && end > start && RUN_CONNECTORS.has(tb.keys[end - 1] ?? '')) end--;
    } else {
      end = lowerCaseTail(context, start);
      // "an instructor of the center", "professor of the department": the body named before, no part of the title.
      if (!title.needsOf && tb.keys[start] === 'the' && end === start + 2) end = title.to;
    }
    if (end === start) end = title.to;
    organization = organizationAfter(tb, end, orgs, context.rules.nationalities);
    const region = organization ? null : regionEnd(tb, end);
    const regional = region === null ? null : organizationAfter(tb, region, orgs, context.rules.nationalities);
    if (regional && region !== null) [end, organization] = [region, regional];
  }
  if (title.needsOf && end === title.to) return null;
  const text = title.honorific ? title.text : titleText(tb, title, organization && organization.to === end ? title.to : end);
  return { title: text, organization: organization ?? organizationBefore(tb, title.from, orgs) ?? officeNamed(orgs, title), end: organization && organization.to > end ? organization.to : end, name };
}

/** The organization that the title names, being an office: "eSafety Commissioner". */
function officeNamed(orgs: BlockOrganizations, title: TitleMatch): OrgRef | null {
  const office = orgs.starting.get(title.from);
  return office && office.to === title.to ? office : null;
}

/** An office whose name is its holder's title, at `at`: "eSafety Commissioner Julie Inman Grant". */
function officeTitleAt({ tb, orgs, rules }: Context, at: number): TitleMatch | null {
  const title = orgs.starting.has(at) ? qualifiedTitleAt(tb, at, rules) : null;
  return title && officeNamed(orgs, title) ? title : null;
}

function mention(context: Context, name: PersonName, title: string | null, titled: boolean, organization: OrgRef | null, rule: string): PersonMention {
  return { block: context.tb.index, from: name.from, to: name.to, name, surname: name.surname, title, titled, organization: organization?.name ?? null, known: null, rule };
}

const namesThing = (context: Context, end: number): boolean => context.rules.nonPersonNouns.has(context.tb.keys[end] ?? '');
const overlapsOrganization = (context: Context, from: number, to: number): boolean => context.orgs.inside.subarray(from, to).includes(1);

/** A usable full name at `at`: not part of an organization's name, not the name of a thing. */
function fullNameAt(context: Context, at: number): PersonName | null {
  const name = personNameAt(context.tb, at, context.rules);
  return name && !overlapsOrganization(context, name.from, name.to) && !namesThing(context, name.to) ? name : null;
}

/**
 * A full name after a title. A Western name is read by its shape, so it must not read as anything
 * else: in a title-case headline, "KCC Chairman Meets Press" has a verb where a name would be;
 * unless an organization follows it ("Deputy Commissioner Helen Marsh of Australia's eSafety
 * Commissioner", where compromise reads "Helen Marsh" as a place).
 */
function titledNameAt(context: Context, at: number): PersonName | null {
  const name = fullNameAt(context, at);
  if (!name || name.korean) return name;
  // The organization after the name is looked for first: asking compromise is the dearer test.
  const vouched = organizationAfterName(context, name.to) !== null || mayReadAsPerson(context.tb.tokens.slice(name.from, name.to).map((token) => token.text));
  return vouched ? name : null;
}

const MAX_PLACE_WORDS = 3;

/** A name after the place a post is held "to": "Korean Ambassador to Saudi Arabia Yoon Chang-hee". */
function nameAfterPlace(context: Context, end: number): PersonName | null {
  const { tb } = context;
  if (tb.keys[end] !== 'to') return null;
  for (let words = 1; words <= MAX_PLACE_WORDS && isCapitalized(tb.tokens[end + words]); words++) {
    const place = tb.tokens.slice(end + 1, end + 1 + words).map((token) => token.text);
    const name = readsAsPlace(place) ? titledNameAt(context, end + 1 + words) : null;
    if (name) return name;
  }
  return null;
}

/** The organization after a name: "Lee Sang-in of the KCC", "Lee Won-woo of Seoul National University". */
function organizationAfterName(context: Context, end: number): OrgRef | null {
  const { tb, orgs, rules } = context;
  if (!['of', 'at', 'from'].includes(tb.keys[end] ?? '')) return null;
  const direct = organizationAfter(tb, end, orgs, rules.nationalities);
  if (direct) return direct;
  // Through a unit the rules do not know as a body: "Director Yang of the Youth Protection Division of the Ministry ...".
  const unit = tb.keys[end + 1] === 'the' ? end + 2 : end + 1;
  const unitEnd = isCapitalized(tb.tokens[unit]) ? capitalizedRun(context, unit) : unit;
  return unitEnd > unit && (tb.keys[unitEnd] === 'of' || tb.keys[unitEnd] === 'at') ? organizationAfter(tb, unitEnd, orgs, rules.nationalities) : null;
}

/**
 * A mention from a title followed by a name. A title in apposition to the name before it (`apposed`:
 * "Park Min, President of KBS, Ahn ...") is that person's, so it introduces no one after it.
 */
function titleBeforeName(context: Context, title: TitleMatch, apposed: boolean): PersonMention | null {
  const reading = readTitle(context, title, true);
  if (!reading) return null;
  // "(Chairman: Han Sang-hyuk)", as Korean releases write it.
  const name =
    reading.name ?? titledNameAt(context, context.tb.keys[reading.end] === ':' && !title.honorific ? reading.end + 1 : reading.end) ?? nameAfterPlace(context, reading.end);
  const organization = reading.organization ?? (name ? organizationAfterName(context, name.to) : null);
  if (name) return mention(context, name, reading.title, true, organization, title.honorific ? 'courtesy-before-name' : 'title-before-name');
  const surname = surnameAt(context.tb, reading.end, context.rules);
  if (!surname || overlapsOrganization(context, reading.end, reading.end + 1) || namesThing(context, reading.end + 1)) {
    return apposed ? null : titleThenApposition(context, reading);
  }
  return {
    block: context.tb.index,
    from: reading.end,
    to: reading.end + 1,
    name: null,
    surname,
    title: reading.title,
    titled: true,
    organization: organization?.name ?? null,
    known: null,
    rule: 'title-before-surname',
  };
}

/** "the chairman of the association, Kim Min-su, said". */
function titleThenApposition(context: Context, reading: TitleReading): PersonMention | null {
  if (context.tb.keys[reading.end] !== ',' || reading.title === null) return null;
  const name = titledNameAt(context, reading.end + 1);
  const closing = name && context.tb.keys[name.to];
  if (!name || (closing !== undefined && closing !== ',' && closing !== '.' && closing !== ')')) return null;
  if (unitBeforeBody(context, name)) return null;
  return mention(context, name, reading.title, true, reading.organization, 'title-apposition');
}

/**
 * Capitalized words between a title and an organization after a comma may be the unit the title is
 * held in, not a name: "Executive Manager, Industry Compliance, Office of the eSafety Commissioner",
 * unless compromise knows them as a person's.
 */
function unitBeforeBody({ tb, orgs }: Context, name: PersonName): boolean {
  if (name.korean || tb.keys[name.to] !== ',' || !orgs.starting.has(name.to + 1)) return false;
  return !readsAsPerson(tb.tokens.slice(name.from, name.to).map((token) => token.text));
}

const SKIPPED_BEFORE_TITLE = new Set(['a', 'an', 'the']);
/** "In Las Vegas, Google's vice president said": what follows these is a place, not a person. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near']);

/**
 * "NAME, a standing commissioner of ORG", "NAME, ORG's vice president", "NAME, the French minister",
 * "NAME, Japan's minister", "NAME, the new chairperson of ORG", "NAME (president of ORG)"; with the
 * token range of the title and its phrases.
 */
function nameBeforeTitle(context: Context, comma: number): { mention: PersonMention; title: { from: number; to: number } } | null {
  const { tb, rules, orgs } = context;
  let at = comma + 1;
  const afterNationality = (from: number): number => from + (rules.nationalities.matches(tb.keys, from)[0]?.length ?? 0);
  if (SKIPPED_BEFORE_TITLE.has(tb.keys[at] ?? '')) at++;
  at += rules.tenures.matches(tb.keys, at)[0]?.length ?? 0;
  at = afterNationality(at);
  // An office's name is the title itself ("Julie Inman Grant, eSafety Commissioner"), no owner of one.
  const office = officeTitleAt(context, at);
  const owner = office ? undefined : orgs.starting.get(at);
  if (owner) at = afterNationality(tb.keys[owner.to] === "'s" ? owner.to + 1 : owner.to);
  // "Japan's Minister for Internal Affairs": a country, or a body the rules do not know; the title is the role.
  else if (isCapitalized(tb.tokens[at]) && tb.keys[at + 1] === "'s") at += 2;
  const title = office ?? qualifiedTitleAt(tb, at, rules) ?? describedTitleAt(context, at);
  if (!title || title.honorific) return null;
  const reading = readTitle(context, title, false);
  if (!reading) return null;
  // A title with a name right after it introduces that name: "Hanbit Soft, CEO Kim Min-su",
  // "Kim Jin-pyo, Minister of Science and ICT Lee Jong-ho" give the title to Kim Min-su and Lee.
  if (titledNameAt(context, reading.end) !== null) return null;
  // The name is looked for only now: reading a Western name asks compromise, which is not free.
  // A post with an "of" phrase or an organization vouches for the name before it.
  const name = personNameEndingAt(tb, comma, rules, reading.end > title.to || reading.organization !== null || owner !== undefined);
  if (!name || overlapsOrganization(context, name.from, name.to) || PLACE_PREPOSITIONS.has(tb.keys[name.from - 1] ?? '')) return null;
  const organization =
    reading.organization ??
    owner ??
    bodyAfterTitle(context, reading.end) ??
    organizationLabelling(tb, name.from, orgs) ??
    organizationLedOrJoinedBy(tb, name.from, orgs) ??
    organizationInContext(tb, name.from, orgs);
  return { mention: mention(context, name, reading.title, true, organization, 'name-apposition'), title: { from: at, to: reading.end } };
}

/** What may follow the body after a title: the end of the item or sentence, or a comma before what is no other body. */
const AFTER_BODY = new Set(['.', ';', ')', '|']);

/**
 * The body after a title and its comma, the last part of the apposition: "Dewi Anggraini, Director
 * General of Informatics Applications, Ministry of Communication and Informatics (Kominfo)". Not one
 * of a list of bodies: "..., Director of Planning, Kakao, Naver and Google".
 */
function bodyAfterTitle({ tb, orgs }: Context, end: number): OrgRef | null {
  const body = tb.keys[end] === ',' ? orgs.starting.get(end + 1) : undefined;
  if (!body) return null;
  const next = afterParenthesis(tb, body.to);
  if (next >= tb.tokens.length || AFTER_BODY.has(tb.keys[next] ?? '')) return body;
  const following = tb.keys[next + 1] === 'and' ? next + 2 : next + 1;
  return tb.keys[next] === ',' && !orgs.starting.has(following) ? body : null;
}

const MAX_DESCRIBING_WORDS = 2;

/**
 * A title after lower-case words that describe it, in apposition: "Park Ji-ho, public policy manager
 * of Google Korea", "a senior policy adviser at Ofcom". The words must read as nouns or adjectives:
 * in "Jane Doe, then minister", "then" says when, not what.
 */
function describedTitleAt({ tb, rules }: Context, at: number): TitleMatch | null {
  for (let count = 1; count <= MAX_DESCRIBING_WORDS; count++) {
    if (!isLowerCase(tb.tokens[at + count - 1])) return null;
    const title = titleAt(tb, at + count, rules);
    if (!title || title.honorific) continue;
    const words = tb.tokens.slice(at, at + count).map((token) => token.text);
    return nominalWords(words).every(Boolean) ? { ...title, from: at, text: `${words.join(' ').toLowerCase()} ${title.text}` } : null;
  }
  return null;
}

/** Where the next name of a list begins after `at`: ", " or "and" or ", and"; -1 when the list ends. */
function nextInList({ tb }: Context, at: number): number {
  if (tb.keys[at] === ',') return tb.keys[at + 1] === 'and' ? at + 2 : at + 1;
  return tb.keys[at] === 'and' ? at + 1 : -1;
}

/**
 * "Standing Commissioners Kim Hyun and Lee Sang-in (of the KCC)": a title in the plural is each
 * name's of the list after it, and so is an organization after the last name.
 */
function namesSharingTitle(context: Context, first: PersonMention): PersonMention[] {
  const mentions = [first];
  for (let at = nextInList(context, first.to); at >= 0; ) {
    const name = titledNameAt(context, at);
    if (!name) break;
    mentions.push({ ...first, from: name.from, to: name.to, name, surname: name.surname, rule: 'plural-title-before-names' });
    at = nextInList(context, name.to);
  }
  const after = first.organization === null ? organizationAfterName(context, mentions.at(-1)!.to) : null;
  return after ? mentions.map((mention) => ({ ...mention, organization: after.name })) : mentions;
}

/** "KCC Chairperson Lee Jin-sook and Vice Chairperson Kim Tae-kyu": the second title shares the first's organization. */
function sharedOrganization({ tb }: Context, previous: PersonMention | null, title: TitleMatch): string | null {
  const joined = previous !== null && previous.to === title.from - 1 && (tb.keys[previous.to] === 'and' || tb.keys[previous.to] === ',');
  return joined ? previous.organization : null;
}

/** Names the people rules know, as written there. */
function knownPeople(context: Context): PersonMention[] {
  const found: PersonMention[] = [];
  const { tb, rules } = context;
  for (let i = 0; i < tb.tokens.length; i++) {
    const match = rules.people.matches(tb.keys, i)[0];
    const person = match?.values[0];
    if (!match || !person || !isCapitalized(tb.tokens[i])) continue;
    const name = personNameAt(tb, i, rules);
    const surname = name?.surname ?? person.name.split(' ')[0] ?? '';
    const display = name && name.to === i + match.length ? name : null;
    found.push({
      block: tb.index,
      from: i,
      to: i + match.length,
      name: display ?? { from: i, to: i + match.length, display: person.name, key: foldPersonName(person.name), surname, korean: true },
      surname,
      title: null,
      titled: false,
      organization: null,
      known: person,
      rule: 'people-rules',
    });
    i += match.length - 1;
  }
  return found;
}

export function personMentions(tb: TokenizedBlock, orgs: BlockOrganizations, rules: OfficialRules): PersonMention[] {
  if (tb.shouting) return [];
  const context: Context = { tb, orgs, rules };
  const rows = peopleRows(tb, rules);
  const found: PersonMention[] = [...knownPeople(context), ...tableMentions(tb, orgs, rules, rows), ...cellMentions(tb, orgs, rules)];
  let lastTitled: PersonMention | null = null;
  // The title in apposition to the name before it, with its phrases: no title read inside it introduces anyone.
  let apposedTitle = { from: -1, to: -1 };
  for (let i = 0; i < tb.tokens.length; i++) {
    const key = tb.keys[i];
    if ((key === ',' || key === '(') && i > 0) {
      const apposed = nameBeforeTitle(context, i);
      if (apposed) {
        found.push(apposed.mention);
        apposedTitle = apposed.title;
      }
    }
    // A title inside an organization's name is no one's, but for an office's that is the whole name.
    const title = orgs.inside[i] === 1 ? officeTitleAt(context, i) : titleAt(tb, i, rules);
    if (orgs.inside[i] === 1 && !title) continue;
    const titled = title && titleBeforeName(context, title, apposedTitle.from <= i && i < apposedTitle.to);
    if (titled) {
      titled.organization ??= sharedOrganization(context, lastTitled, title);
      const listed = title.plural ? namesSharingTitle(context, titled) : [titled];
      found.push(...listed);
      lastTitled = listed.at(-1)!;
    }
    const untitled = !title && fullNameAt(context, i);
    if (untitled) found.push(mention(context, untitled, null, false, null, 'name'));
  }
  return withRowOrganizations(tb, orgs, rows, withoutNestedNames(found));
}

/** Rules whose names the layout vouches for: a table's name cell, a cell's first part. */
const LAID_OUT = new Set(['people-table', 'people-cell']);

/**
 * A name read inside a longer one that the layout or a title vouches for is part of it: "Thi Thu
 * Ha" of "| Tran Thi Thu Ha, Director General, MIC |", "Al Mansoori" of "Director Saeed Al Mansoori".
 */
function withoutNestedNames(mentions: readonly PersonMention[]): PersonMention[] {
  const length = (mention: PersonMention): number => mention.to - mention.from;
  // The longest vouched name over each token: a table of thousands of cells stays linear.
  const vouched = new Map<number, PersonMention>();
  for (const mention of mentions) {
    if (mention.name === null || !(LAID_OUT.has(mention.rule) || mention.titled)) continue;
    for (let token = mention.from; token < mention.to; token++) {
      const seen = vouched.get(token);
      if (!seen || length(seen) < length(mention)) vouched.set(token, mention);
    }
  }
  return mentions.filter((mention) => {
    const other = mention.name === null ? undefined : vouched.get(mention.from);
    return !other || mention.to > other.to || length(other) <= length(mention);
  });
}
