import { hangulShare, splitLines, tableRowCells, type Line } from './lines.js';
import type { MappedText } from './mapped-text.js';
import { alternation } from '../rules/patterns.js';
import { isPhrase, isString, oncePerRules, RulesError, section, type RuleSections } from '../rules/load.js';

/** A range of the text that was cleaned (not yet of the input). */
export interface Range {
  start: number;
  end: number;
}

export interface PageHeader {
  title: Range | null;
  date: Range | null;
}

export interface Dechromed {
  header: PageHeader;
  /** The release text without site chrome, still mapped to the input. */
  body: MappedText;
}

const ISO_DAY = String.raw`\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?`;
const TABLE_TITLE = /^\s*\|?\s*Title\s*\|\s*(.*?)\s*(?:\|[\s|]*)?$/i;
/** Labels of a page's date and read count, as the KCC's sites and their mirrors write them. */
const DATE_WORD = String.raw`(?:Date|Posted|Registered|Registration\s+date|작성일|등록일)`;
const READ_WORD = String.raw`(?:Read|Hits|Views|조회수?)`;
const TABLE_DATE = new RegExp(String.raw`^\s*\|?\s*${DATE_WORD}\s*\|\s*(${ISO_DAY})\s*(?:\|.*)?$`, 'i');
const INLINE_TITLE = /^\s*Title\s*[:\s]\s*(\S.*?)\s*$/;
const INLINE_DATE = new RegExp(String.raw`^\s*${DATE_WORD}\s*[:\s]\s*(${ISO_DAY})(?:\s+${READ_WORD}\s*:?\s*[\d,]+)?\s*$`, 'i');
const BARE_LABEL = new RegExp(String.raw`^\s*(Title|${DATE_WORD}|${READ_WORD})\s*$`, 'i');
const READ_LINE = new RegExp(String.raw`^\s*\|?\s*${READ_WORD}\s*[:|\s]\s*[\d,]+[\s|]*$`, 'i');
const BARE_DATE = new RegExp(String.raw`^\s*(${ISO_DAY})\s*$`);
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-*:?\s*)*\|?\s*$/;
const BREADCRUMB = /^\s*Home\s*[>›»]/i;
const BREADCRUMB_SEPARATOR = /\s*[>›»]\s*/;
/** A Markdown link's text stays, its address goes: "[What's New](/eng/sub.do)". */
const MARKDOWN_LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const QUOTE_MARK = /^\s*>\s*/;
const HANGUL_WORDS = /\p{Script=Hangul}+/gu;
const HAS_HANGUL = /\p{Script=Hangul}/u;
/** A telephone number of a letterhead's contact: "02-2110-1440", "+82-2-2110-1440", "+82 2 2110 1530". */
const PHONE_NUMBER = /(?<![\d.])(?:\+\d{1,3}[-\s]?)?\(?0?\d{1,3}\)?[-\s]\d{3,4}[-\s]\d{4}(?!\d)/;
/** A day written in digits: a Korean line with one is a letterhead's date line ("보도 일시: 2024. 5. 24.(금)"), not a menu. */
const DIGIT_DAY = new RegExp(ISO_DAY);
/** The page header comes after the navigation, which is long but not this long. */
const HEADER_SEARCH_LINES = 300;
const READ_COUNT = /^\s*[\d,]+\s*$/;
const DATE_LABEL = new RegExp(String.raw`^\s*\|?\s*${DATE_WORD}(?![\p{L}])`, 'iu');
const IS_DATE_WORD = new RegExp(String.raw`^${DATE_WORD}$`, 'i');
const IS_READ_WORD = new RegExp(String.raw`^${READ_WORD}$`, 'i');

/** Which header label a bare label line holds. */
const labelKind = (label: string): 'title' | 'date' | 'read' => (IS_DATE_WORD.test(label) ? 'date' : IS_READ_WORD.test(label) ? 'read' : 'title');

