import { inflections } from '../../nlp/lemma.js';
import { oncePer } from '../../once.js';
import { firstIndex } from '../../sorted.js';
import { RulesError } from '../../rules/load.js';
import type { TokenizedBlock } from './tokens.js';

/**
 * A cue is a few words that must all occur in one sentence, in any order, within a short stretch:
 * "user protection" also matches "protect users" and "protection of users". Cue syntax:
 *   lower-case word   any inflection ("subsidy" matches "subsidies")
 *   word*             any word that starts so ("protect*" matches "protection")
 *   Capitalized, ACRONYM   a name: as written, or its plural (any case inside an all-capitals headline)
 *   a|b               alternatives for one word
 *   @set              alternatives listed in the topic_word_sets section
 */
export interface Cue {
  text: string;
  words: WordMatcher[];
  /** How many other words may stand between the cue's words. */
  gap: number;
}

export interface WordMatcher {
  /** Lower-case forms that match whatever their case. */
  forms: readonly string[];
  prefixes: readonly string[];
  /** Names: matched as written, looked up by their lower-case form. */
  names: ReadonlyArray<{ name: string; lower: string }>;
}

export type WordSets = ReadonlyMap<string, readonly string[]>;

/** A token range [first, last] of a block. */
export interface CueMatch {
  first: number;
  last: number;
}

const DEFAULT_GAP = 2;
/** Function words say nothing about a topic and only fix one word order. */
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'on', 'in', 'and', 'with', 'by', 'from']);
const inflectionCache = new Map<string, string[]>();

function inflected(word: string): string[] {
  let forms = inflectionCache.get(word);
  if (!forms) {
    forms = inflections(word);
    inflectionCache.set(word, forms);
  }
  return forms;
}

function wordMatcher(alternatives: readonly string[]): WordMatcher {
  const forms = new Set<string>();
  const prefixes: string[] = [];
  const names = new Set<string>();
  for (const alternative of alternatives) {
    if (alternative.endsWith('*')) prefixes.push(alternative.slice(0, -1).toLowerCase());
    else if (alternative !== alternative.toLowerCase()) names.add(alternative).add(`${alternative}s`);
    else for (const form of inflected(alternative)) forms.add(form);
  }
  return { forms: [...forms], prefixes, names: [...names].map((name) => ({ name, lower: name.toLowerCase() })) };
}

function expand(word: string, sets: WordSets, cue: string): string[] {
  return word.split('|').flatMap((alternative) => {
    if (!alternative.startsWith('@')) return [alternative];
    const set = sets.get(alternative.slice(1));
    if (!set) throw new RulesError(`topic cue "${cue}": no word set ${alternative}`);
    return set;
  });
}

export function compileCue(text: string, sets: WordSets, gap = DEFAULT_GAP): Cue {
  const words = text
    .trim()
    .split(/\s+/)
    // Text splits words at hyphens, so cues do too: "re-approval" is "re approval".
    .flatMap((word) => (/[|@]/.test(word) ? [word] : word.split('-').filter(Boolean)))
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => wordMatcher(expand(word, sets, text)));
  return { text, words, gap };
}

/** Token indices of a block where a cue word occurs, ascending. */
function positions(word: WordMatcher, tokenized: TokenizedBlock): readonly number[] {
  const { byWord } = tokenized;
  const found: Array<readonly number[]> = [];
  for (const form of word.forms) {
    const indices = byWord.get(form);
    if (indices) found.push(indices);
  }
  for (const prefix of word.prefixes) {
    const words = sortedWords(tokenized);
    for (let at = firstIndex(words, (word) => word >= prefix); words[at]?.startsWith(prefix); at++) found.push(byWord.get(words[at] ?? '') ?? []);
  }
  for (const { name, lower } of word.names) {
    const indices = byWord.get(lower);
    if (indices) found.push(tokenized.shouting ? indices : indices.filter((index) => tokenized.tokens[index]?.text === name));
  }
  return union(found);
}

/** A block's distinct words, sorted so that the words with a given prefix sit together. */
const sortedWords = oncePer((tokenized: TokenizedBlock): string[] => [...tokenized.byWord.keys()].sort());

/** Ascending lists merged into one ascending list without repeats; a single list is returned as is. */
function union(lists: ReadonlyArray<readonly number[]>): readonly number[] {
  if (lists.length <= 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The occurrence in `sorted` nearest to `anchor`, in its sentence, within `reach` and not taken. */
function nearest(sorted: readonly number[], anchor: number, reach: number, taken: readonly number[], tokenized: TokenizedBlock): number | undefined {
  const sentence = tokenized.tokens[anchor]?.sentence;
  let best: number | undefined;
  for (let at = firstIndex(sorted, (index) => index >= anchor - reach); at < sorted.length; at++) {
    const index = sorted[at] ?? Infinity;
    if (index > anchor + reach) break;
    if (taken.includes(index) || tokenized.tokens[index]?.sentence !== sentence) continue;
    if (best === undefined || Math.abs(index - anchor) < Math.abs(best - anchor)) best = index;
  }
  return best;
}

/** Every place in the block where the cue occurs, earliest first, without overlaps. */
export function findCue(cue: Cue, tokenized: TokenizedBlock): CueMatch[] {
  const found: Array<readonly number[]> = [];
  for (const word of cue.words) {
    const indices = positions(word, tokenized);
    // Most cues miss most blocks: stop at the first absent word.
    if (indices.length === 0) return [];
    found.push(indices);
  }
  const [head, ...rest] = found;
  if (!head) return [];
  const span = cue.words.length + cue.gap;
  const matches: CueMatch[] = [];
  for (const anchor of head) {
    const taken = [anchor];
    for (const indices of rest) {
      const index = nearest(indices, anchor, span - 1, taken, tokenized);
      if (index === undefined) break;
      taken.push(index);
    }
    if (taken.length < cue.words.length) continue;
    const first = Math.min(...taken);
    const last = Math.max(...taken);
    const previous = matches.at(-1);
    if (last - first < span && (!previous || first > previous.last)) matches.push({ first, last });
  }
  return matches;
}
