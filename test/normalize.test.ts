import { describe, expect, it } from 'vitest';
import { normalizeCharacters } from '../src/clean/normalize.js';
import type { MappedText } from '../src/clean/mapped-text.js';

/** What each clean character may stand for in the input. */
const PLAIN_FOR: Record<string, (original: string) => boolean> = {
  '\n': (original) => original === '\n' || original === '\r\n' || original === '\r',
  ' ': (original) => original === ' ' || original === '\t' || /^(?:[\u00A0\u2000-\u200A\u202F\u205F\u3000]|&nbsp;)$/.test(original),
};

/** Every clean character maps back to the input character it is, or the artifact it replaced. */
function expectMapsBack(input: string, clean: MappedText): void {
  for (let index = 0; index < clean.text.length; index++) {
    const char = clean.text[index]!;
    const { start, end } = clean.toInput(index, index + 1);
    const original = input.slice(start, end);
    const ok = original === char || (PLAIN_FOR[char]?.(original) ?? false);
    expect(ok, `clean[${index}] ${JSON.stringify(char)} maps to ${JSON.stringify(original)} at ${start}-${end}`).toBe(true);
  }
  expect(clean.toInput(clean.text.length, clean.text.length).start).toBe(input.length);
}

describe('normalizeCharacters: artifacts cleaned', () => {
  it.each([
    ['CRLF line ends', 'Title\r\nDate\r\n', 'Title\nDate\n'],
    ['lone CR line ends', 'Title\rDate\r', 'Title\nDate\n'],
    ['CR CR LF is two line ends', 'a\r\r\nb', 'a\n\nb'],
    ['a Word bookmark', '[bookmark: _GoBack]Kim said so.', 'Kim said so.'],
    ['an image placeholder', 'Photo [image: kcc.png] here', 'Photo  here'],
    ['a comment mark', 'fine[comment: check]', 'fine'],
    ['a footnote reference', 'rules[footnote ref: 1].', 'rules.'],
    ['a zero-width space', 'design\u200B code', 'design code'],
    ['zero-width joiner and non-joiner', 'a\u200Cb\u200Dc', 'abc'],
    ['a word joiner', 'a\u2060b', 'ab'],
    ['a BOM inside the text', 'x\uFEFFy', 'xy'],
    ['a soft hyphen', 'regu\u00ADlators', 'regulators'],
    ['a no-break space', '2.1\u00A0billion won', '2.1 billion won'],
    ['a no-break space as HTML writes it, left in Markdown', '**Date** 2022-11-14&nbsp;|&nbsp;**Read** 31', '**Date** 2022-11-14 | **Read** 31'],
    ['an em space and a thin space', 'a\u2003b\u2009c', 'a b c'],
    ['a narrow no-break space', '10\u202F%', '10 %'],
    ['a medium mathematical space', 'a\u205Fb', 'a b'],
    ['an ideographic space', '방송\u3000통신', '방송 통신'],
    ['a tab: two spaces, which part the cells of a line', 'Title\tKCC', 'Title  KCC'],
    ['several artifacts together', '\uFEFFTitle\tKCC\u200B\r\n[bookmark: _GoBack]Body\u00A0text.\r\n', 'Title  KCC\nBody text.\n'],
  ])('%s', (_, input, expected) => {
    const clean = normalizeCharacters(input);
    expect(clean.text).toBe(expected);
    expectMapsBack(input, clean);
  });
});

describe('normalizeCharacters: text that is not an artifact stays', () => {
  it.each([
    ['plain text', 'The Korea Communications Commission (KCC) met on June 9.'],
    ['a bracketed note that is no Word artifact', 'the [Attachment 1] table'],
    ['a bracketed bookmark-like word spanning lines', '[bookmark\nnot closed'],
    ['Hangul', '방송통신위원회 보도자료'],
    ['an ordinary hyphen and dashes', 'Kim Min-ho – chairperson — KCC'],
    ['empty', ''],
  ])('%s', (_, input) => {
    const clean = normalizeCharacters(input);
    expect(clean.text).toBe(input);
    expectMapsBack(input, clean);
  });
});

describe('normalizeCharacters: offsets of words found in clean text point into the input', () => {
  const input = '\uFEFFTitle\tKCC meets Ofcom\r\n[bookmark: _GoBack]The two regu\u00ADlators met on\u00A0Wednesday,\u200B March 6.\r\n';
  const clean = normalizeCharacters(input);

  it.each([
    ['KCC meets Ofcom', 'KCC meets Ofcom'],
    ['The two', 'The two'],
    ['regulators', 'regu\u00ADlators'],
    ['on Wednesday', 'on\u00A0Wednesday'],
    ['Wednesday, March 6.', 'Wednesday,\u200B March 6.'],
    ['Ofcom\nThe', 'Ofcom\r\n[bookmark: _GoBack]The'],
  ])('%j is %j in the input', (found, original) => {
    const at = clean.text.indexOf(found);
    expect(at).toBeGreaterThanOrEqual(0);
    const { start, end } = clean.toInput(at, at + found.length);
    expect(input.slice(start, end)).toBe(original);
  });

  it('every clean character maps back', () => expectMapsBack(input, clean));
});
