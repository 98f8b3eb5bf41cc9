import { isRecord, isString, isStringList, section, type RuleSections, oncePerRules } from '../../rules/load.js';
import { phraseKeys } from '../../nlp/tokens.js';
import { pluralOf } from '../../nlp/lemma.js';
import { dateRulesOf } from '../dates/rules.js';
import { PhraseTrie } from '../../nlp/phrase-trie.js';

/**
 * The rules of src/rules/titles.yaml, src/rules/names.yaml and the `people` section of
 * src/rules/people.yaml (and of --rules files), compiled once per rules object.
 */

export interface TitleWord {
  /** Needs an "of ..." phrase to be a title ("Head of Asia-Pacific Policy"). */
  needsOf: boolean;
  /** The title in the plural, shared by the names after it ("Standing Commissioners Kim Hyun and Lee Sang-in"): its last word, and that word in the singular. */
  plural: { word: string; singular: string } | null;
}

export interface Honorific {
  /** The role the word states ("dr."), or null (Mr., Ms.). */
  title: string | null;
}

export interface Term {
  title: string;
  from: string;
  to: string | null;
}

/** A person the rules know by name: the KCC's chairpersons and commissioners and others. */
export interface KnownPerson {
  name: string;
  organization: string | null;
  terms: Term[];
}

export interface OfficialRules {
  titles: PhraseTrie<TitleWord>;
  /** Lower-case keys. */
  modifiers: ReadonlySet<string>;
  /** Lower-case keys of words after a title that belong to it ("nominee"). */
  followers: ReadonlySet<string>;
  /** Words of a country before a title and not part of it ("European Commissioner"). */
  nationalities: PhraseTrie<true>;
  /** Words of a tenure before a title and not part of it ("the new Chairperson"). */
  tenures: PhraseTrie<true>;
  honorifics: PhraseTrie<Honorific>;
  /** As written: "Lee", "Kim". */
  familyNames: ReadonlySet<string>;
  /** Lower-case keys. */
  nonPersonNouns: ReadonlySet<string>;
  /** Lower case: capitalized words that are no part of a person's name ("Broadcasting Center"). */
  nonNameWords: ReadonlySet<string>;
  /** Lower-case words inside a Western name ("van" in "Pieter van Dam"). */
  nameParticles: ReadonlySet<string>;
  /** Every name and alias of known people. */
  people: PhraseTrie<KnownPerson>;
  /**
   * Words that open a title (its first word, a modifier, a courtesy word), and single-word titles
   * in the plural: name rules do not read "Chairman" as a name, and "and Ambassador Kim" after a
   * name starts a person. Inner words of titles are not among them ("legal" in "chief legal officer").
   */
  titleWords: ReadonlySet<string>;
  /** Month and weekday names (dates.yaml), which are capitalized but name no one. */
  calendarWords: ReadonlySet<string>;
  /** Header cells of a table of people (lower case) -> what the column holds. */
  tableColumns: ReadonlyMap<string, TableColumn>;
  /** The issuing bodies' posts (lower case), in the order of the rules. */
  issuerPosts: ReadonlyArray<{ organization: string; titles: ReadonlySet<string>; units: ReadonlySet<string> }>;
}

type TitleEntry = string | { title: string; 'needs-of'?: boolean };

interface PersonEntry {
  name: string;
  aliases?: string[];
  organization?: string;
  terms?: Array<{ title: string; from: unknown; to?: unknown }>;
}

const isTitleEntry = (entry: unknown): entry is TitleEntry =>
  typeof entry === 'string' || (isRecord(entry) && typeof entry.title === 'string' && (entry['needs-of'] === undefined || typeof entry['needs-of'] === 'boolean'));

const isHonorific = (entry: unknown): entry is { word: string; title: string | null } =>
  isRecord(entry) && typeof entry.word === 'string' && (entry.title === null || typeof entry.title === 'string');

const isIssuerPosts = (entry: unknown): entry is { organization: string; titles: string[]; units?: string[] } =>
  isRecord(entry) && typeof entry.organization === 'string' && isStringList(entry.titles) && (entry.units === undefined || isStringList(entry.units));

export type TableColumn = 'name' | 'title' | 'organization' | 'title-and-organization';
const TABLE_COLUMNS: readonly string[] = ['name', 'title', 'organization', 'title-and-organization'] satisfies TableColumn[];

const isTableColumns = (entry: unknown): entry is { column: TableColumn; headers: string[] } =>
  isRecord(entry) && typeof entry.column === 'string' && TABLE_COLUMNS.includes(entry.column) && isStringList(entry.headers);

const isTerm = (term: unknown): boolean => isRecord(term) && typeof term.title === 'string';

const isPerson = (entry: unknown): entry is PersonEntry =>
  isRecord(entry) &&
  typeof entry.name === 'string' &&
  (entry.aliases === undefined || isStringList(entry.aliases)) &&
  (entry.organization === undefined || typeof entry.organization === 'string') &&
  (entry.terms === undefined || (Array.isArray(entry.terms) && entry.terms.every(isTerm)));

/** YAML may read an unquoted date as a Date. */
const isoDate = (value: unknown): string | null =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : null;

