import type { Doc } from '../pipeline/doc.js';
import type { Official, Organization, Span } from '../record/types.js';
import { tokenizeBlocks, tokenSpan, type TokenizedBlock } from '../nlp/tokenized-block.js';
import { resolvePeople, type Person } from '../resolve/coreference.js';
import { blockOrganizations, organizationSpans } from './officials/affiliation.js';
import { personMentions, type PersonMention } from './officials/mentions.js';
import { issuerOf, officialRules, titleOn, type OfficialRules } from './officials/rules.js';

/**
 * Officials: people the text names with a role, found through titles and their grammar and through
 * the people rules, their mentions merged by coreference. `organization` is the canonical name of
 * the organization the text ties them to.
 */
export function extractOfficials(doc: Doc, organizations: readonly Organization[]): Official[] {
  const rules = officialRules(doc.rules);
  const blocks = tokenizeBlocks(doc.blocks);
  const spans = organizationSpans(organizations);
  const orgs = blocks.map((tb) => blockOrganizations(tb, spans));
  const mentions = blocks.flatMap((tb) => {
    const found = orgs[tb.index];
    return found ? personMentions(tb, found, rules) : [];
  });
  const insideOrganization = (block: number, token: number): boolean => orgs[block]?.inside[token] === 1;
  const named = new Set(organizations.map((organization) => organization.name));
  // Found by their shape alone: a unit among them is tied to no body the text names.
  const shapeOnly = new Set(organizations.filter((organization) => organization.rule === 'name-shape').map((organization) => organization.name));
  const ministries = organizations.filter((organization) => MINISTRY.test(organization.name));
  return resolvePeople(mentions, blocks, insideOrganization, rules).map((person) =>
    withMinistry(withIssuer(withUnitOwner(official(person, blocks, doc), organizations), named, shapeOnly, rules), ministries),
  );
}

/** The unit a title is held "of" or "at": "head of the kbs disaster media center" -> "kbs disaster media center". */
const UNIT_OF_TITLE = /\b(?:of|at) (?:the )?(.+)$/;

/**
 * An official tied to no organization whose title names a unit by a body's own name holds the post
 * at that body, when the text names it: "Head of the KBS Disaster Media Center", a place named after
 * KBS that is no mention of it (embedding-heads).
 */
function withUnitOwner(found: Official, organizations: readonly Organization[]): Official {
  const unit = found.organization === null ? UNIT_OF_TITLE.exec(found.title ?? '')?.[1] : undefined;
  if (unit === undefined) return found;
  const owner = organizations.find((organization) =>
    [organization.name, organization.acronym, ...organization.aliases].some((form) => form !== null && unit.startsWith(`${form.toLowerCase()} `)),
  );
  return owner ? { ...found, organization: owner.name, rule: `${found.rule}+unit-owner` } : found;
}

const MINISTRY = /^Ministry of /i;
const MINISTER_OF = /^(?:vice |deputy )?minister of (.+)$/;

/**
 * A minister the text ties to no organization heads the ministry of the portfolio in the title, when
 * the text names it: "Nguyen Thanh Lam, Minister of Information and Communications of Vietnam" and
 * "Vietnam's Ministry of Information and Communications".
 */
function withMinistry(found: Official, ministries: readonly Organization[]): Official {
  const portfolio = found.organization === null ? MINISTER_OF.exec(found.title ?? '')?.[1] : undefined;
  if (portfolio === undefined) return found;
  const ministry = ministries.find((organization) => {
    const own = organization.name.toLowerCase().replace(MINISTRY, '');
    return portfolio === own || portfolio.startsWith(`${own} of `);
  });
  return ministry ? { ...found, organization: ministry.name, rule: `${found.rule}+ministry` } : found;
}

/**
 * An official whose title is a post of the issuing body the text names holds it there, when the text
 * ties them to no organization, or only to a unit of no named body ("Director-General of the User
 * Policy Bureau" in a release of the KCC).
 */
function withIssuer(found: Official, named: ReadonlySet<string>, shapeOnly: ReadonlySet<string>, rules: OfficialRules): Official {
  if (found.title === null || (found.organization !== null && !shapeOnly.has(found.organization))) return found;
  const issuer = issuerOf(found.title, named, rules, found.organization ?? undefined);
  return issuer ? { ...found, organization: issuer, rule: `${found.rule}+issuer-post` } : found;
}

/** The mention whose title is reported: the first in the body (headlines abbreviate), else the first. */
function titleSource(person: Person, blocks: readonly TokenizedBlock[]): PersonMention | undefined {
  const titled = person.mentions.filter((mention) => mention.title !== null);
  return titled.find((mention) => blocks[mention.block]?.block.kind === 'paragraph') ?? titled[0];
}

function official(person: Person, blocks: readonly TokenizedBlock[], doc: Doc): Official {
  const source = titleSource(person, blocks);
  const named = person.mentions.find((mention) => mention.name !== null);
  const { known } = person;
  return {
    name: named?.name?.display ?? known?.name ?? '',
    title: source?.title ?? (known && doc.published ? titleOn(known, doc.published.value) : null),
    organization: source?.organization ?? person.mentions.find((mention) => mention.organization !== null)?.organization ?? known?.organization ?? null,
    rule: source?.rule ?? (known ? 'people-rules' : (named?.rule ?? 'name')),
    mentions: person.mentions.map((mention) => tokenSpan(blocks, mention)).filter((span): span is Span => span !== null),
  };
}
