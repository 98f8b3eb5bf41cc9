import { nlp } from './compromise.js';

/**
 * compromise's part-of-speech and person tags for a few words a rule has already picked out (a name
 * candidate, the tail of a title). The tagger never sees whole documents: it is slow on large input,
 * and its guesses are one signal among several, not a source of names.
 */

interface TermJson {
  offset: { start: number; length: number };
  tags: string[];
}

interface SentenceJson {
  terms: TermJson[];
}

const MAX_WORDS = 16;
const MAX_CACHED = 2000;
const cache = new Map<string, ReadonlySet<string>[]>();

/** The tags of each word, words read as one phrase (tags depend on the neighbours). */
export function wordTags(words: readonly string[]): ReadonlySet<string>[] {
  if (words.length === 0 || words.length > MAX_WORDS) return words.map(() => new Set());
  const phrase = words.join(' ');
  const cached = cache.get(phrase);
  if (cached) return cached;
  const starts: number[] = [];
  words.reduce((at, word) => (starts.push(at), at + word.length + 1), 0);
  const tags = words.map(() => new Set<string>());
  const sentences = nlp(phrase).json({ offset: true }) as SentenceJson[];
  for (const term of sentences.flatMap((sentence) => sentence.terms)) {
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? 0) > term.offset.start) index--;
    for (const tag of term.tags) tags[index]?.add(tag);
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(phrase, tags);
  return tags;
}

/** Where a person's name begins among capitalized words: the first known first name, or -1. */
export function firstNameAt(words: readonly string[]): number {
  return wordTags(words).findIndex((tags) => tags.has('FirstName'));
}

/** compromise reads the words as a person's name. */
export function readsAsPerson(words: readonly string[]): boolean {
  const tags = wordTags(words);
  return tags.length > 0 && tags.every((set) => set.has('Person')) && !tags.some((set) => set.has('Organization') || set.has('Place'));
}

/** Tags of a proper name that compromise does not know as a person's, nor as anything else. */
const BARE_NAME_TAGS = new Set(['Noun', 'Singular', 'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Hyphenated']);

/** Tags of a place that is no first name: "Hong Kong", "San Francisco" (where "Markham" and "Austin" may be one). */
const NAMED_PLACE_TAGS = ['City', 'Country', 'Region'];

/** A first word that is also a small place, before a surname that is no place: "Markham Erickson". */
function placeAsFirstName(tags: readonly ReadonlySet<string>[], index: number): boolean {
  return index === 0 && tags.length >= 2 && !NAMED_PLACE_TAGS.some((tag) => tags[0]!.has(tag)) && !tags.slice(1).some((set) => set.has('Place'));
}

/**
 * compromise reads the words as a person's name, or as proper nouns that may be one it does not know
 * ("Thierry Breton", "Margrethe Vestager", "Markham Erickson"): no organization, adjective, plural,
 * verb or date, and no place but a first name that also names one.
 */
export function mayReadAsPerson(words: readonly string[]): boolean {
  const tags = wordTags(words);
  const bare = (set: ReadonlySet<string>, index: number): boolean =>
    set.size > 0 &&
    [...set].every(
      (tag) =>
        BARE_NAME_TAGS.has(tag) ||
        // "Al-Harbi", "El-Sayed": a hyphenated name whose first part compromise reads as an abbreviation.
        (tag === 'Abbreviation' && set.has('Hyphenated')) ||
        (tag === 'Place' && placeAsFirstName(tags, index)),
    );
  return readsAsPerson(words) || (tags.length > 0 && tags.every(bare));
}

/**
 * Per word: a verb, the words read in lower case, as a headline in title case says them ("KCC
 * Holds Public Media Forum": "holds"). Capitals would make compromise read every word as a name.
 */
export function verbsInLowerCase(words: readonly string[]): boolean[] {
  return wordTags(words.map((word) => word.toLowerCase())).map((set) => set.has('Verb'));
}

/** compromise reads every word as (part of) a place: "Korea", "Europe", "Seoul". */
export function readsAsPlace(words: readonly string[]): boolean {
  const tags = wordTags(words);
  return tags.length > 0 && tags.every((set) => set.has('Place'));
}

const NOT_NOMINAL = ['Preposition', 'Determiner', 'Pronoun', 'PastTense', 'Modal', 'Copula', 'Date', 'Adverb', 'Conjunction'];
const NOMINAL = ['Noun', 'Adjective', 'Infinitive', 'Gerund'];

/** An ordinal joined to a noun, which compromise reads as a date: "second-year", "third-term". */
const isOrdinalCompound = (set: ReadonlySet<string>): boolean => set.has('Ordinal') && set.has('Hyphenated');

/**
 * Per word: the stuff of a name's or title's tail ("global public policy", "trust and safety"):
 * nouns and adjectives, and bare verb forms that double as nouns ("trust", "marketing"), ordinal
 * compounds ("a second-year student"); not a past-tense verb ("held"), function word or date.
 */
export function nominalWords(words: readonly string[]): boolean[] {
  return wordTags(words).map((set) => isOrdinalCompound(set) || (!NOT_NOMINAL.some((tag) => set.has(tag)) && NOMINAL.some((tag) => set.has(tag))));
}
