import type { KccRecord, Official, Organization } from '../record/types.js';
import type { Gold, GoldOfficial } from './gold.js';

/** The figures of an evaluation, in the order they are shown; also the names `--min` accepts. */
export const FIELDS = ['title', 'published', 'date', 'venue', 'officials', 'officialTitle', 'officialOrg', 'organizations', 'topics'] as const;
export type Field = (typeof FIELDS)[number];

export interface Accuracy {
  correct: number;
  total: number;
}

export interface Detection {
  tp: number;
  fp: number;
  fn: number;
}

export type Tally = Accuracy | Detection;

/** Raw counts per field; they add up across files (micro averages). */
export interface Counts {
  title: Accuracy;
  published: Accuracy;
  date: Accuracy;
  venue: Detection;
  officials: Detection;
  /** Over matched officials only. */
  officialTitle: Accuracy;
  officialOrg: Accuracy;
  organizations: Detection;
  topics: Detection;
}

/** One thing the record got wrong; `official` names the person for officialTitle and officialOrg. */
export interface Miss {
  field: Field;
  official?: string;
  got: string | null;
  wanted: string | null;
}

export interface FileScore {
  counts: Counts;
  misses: Miss[];
}

/** Person names as the corpus README says: lower case, no spaces, hyphens or dots ("Lee Sang-in" = "lee sangin"). */
export function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\p{Pd}.]+/gu, '');
}

/**
 * Titles, organizations and venues: lower case, with punctuation and symbols read as word breaks, so
 * that "vice-chairman" = "vice chairman" and "‘Online Harm 365’ Center" = "online harm 365 center".
 * Spaces still separate words: "LG U+" and "LGU+" differ (the gold lists such spellings as aliases).
 */
export function foldWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Headlines: case, runs of white space and quote marks (straight or curly) do not count; any other
 * punctuation does, so that a stray table bar or a cut-off headline is still a miss.
 */
function foldHeadline(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{Pi}\p{Pf}"'`]/gu, '').replace(/\s+/g, ' ').trim();
}

const anyOf = (values: readonly string[]): string => values.join(' | ');

function accuracy(field: Field, got: string | null, wanted: string | null, correct: boolean, misses: Miss[]): Accuracy {
  if (!correct) misses.push({ field, got, wanted });
  return { correct: correct ? 1 : 0, total: 1 };
}

/**
 * Pairs found items with wanted ones one to one, as many pairs as possible (Kuhn's augmenting paths),
 * so that an item matching two gold entries cannot take the only entry another item matches.
 */
function pairUp<F, W>(found: readonly F[], wanted: readonly W[], same: (found: F, wanted: W) => boolean): Map<number, number> {
  const edges = found.map((item) => wanted.map((entry) => same(item, entry)));
  const ownerOf = new Map<number, number>();
  const assign = (f: number, tried: Set<number>): boolean => {
    for (let w = 0; w < wanted.length; w++) {
      if (tried.has(w) || !edges[f]?.[w]) continue;
      tried.add(w);
      const owner = ownerOf.get(w);
      if (owner === undefined || assign(owner, tried)) {
        ownerOf.set(w, f);
        return true;
      }
    }
    return false;
  };
  found.forEach((_, f) => assign(f, new Set()));
  return new Map([...ownerOf].map(([w, f]) => [f, w]));
}

interface DetectionTask<F, W> {
  field: Field;
  found: readonly F[];
  wanted: readonly W[];
  same: (found: F, wanted: W) => boolean;
  /** A found item that matches no wanted entry but an optional one is neither right nor wrong. */
  optional: (found: F) => boolean;
  showFound: (found: F) => string;
  showWanted: (wanted: W) => string;
}

/** tp, fp and fn of one list field, with the matched pairs for scoring their attributes. */
function detect<F, W>(task: DetectionTask<F, W>, misses: Miss[]): { tally: Detection; pairs: Array<[F, W]> } {
  const matchOf = pairUp(task.found, task.wanted, task.same);
  const pairs: Array<[F, W]> = [];
  let fp = 0;
  task.found.forEach((item, f) => {
    const w = matchOf.get(f);
    const entry = w === undefined ? undefined : task.wanted[w];
    if (entry !== undefined) pairs.push([item, entry]);
    else if (!task.optional(item)) {
      // Includes a second record item for an entry already matched: the record should have merged them.
      fp++;
      misses.push({ field: task.field, got: task.showFound(item), wanted: null });
    }
  });
  const matched = new Set(matchOf.values());
  const missed = task.wanted.filter((_, w) => !matched.has(w));
  for (const entry of missed) misses.push({ field: task.field, got: null, wanted: task.showWanted(entry) });
  return { tally: { tp: pairs.length, fp, fn: missed.length }, pairs };
}

/** The README's venue rule: normalized names equal or one contains the other, as whole words. */
function sameVenue(found: string, accepted: readonly string[]): boolean {
  const got = foldWords(found);
  return accepted.some((name) => {
    const want = foldWords(name);
    return got !== '' && want !== '' && (` ${got} `.includes(` ${want} `) || ` ${want} `.includes(` ${got} `));
  });
}

const sameName = (name: string, variants: readonly string[]): boolean => variants.some((variant) => foldName(variant) === foldName(name));

const sameWords = (value: string | null, accepted: readonly string[]): boolean =>
  value !== null && accepted.some((entry) => foldWords(entry) === foldWords(value));

const organizationNames = (organization: Organization): string[] => [
  organization.name,
  ...(organization.acronym === null ? [] : [organization.acronym]),
  ...organization.aliases,
];

const sameOrganization = (organization: Organization, aliases: readonly string[]): boolean =>
  organizationNames(organization).some((name) => sameWords(name, aliases));

