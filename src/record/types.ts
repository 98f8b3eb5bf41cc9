/** The record contract of ../shared/spec/record.md, as TypeScript types. */

export const SCHEMA_ID = 'kcc-parse/record@1';

/** A piece of the input: `input.slice(start, end) === text`, offsets in UTF-16 code units. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type DateRole = 'published' | 'event' | 'effective' | 'deadline' | 'period' | 'other';

export interface YearInference {
  /** Years that were still possible when the deciding rule ran. */
  candidates: number[];
  /** Rule id that decided, e.g. `weekday`, `published`, `explicit-year`, `era`. */
  reason: string;
  /** A sentence for people: why this year. */
  explanation: string;
}

/** The id of the rule that produced a value, for people checking why (habit: provenance). */
export interface Provenance {
  rule?: string;
}

export interface DateMention extends Span, Provenance {
  value: string;
  role: DateRole;
  inferred?: YearInference;
}

export type VenueMode = 'in-person' | 'online' | 'written';

export interface Venue extends Span, Provenance {
  name: string;
  city: string | null;
  country: string | null;
  mode: VenueMode | null;
}

export interface Official extends Provenance {
  name: string;
  title: string | null;
  organization: string | null;
  mentions: Span[];
}

export type OrganizationKind =
  | 'regulator'
  | 'ministry'
  | 'agency'
  | 'public-institution'
  | 'broadcaster'
  | 'telecom'
  | 'platform'
  | 'company'
  | 'association'
  | 'international'
  | 'other';

export interface Organization extends Provenance {
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind;
  country: string | null;
  mentions: Span[];
}

export interface Topic extends Provenance {
  id: string;
  label: string;
  score: number;
  evidence: Span[];
}

export interface Warning {
  code: string;
  message: string;
  start: number | null;
  end: number | null;
}

export interface Source {
  path: string;
  sha256: string;
  bytes: number;
  encoding: string;
}

export interface Paragraph extends Span {}

export interface KccRecord {
  schema: string;
  source: Source;
  title: string | null;
  subtitles: string[];
  published: string | null;
  date: string | null;
  dates: DateMention[];
  venue: Venue | null;
  officials: Official[];
  organizations: Organization[];
  topics: Topic[];
  paragraphs: Paragraph[];
  warnings: Warning[];
}
