import type { Doc } from '../pipeline/doc.js';
import type { Topic } from '../record/types.js';
import { topicRulesOf, type TopicRule } from './topics/rules.js';
import { BlockMatches, scoreTopic } from './topics/score.js';
import { tokenize } from './topics/tokens.js';

/** Policy topics of ../shared/spec/topics.md whose cues score at least the topic's threshold. */
export function extractTopics(doc: Doc): Topic[] {
  const { topics, contexts, index, topicsOf } = topicRulesOf(doc.rules);
  const blocks = doc.blocks.map((block) => new BlockMatches(tokenize(block, doc.input), index));
  // Most topics have no cue in a given release: scoring them would find nothing.
  const cued = new Set<TopicRule>();
  for (const block of blocks) for (const cue of block.candidates) for (const topic of topicsOf.get(cue) ?? []) cued.add(topic);
  return topics
    .filter((topic) => cued.has(topic))
    .map((topic) => ({ topic, ...scoreTopic(topic, blocks, contexts) }))
    .filter(({ topic, score, evidence }) => score >= topic.threshold && evidence.length > 0)
    .map(({ topic, score, evidence }) => ({ id: topic.id, label: topic.label, score, evidence }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
