import { readsAsPerson } from '../../nlp/tags.js';
import { cellText, rowsUnderHeaders, tokensIn, type Span } from '../../nlp/table-cells.js';
import type { TokenizedBlock } from '../../nlp/tokenized-block.js';
import { phraseKeys, textOf } from '../../nlp/tokens.js';
import type { OrganizationKind } from '../../record/types.js';
import type { Coverage, OrgMention, OrgRegistry } from './model.js';
import type { OrganizationRules } from './rules.js';
import { isNameWord } from './shape.js';

const MAX_NAME_WORDS = 6;
const LETTER = /\p{L}/u;
/** A name made anonymous: "Company A", "Operator B". */
const ANONYMOUS = /^\p{Lu}$/u;

/** The tokens of a cell's name, [from, to): the cell up to a parenthesis ("CJ ENM (tvN)"), when all of it is a name. */
function cellName(tb: TokenizedBlock, from: number, end: number, rules: OrganizationRules): [number, number] | null {
  let to = from;
  while (to < end && tb.keys[to] !== '(') to++;
  if (to === from || to - from > MAX_NAME_WORDS) return null;
  for (let index = from; index < to; index++) if (!isNameWord(tb.tokens[index], rules)) return null;
  const words = tb.tokens.slice(from, to).map((token) => token.text);
  if (!words.some((word) => LETTER.test(word)) || rules.tableTotals.has(words.join(' ').toLowerCase())) return null;
  if (ANONYMOUS.test(words.at(-1) ?? '') || rules.koreanNameAt(tb, from) || readsAsPerson(words)) return null;
  return [from, to];
}

/**
 * Bodies listed in a table's column of bodies, under a header of `organization-columns`: "| Mapo
 * FM | Seoul Mapo-gu | 702.15 |" under "| Broadcaster | Region | Score |". Cells the other rules
 * found a body in are theirs; numbers and a row of totals ("| Total | 9 |") name none.
 */
export function tableColumnMentions(tb: TokenizedBlock, rules: OrganizationRules, registry: OrgRegistry, coverage: Coverage): OrgMention[] {
  const found: OrgMention[] = [];
  const readColumn = (cells: readonly Span[]): { index: number; kind: OrganizationKind } | null => {
    const index = cells.findIndex((cell) => rules.columns.has(cellText(tb, cell)));
    const kind = index === -1 ? undefined : rules.columns.get(cellText(tb, cells[index]!));
    return kind ? { index, kind } : null;
  };
  for (const { cells, header } of rowsUnderHeaders(tb, readColumn)) {
    const cell = cells[header.index];
    const name = cell ? cellName(tb, ...tokensIn(tb, cell), rules) : null;
    if (!name || !coverage.free(tb.index, name[0], name[1])) continue;
    const text = textOf(tb.block.text, tb.tokens, name[0], name[1]);
    const { kind } = header;
    const entity = registry.entity(`shape:${phraseKeys(text).join(' ')}`, () => ({ name: text, acronym: null, kind, country: null, owner: null, head: null, tailed: false, rule: 'table-column' }));
    found.push({ block: tb.index, from: name[0], to: name[1], entity, weak: false, rule: 'table-column' });
  }
  return found;
}
