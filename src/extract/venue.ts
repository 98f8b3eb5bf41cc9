import type { Doc } from '../pipeline/doc.js';
import type { Venue } from '../record/types.js';

export function extractVenue(doc: Doc): Venue | null {
  void doc;
  return null;
}
