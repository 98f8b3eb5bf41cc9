import { isRecord, isString, isStringList, section, type RuleSections, oncePerRules } from '../../rules/load.js';
import type { OrganizationKind } from '../../record/types.js';
import { phraseKeys, tokenize } from '../../nlp/tokens.js';
import { PhraseTrie } from '../../nlp/phrase-trie.js';
import { pluralOf } from '../../nlp/lemma.js';
import { dateRulesOf } from '../dates/rules.js';
import { officialRules } from '../officials/rules.js';
import { personNameAt } from '../officials/names.js';
import type { TokenizedBlock } from '../../nlp/tokenized-block.js';

/** The organization rules of src/rules/organizations.yaml (and --rules files), compiled once per rules object. */

const KINDS: ReadonlySet<string> = new Set<OrganizationKind>([
  'regulator', 'ministry', 'agency', 'public-institution', 'broadcaster', 'telecom', 'platform', 'company', 'association', 'international', 'other',
]);

interface OrganizationEntry {
  name: string;
  acronym?: string;
  aliases?: string[];
  weak?: string[];
  kind: OrganizationKind;
  country?: string | null;
}

interface ServiceEntry {
  name: string;
  aliases?: string[];
  owner: string;
  kind: OrganizationKind;
}

interface KindedWord {
  word: string;
  kind: OrganizationKind;
}

/** A head word, and the prepositions besides of/for/on that may go on with its name ("Embassy ... in France"). */
interface HeadEntry extends KindedWord {
  places?: string[];
}

/** A body the gazetteer knows, or a service of one. */
export interface KnownOrganization {
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  country: string | null;
  /** For a service: the canonical name of its owner. */
  owner: string | null;
  /** The last head word of the name ("Council"), so that "the Council" can refer to it. */
  head: string | null;
}

/** One written form of a known body. */
export interface GazetteerForm {
  known: KnownOrganization;
  /** The form as written in the rules, for the case check. */
  form: string;
  /** Counts only when the body is also named another way. */
  weak: boolean;
}

export interface OrganizationRules {
  gazetteer: PhraseTrie<GazetteerForm>;
  /** Ministries by their portfolio ("Science and ICT"), which a minister's title names: "Minister of Science and ICT". */
  portfolios: PhraseTrie<GazetteerForm>;
  /** Head words as written (capitalized) -> kind. */
  heads: ReadonlyMap<string, OrganizationKind>;
  /** Head words as written -> prepositions of a place that may go on with the name ("in", "to"). */
  placeTails: ReadonlyMap<string, ReadonlySet<string>>;
  legalSuffixes: PhraseTrie<true>;
  /** Lower-case keys. */
  embeddingHeads: ReadonlySet<string>;
  /** Head words of a body's units, as written (capitalized). */
  unitHeads: ReadonlySet<string>;
  /** Head words of the issuing body's units, which tied to no body and without an "of" phrase are no organization. */
  issuerUnitHeads: ReadonlySet<string>;
  /** Lower-case keys, singular and plural -> kind. */
  descriptors: ReadonlyMap<string, OrganizationKind>;
  /** Header cells of a table's column of bodies, lower case -> kind ("| Broadcaster | Region | Score |"). */
  columns: ReadonlyMap<string, OrganizationKind>;
  /** Labels of a table's row of totals, lower case: no body's name. */
  tableTotals: ReadonlySet<string>;
  /** Month and weekday names (dates.yaml), which are capitalized but name no organization. */
  calendarWords: ReadonlySet<string>;
  /** Words that open a title (titles.yaml, lower case): "and Ambassador Kim" after a name starts a person, not more name. */
  titleWords: ReadonlySet<string>;
  /** A Korean person's name starts at the token: "and Kim Ji-hoon" after a name starts a person, not more name. */
  koreanNameAt: (tb: TokenizedBlock, at: number) => boolean;
}

const optionalList = (value: unknown): boolean => value === undefined || isStringList(value);
const isKind = (value: unknown): value is OrganizationKind => typeof value === 'string' && KINDS.has(value);

const isOrganization = (entry: unknown): entry is OrganizationEntry =>
  isRecord(entry) &&
  typeof entry.name === 'string' &&
  (entry.acronym === undefined || typeof entry.acronym === 'string') &&
  optionalList(entry.aliases) &&
  optionalList(entry.weak) &&
  isKind(entry.kind) &&
  (entry.country === undefined || entry.country === null || typeof entry.country === 'string');

