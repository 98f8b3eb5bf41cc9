import { splitSentences, type Sentence } from '../../pipeline/sentences.js';
import { firstIndex } from '../../sorted.js';
import { firstWordStartMatch, wordStartMatches, type WordStartPattern } from '../../rules/patterns.js';
import type { Found } from './reading.js';
import type { DateRules } from './rules.js';

/**
 * What a sentence holds that the dates in it depend on, computed once per sentence so that a long
 * sentence full of dates costs n log n, not n squared: its cue verbs, where it speaks of the
 * future, how deep in parentheses each character is, and the years written with its dates.
 */
export interface SentenceCues {
  from: number;
  to: number;
  /** Cue verbs in text order, offsets into the block text. */
  verbs: ReadonlyArray<{ from: number; to: number; kind: 'lead' | 'background' }>;
  /** Where the first word that speaks of the future starts ("will", "plans to"), an offset into the block text. */
  firstFutureWord: number | null;
  /** Where the first verb of the event ends, an offset into the block text. */
  firstLeadVerbEnd: number | null;
  /** Parenthesis depth before each character of the sentence. */
  depth: Int32Array;
  /** Explicit years of the sentence's days and months, in text order. */
  years: ReadonlyArray<{ from: number; year: number }>;
  /** Years written alone in the sentence: "the 2024 forum". */
  bareYears: readonly number[];
}

function depthsOf(text: string): Int32Array {
  const depth = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    depth[i + 1] = Math.max(0, (depth[i] ?? 0) + (char === '(' ? 1 : char === ')' ? -1 : 0));
  }
  return depth;
}

function cuesOf(text: string, from: number, to: number, dates: readonly Found[], rules: DateRules): SentenceCues {
  const said = text.slice(from, to);
  const spans = (pattern: WordStartPattern, kind: 'lead' | 'background'): Array<{ from: number; to: number; kind: 'lead' | 'background' }> =>
    [...wordStartMatches(said, pattern)].map((match) => ({ from: from + match.index, to: from + match.index + match[0].length, kind }));
  const inside = dates.slice(firstIndex(dates, (date) => date.from >= from), firstIndex(dates, (date) => date.from >= to));
  const years = inside.flatMap((date) => ((date.reading.kind === 'day' || date.reading.kind === 'month' || date.reading.kind === 'month-range') && date.reading.year !== null ? [{ from: date.from, year: date.reading.year }] : []));
  const bareYears = inside.flatMap(({ reading }) => (reading.kind === 'years' && reading.from === reading.to ? [reading.from] : []));
  const leadVerbs = spans(rules.leadVerbs, 'lead');
  const future = firstWordStartMatch(said, rules.futureCues);
  return {
    from,
    to,
    verbs: [...leadVerbs, ...spans(rules.backgroundVerbs, 'background')].sort((a, b) => a.from - b.from),
    firstFutureWord: future ? from + future.index : null,
    // Matches come in text order, one after another: the first ends first.
    firstLeadVerbEnd: leadVerbs[0]?.to ?? null,
    depth: depthsOf(said),
    years,
    bareYears,
  };
}

/** The sentences of a block, looked up by the dates found in it (in text order). */
export function sentenceCuesFor(text: string, dates: readonly Found[], rules: DateRules): (date: Found) => SentenceCues {
  const sentences: Sentence[] = splitSentences(text);
  const cache = new Map<string, SentenceCues>();
  return (date) => {
    // A date written across a split ("2023. 6. 9.") joins the sentences it spans.
    const first = sentences[firstIndex(sentences, (sentence) => sentence.to > date.from)];
    const last = sentences[firstIndex(sentences, (sentence) => sentence.to >= date.to)];
    const from = Math.min(first?.from ?? date.from, date.from);
    const to = Math.max(last?.to ?? date.to, date.to);
    const key = `${from}:${to}`;
    let cues = cache.get(key);
    if (!cues) {
      cues = cuesOf(text, from, to, dates, rules);
      cache.set(key, cues);
    }
    return cues;
  };
}

/** The explicit year of the nearest other day or month of the sentence. */
export function nearbyYear(cues: SentenceCues, date: Found): number | null {
  const at = firstIndex(cues.years, (year) => year.from >= date.from);
  const neighbours = [cues.years[at - 1], cues.years[at], cues.years[at + 1]].filter(
    (year): year is { from: number; year: number } => year !== undefined && year.from !== date.from,
  );
  neighbours.sort((a, b) => Math.abs(a.from - date.from) - Math.abs(b.from - date.from));
  return neighbours[0]?.year ?? null;
}
