import type { BlockKind } from '../../pipeline/doc.js';
import type { Span } from '../../record/types.js';
import { findCue, type Cue, type CueMatch } from './cue.js';
import type { CueIndex } from './cue-index.js';
import type { ContextRule, TopicRule } from './rules.js';
import type { TokenizedBlock } from './tokens.js';

/** The headline states the subject; sub-headlines summarize it; the body also mentions in passing. */
const PLACE_WEIGHT: Record<BlockKind, number> = { title: 3, subtitle: 2, paragraph: 1 };
/** A negative cue this close to a match ("value-added" before "telecommunications business operator") voids it. */
const NEGATIVE_REACH = 8;
const EVIDENCE_LIMIT = 3;
const NO_MATCHES: readonly CueMatch[] = [];

interface Mention {
  tokenized: TokenizedBlock;
  match: CueMatch;
  weight: number;
}

export interface TopicScore {
  score: number;
  evidence: Span[];
}

/** Matches of cues in one block, computed once per cue object. */
export class BlockMatches {
  private readonly cache = new Map<Cue, CueMatch[]>();
  /** The cues that may occur in the block; the others surely do not. */
  readonly candidates: ReadonlySet<Cue>;

  /** `index` must hold every cue asked for: the others count as absent. */
  constructor(
    readonly tokenized: TokenizedBlock,
    index: CueIndex,
  ) {
    this.candidates = index.candidates(tokenized);
  }

  of(cue: Cue): readonly CueMatch[] {
    if (!this.candidates.has(cue)) return NO_MATCHES;
    let matches = this.cache.get(cue);
    if (!matches) {
      matches = findCue(cue, this.tokenized);
      this.cache.set(cue, matches);
    }
    return matches;
  }

  sentenceOf(match: CueMatch): number {
    return this.tokenized.tokens[match.first]?.sentence ?? -1;
  }
}

function near(blockMatches: BlockMatches, a: CueMatch, b: CueMatch, reach: number): boolean {
  return blockMatches.sentenceOf(a) === blockMatches.sentenceOf(b) && b.first - a.last <= reach && a.first - b.last <= reach;
}

const CAPITALIZED = /^\p{Lu}/u;
/** Small words inside a name ("Directorate for Science, Technology and Innovation"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'on']);
/** What may stand between two words of one name. */
const NAME_GAP = /^[ ,&-]*$/;

/**
 * Whether the match lies in a run of capitalized words (a name) that holds one of `heads` within
 * `reach` words of it. Only in paragraphs: headlines capitalize every word.
 */
function insideName(tokenized: TokenizedBlock, match: CueMatch, heads: ReadonlySet<string>, reach: number): boolean {
  if (tokenized.block.kind !== 'paragraph' || tokenized.shouting) return false;
  const { tokens } = tokenized;
  const capitalized = (index: number): boolean => CAPITALIZED.test(tokens[index]!.text);
  const joined = (left: number, right: number): boolean =>
    tokens[left]!.sentence === tokens[right]!.sentence && NAME_GAP.test(tokenized.block.text.slice(tokens[left]!.to, tokens[right]!.from));
  const inName = (index: number): boolean => capitalized(index) || NAME_CONNECTORS.has(tokens[index]!.text);
  for (let index = match.first; index <= match.last; index++) if (!inName(index)) return false;
  if (![match.first, match.last].every(capitalized)) return false;
  const isHead = (index: number): boolean => heads.has(tokens[index]!.text);
  for (let index = match.first; index <= match.last; index++) if (isHead(index)) return true;
  for (let index = match.last + 1; index < tokens.length && index - match.last <= reach && joined(index - 1, index) && inName(index); index++) {
    if (isHead(index)) return true;
  }
  for (let index = match.first - 1; index >= 0 && match.first - index <= reach && joined(index, index + 1) && inName(index); index--) {
    if (isHead(index)) return true;
  }
  return false;
}

/** The smallest factor of the passing-mention contexts the match sits in (1 when none). */
function contextFactor(topic: TopicRule, match: CueMatch, blockMatches: BlockMatches, contexts: readonly ContextRule[]): number {
  const sentence = blockMatches.sentenceOf(match);
  let factor = 1;
  for (const context of contexts) {
    if (context.topics && !context.topics.has(topic.id)) continue;
    const inFootnote = context.footnote && blockMatches.tokenized.sentences[sentence]?.footnote === true;
    const named = context.nameHeads.size > 0 && insideName(blockMatches.tokenized, match, context.nameHeads, context.window);
    const introduced = context.before.some((cue) =>
      blockMatches.of(cue).some((lead) => blockMatches.sentenceOf(lead) === sentence && lead.last < match.first && match.first - lead.last <= context.window),
    );
    if (inFootnote || introduced || named) factor = Math.min(factor, context.factor);
  }
  return factor;
}

function mentionsOf(topic: TopicRule, blocks: readonly BlockMatches[], contexts: readonly ContextRule[]): Mention[] {
  const mentions: Mention[] = [];
  for (const blockMatches of blocks) {
    const negatives = topic.negative.flatMap((cue) => blockMatches.of(cue));
    for (const cue of topic.cues) {
      for (const match of blockMatches.of(cue)) {
        if (negatives.some((negative) => near(blockMatches, match, negative, NEGATIVE_REACH))) continue;
        const weight = cue.weight * PLACE_WEIGHT[blockMatches.tokenized.block.kind] * contextFactor(topic, match, blockMatches, contexts);
        // A context of factor 0 makes a match no evidence at all.
        if (weight > 0) mentions.push({ tokenized: blockMatches.tokenized, match, weight });
      }
    }
  }
  return mentions;
}

/** Heaviest first; a stretch of text counts once, for its heaviest cue. */
function distinct(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  // Overlaps are looked for in the mention's block only: a long text may mention a cue thousands of times.
  const keptInBlock = new Map<TokenizedBlock, Mention[]>();
  const byWeight = mentions.map((mention, order) => ({ mention, order })).sort((a, b) => b.mention.weight - a.mention.weight || a.order - b.order);
  for (const { mention } of byWeight) {
    let inBlock = keptInBlock.get(mention.tokenized);
    if (!inBlock) keptInBlock.set(mention.tokenized, (inBlock = []));
    if (inBlock.some((other) => other.match.first <= mention.match.last && mention.match.first <= other.match.last)) continue;
    inBlock.push(mention);
    kept.push(mention);
  }
  return kept;
}

function spanOf({ tokenized, match }: Mention): Span {
  const first = tokenized.tokens[match.first];
  const last = tokenized.tokens[match.last];
  return tokenized.block.span(first?.from ?? 0, last?.to ?? 0);
}

/**
 * A topic's score: each further mention adds less (the n-th heaviest counts 1/n of its weight), so
 * repetition helps without one word repeated in a long text outweighing a headline.
 */
export function scoreTopic(topic: TopicRule, blocks: readonly BlockMatches[], contexts: readonly ContextRule[]): TopicScore {
  const mentions = distinct(mentionsOf(topic, blocks, contexts));
  const score = mentions.reduce((sum, mention, rank) => sum + mention.weight / (rank + 1), 0);
  const evidence = mentions
    .slice(0, EVIDENCE_LIMIT)
    .map(spanOf)
    .sort((a, b) => a.start - b.start);
  return { score: Math.round(score * 100) / 100, evidence };
}
