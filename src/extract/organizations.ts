import type { Doc } from '../pipeline/doc.js';
import type { Organization, Span } from '../record/types.js';
import type { RuleSections } from '../rules/load.js';
import { PhraseTrie } from '../nlp/phrase-trie.js';
import { compareAt, tokenizeBlocks, tokenSpan, type TokenizedBlock } from '../nlp/tokenized-block.js';
import { phraseKeys, textOf } from '../nlp/tokens.js';
import { definedForms, isDefinedAcronym, type DefinedForm } from '../resolve/acronyms.js';
import { tableColumnMentions } from './organizations/tables.js';
import { mergeAbbreviatedNames, resolveBareHeads } from '../resolve/coreference-organizations.js';
import { caseFits, gazetteerMentions } from './organizations/gazetteer.js';
import { coordinatedMentions, descriptorMentions } from './organizations/lists.js';
import { Coverage, OrgRegistry, type OrgEntity, type OrgMention } from './organizations/model.js';
import { organizationRules } from './organizations/rules.js';
import { shapeMentions, suffixedMentions } from './organizations/shape.js';

/**
 * Organizations: the gazetteer first, then names by their shape, short forms the text defines, names
 * found by the company they keep, and references back ("the Council"). Services and products of a
 * named owner ("Instagram" beside "Meta") are not reported; bodies named only inside another name
 * ("SK C&C Data Center") are not either.
 */
/**
 * The organizations a record reports: a unit the text ties to no body and names without an "of"
 * phrase ("the Broadcasting Policy Bureau") is the issuing body's own, no participant. The officials
 * rules still read it, to find the post its head holds at the issuing body.
 */
export function reportedOrganizations(organizations: readonly Organization[], rules: RuleSections): Organization[] {
  const { issuerUnitHeads } = organizationRules(rules);
  const isIssuerUnit = ({ name, rule }: Organization): boolean => rule === 'name-shape' && !name.includes(' of ') && issuerUnitHeads.has(name.slice(name.lastIndexOf(' ') + 1));
  return organizations.filter((organization) => !isIssuerUnit(organization));
}

export function extractOrganizations(doc: Doc): Organization[] {
  const rules = organizationRules(doc.rules);
  const blocks = tokenizeBlocks(doc.blocks);
  const registry = new OrgRegistry();
  const coverage = new Coverage(blocks.map((tb) => tb.tokens.length));
  const mentions: OrgMention[] = [];
  const add = (found: readonly OrgMention[]): void => {
    for (const mention of found) {
      mentions.push(mention);
      coverage.add(mention);
    }
  };

  for (const tb of blocks) add(gazetteerMentions(tb, rules, registry));
  const bareHeads = blocks.flatMap((tb) => {
    const shaped = shapeMentions(tb, rules, registry, coverage);
    add(shaped.mentions);
    add(suffixedMentions(tb, rules, registry, coverage));
    add(tableColumnMentions(tb, rules, registry, coverage));
    return shaped.bareHeads;
  });
  const defined = definedForms(blocks, mentions);
  takeDefinedAcronyms(defined, mentions, blocks, registry);
  for (const form of defined) {
    const shaped = registry.find(`shape:${phraseKeys(form.form).join(' ')}`);
    if (shaped && shaped !== form.entity) registry.merge(shaped, form.entity);
  }
  const definedTrie = new PhraseTrie<DefinedForm>();
  for (const form of defined) definedTrie.add(phraseKeys(form.form), form);
  add(blocks.flatMap((tb) => definedFormMentions(tb, definedTrie, registry, coverage)));
  const confirmed = new Set<OrgEntity>();
  // Grouped once: a long text has thousands of mentions, and each block needs only its own.
  const byBlock = blocks.map((): OrgMention[] => []);
  for (const mention of mentions) byBlock[mention.block]?.push(mention);
  for (const tb of blocks) {
    const listed = coordinatedMentions(tb, rules, byBlock[tb.index] ?? [], registry, coverage);
    add(listed.mentions);
    for (const entity of listed.confirmed) confirmed.add(entity);
  }
  for (const tb of blocks) add(descriptorMentions(tb, rules, registry, coverage));
  mergeAbbreviatedNames(mentions, registry);
  add(resolveBareHeads(bareHeads, mentions, registry));
  return report(blocks, mentions, registry, new Set([...confirmed].map((entity) => registry.resolve(entity))));
}

/**
 * An acronym the text defines is the defined body's, though the gazetteer gives it to another:
 * "Vietnam's Ministry of Information and Communications (MIC)" is no mention of Japan's MIC.
 */
