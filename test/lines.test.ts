import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hangulShare, splitLines, tableRowCells } from '../src/clean/lines.js';

describe('splitLines', () => {
  it.each([
    ['empty text is one empty line', '', [['', 0, 0]]],
    ['one line without a newline', 'Title', [['Title', 0, 5]]],
    ['a trailing newline gives a last empty line', 'Title\n', [['Title', 0, 5], ['', 6, 6]]],
    ['two lines', 'Title\nDate', [['Title', 0, 5], ['Date', 6, 10]]],
    ['a blank line between', 'a\n\nb', [['a', 0, 1], ['', 2, 2], ['b', 3, 4]]],
    ['only newlines', '\n\n', [['', 0, 0], ['', 1, 1], ['', 2, 2]]],
    ['a carriage return is kept in the line (normalize first)', 'a\r\nb', [['a\r', 0, 2], ['b', 3, 4]]],
    ['Hangul lines', '보도자료\n방송', [['보도자료', 0, 4], ['방송', 5, 7]]],
  ])('%s', (_, text, expected) => {
    const lines = splitLines(text);
    expect(lines.map((line) => [line.text, line.start, line.end])).toEqual(expected);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('found inside a longer text: a line and its offsets', () => {
    const text = 'Home > What’s New\nTitle KCC opens a center\nDate 2023-11-02 Read 310\nThe KCC opened a center.';
    const line = splitLines(text).find((candidate) => candidate.text.startsWith('Date'));
    expect(line).toEqual({ text: 'Date 2023-11-02 Read 310', start: 43, end: 67 });
    expect(text.slice(line!.start, line!.end)).toBe(line!.text);
  });

  it('lines and their newlines cover the whole text', () => {
    const text = 'a\nbb\n\nccc\n';
    expect(splitLines(text).map((line) => line.text).join('\n')).toBe(text);
  });
});

describe('hangulShare', () => {
  it.each([
    ['all Hangul', '게시판 보기', 1],
    ['no letters', '2023-01-02 | 12', 0],
    ['empty', '', 0],
    ['all English', 'News & Notice', 0],
    ['half and half', 'ab 가나', 0.5],
    ['a navigation line with a Korean word', 'News & Notice 소식', 2 / 12],
    ['English with a Korean gloss', 'English (영어)', 2 / 9],
    ['Hanja are letters but not Hangul', '放送 방송', 0.5],
    ['circled Hangul and tone marks are Hangul but no letters', '㉠㉡ 〮 가 a', 0.5],
    ['a letter beyond the BMP counts once', '𝐀 가', 0.5],
  ])('%s: %j -> %d', (_, text, share) => {
    expect(hangulShare(text)).toBeCloseTo(share, 10);
  });

  it('is the share of Hangul among the letters, character by character, on any text', () => {
    const perCharacter = (text: string): number => {
      const letters = [...text].filter((char) => /\p{L}/u.test(char));
      return letters.length === 0 ? 0 : letters.filter((char) => /\p{Script=Hangul}/u.test(char)).length / letters.length;
    };
    const char = fc.constantFrom('a', 'Z', ' ', '1', '가', '㉠', '〮', 'ᄀ', '放', '𝐀', 'ſ', '\u0345', '\u200b', '-');
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')), (text) => hangulShare(text) === perCharacter(text)), { numRuns: 2000 });
  });
});

describe('tableRowCells: the cells of a table row', () => {
  it.each<[string, string, string[] | null]>([
    ['cells between bars, trimmed', '| Name | Title |', ['Name', 'Title']],
    ['empty cells kept', '| | Deputy Director |', ['', 'Deputy Director']],
    ['text after the last bar', '| Name | Title', ['Name', 'Title']],
    ['one cell', '| KCC fines three carriers |', ['KCC fines three carriers']],
    ['no row', 'Name | Title', null],
  ])('%s', (_, line, expected) => {
    expect(tableRowCells(line)?.map((cell) => line.slice(cell.from, cell.to)) ?? null).toEqual(expected);
  });
});
