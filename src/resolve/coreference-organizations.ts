import type { BareHead } from '../extract/organizations/shape.js';
import type { OrgEntity, OrgMention, OrgRegistry } from '../extract/organizations/model.js';
import { compareAt } from '../nlp/tokenized-block.js';
import { keyOf } from '../nlp/tokens.js';

/**
 * Later, shorter references to a body named in full:
 * - a name without its tail abbreviates a longer name with the same beginning ("Public-Private
 *   Council" for "Public-Private Council for the Protection of Users ..."), and so does a name
 *   without the place after its tail ("Ministry of Information and Communications" for "... of Viet Nam");
 * - a bare head word ("the Council", "the public-private Council") refers to the body with that head
 *   named most recently before it.
 * Both walk the mentions once in reading order, so long texts stay linear.
 */

/** "public-private council for the protection" -> its proper word prefixes. */
function properPrefixes(name: string): string[] {
  const words = keyOf(name).split(/\s+/);
  return words.slice(1).map((_, i) => words.slice(0, i + 1).join(' '));
}

const PLACE_AFTER = /^ (?:of|in) /;
/** The longer name goes on with a place after the shorter name's tail: "Ministry of Information and Communications" + " of Viet Nam". */
const placedAfter = (longer: OrgEntity, shorterKey: string): boolean => PLACE_AFTER.test(keyOf(longer.name).slice(shorterKey.length));

/**
 * Merges each tail-less shape name, or one with a tail that a longer name places ("... of Viet
 * Nam", "... in France"), into the longer name it begins: the nearest one named before it, else
 * the first.
 */
export function mergeAbbreviatedNames(mentions: readonly OrgMention[], registry: OrgRegistry): void {
  const sorted = [...mentions].sort(compareAt);
  const longerByPrefix = new Map<string, OrgEntity[]>();
  for (const entity of new Set(sorted.map((mention) => registry.resolve(mention.entity)))) {
    for (const prefix of properPrefixes(entity.name)) {
      const list = longerByPrefix.get(prefix) ?? [];
      list.push(entity);
      longerByPrefix.set(prefix, list);
    }
  }
  const lastSeen = new Map<string, OrgEntity>();
  const decided = new Set<OrgEntity>();
  for (const mention of sorted) {
    const entity = registry.resolve(mention.entity);
    const key = keyOf(entity.name);
    const abbreviates = entity.rule === 'name-shape' && entity.head !== null && !decided.has(entity);
    const longer = abbreviates ? (longerByPrefix.get(key) ?? []).filter((candidate) => candidate.head === entity.head && (!entity.tailed || placedAfter(candidate, key))) : [];
    if (longer.length > 0) {
      decided.add(entity);
      const nearest = [...lastSeen.values()].filter((seen) => longer.includes(seen)).at(-1);
      registry.merge(entity, nearest ?? longer[0] ?? entity);
    }
    lastSeen.delete(key);
    lastSeen.set(key, registry.resolve(entity));
  }
}

/** Mentions for bare head words that refer back to a body with that head. */
export function resolveBareHeads(bareHeads: readonly BareHead[], mentions: readonly OrgMention[], registry: OrgRegistry): OrgMention[] {
  const events = [
    ...mentions.map((mention) => ({ block: mention.block, from: mention.from, mention, bare: undefined })),
    ...bareHeads.map((bare) => ({ block: bare.block, from: bare.at, mention: undefined, bare })),
  ].sort(compareAt);
  const latestByHead = new Map<string, OrgEntity>();
  const resolved: OrgMention[] = [];
  for (const { mention, bare } of events) {
    if (mention) {
      const entity = registry.resolve(mention.entity);
      if (entity.head !== null) latestByHead.set(entity.head, entity);
    } else if (bare) {
      const entity = latestByHead.get(bare.head);
      if (entity) resolved.push({ block: bare.block, from: bare.at, to: bare.at + 1, entity, weak: false, rule: 'head-anaphora' });
    }
  }
  return resolved;
}