function takeDefinedAcronyms(defined: readonly DefinedForm[], mentions: readonly OrgMention[], blocks: readonly TokenizedBlock[], registry: OrgRegistry): void {
  const definedBy = new Map(defined.filter(isDefinedAcronym).map((form) => [form.form, form.entity]));
  if (definedBy.size === 0) return;
  for (const mention of mentions) {
    const tb = blocks[mention.block];
    const entity = tb && mention.rule === 'gazetteer' ? definedBy.get(textOf(tb.block.text, tb.tokens, mention.from, mention.to)) : undefined;
    if (entity && registry.resolve(entity) !== registry.resolve(mention.entity)) mention.entity = entity;
  }
}

function definedFormMentions(tb: TokenizedBlock, trie: PhraseTrie<DefinedForm>, registry: OrgRegistry, coverage: Coverage): OrgMention[] {
  const found: OrgMention[] = [];
  for (let i = 0; i < tb.tokens.length; i++) {
    const match = trie.matches(tb.keys, i).find(({ length }) => coverage.free(tb.index, i, i + length));
    const form = match?.values.find((value) => caseFits(value.form, tb.tokens, i, match.length));
    if (!match || !form) continue;
    found.push({ block: tb.index, from: i, to: i + match.length, entity: registry.resolve(form.entity), weak: false, rule: form.rule });
    i += match.length - 1;
  }
  return found;
}

/** Whether each entity is reported: weak-only names (unless a list confirms them) and services of a named owner are not. */
function reported(byEntity: ReadonlyMap<OrgEntity, OrgMention[]>, confirmed: ReadonlySet<OrgEntity>): (entity: OrgEntity) => boolean {
  const named = new Set([...byEntity].filter(([entity, list]) => confirmed.has(entity) || list.some((mention) => !mention.weak)).map(([entity]) => entity.name));
  return (entity) => named.has(entity.name) && (entity.owner === null || !named.has(entity.owner));
}

function report(blocks: readonly TokenizedBlock[], mentions: readonly OrgMention[], registry: OrgRegistry, confirmed: ReadonlySet<OrgEntity>): Organization[] {
  const byEntity = new Map<OrgEntity, OrgMention[]>();
  for (const mention of [...mentions].sort(compareAt)) {
    const entity = registry.resolve(mention.entity);
    const list = byEntity.get(entity);
    if (list) list.push(mention);
    else byEntity.set(entity, [mention]);
  }
  const keep = reported(byEntity, confirmed);
  const organizations: Array<{ first: number; organization: Organization }> = [];
  const paragraphs = blocks.filter((tb) => tb.block.kind === 'paragraph');
  for (const [entity, list] of byEntity) {
    if (!keep(entity) || headlineCaseOnly(entity, list, blocks, paragraphs)) continue;
    const spans = list.map((mention) => tokenSpan(blocks, mention)).filter((span): span is Span => span !== null);
    const first = spans[0];
    if (!first) continue;
    organizations.push({
      first: first.start,
      organization: {
        name: entity.name,
        acronym: entity.acronym,
        aliases: aliasesOf(entity, list, blocks),
        kind: entity.kind,
        country: entity.country,
        rule: entity.rule,
        mentions: spans,
      },
    });
  }
  return organizations.sort((a, b) => a.first - b.first).map(({ organization }) => organization);
}

/**
 * A name by its shape that only headlines give, where title case capitalizes every word, and that
 * the release's text writes in lower case: "Cancellation of High-Speed Internet Service" over "the
 * cancellation of high-speed internet service".
 */
function headlineCaseOnly(entity: OrgEntity, mentions: readonly OrgMention[], blocks: readonly TokenizedBlock[], paragraphs: readonly TokenizedBlock[]): boolean {
  if (entity.rule !== 'name-shape' || mentions.some((mention) => blocks[mention.block]?.block.kind === 'paragraph')) return false;
  const lower = entity.name.toLowerCase();
  return lower !== entity.name && paragraphs.some((tb) => tb.block.text.includes(lower));
}

/** The forms the text uses, other than the name and acronym themselves. */
function aliasesOf(entity: OrgEntity, mentions: readonly OrgMention[], blocks: readonly TokenizedBlock[]): string[] {
  const seen = new Set([entity.name, entity.acronym ?? ''].map((form) => form.toLowerCase()));
  const aliases: string[] = [];
  for (const mention of mentions) {
    const tb = blocks[mention.block];
    const form = tb ? textOf(tb.block.text, tb.tokens, mention.from, mention.to) : '';
    if (form === '' || seen.has(form.toLowerCase())) continue;
    seen.add(form.toLowerCase());
    aliases.push(form);
  }
  return aliases;
}
