import type { Doc } from '../pipeline/doc.js';
import type { DateMention, Official } from '../record/types.js';

export interface DatesResult {
  dates: DateMention[];
  /** The date the release is about: the reported event's, else the publication date. */
  date: string | null;
}

export function extractDates(doc: Doc, officials: readonly Official[]): DatesResult {
  void officials;
  return { dates: [], date: doc.published?.value ?? null };
}
