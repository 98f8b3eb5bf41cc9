import { isPhrase, isPhraseList, isRecord, section, type RuleSections, oncePerRules } from '../../rules/load.js';
import { alternation } from '../../rules/patterns.js';
import type { VenueMode } from '../../record/types.js';

/** src/rules/venues.yaml (plus `--rules` files), compiled once per rules object. */

export interface Place {
  name: string;
  city: string | null;
  country: string | null;
}

interface VenueEntry extends Place {
  aliases?: string[];
}

interface ModeEntry {
  mode: VenueMode;
  phrases: string[];
}

export interface VenueRules {
  /** Known venues and places by folded name (aliases included); venues first, so they win. */
  places: ReadonlyMap<string, Place>;
  /** Folded names of venues only (not mere cities), for "is this a specific venue". */
  venueNames: ReadonlySet<string>;
  heads: ReadonlySet<string>;
  /** Global: words after which a place name may follow ("at", "in", "visited"), with the space after. */
  introducers: RegExp;
  verbs: RegExp;
  incidents: ReadonlySet<string>;
  modes: ReadonlyArray<{ mode: VenueMode; phrase: RegExp }>;
}

const MODES: readonly string[] = ['in-person', 'online', 'written'] satisfies VenueMode[];

const isNullableString = (value: unknown): boolean => value === null || isPhrase(value);

function isVenueEntry(entry: unknown): entry is VenueEntry {
  return (
    isRecord(entry) &&
    isPhrase(entry.name) &&
    isNullableString(entry.city) &&
    isNullableString(entry.country) &&
    (entry.aliases === undefined || isPhraseList(entry.aliases))
  );
}

function isModeEntry(entry: unknown): entry is ModeEntry {
  return isRecord(entry) && typeof entry.mode === 'string' && MODES.includes(entry.mode) && isPhraseList(entry.phrases);
}

/** Case, punctuation and spacing do not distinguish place names. */
export function foldPlace(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** One alternation of literal phrases, whole words, with any spacing or hyphen between words. */
function phraseRegExp(phrases: readonly string[], after = '(?![\\p{L}\\p{N}])', flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(phrases)})${after}`, flags);
}

function compile(rules: RuleSections): VenueRules {
  const places = new Map<string, Place>();
  const venueNames = new Set<string>();
  for (const entry of section(rules, 'venues', isVenueEntry)) {
    const place = { name: entry.name, city: entry.city ?? null, country: entry.country ?? null };
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      places.set(foldPlace(name), place);
      venueNames.add(foldPlace(name));
    }
  }
  for (const entry of section(rules, 'venue_places', isVenueEntry)) {
    const place = { name: entry.name, city: entry.city ?? null, country: entry.country ?? null };
    for (const name of [entry.name, ...(entry.aliases ?? [])]) if (!places.has(foldPlace(name))) places.set(foldPlace(name), place);
  }
  const words = (name: string): Set<string> => new Set(section(rules, name, isPhrase).map((word) => word.toLowerCase()));
  return {
    places,
    venueNames,
    heads: words('venue_heads'),
    introducers: phraseRegExp(section(rules, 'venue_introducers', isPhrase), '\\s+', 'giu'),
    verbs: phraseRegExp(section(rules, 'venue_verbs', isPhrase)),
    incidents: words('venue_incidents'),
    modes: section(rules, 'venue_modes', isModeEntry).map((entry) => ({ mode: entry.mode, phrase: phraseRegExp(entry.phrases) })),
  };
}

export const venueRulesOf: (rules: RuleSections) => VenueRules = oncePerRules(compile);