function compile(rules: RuleSections): OfficialRules {
  const titles = new PhraseTrie<TitleWord>();
  const followers = new Set(section(rules, 'title-followers', isString).map((word) => word.toLowerCase()));
  const titleWords = new Set<string>(followers);
  for (const entry of section(rules, 'titles', isTitleEntry)) {
    const title = typeof entry === 'string' ? entry : entry.title;
    const keys = phraseKeys(title);
    const needsOf = typeof entry !== 'string' && entry['needs-of'] === true;
    titles.add(keys, { needsOf, plural: null });
    titleWords.add(keys[0] ?? '');
    const last = keys.at(-1);
    // Abbreviations ("dr.", "prof.") have no plural, and take no follower.
    if (last && !last.endsWith('.')) {
      const plural = pluralOf(last);
      titles.add([...keys.slice(0, -1), plural], { needsOf, plural: { word: plural, singular: last } });
      if (keys.length === 1) titleWords.add(plural);
      // Text keeps a hyphenated word whole: "president-elect" is one key.
      for (const joined of [...followers].map((follower) => `${last}-${follower}`)) {
        titles.add([...keys.slice(0, -1), joined], { needsOf, plural: null });
        if (keys.length === 1) titleWords.add(joined);
      }
    }
  }
  const modifiers = new Set(section(rules, 'title-modifiers', isString).map((word) => word.toLowerCase()));
  modifiers.forEach((word) => titleWords.add(word));
  const phrases = (name: string): PhraseTrie<true> => {
    const trie = new PhraseTrie<true>();
    for (const word of section(rules, name, isString)) trie.add(phraseKeys(word), true);
    return trie;
  };
  const nationalities = phrases('nationalities');
  const tenures = phrases('title-tenures');
  const honorifics = new PhraseTrie<Honorific>();
  for (const { word, title } of section(rules, 'honorifics', isHonorific)) {
    honorifics.add(phraseKeys(word), { title });
    titleWords.add(phraseKeys(word)[0] ?? '');
  }
  const people = new PhraseTrie<KnownPerson>();
  for (const entry of section(rules, 'people', isPerson)) {
    const person: KnownPerson = {
      name: entry.name,
      organization: entry.organization ?? null,
      terms: (entry.terms ?? []).map((term) => ({ title: term.title, from: isoDate(term.from) ?? '', to: isoDate(term.to) })),
    };
    for (const form of [entry.name, ...(entry.aliases ?? [])]) people.add(phraseKeys(form), person);
  }
  return {
    titles,
    modifiers,
    followers,
    nationalities,
    tenures,
    honorifics,
    familyNames: new Set(section(rules, 'korean-family-names', isString)),
    nonPersonNouns: new Set(section(rules, 'non-person-nouns', isString).map((word) => word.toLowerCase())),
    nonNameWords: new Set(section(rules, 'non-name-words', isString).map((word) => word.toLowerCase())),
    nameParticles: new Set(section(rules, 'name-particles', isString).map((word) => word.toLowerCase())),
    people,
    titleWords,
    calendarWords: dateRulesOf(rules).calendarWords,
    tableColumns: new Map(section(rules, 'people-table-columns', isTableColumns).flatMap(({ column, headers }) => headers.map((header) => [header.toLowerCase(), column] as const))),
    issuerPosts: section(rules, 'issuer-posts', isIssuerPosts).map(({ organization, titles: posts, units = [] }) => ({
      organization,
      titles: new Set(posts.map((post) => post.toLowerCase())),
      units: new Set(units.map((unit) => unit.toLowerCase())),
    })),
  };
}

export const officialRules: (rules: RuleSections) => OfficialRules = oncePerRules(compile);

const ACTING = /^acting /;

const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);

/**
 * The last word of the unit a title is held "of", or that follows it after a comma: "deputy director
 * of the ... policy division", "director, international cooperation division" -> "division".
 */
function unitOf(post: string): string | undefined {
  return post.includes(' of ') || post.includes(', ') ? lastWord(post) : undefined;
}

/**
 * The issuing body whose post the title is, among the organizations the text names; null when none.
 * `unitName`: the unit the text names as the official's organization without tying it to a body
 * ("Director-General of the User Policy Bureau"), whose post the title then is.
 */
export function issuerOf(title: string, named: ReadonlySet<string>, rules: OfficialRules, unitName?: string): string | null {
  const post = title.replace(ACTING, '');
  const unit = unitName === undefined ? unitOf(post) : lastWord(unitName.toLowerCase());
  const isPost = (titles: ReadonlySet<string>, units: ReadonlySet<string>): boolean => (unitName === undefined && titles.has(post)) || (unit !== undefined && units.has(unit));
  return rules.issuerPosts.find(({ organization, titles, units }) => isPost(titles, units) && named.has(organization))?.organization ?? null;
}

/** The title a known person held on a day, when exactly one term covers it. */
export function titleOn(person: KnownPerson, day: string): string | null {
  const titles = new Set(person.terms.filter((term) => term.from <= day && (term.to === null || day <= term.to)).map((term) => term.title));
  return titles.size === 1 ? ([...titles][0] ?? null) : null;
}
