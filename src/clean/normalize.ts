import { allMatches } from '../rules/patterns.js';
import { htmlPageText } from './html.js';
import { MappedText } from './mapped-text.js';

/**
 * Character-level artifacts of Word conversion and web capture. Each is either dropped or replaced
 * by a plain equivalent; the map back to the input is kept.
 */
const ARTIFACT =
  /\r\n?|\[(?:bookmark|image|comment|footnote ref)[^\]\n]{0,200}\]|[\u200B-\u200D\u2060\uFEFF\u00AD]|[\u00A0\u2000-\u200A\u202F\u205F\u3000]|&(?:nbsp|#160|#x[aA]0);|\t/g;

function replacementFor(artifact: string): string {
  if (artifact.startsWith('\r')) return '\n';
  // A tab parts the cells of a Word table (a letterhead: "Embargo: upon distribution<tab>Date: ..."),
  // and two spaces are what parts cells in text.
  if (artifact === '\t') return '  ';
  // A no-break space, also as HTML writes it where a page was turned into Markdown ("&nbsp;|&nbsp;").
  if (/^(?:[\u00A0\u2000-\u200A\u202F\u205F\u3000]|&.*;)$/.test(artifact)) return ' ';
  return '';
}

/** The input's characters cleaned; an HTML page is first read as the text it shows. */
export function normalizeCharacters(input: string): MappedText {
  const source = htmlPageText(input) ?? MappedText.identity(input);
  const { text } = source;
  const out = source.derive();
  let last = 0;
  for (const match of allMatches(text, ARTIFACT)) {
    out.keep(last, match.index).replace(match.index, match.index + match[0].length, replacementFor(match[0]));
    last = match.index + match[0].length;
  }
  return out.keep(last, text.length).build();
}
