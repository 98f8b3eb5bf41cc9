import { isPhrase, isRecord, section, type RuleSections, oncePerRules } from '../../rules/load.js';
import { compileCue, type Cue, type WordSets } from './cue.js';
import { CueIndex } from './cue-index.js';

/**
 * The topic rules of src/rules/topics.yaml (and of `--rules` files) compiled once per rules object.
 * Entries with the same topic id or word-set name are merged, so a user file can add cues to a
 * built-in topic.
 */

type CueEntry = string | { cue: string; gap?: number };

interface TopicEntry {
  id: string;
  label?: string;
  threshold?: number;
  strong?: CueEntry[];
  weak?: CueEntry[];
  negative?: CueEntry[];
}

interface WordSetEntry {
  name: string;
  words: string[];
}

interface ContextEntry {
  id: string;
  reason: string;
  factor: number;
  topics?: string[];
  footnote?: boolean;
  before?: CueEntry[];
  window?: number;
  name_heads?: string[];
}

export interface WeightedCue extends Cue {
  weight: number;
}

export interface TopicRule {
  id: string;
  label: string;
  threshold: number;
  cues: WeightedCue[];
  negative: Cue[];
}

/** A passing-mention context: a match inside it counts `factor` times its weight. */
export interface ContextRule {
  id: string;
  factor: number;
  /** Topics it applies to; null for all. */
  topics: ReadonlySet<string> | null;
  footnote: boolean;
  before: Cue[];
  window: number;
  /** A match inside a capitalized name with one of these words ("User Protection Planning Division"). */
  nameHeads: ReadonlySet<string>;
}

export interface TopicRules {
  topics: TopicRule[];
  contexts: ContextRule[];
  /** Every cue of the topics and contexts. */
  index: CueIndex;
  /** The topics that a cue scores for (negative and context cues score for none). */
  topicsOf: ReadonlyMap<Cue, readonly TopicRule[]>;
}

/** A specific term ("algorithm transparency") decides alone; a general one needs prominence or repetition. */
const STRONG_WEIGHT = 2;
const WEAK_WEIGHT = 1;
/** Score a topic needs: one strong cue in the body, or one weak cue in the title. */
const DEFAULT_THRESHOLD = 2;
const DEFAULT_CONTEXT_WINDOW = 6;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isCueEntry(value: unknown): value is CueEntry {
  return isPhrase(value) || (isRecord(value) && isPhrase(value.cue) && (value.gap === undefined || isNumber(value.gap)));
}

const optionalCues = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.every(isCueEntry));

function isTopicEntry(entry: unknown): entry is TopicEntry {
  return (
    isRecord(entry) &&
    isPhrase(entry.id) &&
    (entry.label === undefined || isPhrase(entry.label)) &&
    (entry.threshold === undefined || isNumber(entry.threshold)) &&
    optionalCues(entry.strong) &&
    optionalCues(entry.weak) &&
    optionalCues(entry.negative)
  );
}

function isWordSetEntry(entry: unknown): entry is WordSetEntry {
  return isRecord(entry) && isPhrase(entry.name) && Array.isArray(entry.words) && entry.words.every(isPhrase);
}

function isContextEntry(entry: unknown): entry is ContextEntry {
  return (
    isRecord(entry) &&
    isPhrase(entry.id) &&
    isPhrase(entry.reason) &&
    isNumber(entry.factor) &&
    (entry.topics === undefined || (Array.isArray(entry.topics) && entry.topics.every(isPhrase))) &&
    (entry.footnote === undefined || typeof entry.footnote === 'boolean') &&
    (entry.window === undefined || isNumber(entry.window)) &&
    optionalCues(entry.before) &&
    (entry.name_heads === undefined || (Array.isArray(entry.name_heads) && entry.name_heads.every(isPhrase)))
  );
}

function wordSets(rules: RuleSections): WordSets {
  const sets = new Map<string, string[]>();
  for (const entry of section(rules, 'topic_word_sets', isWordSetEntry)) {
    sets.set(entry.name, [...(sets.get(entry.name) ?? []), ...entry.words]);
  }
  return sets;
}

function compileAll(entries: readonly CueEntry[] | undefined, sets: WordSets): Cue[] {
  return (entries ?? []).map((entry) => (typeof entry === 'string' ? compileCue(entry, sets) : compileCue(entry.cue, sets, entry.gap)));
}

function topicRules(rules: RuleSections, sets: WordSets): TopicRule[] {
  const byId = new Map<string, TopicRule>();
  for (const entry of section(rules, 'topics', isTopicEntry)) {
    const rule = byId.get(entry.id) ?? { id: entry.id, label: entry.id, threshold: DEFAULT_THRESHOLD, cues: [], negative: [] };
    if (entry.label) rule.label = entry.label;
    rule.threshold = entry.threshold ?? rule.threshold;
    rule.cues.push(
      ...compileAll(entry.strong, sets).map((cue) => ({ ...cue, weight: STRONG_WEIGHT })),
      ...compileAll(entry.weak, sets).map((cue) => ({ ...cue, weight: WEAK_WEIGHT })),
    );
    rule.negative.push(...compileAll(entry.negative, sets));
    byId.set(entry.id, rule);
  }
  return [...byId.values()];
}

function contextRules(rules: RuleSections, sets: WordSets): ContextRule[] {
  return section(rules, 'topic_contexts', isContextEntry).map((entry) => ({
    id: entry.id,
    factor: entry.factor,
    topics: entry.topics ? new Set(entry.topics) : null,
    footnote: entry.footnote ?? false,
    before: compileAll(entry.before, sets),
    window: entry.window ?? DEFAULT_CONTEXT_WINDOW,
    nameHeads: new Set(entry.name_heads ?? []),
  }));
}

export const topicRulesOf = oncePerRules((rules): TopicRules => {
  const sets = wordSets(rules);
  const topics = topicRules(rules, sets);
  const contexts = contextRules(rules, sets);
  const cues = [...topics.flatMap((topic) => [...topic.cues, ...topic.negative]), ...contexts.flatMap((context) => context.before)];
  const topicsOf = new Map<Cue, TopicRule[]>();
  for (const topic of topics) for (const cue of topic.cues) topicsOf.set(cue, [...(topicsOf.get(cue) ?? []), topic]);
  return { topics, contexts, index: new CueIndex(cues), topicsOf };
});
