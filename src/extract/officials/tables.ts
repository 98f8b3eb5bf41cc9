import type { TokenizedBlock } from '../../nlp/tokenized-block.js';
import { splitLines } from '../../clean/lines.js';
import { cellsOf, cellText, rowsUnderHeaders, tokensIn, type Span } from '../../nlp/table-cells.js';
import type { BlockOrganizations } from './affiliation.js';
import type { PersonMention } from './mentions.js';
import { personNameAt, personNameSpanning } from './names.js';
import type { OfficialRules, TableColumn } from './rules.js';
import { titleAt } from './titles.js';

/** A row of a table of people, its cells by the column the header names. */
export interface PeopleRow {
  row: Span;
  cells: Partial<Record<TableColumn, Span>>;
}

/**
 * The rows of the block's tables of people: under a header row that names a name or an organization
 * column ("| Country | Organization | Name | Title |", "| Organization | Attendees |").
 */
export function peopleRows(tb: TokenizedBlock, rules: OfficialRules): PeopleRow[] {
  const readColumns = (cells: readonly Span[]): Map<TableColumn, number> | null => {
    const headers = cells.map((cell) => rules.tableColumns.get(cellText(tb, cell)));
    if (!headers.includes('name') && !headers.includes('organization') && !headers.includes('title-and-organization')) return null;
    return new Map(headers.flatMap((column, index) => (column ? [[column, index] as const] : [])));
  };
  return rowsUnderHeaders(tb, readColumns).map(({ row, cells, header: columns }) => ({
    row,
    cells: Object.fromEntries([...columns].flatMap(([column, index]) => (cells[index] ? [[column, cells[index]]] : []))),
  }));
}

/** The organizations that start inside a span, in order: a cell names a unit before its body. */
function organizationsIn(tb: TokenizedBlock, orgs: BlockOrganizations, span: Span): string[] {
  const [from, end] = tokensIn(tb, span);
  const names: string[] = [];
  for (let index = from; index < end; index++) {
    const organization = orgs.starting.get(index);
    if (organization) names.push(organization.name);
  }
  return names;
}

const firstOrganizationIn = (tb: TokenizedBlock, orgs: BlockOrganizations, span: Span): string | null => organizationsIn(tb, orgs, span)[0] ?? null;
const lastOrganizationIn = (tb: TokenizedBlock, orgs: BlockOrganizations, span: Span): string | null => organizationsIn(tb, orgs, span).at(-1) ?? null;

/** The title of a cell that gives the title and then the organization: "Professor, KAIST Graduate School of AI". */
function titleBeforeComma(tb: TokenizedBlock, span: Span): string | null {
  const comma = tb.block.text.indexOf(',', span.from);
  return lowerCaseText(tb, { from: span.from, to: comma !== -1 && comma < span.to ? comma : span.to });
}

const lowerCaseText = (tb: TokenizedBlock, span: Span): string | null => (span.to > span.from ? cellText(tb, span) : null);

/**
 * An organization cell that gives the title first, where the table has no title column: "| Kim
 * Min-su | Secretary General, Asia-Pacific Telecommunity |" under "| Name | Affiliation |".
 */
function opensWithTitle(tb: TokenizedBlock, span: Span, rules: OfficialRules): boolean {
  const [first, end] = tokensIn(tb, span);
  const title = titleAt(tb, first, rules);
  return title !== null && !title.honorific && commaIn(tb, title.to, end) < end;
}

/**
 * Officials listed in a table of people, a release's list of participants: each row whose name cell
 * holds a person's full name and nothing else gives that person, the title cell's text (lower case)
 * and the first organization of the organization cell, else the last of a title-and-affiliation cell
 * (or of an organization cell that opens with a title)
 * ("Senior Counsel, Office of International Affairs, Federal Communications Commission"), else the
 * first of the row. People the rest of the rules find in a row ("| Google Korea | Jenny Park,
 * Director of Public Policy |") without an organization hold a post at the row's (`withRowOrganizations`).
 */
