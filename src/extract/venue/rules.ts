import { isPhrase, isPhraseList, isRecord, section, type RuleSections, oncePerRules } from '../../rules/load.js';
import { alternation, atWordStart, WORD_END, type WordStartPattern } from '../../rules/patterns.js';
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
  /** Words after which a place name may follow ("at", "in", "visited"), with the space after. */
  introducers: WordStartPattern;
  /** Sticky: a room of a building and the "of" before the building's name ("the main conference room of "). */
  room: RegExp;
  verbs: WordStartPattern;
  incidents: ReadonlySet<string>;
  /** Lower case: posts held at an institution ("professor ... at Kyung Hee University"). */
  affiliations: ReadonlySet<string>;
  modes: ReadonlyArray<{ mode: VenueMode; phrase: WordStartPattern }>;
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

/** One alternation of literal phrases, whole words (not the tail of a hyphenated one), with any spacing or hyphen between words. */
function phrasePattern(phrases: readonly string[], after = WORD_END): WordStartPattern {
  return atWordStart(`(?:${alternation(phrases)})${after}`, 'giu', '(?<![\\p{L}\\p{N}-])');
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
    introducers: phrasePattern(section(rules, 'venue_introducers', isPhrase), '\\s+'),
    // Up to four lower-case words before the room word ("main", "19th-floor"); bounded, so no backtracking to speak of.
    // "the main conference room on the 3rd floor of": a floor may follow the room.
    room: new RegExp(
      `(?:the\\s+)?(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,4}?(?:${alternation(section(rules, 'venue_rooms', isPhrase))})(?:\\s+on\\s+the\\s+[\\p{L}\\p{N}-]+\\s+floor)?\\s+(?:of|at|in)\\s+`,
      'uy',
    ),
    verbs: phrasePattern(section(rules, 'venue_verbs', isPhrase)),
    incidents: words('venue_incidents'),
    affiliations: words('venue_affiliations'),
    modes: section(rules, 'venue_modes', isModeEntry).map((entry) => ({ mode: entry.mode, phrase: phrasePattern(entry.phrases) })),
  };
}

export const venueRulesOf: (rules: RuleSections) => VenueRules = oncePerRules(compile);
