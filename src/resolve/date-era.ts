import { parseDay } from '../extract/dates/calendar.js';
import { dateRulesOf, foldWord } from '../extract/dates/rules.js';
import type { Doc } from '../pipeline/doc.js';
import type { Official } from '../record/types.js';
import { isRecord, isStringList, oncePerRules, section, type RuleSections } from '../rules/load.js';
import { alternation, atWordStart, WORD_END, wordStartMatches, type WordStartPattern } from '../rules/patterns.js';
import type { Era, Interval } from './year.js';

/**
 * The eras a release places itself in, from people.yaml: the terms of the officials it names with
 * their titles, and the administrations of the presidents it names ("Yoon's administration").
 */

interface Term {
  title: string;
  from: string;
  to: string | null;
}

interface Person {
  name: string;
  aliases?: string[];
  terms: Term[];
}

interface President {
  name: string;
  aliases?: string[];
  from: string;
  to: string | null;
}

const isDayText = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isAliases = (value: unknown): boolean => value === undefined || isStringList(value);
const isTerm = (value: unknown): value is Term => isRecord(value) && typeof value.title === 'string' && isDayText(value.from) && (value.to === null || isDayText(value.to));
const isPerson = (value: unknown): value is Person =>
  isRecord(value) && typeof value.name === 'string' && isAliases(value.aliases) && Array.isArray(value.terms) && value.terms.every(isTerm);
const isPresident = (value: unknown): value is President =>
  isRecord(value) && typeof value.name === 'string' && isAliases(value.aliases) && isDayText(value.from) && (value.to === null || isDayText(value.to));

/** Still in office: the term runs on past any date a release can name. */
const OPEN_END = { year: 9999, month: 12, day: 31 };
/** How far from a name its title may be written ("Lee Sang-in, a standing commissioner of"). */
const TITLE_REACH = 40;

const wholeWords = (words: readonly string[], around = (inner: string): string => inner): WordStartPattern =>
  atWordStart(`${around(`(?<name>${alternation(words)})`)}${WORD_END}`, 'giu');

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const values = map.get(key) ?? new Set<V>();
  values.add(value);
  map.set(key, values);
}

const intervalOf = (from: string, to: string | null): Interval => ({ from: parseDay(from), to: to === null ? OPEN_END : parseDay(to) });
const namesOf = (entry: { name: string; aliases?: string[] }): string[] => [entry.name, ...(entry.aliases ?? [])];

/** The earliest year the people data knows of: no release of the KCC is dated before its era. */
export const earliestKnownYear = oncePerRules((rules): number | null => {
  const starts = [
    ...section(rules, 'presidents', isPresident).map((president) => president.from),
    ...section(rules, 'people', isPerson).flatMap((person) => person.terms.map((term) => term.from)),
  ].map((from) => parseDay(from).year);
  return starts.length > 0 ? Math.min(...starts) : null;
});

/** The people data with its patterns, compiled once per rules object rather than per document. */
interface PeopleRules {
  byName: ReadonlyMap<string, Person>;
  /** Any name of any person; null when there are none. */
  names: WordStartPattern | null;
  /** The distinct titles of each person's terms, with a pattern finding each. */
  titles: ReadonlyMap<Person, ReadonlyArray<{ title: string; pattern: WordStartPattern }>>;
}

const peopleRulesOf = oncePerRules((rules): PeopleRules => {
  const people = section(rules, 'people', isPerson);
  const titlesOf = (person: Person): Array<{ title: string; pattern: WordStartPattern }> =>
    [...new Set(person.terms.map((term) => term.title))].map((title) => ({ title, pattern: wholeWords([title]) }));
  return {
    byName: new Map(people.flatMap((person) => namesOf(person).map((name) => [foldWord(name), person] as const))),
    names: people.length > 0 ? wholeWords(people.flatMap(namesOf)) : null,
    titles: new Map(people.map((person) => [person, titlesOf(person)])),
  };
});

interface PresidentRules {
  /** Presidents by folded name, alias or family name: a family name may fit several. */
  byName: ReadonlyMap<string, ReadonlySet<President>>;
  /** The patterns naming an administration (with the era words and titles of the date rules). */
  patterns: readonly WordStartPattern[];
}

