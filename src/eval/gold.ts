import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLError } from 'yaml';
import { describeFsError } from '../io/inputs.js';
import { isoDay } from '../pipeline/published.js';

/** One person of a gold file; each list holds the accepted alternatives. */
export interface GoldOfficial {
  names: string[];
  titles: string[];
  organizations: string[];
}

/**
 * A gold annotation (../shared/corpus/README.md). Every value the format allows as "one or a list of
 * alternatives" is a list here, so that scoring has a single shape to deal with.
 */
export interface Gold {
  /** null: the capture has no headline, so the title is not scored. */
  title: string | null;
  published: string | null;
  date: string | null;
  /** Accepted names of the event's place; empty when the release names none. */
  venue: string[];
  venueOptional: string[];
  officials: GoldOfficial[];
  /** Each entry holds the variants of one person's name. */
  officialsOptional: string[][];
  /** Each entry: the canonical name first, then accepted aliases. */
  organizations: string[][];
  organizationsOptional: string[][];
  topics: string[];
  topicsOptional: string[];
}

export class GoldError extends Error {}

const REQUIRED = ['title', 'published', 'date', 'venue', 'officials', 'organizations', 'topics'] as const;
const OPTIONAL = ['venue_optional', 'officials_optional', 'organizations_optional', 'topics_optional'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);

/** Thrown inside validation with the key path; `parseGold` prefixes the file. */
class Malformed extends Error {}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Malformed(`${where}: expected a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

function nullableText(value: unknown, where: string): string | null {
  return value === null ? null : text(value, where);
}

function day(value: unknown, where: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDay(value) !== value) {
    throw new Malformed(`${where}: expected a calendar day as YYYY-MM-DD or null, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A string, or a non-empty list of strings: accepted alternatives. */
function alternatives(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) return [text(value, where)];
  if (value.length === 0) throw new Malformed(`${where}: an empty list accepts nothing; give at least one value`);
  return value.map((item, index) => text(item, `${where}[${index}]`));
}

/** A list whose items `read` checks; a missing or null list is empty. */
function list<T>(value: unknown, where: string, read: (item: unknown, where: string) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Malformed(`${where}: expected a list, got ${JSON.stringify(value)}`);
  return value.map((item, index) => read(item, `${where}[${index}]`));
}

function mapping(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Malformed(`${where}: expected a mapping`);
  return value as Record<string, unknown>;
}

function official(value: unknown, where: string): GoldOfficial {
  const entry = mapping(value, where);
  const unknown = Object.keys(entry).filter((key) => !['name', 'title', 'organization'].includes(key));
  if (unknown.length > 0) throw new Malformed(`${where}: unknown key "${unknown[0]}" (an official has name, title, organization)`);
  return {
    names: alternatives(entry.name, `${where}.name`),
    titles: alternatives(entry.title, `${where}.title`),
    organizations: alternatives(entry.organization, `${where}.organization`),
  };
}

function validate(data: unknown): Gold {
  const gold = mapping(data, 'the file');
  // A misspelt key would silently drop annotations, so every key must be known and every main key present.
  const unknown = Object.keys(gold).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) throw new Malformed(`unknown key "${unknown[0]}" (known: ${[...KNOWN].join(', ')})`);
  const missing = REQUIRED.filter((key) => !(key in gold));
  if (missing.length > 0) throw new Malformed(`missing key "${missing[0]}" (write null or [] when there is nothing to annotate)`);
  return {
    title: nullableText(gold.title, 'title'),
    published: day(gold.published, 'published'),
    date: day(gold.date, 'date'),
    venue: gold.venue === null ? [] : alternatives(gold.venue, 'venue'),
    venueOptional: list(gold.venue_optional, 'venue_optional', text),
    officials: list(gold.officials, 'officials', official),
    officialsOptional: list(gold.officials_optional, 'officials_optional', alternatives),
    organizations: list(gold.organizations, 'organizations', alternatives),
    organizationsOptional: list(gold.organizations_optional, 'organizations_optional', alternatives),
    topics: list(gold.topics, 'topics', text),
    topicsOptional: list(gold.topics_optional, 'topics_optional', text),
  };
}

/** The gold annotation in `source`; a malformed one is a GoldError naming `path` and the key. */
export function parseGold(source: string, path: string): Gold {
  try {
    return validate(parseYaml(source));
  } catch (error) {
    if (error instanceof Malformed) throw new GoldError(`${path}: malformed gold: ${error.message}`);
    if (error instanceof YAMLError) throw new GoldError(`${path}: malformed gold: not YAML: ${error.message.split('\n')[0]}`);
    throw error;
  }
}

export function readGold(path: string): Gold {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GoldError(`${path}: cannot read gold: ${describeFsError(error)}`);
  }
  return parseGold(source, path);
}
