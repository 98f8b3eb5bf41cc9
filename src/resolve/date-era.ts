import { parseDay } from '../extract/dates/calendar.js';
import { foldWord, type DateRules } from '../extract/dates/rules.js';
import type { Doc } from '../pipeline/doc.js';
import type { Official } from '../record/types.js';
import { section, type RuleSections } from '../rules/load.js';
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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDayText = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isAliases = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.every((alias) => typeof alias === 'string'));
const isTerm = (value: unknown): value is Term => isRecord(value) && typeof value.title === 'string' && isDayText(value.from) && (value.to === null || isDayText(value.to));
const isPerson = (value: unknown): value is Person =>
  isRecord(value) && typeof value.name === 'string' && isAliases(value.aliases) && Array.isArray(value.terms) && value.terms.every(isTerm);
const isPresident = (value: unknown): value is President =>
  isRecord(value) && typeof value.name === 'string' && isAliases(value.aliases) && isDayText(value.from) && (value.to === null || isDayText(value.to));

/** Still in office: the term runs on past any date a release can name. */
const OPEN_END = { year: 9999, month: 12, day: 31 };
/** How far from a name its title may be written ("Lee Sang-in, a standing commissioner of"). */
const TITLE_REACH = 40;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.split(/[\s-]+/).map(escape).join('[\\s-]+'))
    .join('|');
const wholeWords = (words: readonly string[], around = (inner: string): string => inner): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${around(`(?<name>${alternation(words)})`)}(?![\\p{L}\\p{N}])`, 'giu');

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const values = map.get(key) ?? new Set<V>();
  values.add(value);
  map.set(key, values);
}

const intervalOf = (from: string, to: string | null): Interval => ({ from: parseDay(from), to: to === null ? OPEN_END : parseDay(to) });
const namesOf = (entry: { name: string; aliases?: string[] }): string[] => [entry.name, ...(entry.aliases ?? [])];

/** The earliest year the people data knows of: no release of the KCC is dated before its era. */
export function earliestKnownYear(rules: RuleSections): number | null {
  const starts = [
    ...section(rules, 'presidents', isPresident).map((president) => president.from),
    ...section(rules, 'people', isPerson).flatMap((person) => person.terms.map((term) => term.from)),
  ].map((from) => parseDay(from).year);
  return starts.length > 0 ? Math.min(...starts) : null;
}

function termsEra(person: Person, terms: readonly Term[]): Era {
  const described = terms.map((term) => `${term.title} from ${term.from} to ${term.to ?? 'now'}`).join(', ');
  return { label: `${person.name} was ${described}`, intervals: terms.map((term) => intervalOf(term.from, term.to)) };
}

/** The title written nearest a name, among the titles of the person's terms (longest on a tie). */
function titleNear(text: string, from: number, to: number, person: Person): string | null {
  const start = Math.max(0, from - TITLE_REACH);
  const around = text.slice(start, to + TITLE_REACH);
  let best: { title: string; distance: number } | null = null;
  for (const title of new Set(person.terms.map((term) => term.title))) {
    for (const match of around.matchAll(wholeWords([title]))) {
      const at = start + match.index;
      const distance = at + match[0].length <= from ? from - (at + match[0].length) : at - to;
      if (distance < 0) continue;
      if (!best || distance < best.distance || (distance === best.distance && title.length > best.title.length)) best = { title, distance };
    }
  }
  return best?.title ?? null;
}

/** Officials' eras: the terms whose title the text gives them, or all their terms when it gives none. */
function officialEras(doc: Doc, officials: readonly Official[], people: readonly Person[]): Era[] {
  const titles = new Map<Person, Set<string>>();
  const seen = new Set<Person>();
  const byName = new Map(people.flatMap((person) => namesOf(person).map((name) => [foldWord(name), person] as const)));
  for (const official of officials) {
    const person = byName.get(foldWord(official.name));
    if (!person) continue;
    seen.add(person);
    if (official.title) addTo(titles, person, official.title.toLowerCase());
  }
  if (people.length > 0) {
    const pattern = wholeWords(people.flatMap(namesOf));
    for (const block of doc.blocks) {
      for (const match of block.text.matchAll(pattern)) {
        const person = byName.get(foldWord(match[0]));
        if (!person) continue;
        seen.add(person);
        const title = titleNear(block.text, match.index, match.index + match[0].length, person);
        if (title) addTo(titles, person, title.toLowerCase());
      }
    }
  }
  return [...seen].map((person) => {
    const named = titles.get(person);
    const terms = person.terms.filter((term) => named?.has(term.title.toLowerCase()));
    return termsEra(person, terms.length > 0 ? terms : person.terms);
  });
}

/**
 * Presidents' eras: "Yoon's administration", "the Moon Jae-in government", "President Yoon Suk Yeol".
 * A family name alone may fit several presidents; the era is then any of their terms.
 */
function presidentEras(doc: Doc, presidents: readonly President[], rules: DateRules): Era[] {
  if (presidents.length === 0) return [];
  const byName = new Map<string, Set<President>>();
  for (const president of presidents) {
    const family = president.name.split(/\s+/)[0] ?? president.name;
    for (const name of [...namesOf(president), family]) addTo(byName, foldWord(name), president);
  }
  const fullNames = presidents.flatMap(namesOf);
  const patterns = [
    wholeWords([...byName.keys()], (name) => `${name}(?:['’]s)?\\s+(?:${rules.eraWords})`),
    wholeWords(fullNames, (name) => `(?:${rules.presidentTitles})\\s+${name}`),
  ];
  const eras = new Map<string, Era>();
  for (const block of doc.blocks) {
    for (const pattern of patterns) {
      for (const match of block.text.matchAll(pattern)) {
        const named = [...(byName.get(foldWord(match.groups?.name ?? '')) ?? [])];
        if (named.length === 0) continue;
        const label = `the text names ${named.map((president) => `${president.name}'s administration (${president.from} to ${president.to ?? 'now'})`).join(' or ')}`;
        eras.set(label, { label, intervals: named.map((president) => intervalOf(president.from, president.to)) });
      }
    }
  }
  return [...eras.values()];
}

export function erasOf(doc: Doc, officials: readonly Official[], rules: DateRules): Era[] {
  return [
    ...presidentEras(doc, section(doc.rules, 'presidents', isPresident), rules),
    ...officialEras(doc, officials, section(doc.rules, 'people', isPerson)),
  ];
}