const presidentRulesOf = oncePerRules((rules): PresidentRules => {
  const presidents = section(rules, 'presidents', isPresident);
  const byName = new Map<string, Set<President>>();
  for (const president of presidents) {
    const family = president.name.split(/\s+/)[0] ?? president.name;
    for (const name of [...namesOf(president), family]) addTo(byName, foldWord(name), president);
  }
  if (presidents.length === 0) return { byName, patterns: [] };
  const { eraWords, presidentTitles } = dateRulesOf(rules);
  const patterns = [
    wholeWords([...byName.keys()], (name) => `${name}(?:['’]s)?\\s+(?:${eraWords})`),
    wholeWords(presidents.flatMap(namesOf), (name) => `(?:${presidentTitles})\\s+${name}`),
  ];
  return { byName, patterns };
});

function termsEra(person: Person, terms: readonly Term[]): Era {
  const described = terms.map((term) => `${term.title} from ${term.from} to ${term.to ?? 'now'}`).join(', ');
  return { label: `${person.name} was ${described}`, intervals: terms.map((term) => intervalOf(term.from, term.to)) };
}

/** The title written nearest a name, among the titles of the person's terms (longest on a tie). */
function titleNear(text: string, from: number, to: number, titles: ReadonlyArray<{ title: string; pattern: WordStartPattern }>): string | null {
  const start = Math.max(0, from - TITLE_REACH);
  const around = text.slice(start, to + TITLE_REACH);
  let best: { title: string; distance: number } | null = null;
  for (const { title, pattern } of titles) {
    for (const match of wordStartMatches(around, pattern)) {
      const at = start + match.index;
      const distance = at + match[0].length <= from ? from - (at + match[0].length) : at - to;
      if (distance < 0) continue;
      if (!best || distance < best.distance || (distance === best.distance && title.length > best.title.length)) best = { title, distance };
    }
  }
  return best?.title ?? null;
}

/** Officials' eras: the terms whose title the text gives them, or all their terms when it gives none. */
function officialEras(doc: Doc, officials: readonly Official[], { byName, names, titles }: PeopleRules): Era[] {
  const named = new Map<Person, Set<string>>();
  const seen = new Set<Person>();
  for (const official of officials) {
    const person = byName.get(foldWord(official.name));
    if (!person) continue;
    seen.add(person);
    if (official.title) addTo(named, person, official.title.toLowerCase());
  }
  if (names) {
    for (const block of doc.blocks) {
      for (const match of wordStartMatches(block.text, names)) {
        const person = byName.get(foldWord(match[0]));
        if (!person) continue;
        seen.add(person);
        const title = titleNear(block.text, match.index, match.index + match[0].length, titles.get(person) ?? []);
        if (title) addTo(named, person, title.toLowerCase());
      }
    }
  }
  return [...seen].map((person) => {
    const given = named.get(person);
    const terms = person.terms.filter((term) => given?.has(term.title.toLowerCase()));
    return termsEra(person, terms.length > 0 ? terms : person.terms);
  });
}

/**
 * Presidents' eras: "Yoon's administration", "the Moon Jae-in government", "President Yoon Suk Yeol".
 * A family name alone may fit several presidents; the era is then any of their terms.
 */
function presidentEras(doc: Doc, { byName, patterns }: PresidentRules): Era[] {
  const eras = new Map<string, Era>();
  for (const block of doc.blocks) {
    for (const pattern of patterns) {
      for (const match of wordStartMatches(block.text, pattern)) {
        const named = [...(byName.get(foldWord(match.groups?.name ?? '')) ?? [])];
        if (named.length === 0) continue;
        const label = `the text names ${named.map((president) => `${president.name}'s administration (${president.from} to ${president.to ?? 'now'})`).join(' or ')}`;
        eras.set(label, { label, intervals: named.map((president) => intervalOf(president.from, president.to)) });
      }
    }
  }
  return [...eras.values()];
}

export function erasOf(doc: Doc, officials: readonly Official[]): Era[] {
  return [
    ...presidentEras(doc, presidentRulesOf(doc.rules)),
    ...officialEras(doc, officials, peopleRulesOf(doc.rules)),
  ];
}
