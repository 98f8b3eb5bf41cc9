import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes } from 'mdast';
import type { MappedText } from '../clean/mapped-text.js';
import { isChromeText, isLetterheadField, type PageHeader } from '../clean/chrome.js';
import { splitLines } from '../clean/lines.js';
import { Block } from './doc.js';
import { dateLineDay, datelineDay, lineDayRank, type LineDay } from './published.js';
import type { RuleSections } from '../rules/load.js';

const markdown = unified().use(remarkParse);

/** Block nodes whose source text is one unit of release text; containers are walked into. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'code', 'html', 'tableRow']);

interface Range {
  start: number;
  end: number;
}

/** A heading's text without its `#` marks. */
function contentRange(node: Nodes): Range | null {
  if (!('children' in node)) return null;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? null : { start: first, end: last };
}

/**
 * Markers that open a list inside a list item on the same line ("2023. 6. 9.", "- * +") nest one
 * level each; remark's cost grows with the square of that depth. Releases are not real Markdown, so
 * such runs are masked in the copy given to remark (same length: positions still hold).
 */
const NESTED_MARKERS = /^([ \t]*(?:\d{1,9}[.)]|[-*+>])[ \t]+)((?:(?:\d{1,9}[.)]|[-*+>])[ \t]+)+)/gm;
/** "2023. 6. 9." opens a line with a year, not with item 2023 of a list, so its dot is masked too. */
const YEAR_MARKER = /^([ \t]*(?:19|20)\d{2})[.)](?=[ \t])/gm;

function markdownView(body: string): string {
  return body
    .replace(NESTED_MARKERS, (_match, first: string, nested: string) => first + nested.replace(/[^ \t]/g, 'x'))
    .replace(YEAR_MARKER, '$1x');
}

/** A leaf block's range; a Markdown heading's is its text's. */
interface BlockRange extends Range {
  heading: boolean;
}

/** Ranges of the body's leaf blocks, from remark's positions (raw releases are only loosely Markdown). */
function blockRanges(body: string): BlockRange[] {
  const ranges: BlockRange[] = [];
  // Depth first without recursion: hostile input may still nest deeply (blockquotes, indentation).
  const pending: Nodes[] = [markdown.parse(markdownView(body))];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const { start, end } = node.position ?? {};
    if (LEAF_BLOCKS.has(node.type) && start?.offset !== undefined && end?.offset !== undefined) {
      const whole = { start: start.offset, end: end.offset };
      ranges.push(node.type === 'heading' ? { ...(contentRange(node) ?? whole), heading: true } : { ...whole, heading: false });
      continue;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!);
  }
  return ranges;
}

const SENTENCE_END = /[.!?。]["'’”)\]]*$/;
const DASH_WRAPPED = /^[-–—].*[-–—]$/;
const SPACES = /\s+/;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
const MAX_HEADLINE_WORDS = 60;

/** A headline or sub-headline: short, and not a sentence (dash-wrapped lines always are). */
function isHeadlineLike(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.startsWith('*')) return false;
  if (DASH_WRAPPED.test(text)) return true;
  return !SENTENCE_END.test(text) && text.split(SPACES).length <= MAX_HEADLINE_WORDS;
}

function fold(text: string): string {
  return text.toLowerCase().replace(NOT_LETTERS_OR_DIGITS, ' ').trim();
}

/** Trimmed sub-range of body text, or null when only space. */
function trimmed(body: string, range: Range): Range | null {
  const text = body.slice(range.start, range.end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead === text.length) return null;
  return { start: range.start + lead, end: range.end - trail };
}

/** Bullets of Korean releases and their translations ("ㅇ", "○", "□", "▲"), and dashes. */
const BULLET_START = /^\s*[ㅇ○●◦•□■▲△▶▷◆◇※\-–]\s/;

/** A paragraph's text without the bullet that opens it, as Markdown list items lose their marker. */
function withoutBullet(body: string, range: Range | null): Range | null {
  if (!range) return null;
  const bullet = BULLET_START.exec(body.slice(range.start, range.end));
  return bullet ? trimmed(body, { start: range.start + bullet[0].length, end: range.end }) : range;
}

/** A table of one cell around a line: a Word file's headline box ("| KCC opens a complaints center |"). */
const ONE_CELL = /^\|([^|]*)\|$/;

/** A line's text without the bars of a table of one cell. */
function withoutCellBars(body: string, range: Range): Range {
  const cell = ONE_CELL.exec(body.slice(range.start, range.end));
  return cell ? (trimmed(body, { start: range.start + 1, end: range.end - 1 }) ?? range) : range;
}

/**
 * Captured web pages put each paragraph on one line with no blank line between; a line that ends a
 * sentence therefore ends a paragraph, and so does the line before a bullet ("Main results" before
 * "ㅇ The share of ..."). Lines wrapped mid-sentence stay together.
 */