const isService = (entry: unknown): entry is ServiceEntry =>
  isRecord(entry) && typeof entry.name === 'string' && optionalList(entry.aliases) && typeof entry.owner === 'string' && isKind(entry.kind);

const isKindedWord = (entry: unknown): entry is KindedWord => isRecord(entry) && typeof entry.word === 'string' && isKind(entry.kind);

const isColumnEntry = (entry: unknown): entry is { headers: string[]; kind: OrganizationKind } => isRecord(entry) && isStringList(entry.headers) && isKind(entry.kind);

const isHeadEntry = (entry: unknown): entry is HeadEntry => isKindedWord(entry) && (!('places' in entry) || isStringList(entry.places));

function addForms(trie: PhraseTrie<GazetteerForm>, known: KnownOrganization, forms: readonly string[], weak: boolean): void {
  for (const form of forms) trie.add(phraseKeys(form), { known, form, weak });
}

const MINISTRY_OF = /^Ministry of (?:the )?(.+)$/;

function compile(rules: RuleSections): OrganizationRules {
  const gazetteer = new PhraseTrie<GazetteerForm>();
  const portfolios = new PhraseTrie<GazetteerForm>();
  const headEntries = section(rules, 'organization-heads', isHeadEntry);
  const heads = new Map(headEntries.map(({ word, kind }) => [word, kind]));
  const headOf = (name: string): string | null =>
    tokenize(name)
      .map((token) => token.text)
      .reverse()
      .find((word) => heads.has(word)) ?? null;
  for (const entry of section(rules, 'organizations', isOrganization)) {
    const known: KnownOrganization = { name: entry.name, acronym: entry.acronym ?? null, kind: entry.kind, country: entry.country ?? null, owner: null, head: headOf(entry.name) };
    const weak = entry.weak ?? [];
    // A weak form stays weak even when it is the canonical name itself ("X").
    const strong = [entry.name, ...(entry.acronym ? [entry.acronym] : []), ...(entry.aliases ?? [])].filter((form) => !weak.includes(form));
    addForms(gazetteer, known, strong, false);
    addForms(gazetteer, known, weak, true);
    addForms(portfolios, known, strong.flatMap((form) => MINISTRY_OF.exec(form)?.slice(1, 2) ?? []), false);
  }
  for (const entry of section(rules, 'services', isService)) {
    const known: KnownOrganization = { name: entry.name, acronym: null, kind: entry.kind, country: null, owner: entry.owner, head: headOf(entry.name) };
    addForms(gazetteer, known, [entry.name, ...(entry.aliases ?? [])], false);
  }
  const legalSuffixes = new PhraseTrie<true>();
  for (const suffix of section(rules, 'legal-suffixes', isString)) legalSuffixes.add(phraseKeys(suffix), true);
  return {
    gazetteer,
    portfolios,
    heads,
    legalSuffixes,
    embeddingHeads: new Set(section(rules, 'embedding-heads', isString).map((word) => word.toLowerCase())),
    placeTails: new Map(headEntries.flatMap(({ word, places }) => (places ? [[word, new Set(places.map((place) => place.toLowerCase()))] as const] : []))),
    unitHeads: new Set(section(rules, 'unit-heads', isString)),
    issuerUnitHeads: new Set(section(rules, 'issuer-unit-heads', isString)),
    descriptors: new Map(
      section(rules, 'organization-descriptors', isKindedWord).flatMap(({ word, kind }) => [word.toLowerCase(), pluralOf(word.toLowerCase())].map((form) => [form, kind] as const)),
    ),
    columns: new Map(section(rules, 'organization-columns', isColumnEntry).flatMap(({ headers, kind }) => headers.map((header) => [header.toLowerCase(), kind] as const))),
    tableTotals: new Set(section(rules, 'table-total-labels', isString).map((label) => label.toLowerCase())),
    calendarWords: dateRulesOf(rules).calendarWords,
    titleWords: officialRules(rules).titleWords,
    koreanNameAt: (tb, at) => personNameAt(tb, at, officialRules(rules))?.korean === true,
  };
}

export const organizationRules: (rules: RuleSections) => OrganizationRules = oncePerRules(compile);