export function tableMentions(tb: TokenizedBlock, orgs: BlockOrganizations, rules: OfficialRules, rows: readonly PeopleRow[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (const { row, cells } of rows) {
    if (!cells.name) continue;
    const [first, end] = tokensIn(tb, cells.name);
    const name = personNameAt(tb, first, rules);
    if (!name || name.to !== end) continue;
    const both = cells['title-and-organization'] ?? (!cells.title && cells.organization && opensWithTitle(tb, cells.organization, rules) ? cells.organization : undefined);
    const title = cells.title ? lowerCaseText(tb, cells.title) : both ? titleBeforeComma(tb, both) : null;
    const organization = both ? lastOrganizationIn(tb, orgs, both) : cells.organization ? firstOrganizationIn(tb, orgs, cells.organization) : firstOrganizationIn(tb, orgs, row);
    found.push({ block: tb.index, from: name.from, to: name.to, name, surname: name.surname, title, titled: true, organization, known: null, rule: 'people-table' });
  }
  return found;
}

/** The first comma among the tokens [from, end), else `end`. */
function commaIn(tb: TokenizedBlock, from: number, end: number): number {
  let index = from;
  while (index < end && tb.keys[index] !== ',') index++;
  return index;
}

/**
 * People listed one to a table cell, as "Name, Title, Unit, Organization" ("| Jeong Hae-won, Director
 * General, Broadcasting Policy Bureau, KCC | Hoang Minh Tuan, Deputy Minister, MIC |"), whatever the
 * header: the second part opens with a title's word (the title) or is an organization (no title),
 * and the organization is the last one the cell names.
 */
export function cellMentions(tb: TokenizedBlock, orgs: BlockOrganizations, rules: OfficialRules): PersonMention[] {
  const found: PersonMention[] = [];
  if (!tb.block.text.includes('|')) return found;
  for (const line of splitLines(tb.block.text)) {
    for (const cell of cellsOf(line.text, line.start) ?? []) {
      const [first, end] = tokensIn(tb, cell);
      const comma = commaIn(tb, first, end);
      if (comma <= first || comma >= end - 1) continue;
      // The second part opens a title or is an organization: "Sejong Telecom, Freet" lists companies.
      if (!rules.titleWords.has(tb.keys[comma + 1] ?? '') && !orgs.starting.has(comma + 1)) continue;
      const name = personNameSpanning(tb, first, comma, rules);
      if (!name) continue;
      const titleEnd = commaIn(tb, comma + 1, end);
      const titleSpan = { from: tb.tokens[comma + 1]!.from, to: tb.tokens[titleEnd - 1]!.to };
      const title = orgs.starting.has(comma + 1) ? null : lowerCaseText(tb, titleSpan);
      const organization = lastOrganizationIn(tb, orgs, { from: titleSpan.from, to: cell.to });
      found.push({ block: tb.index, from: name.from, to: name.to, name, surname: name.surname, title, titled: true, organization, known: null, rule: 'people-cell' });
    }
  }
  return found;
}

/** Mentions in a row of a table of people that name no organization take the row's organization cell's. */
export function withRowOrganizations(tb: TokenizedBlock, orgs: BlockOrganizations, rows: readonly PeopleRow[], mentions: PersonMention[]): PersonMention[] {
  const withOrganization = rows.filter(({ cells }) => cells.organization);
  if (withOrganization.length === 0) return mentions;
  return mentions.map((mention) => {
    const token = tb.tokens[mention.from];
    const row = token && mention.organization === null ? withOrganization.find(({ row: span }) => span.from <= token.from && token.to <= span.to) : undefined;
    const organization = row?.cells.organization ? firstOrganizationIn(tb, orgs, row.cells.organization) : null;
    return organization ? { ...mention, organization, rule: `${mention.rule}+table-row` } : mention;
  });
}
