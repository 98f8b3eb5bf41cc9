import type { Doc } from '../pipeline/doc.js';
import type { Organization } from '../record/types.js';

export function extractOrganizations(doc: Doc): Organization[] {
  void doc;
  return [];
}
