import type { Doc } from '../pipeline/doc.js';
import type { Official, Organization } from '../record/types.js';

export function extractOfficials(doc: Doc, organizations: readonly Organization[]): Official[] {
  void doc;
  void organizations;
  return [];
}