/** A tab becomes two spaces when the text is cleaned; a gap of two or more separates a line's cells. */
export const CELL_GAP = /\s{2,}/;
/** A row of this many cells, all chrome but one, is a letterhead's. */
const MIN_LETTERHEAD_CELLS = 3;
const CELL_BORDER = new RegExp(String.raw`\s*\|\s*|${CELL_GAP.source}`);
const CHROME_EDGES = /^[\s•·*\-–]+|[\s>]+$/g;
const APOSTROPHE_VARIANTS = /[’`]/g;
const SPACES = /\s+/g;

function foldChrome(text: string): string {
  return text.replace(CHROME_EDGES, '').replace(APOSTROPHE_VARIANTS, "'").replace(SPACES, ' ').toLowerCase();
}

/** Rules that are regular expressions match a whole trimmed line, in any case. */
function wholeLinePatterns(rules: RuleSections, name: string): RegExp[] {
  return section(rules, name, isString).map((source) => {
    try {
      return new RegExp(`^(?:${source})$`, 'i');
    } catch {
      throw new RulesError(`rules section "${name}": ${JSON.stringify(source)} is not a regular expression`);
    }
  });
}

const MAX_UNIT_WORDS = 8;
const UNIT_WORD = /^\p{Lu}[\p{L}-]*$/u;
const UNIT_CONNECTORS: ReadonlySet<string> = new Set(['and', '&', 'of', 'for']);

class ChromeRules {
  readonly lines: Set<string>;
  readonly linePatterns: RegExp[];
  readonly footers: RegExp[];
  /** A letterhead field's label and its colon at the start of a cell. */
  private readonly fieldLabel: RegExp;
  /** Last words of the issuing body's units (`issuer-unit-heads`): a letterhead names the division that issues the release. */
  private readonly unitHeads: ReadonlySet<string>;
  constructor(rules: RuleSections) {
    this.lines = new Set(section(rules, 'chromeLines', isString).map(foldChrome));
    this.linePatterns = wholeLinePatterns(rules, 'chromeLinePatterns');
    this.footers = wholeLinePatterns(rules, 'footerStarts');
    const labels = section(rules, 'letterheadLabels', isPhrase);
    this.unitHeads = new Set(section(rules, 'issuer-unit-heads', isString));
    this.fieldLabel = labels.length > 0 ? new RegExp(String.raw`^[\s*_]*(?:${alternation(labels)})\s*[*_]*\s*:`, 'i') : /(?!)/;
  }
  isNavigation(line: string): boolean {
    const trimmed = line.trim();
    if (trimmed === '') return true;
    return (
      this.isChromePhrase(trimmed) ||
      this.cellsAreChrome(trimmed) ||
      this.isBreadcrumb(trimmed) ||
      this.hasFieldLabel(trimmed) ||
      this.namesUnit(trimmed) ||
      (hangulShare(trimmed) > 0.5 && !DIGIT_DAY.test(trimmed))
    );
  }
  /** A line that is the name of a unit alone, as a letterhead gives the issuing division: "Broadcasting Advertising Policy Division". */
  private namesUnit(line: string): boolean {
    const words = line.split(SPACES);
    if (words.length < 2 || words.length > MAX_UNIT_WORDS || !this.unitHeads.has(words.at(-1) ?? '')) return false;
    return words.every((word) => UNIT_WORD.test(word) || UNIT_CONNECTORS.has(word));
  }
  /** "Home > What's New", or the site's sections one after another: "[What's New](/eng/sub.do) › News & Notice". */
  private isBreadcrumb(line: string): boolean {
    const text = line.replace(MARKDOWN_LINK, '$1').replace(QUOTE_MARK, '');
    if (BREADCRUMB.test(text)) return true;
    const parts = text.split(BREADCRUMB_SEPARATOR).filter((part) => part !== '');
    return parts.length >= 2 && parts.every((part) => this.isChromePhrase(part));
  }
  /**
   * A line of a letterhead's fields rather than a headline: a labelled field (chrome, above), a row
   * of a table of two or more cells or its rule, a telephone number.
   */
  isLetterheadField(line: string): boolean {
    if (TABLE_RULE.test(line) || PHONE_NUMBER.test(line)) return true;
    const cells = tableRowCells(line);
    if (cells && cells.filter((cell) => cell.to > cell.from).length >= 2) return true;
    return this.hasFieldLabel(line);
  }
  /** A cell of the line opens with a letterhead field's label and a colon: "Division in charge: ...". */
  private hasFieldLabel(line: string): boolean {
    return line.split(CELL_BORDER).some((cell) => this.fieldLabel.test(cell));
  }
  /**
   * A letterhead laid out in cells (tabs in a Word file, or a table's bars): "Korea Communications
   * Commission    For immediate release", "| Press Release | Korea Communications Commission |".
   */
  private cellsAreChrome(line: string): boolean {
    const cells = line.split(CELL_BORDER).filter((cell) => cell !== '');
    const chromeCells = cells.filter((cell) => this.isChromePhrase(cell)).length;
    // A letterhead's row may name the issuing division as well: "KCC | Press Release | Broadcasting Policy Division".
    return cells.length > 0 && (chromeCells === cells.length || (cells.length >= MIN_LETTERHEAD_CELLS && chromeCells >= cells.length - 1));
  }
  /** A listed chrome line, or one that a chrome pattern matches whole; Korean words beside the English do not count ("보도자료 Press Release"). */
  private isChromePhrase(text: string): boolean {
    if (this.lines.has(foldChrome(text)) || this.linePatterns.some((pattern) => pattern.test(text))) return true;
    if (!HAS_HANGUL.test(text)) return false;
    const english = text.replace(HANGUL_WORDS, ' ').trim();
    return english !== '' && english !== text && this.isChromePhrase(english);
  }
  startsFooter(line: string): boolean {
    const trimmed = line.trim();
    return this.footers.some((pattern) => pattern.test(trimmed));
  }
}

const chromeRules = oncePerRules((rules) => new ChromeRules(rules));

/** A line, or a part of one, that is the site's or the letterhead's, not the release's: "Press Release". */
export const isChromeText = (text: string, rules: RuleSections): boolean => text.trim() !== '' && chromeRules(rules).isNavigation(text);

/** A line of a letterhead's fields (contacts, pages, a table's rows), not a headline. */
export const isLetterheadField = (line: string, rules: RuleSections): boolean => chromeRules(rules).isLetterheadField(line);

function groupRange(line: Line, match: RegExpExecArray): Range | null {
  const value = match[1];
  if (value === undefined || value.trim() === '') return null;
  const start = line.start + line.text.indexOf(value, match[0].indexOf(value));
  return { start, end: start + value.length };
}

/** The index of the first line from `from` on that is not blank (`lines.length` if none). */
function nextFilledLine(lines: readonly Line[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.text.trim() === '') index++;
  return index;
}

const FRONT_MATTER_FENCE = /^---\s*$/;
const FRONT_MATTER_TITLE = /^\s*title\s*:\s*["']?(.*?)["']?\s*$/i;
const FRONT_MATTER_DATE = new RegExp(String.raw`^\s*date\s*:\s*["']?(${ISO_DAY})["']?\s*$`, 'i');
/** Front matter is a few lines of fields; a fence further down is a rule of the text. */
const MAX_FRONT_MATTER_LINES = 40;

/**
 * The front matter of a Markdown file ("---", "title: ...", "date: 2024-03-07", "---"): its lines
 * are chrome, its title and date the page's header. Returns the index after it (0 if none).
 */
function frontMatter(lines: Line[], header: PageHeader, chrome: Set<number>): number {
  if (!FRONT_MATTER_FENCE.test(lines[0]?.text ?? '')) return 0;
  const close = lines.findIndex((line, index) => index > 0 && index < MAX_FRONT_MATTER_LINES && FRONT_MATTER_FENCE.test(line.text));
  if (close === -1) return 0;
  for (let index = 0; index <= close; index++) {
    chrome.add(index);
    const line = lines[index]!;
    let field: RegExpExecArray | null;
    if ((field = FRONT_MATTER_TITLE.exec(line.text))) header.title ??= groupRange(line, field);
    else if ((field = FRONT_MATTER_DATE.exec(line.text))) header.date ??= groupRange(line, field);
  }
  return close + 1;
}

/** The page's header lines (Title, Date, Read), in any of the site's layouts. */
function findHeader(lines: Line[], rules: ChromeRules): { header: PageHeader; chrome: Set<number> } {
  const header: PageHeader = { title: null, date: null };
  const chrome = new Set<number>();
  const afterFrontMatter = frontMatter(lines, header, chrome);
  if (header.title && header.date) return { header, chrome };
  const nextFilled = (from: number): number => nextFilledLine(lines, from);
  /**
   * A Title line (value on line `valueIndex`) is the page's header only if a Date line follows it or
   * only navigation comes before it; otherwise it is prose ("Title holders must register by May.").
   */
  const isHeaderTitle = (index: number, valueIndex = index): boolean => {
    for (let at = nextFilled(valueIndex + 1), seen = 0; at < lines.length && seen < 2; at = nextFilled(at + 1), seen++) {
      if (DATE_LABEL.test(lines[at]!.text)) return true;
    }
    return lines.slice(0, index).every((line) => rules.isNavigation(line.text));
  };
  for (let index = afterFrontMatter; index < Math.min(lines.length, HEADER_SEARCH_LINES); index++) {
    const line = lines[index]!;
    let match: RegExpExecArray | null;
    if (!header.title && (match = TABLE_TITLE.exec(line.text) ?? INLINE_TITLE.exec(line.text)) && isHeaderTitle(index)) {
      header.title = groupRange(line, match);
      if (header.title) chrome.add(index);
    } else if (!header.date && (match = TABLE_DATE.exec(line.text) ?? INLINE_DATE.exec(line.text))) {
      header.date = groupRange(line, match);
      chrome.add(index);
    } else if ((match = BARE_LABEL.exec(line.text))) {
      const label = labelKind(match[1]!);
      const valueIndex = nextFilled(index + 1);
      const valueLine = lines[valueIndex];
      if (!valueLine) continue;
      if (label === 'title' && !header.title && isHeaderTitle(index, valueIndex)) {
        header.title = { start: valueLine.start + valueLine.text.search(/\S/), end: valueLine.start + valueLine.text.trimEnd().length };
      } else if (label === 'date' && !header.date && BARE_DATE.test(valueLine.text)) {
        const value = BARE_DATE.exec(valueLine.text)![1]!;
        const start = valueLine.start + valueLine.text.indexOf(value);
        header.date = { start, end: start + value.length };
      } else if (!(label === 'read' && READ_COUNT.test(valueLine.text))) {
        continue;
      }
      chrome.add(index).add(valueIndex);
      index = valueIndex;
    } else if (header.title && TABLE_RULE.test(line.text)) {
      chrome.add(index);
    }
    if (header.title && header.date) {
      // The read count may stand on the lines after the date: "Read 312" on one, or "Read" and "312".
      const label = nextFilled(index + 1);
      if (READ_LINE.test(lines[label]?.text ?? '')) {
        chrome.add(label);
      } else if (labelKind(BARE_LABEL.exec(lines[label]?.text ?? '')?.[1] ?? 'title') === 'read') {
        const count = nextFilled(label + 1);
        chrome.add(label);
        if (READ_COUNT.test(lines[count]?.text ?? '')) chrome.add(count);
      }
      break;
    }
  }
  if (header.date && !header.title) titleBeforeDate(lines, header, chrome, rules);
  return { header, chrome };
}

const SENTENCE_END = /[.!?]["'’”)\]]*$/;

/**
 * A page whose Title label was cut off: the headline is the line right before the Date line, if that
 * line is no navigation and no sentence ("KCC, 2024 Work Plan Announced" / "Date 2024-01-25 Read 1024").
 */
function titleBeforeDate(lines: Line[], header: PageHeader, chrome: Set<number>, rules: ChromeRules): void {
  const dateLine = lines.findIndex((line) => header.date !== null && line.start <= header.date.start && header.date.start <= line.end);
  let index = dateLine - 1;
  while (index >= 0 && lines[index]!.text.trim() === '') index--;
  const line = lines[index];
  if (!line || rules.isNavigation(line.text) || SENTENCE_END.test(line.text.trim())) return;
  const start = line.start + line.text.search(/\S/);
  header.title = { start, end: line.start + line.text.trimEnd().length };
  chrome.add(index);
}

/** Removes the website's navigation, header and footer lines; the release text stays mapped to the input. */
export function removeChrome(text: MappedText, rules: RuleSections): Dechromed {
  const compiled = chromeRules(rules);
  const lines = splitLines(text.text);
  const { header, chrome } = findHeader(lines, compiled);
  const headerLines = [...chrome];
  const lastHeaderLine = headerLines.length > 0 ? Math.max(...headerLines) : -1;

  // Before the header, everything is navigation; without a header, the leading navigation lines are.
  let bodyStart = lastHeaderLine + 1;
  if (lastHeaderLine < 0) {
    while (bodyStart < lines.length && compiled.isNavigation(lines[bodyStart]!.text)) bodyStart++;
  }
  // A footer's first line before any release text is the page's ("Attachment [PDF] ..." under the Date line).
  for (let index = nextFilledLine(lines, bodyStart); index < lines.length && compiled.startsFooter(lines[index]!.text); index = nextFilledLine(lines, index + 1)) {
    bodyStart = index + 1;
  }
  let bodyEnd = lines.length;
  for (let index = bodyStart; index < lines.length; index++) {
    if (compiled.startsFooter(lines[index]!.text)) {
      bodyEnd = index;
      break;
    }
  }
  const builder = text.derive();
  for (let index = bodyStart; index < bodyEnd; index++) {
    const line = lines[index]!;
    if (chrome.has(index)) continue;
    const endWithNewline = Math.min(line.end + 1, text.text.length);
    builder.keep(line.start, endWithNewline);
  }
  return { header, body: builder.build() };
}
