import type { Doc } from '../pipeline/doc.js';
import type { Topic } from '../record/types.js';

export function extractTopics(doc: Doc): Topic[] {
  void doc;
  return [];
}
