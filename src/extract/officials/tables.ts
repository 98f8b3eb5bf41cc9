import type { TokenizedBlock } from '../../nlp/tokenized-block.js';
import { splitLines } from '../../clean/lines.js';
import type { BlockOrganizations } from './affiliation.js';
import type { PersonMention } from './mentions.js';
import { personNameAt } from './names.js';
import type { OfficialRules, TableColumn } from './rules.js';
import { firstIndex } from '../../sorted.js';

/** A cell of a table row: its text's range in the block. */
interface Cell {
  from: number;
  to: number;
}

const ROW = /^\s*\|/;
const RULE_ROW = /^[\s|:-]*$/;
const SPACES = /\s+/g;

/** The cells of a line that is a table's row ("| a | b |"), trimmed; null for other lines. */
function cellsOf(line: string, offset: number): Cell[] | null {
  if (!ROW.test(line) || RULE_ROW.test(line)) return null;
  const cells: Cell[] = [];
  let start = line.indexOf('|') + 1;
  for (let bar = line.indexOf('|', start); bar !== -1; start = bar + 1, bar = line.indexOf('|', start)) {
    const raw = line.slice(start, bar);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ from: offset + start + lead, to: offset + start + raw.trimEnd().length });
  }
  return cells;
}

/** The tokens inside a cell: [first, end). */
function tokensIn(tb: TokenizedBlock, cell: Cell): [number, number] {
  const first = firstIndex(tb.tokens, (token) => token.from >= cell.from);
  let end = first;
  while (end < tb.tokens.length && tb.tokens[end]!.to <= cell.to) end++;
  return [first, end];
}

/**
 * Officials listed in a table of people, a release's list of participants: under a header row that
 * names a name column ("| Country | Organization | Name | Title |"), each row whose name cell holds
 * a person's full name and nothing else gives that person, the title cell's text (lower case) and
 * the first organization of the organization cell, else of the row.
 */
export function tableMentions(tb: TokenizedBlock, orgs: BlockOrganizations, rules: OfficialRules): PersonMention[] {
  const found: PersonMention[] = [];
  if (!tb.block.text.includes('|')) return found;
  let columns: Map<TableColumn, number> | null = null;
  for (const line of splitLines(tb.block.text)) {
    const cells = cellsOf(line.text, line.start);
    if (!cells) {
      if (!RULE_ROW.test(line.text) || line.text.trim() === '') columns = null;
      continue;
    }
    const headers = cells.map((cell) => rules.tableColumns.get(tb.block.text.slice(cell.from, cell.to).toLowerCase().replace(SPACES, ' ')));
    if (headers.includes('name')) {
      columns = new Map(headers.flatMap((column, index) => (column ? [[column, index] as const] : [])));
      continue;
    }
    const nameCell = columns && cells[columns.get('name')!];
    if (!columns || !nameCell) continue;
    const [first, end] = tokensIn(tb, nameCell);
    const name = personNameAt(tb, first, rules);
    if (!name || name.to !== end) continue;
    const titleCell = cells[columns.get('title') ?? -1];
    const title = titleCell && titleCell.to > titleCell.from ? tb.block.text.slice(titleCell.from, titleCell.to).toLowerCase().replace(SPACES, ' ') : null;
    const organizationCell = cells[columns.get('organization') ?? -1];
    const [orgFrom, orgEnd] = organizationCell ? tokensIn(tb, organizationCell) : tokensIn(tb, { from: line.start, to: line.end });
    let organization: string | null = null;
    for (let index = orgFrom; index < orgEnd && organization === null; index++) organization = orgs.starting.get(index)?.name ?? null;
    found.push({ block: tb.index, from: name.from, to: name.to, name, surname: name.surname, title, titled: true, organization, known: null, rule: 'people-table' });
  }
  return found;
}
