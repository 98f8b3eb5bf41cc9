import type { Block, Doc } from '../pipeline/doc.js';
import { splitSentences } from '../pipeline/sentences.js';
import type { Venue, VenueMode } from '../record/types.js';
import { firstWordStartMatch } from '../rules/patterns.js';
import { dateRulesOf } from './dates/rules.js';
import { placePhrases, type PlacePhrase } from './venue/phrases.js';
import { foldPlace, venueRulesOf, type Place, type VenueRules } from './venue/rules.js';

/** Korean address parts: Yangjae-dong, Jung-gu, Seongnam-si, Sejong-daero, Gyeonggi-do. */
const DISTRICT = /-(?:dong|gu|si|ro|gil|daero|eup|myeon|do)$/;

/** How specific a place phrase is: a known venue beats a building by shape, which beats a city. */
const enum Specificity {
  City = 1,
  Building = 2,
  KnownVenue = 3,
}

interface Candidate {
  block: Block;
  /** Offsets into the block's text. */
  from: number;
  to: number;
  specificity: Specificity;
  place: Place | null;
  /** Its sentence speaks of what is to come before the place: "will hold a follow-up meeting at ...". */
  future: boolean;
}

/** The known venue or place whose folded name occurs, as whole words, in the folded phrase. */
function knownIn(phrase: string, names: Iterable<string>, rules: VenueRules): Place | null {
  const padded = ` ${phrase} `;
  for (const name of names) if (padded.includes(` ${name} `)) return rules.places.get(name) ?? null;
  return null;
}

/** Part of a city (Yangjae-dong, Yeouido) rather than a city. */
function isDistrict(phrase: PlacePhrase, rules: VenueRules): boolean {
  const name = phrase.words.join(' ');
  const place = rules.places.get(foldPlace(name));
  return DISTRICT.test(name) || (place !== undefined && place.city !== null && foldPlace(place.city) !== foldPlace(name));
}

const TAIL_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);

/** Words of a building's own name after its head: "Speke Resort Munyonyo", "Hotel Indonesia Kempinski". */
const MAX_WORDS_AFTER_HEAD = 2;

/**
 * The phrase names a building: its last word is a head, or a head opens its "of"/"for" tail ("Palace
 * of the Parliament"), or, where a place follows it ("in Kampala"), a head is among its last words
 * ("at the Speke Resort Munyonyo in Kampala").
 */
function namesBuilding(phrase: PlacePhrase, rules: VenueRules): boolean {
  const { words } = phrase;
  const placed = phrase.within?.before === 'in';
  return words.some(
    (word, index) =>
      rules.heads.has(word) &&
      (index === words.length - 1 || TAIL_CONNECTORS.has(words[index + 1] ?? '') || (placed && words.length - 1 - index <= MAX_WORDS_AFTER_HEAD)),
  );
}

function classify(phrase: PlacePhrase, block: Block, rules: VenueRules): Candidate | null {
  const folded = foldPlace(phrase.words.join(' '));
  const surroundings = phrase.within ? foldPlace(phrase.within.words.join(' ')) : '';
  const venue = knownIn(folded, rules.venueNames, rules);
  const place = venue ?? knownIn(`${folded} ${surroundings}`, rules.places.keys(), rules);
  const head = phrase.words.at(-1) ?? '';
  const specificity = venue
    ? Specificity.KnownVenue
    : namesBuilding(phrase, rules) || phrase.afterRoom
      ? Specificity.Building
      : place || DISTRICT.test(head)
        ? Specificity.City
        : null;
  if (specificity === null) return null;
  // A district "in" it belongs to the address as written; a city is reported as `city` instead, and
  // a place after a comma ("Jung-gu, Seoul") only says where.
  const { within } = phrase;
  const to = within?.before === 'in' && specificity === Specificity.Building && isDistrict(within, rules) ? within.to : phrase.to;
  return { block, from: phrase.from, to, specificity, place, future: false };
}

/** The clause that a text ends with: what follows its last comma, semicolon, colon or parenthesis. */
const CLAUSE_BREAKS = [',', ';', ':', '(', ')'];
const WORDS = /[\p{L}.]+/gu;
const MAX_WORDS_AFTER_POST = 8;

/** The text before a place ends "professor of media studies at (the)": the place is where someone works. */
function isAffiliation(before: string, rules: VenueRules): boolean {
  // Searched from the end: a regular expression anchored at the end would try every start (quadratic on a long sentence).
  const clause = before.slice(Math.max(...CLAUSE_BREAKS.map((mark) => before.lastIndexOf(mark))) + 1);
  const words = (clause.match(WORDS) ?? []).map((word) => word.toLowerCase());
  if (words.at(-1) === 'the') words.pop();
  if (words.pop() !== 'at') return false;
  const recent = words.slice(-MAX_WORDS_AFTER_POST);
  return recent.some((word, index) => rules.affiliations.has(word) || rules.affiliations.has(`${word} ${recent[index + 1] ?? ''}`));
}

/** Places of events: in a sentence that reports a meeting, not the place of an incident. */
function candidates(doc: Doc, rules: VenueRules): Candidate[] {
  const { futureCues } = dateRulesOf(doc.rules);
  const found: Candidate[] = [];
  for (const block of doc.blocks) {
    for (const sentence of splitSentences(block.text)) {
      if (firstWordStartMatch(sentence.text, rules.verbs) === null) continue;
      const futureFrom = firstWordStartMatch(sentence.text, futureCues)?.index ?? Infinity;
      for (const phrase of placePhrases(sentence.text, rules.introducers, rules.heads, rules.room)) {
        if (phrase.before !== null && rules.incidents.has(phrase.before)) continue;
        if (isAffiliation(sentence.text.slice(0, phrase.from), rules)) continue;
        const candidate = classify(phrase, block, rules);
        if (candidate) found.push({ ...candidate, from: sentence.from + candidate.from, to: sentence.from + candidate.to, future: futureFrom < phrase.from });
      }
    }
  }
  return found;
}

/** More than any rank of specificity and block: a place of the future comes after every other. */
const FUTURE_PENALTY = 10;

/** The mode phrase that comes first in the text; a physical venue without one was met in person. */
function modeOf(doc: Doc, rules: VenueRules): VenueMode {
  for (const block of doc.blocks) {
    const first = rules.modes
      .map(({ mode, phrase }) => ({ mode, match: firstWordStartMatch(block.text, phrase) }))
      .filter((found): found is { mode: VenueMode; match: RegExpExecArray } => found.match !== null)
      .sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length)[0];
    if (first) return first.mode;
  }
  return 'in-person';
}

/** Where the reported event took place, or null when the text names no such place. */
export function extractVenue(doc: Doc): Venue | null {
  const rules = venueRulesOf(doc.rules);
  // A headline names the place in short ("Regional Media Center"): the body's name of the same rank wins.
  // The place of what is still to come ("will hold a follow-up meeting at ...") yields to that of what was reported.
  const rank = (candidate: Candidate): number => candidate.specificity * 2 + (candidate.block.kind === 'paragraph' ? 1 : 0) - (candidate.future ? FUTURE_PENALTY : 0);
  const best = candidates(doc, rules).reduce<Candidate | null>((top, candidate) => (!top || rank(candidate) > rank(top) ? candidate : top), null);
  if (!best) return null;
  const span = best.block.span(best.from, best.to);
  return {
    name: best.block.text.slice(best.from, best.to),
    city: best.place?.city ?? null,
    country: best.place?.country ?? null,
    mode: modeOf(doc, rules),
    ...span,
  };
}