/** Title and organization of the officials matched by name, each right or wrong. */
function officialAttributes(pairs: ReadonlyArray<[Official, GoldOfficial]>, misses: Miss[]): Pick<Counts, 'officialTitle' | 'officialOrg'> {
  const tallies = { officialTitle: { correct: 0, total: 0 }, officialOrg: { correct: 0, total: 0 } };
  for (const [official, gold] of pairs) {
    const checks = [
      ['officialTitle', official.title, gold.titles],
      ['officialOrg', official.organization, gold.organizations],
    ] as const;
    for (const [field, got, accepted] of checks) {
      const right = sameWords(got, accepted);
      tallies[field].total++;
      if (right) tallies[field].correct++;
      else misses.push({ field, official: official.name, got, wanted: anyOf(accepted) });
    }
  }
  return tallies;
}

/**
 * Scores one record against its gold annotation. `record` null means the parse failed: every scored
 * item then counts as missed, even a gold null date that an empty record would have "matched".
 */
export function scoreRecord(record: KccRecord | null, gold: Gold): FileScore {
  const misses: Miss[] = [];
  // A gold title of null marks a capture without a headline: the title is not scored at all.
  const gotTitle = record?.title ?? null;
  const title =
    gold.title === null
      ? { correct: 0, total: 0 }
      : accuracy('title', gotTitle, gold.title, gotTitle !== null && foldHeadline(gotTitle) === foldHeadline(gold.title), misses);
  const published = accuracy('published', record?.published ?? null, gold.published, record !== null && record.published === gold.published, misses);
  const date = accuracy('date', record?.date ?? null, gold.date, record !== null && record.date === gold.date, misses);

  // Gold null and record null leave the venue uncounted: there was nothing to find and nothing was claimed.
  const venue = detect(
    {
      field: 'venue',
      found: record?.venue ? [record.venue.name] : [],
      wanted: gold.venue.length > 0 ? [gold.venue] : [],
      same: sameVenue,
      optional: (name) => sameVenue(name, gold.venueOptional),
      showFound: (name) => name,
      showWanted: anyOf,
    },
    misses,
  );
  const officials = detect(
    {
      field: 'officials',
      found: record?.officials ?? [],
      wanted: gold.officials,
      same: (official, entry) => sameName(official.name, entry.names),
      optional: (official) => gold.officialsOptional.some((variants) => sameName(official.name, variants)),
      showFound: (official) => official.name,
      showWanted: (entry) => anyOf(entry.names),
    },
    misses,
  );
  const organizations = detect(
    {
      field: 'organizations',
      found: record?.organizations ?? [],
      wanted: gold.organizations,
      same: sameOrganization,
      optional: (organization) => gold.organizationsOptional.some((aliases) => sameOrganization(organization, aliases)),
      showFound: (organization) => organizationNames(organization).join(' / '),
      showWanted: anyOf,
    },
    misses,
  );
  const topics = detect(
    {
      field: 'topics',
      found: [...new Set(record?.topics.map((topic) => topic.id) ?? [])],
      wanted: gold.topics,
      same: (found, wanted) => found === wanted,
      optional: (id) => gold.topicsOptional.includes(id),
      showFound: (id) => id,
      showWanted: (id) => id,
    },
    misses,
  );

  const counts: Counts = {
    title,
    published,
    date,
    venue: venue.tally,
    officials: officials.tally,
    ...officialAttributes(officials.pairs, misses),
    organizations: organizations.tally,
    topics: topics.tally,
  };
  return { counts, misses };
}

export const isDetection = (tally: Tally): tally is Detection => 'tp' in tally;

function zeroCounts(): Counts {
  const accuracy = (): Accuracy => ({ correct: 0, total: 0 });
  const detection = (): Detection => ({ tp: 0, fp: 0, fn: 0 });
  return {
    title: accuracy(),
    published: accuracy(),
    date: accuracy(),
    venue: detection(),
    officials: detection(),
    officialTitle: accuracy(),
    officialOrg: accuracy(),
    organizations: detection(),
    topics: detection(),
  };
}

/** Micro-averaging: the counts of all files added field by field. */
export function sumCounts(all: readonly Counts[]): Counts {
  const total = zeroCounts();
  for (const counts of all) {
    for (const field of FIELDS) {
      const [into, from] = [total[field], counts[field]];
      if (isDetection(into) && isDetection(from)) {
        into.tp += from.tp;
        into.fp += from.fp;
        into.fn += from.fn;
      } else if (!isDetection(into) && !isDetection(from)) {
        into.correct += from.correct;
        into.total += from.total;
      }
    }
  }
  return total;
}

/*
 * Empty denominators: nothing claimed means no false claim (precision 1), nothing to find means nothing
 * missed (recall 1), and an accuracy over no items is 1. So a file without a venue in gold or record
 * scores 1 rather than dragging the figure down, while a record that finds nothing where gold has
 * items still gets recall 0 and F1 0. The counts are always shown beside the figures.
 */
export const precision = ({ tp, fp }: Detection): number => (tp + fp === 0 ? 1 : tp / (tp + fp));
export const recall = ({ tp, fn }: Detection): number => (tp + fn === 0 ? 1 : tp / (tp + fn));
export function f1(tally: Detection): number {
  const [p, r] = [precision(tally), recall(tally)];
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
export const accuracyOf = ({ correct, total }: Accuracy): number => (total === 0 ? 1 : correct / total);

/** The headline figure of a tally: F1 for detections, accuracy otherwise. */
export const figureOf = (tally: Tally): number => (isDetection(tally) ? f1(tally) : accuracyOf(tally));

export type Summary = Record<Field, number>;

export function summarize(counts: Counts): Summary {
  return Object.fromEntries(FIELDS.map((field) => [field, figureOf(counts[field])])) as Summary;
}
