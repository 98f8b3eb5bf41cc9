import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { allMatches } from '../rules/patterns.js';
import { MappedText, type MappedTextBuilder } from './mapped-text.js';

/**
 * A web page saved as HTML, read as the text a browser shows: tags, comments and the contents of
 * the page's head and scripts are dropped, character references are decoded, white space collapses,
 * and blocks, rows and cells become lines and " | " as in a page captured as text, so that the rest
 * of the pipeline reads both alike. Every character still maps to the input it came from.
 */

/**
 * Pages written in Windows-1252 refer to its punctuation by byte ("users&#146; rights"): the HTML
 * standard reads references to 0x80-0x9F, which are control codes in Unicode, as these characters,
 * as browsers do. The other five of the range stay what micromark's decoder makes of them.
 */
const WINDOWS_1252_REFERENCES: ReadonlyMap<number, string> = new Map([
  [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'], [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'],
  [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
]);

function numericReference(digits: string, base: 10 | 16): string {
  return WINDOWS_1252_REFERENCES.get(Number.parseInt(digits, base)) ?? decodeNumericCharacterReference(digits, base);
}

/** The start of a whole HTML document (an XML declaration may come first), not HTML inside Markdown. */
const HTML_DOCUMENT = /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[^]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * A comment (maybe never closed), a declaration or processing instruction, or a tag with its name;
 * attribute values in quotes may hold ">". Each alternative starts differently, so none backtracks.
 */
const MARKUP = /<!--[^]*?(?:-->|$)|<[!?][^>]*>?|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g;
const CHARACTER_REFERENCE = /&(?:#([0-9]{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;
const SPACES = /[ \t\n\r\f]+/g;

/** Elements whose contents are no part of the page's text. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'select', 'iframe', 'object']);
/** Their closing tags, searched for from the opening tag on. */
const CLOSING_TAGS = new Map([...HIDDEN].map((name) => [name, new RegExp(`</${name}\\s*>`, 'ig')]));
/** Elements that start a paragraph of their own. */
const BLOCKS = new Set(
  'address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main nav ol p pre section summary table tbody thead tfoot ul'.split(
    ' ',
  ),
);
/** Elements that start a line of their own. */
const LINES = new Set(['br', 'li', 'tr', 'caption', 'option']);
const CELLS = new Set(['td', 'th']);

export function isHtmlDocument(input: string): boolean {
  return HTML_DOCUMENT.test(input);
}

/** The text of an HTML document, mapped to it; null when the input is not one. */
export function htmlPageText(input: string): MappedText | null {
  if (!isHtmlDocument(input)) return null;
  const writer = new TextWriter(MappedText.identity(input).derive());
  const closings = new ClosingTags(input);
  let preformatted = 0;
  let at = 0;
  MARKUP.lastIndex = 0;
  for (let markup = MARKUP.exec(input); markup; markup = MARKUP.exec(input)) {
    writer.text(input, at, markup.index, preformatted > 0);
    at = MARKUP.lastIndex;
    const [whole, closing, rawName, attributes] = markup;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (!closing && HIDDEN.has(name) && !attributes?.endsWith('/')) {
      const end = closings.endAfter(name, at);
      if (end !== null) at = MARKUP.lastIndex = end;
      continue;
    }
    if (name === 'pre') preformatted = Math.max(0, preformatted + (closing ? -1 : 1));
    const from = markup.index;
    const to = from + whole.length;
    if (BLOCKS.has(name)) writer.breakLine(2, from, to);
    else if (LINES.has(name) && !(closing && name === 'br')) writer.breakLine(1, from, to);
    else if (CELLS.has(name) && !closing) writer.cell(from, to);
  }
  MARKUP.lastIndex = 0;
  writer.text(input, at, input.length, preformatted > 0);
  return writer.build();
}

/**
 * The closing tags of hidden elements, each name searched for once per closing tag rather than from
 * every opening tag (the document is read forward, so a tag found stays the next until passed).
 */
class ClosingTags {
  private readonly next = new Map<string, { start: number; end: number } | null>();

  constructor(private readonly input: string) {}

  /** Where the hidden element's closing tag after `from` ends; null when there is none (the head's is optional). */
  endAfter(name: string, from: number): number | null {
    let found = this.next.get(name);
    const pattern = CLOSING_TAGS.get(name);
    if (pattern && (found === undefined || (found !== null && found.start < from))) {
      pattern.lastIndex = from;
      const match = pattern.exec(this.input);
      pattern.lastIndex = 0;
      found = match ? { start: match.index, end: match.index + match[0].length } : null;
      this.next.set(name, found);
    }
    if (found) return found.end;
    return name === 'head' ? null : this.input.length;
  }
}

/** Writes text as a browser lays it out: one space for a run of white space, breaks only between text. */
class TextWriter {
  /** Line breaks owed before the next text (2: a blank line), with the markup they stand for. */
  private pendingBreaks = 0;
  private breakAt = { from: 0, to: 0 };
  private pendingSpace: { from: number; to: number } | null = null;
  private pendingCell: { from: number; to: number } | null = null;
  private written = false;
  private lineHasText = false;

  constructor(private readonly out: MappedTextBuilder) {}

  breakLine(count: number, from: number, to: number): void {
    this.pendingSpace = null;
    this.pendingCell = null;
    this.lineHasText = false;
    if (count > this.pendingBreaks) {
      this.pendingBreaks = count;
      this.breakAt = { from, to };
    }
  }

  cell(from: number, to: number): void {
    if (this.lineHasText) this.pendingCell = { from, to };
    this.pendingSpace = null;
  }

  text(input: string, from: number, to: number, preformatted: boolean): void {
    if (preformatted) {
      this.decoded(input, from, to);
      return;
    }
    // Searched in the piece alone: searching the input from `from` could read far past `to`.
    const piece = input.slice(from, to);
    let at = from;
    for (const space of allMatches(piece, SPACES)) {
      const start = from + space.index;
      this.decoded(input, at, start);
      if (this.lineHasText) this.pendingSpace = { from: start, to: start + space[0].length };
      at = start + space[0].length;
    }
    this.decoded(input, at, to);
  }

  build(): MappedText {
    return this.out.build();
  }

  /** Text without white space runs, its character references decoded. */
  private decoded(input: string, from: number, to: number): void {
    if (to <= from) return;
    this.flushPending();
    let at = from;
    for (const reference of allMatches(input.slice(from, to), CHARACTER_REFERENCE)) {
      const start = from + reference.index;
      const end = start + reference[0].length;
      const [, decimal, hexadecimal, named] = reference;
      const character =
        decimal !== undefined
          ? numericReference(decimal, 10)
          : hexadecimal !== undefined
            ? numericReference(hexadecimal, 16)
            : decodeNamedCharacterReference(named ?? '');
      if (character === false) continue;
      this.out.keep(at, start).replace(start, end, character);
      at = end;
    }
    this.out.keep(at, to);
    this.lineHasText = true;
  }

  private flushPending(): void {
    if (this.pendingBreaks > 0 && this.written) this.out.replace(this.breakAt.from, this.breakAt.to, '\n'.repeat(this.pendingBreaks));
    else if (this.pendingCell) this.out.replace(this.pendingCell.from, this.pendingCell.to, ' | ');
    else if (this.pendingSpace) this.out.replace(this.pendingSpace.from, this.pendingSpace.to, ' ');
    this.pendingBreaks = 0;
    this.pendingCell = null;
    this.pendingSpace = null;
    this.written = true;
  }
}