function splitAtSentenceLines(body: string, range: Range): Range[] {
  const pieces: Range[] = [];
  let start = range.start;
  const lines = splitLines(body.slice(range.start, range.end));
  for (const [index, line] of lines.entries()) {
    const end = range.start + line.end;
    const beforeBullet = BULLET_START.test(lines[index + 1]?.text ?? '');
    if (SENTENCE_END.test(line.text.trimEnd()) || beforeBullet || end === range.end) {
      const piece = withoutBullet(body, trimmed(body, { start, end }));
      if (piece) pieces.push(piece);
      start = end + 1;
    }
  }
  return pieces;
}

export interface Structure {
  title: Block | null;
  subtitles: Block[];
  paragraphs: Block[];
  /** The day of a date line among the headlines ("June 9, 2023"), where it is written in the body. */
  dateLine: (Omit<LineDay, 'from' | 'to'> & { start: number; end: number }) | null;
}

/** A date line's day at its place in the body: `offset` is where its line starts. */
const placedDay = (offset: number, { from, to, ...day }: LineDay): NonNullable<Structure['dateLine']> => ({ ...day, start: offset + from, end: offset + to });

/**
 * Title, sub-headlines and paragraphs. The title comes from the page header when there is one, else
 * from a headline-like first line; headline-like lines before the first sentence are subtitles, and
 * a line among them that states only a day is the release's date line.
 */
export function parseStructure(input: string, normalized: MappedText, header: PageHeader, body: MappedText, rules: RuleSections): Structure {
  const makeBlock = (kind: Block['kind'], source: MappedText, range: Range): Block =>
    new Block(kind, source.text.slice(range.start, range.end), source, range.start, input);

  let title = header.title ? makeBlock('title', normalized, header.title) : null;
  const subtitles: Block[] = [];
  const paragraphs: Block[] = [];
  let dateLine: Structure['dateLine'] = null;
  const ranges = blockRanges(body.text);
  let inLead = true;
  // Headline-like lines above a letterhead's fields are the letterhead's too (a motto, the issuing
  // bodies): the headline comes after the fields, unless none does. A Markdown heading, or a line
  // below fields already, is the headline wherever fields follow it.
  let fieldsSeen = false;
  let titleIsFinal = header.title !== null;
  let titleAboveFields = false;

  for (const [index, blockRange] of ranges.entries()) {
    // The body keeps at least the last line of the text, even when it looks like a headline.
    const bodyFloor = index === ranges.length - 1 ? (trimmed(body.text, blockRange)?.end ?? blockRange.end) : Infinity;
    let rest: Range | null = blockRange;
    if (inLead) {
      for (const line of splitLines(body.text.slice(blockRange.start, blockRange.end))) {
        const lineTrimmed = trimmed(body.text, { start: blockRange.start + line.start, end: blockRange.start + line.end });
        if (!lineTrimmed) continue;
        const lineRange = withoutCellBars(body.text, lineTrimmed);
        const lineText = body.text.slice(lineRange.start, lineRange.end);
        if (lineRange.end < bodyFloor) {
          // The letterhead's lines may stand among the headlines: "For immediate release", a second date line.
          const day: ReturnType<typeof dateLineDay> = header.date ? null : dateLineDay(lineText, rules);
          // A letterhead's distribution day yields to its release day on a later line, a day without its year to one with it.
          if (day && (!dateLine || lineDayRank(day) < lineDayRank(dateLine))) {
            dateLine = placedDay(lineRange.start, day);
          }
          const field = isLetterheadField(lineText, rules);
          if (field && title && !titleIsFinal) titleAboveFields = true;
          fieldsSeen ||= field;
          if (day || field || isChromeText(lineText, rules)) {
            rest = null;
            continue;
          }
        }
        if (lineRange.end >= bodyFloor || !isHeadlineLike(lineText)) {
          inLead = false;
          const dateline: ReturnType<typeof datelineDay> = !dateLine && !header.date ? datelineDay(lineText, rules) : null;
          if (dateline) dateLine = placedDay(lineRange.start, dateline);
          rest = { start: dateline ? lineRange.start + dateline.textFrom : lineTrimmed.start, end: blockRange.end };
          break;
        }
        if (!title || (titleAboveFields && !DASH_WRAPPED.test(lineText))) {
          title = makeBlock('title', body, lineRange);
          subtitles.length = 0;
          titleIsFinal = fieldsSeen || blockRange.heading;
          titleAboveFields = false;
        } else if (fold(lineText) !== fold(title.text)) subtitles.push(makeBlock('subtitle', body, lineRange));
        rest = null;
      }
    }
    if (rest) for (const paragraph of splitAtSentenceLines(body.text, rest)) paragraphs.push(makeBlock('paragraph', body, paragraph));
  }
  return { title, subtitles, paragraphs, dateLine };
}
