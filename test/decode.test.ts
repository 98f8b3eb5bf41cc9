import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type Decoded } from '../src/io/decode.js';

const TEXT = 'Title KCC’s “AI basic act” briefing\nDate 2024-01-30 Read 12\nThe KCC held a briefing.\n';
const KOREAN = '방송통신위원회 보도자료\nTitle KCC holds a policy briefing in Busan\n부산에서 정책 설명회를 열었다.\n';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));
const utf16be = (text: string): Uint8Array => {
  const little = Buffer.from(text, 'utf16le');
  for (let index = 0; index < little.length; index += 2) [little[index], little[index + 1]] = [little[index + 1]!, little[index]!];
  return little;
};

function ok(decoded: Decoded): Extract<Decoded, { ok: true }> {
  if (!decoded.ok) throw new Error(`expected text, got: ${decoded.problem}`);
  return decoded;
}

describe('decodeBytes: text decoded', () => {
  it.each([
    ['UTF-8 without BOM', utf8(TEXT), TEXT, 'utf-8'],
    ['UTF-8 with BOM (the BOM is not text)', bytes([0xef, 0xbb, 0xbf], utf8(TEXT)), TEXT, 'utf-8-bom'],
    ['UTF-8 Korean', utf8(KOREAN), KOREAN, 'utf-8'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], Buffer.from(TEXT, 'utf16le')), TEXT, 'utf-16le'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16be(TEXT)), TEXT, 'utf-16be'],
    ['UTF-16 LE Korean', bytes([0xff, 0xfe], Buffer.from(KOREAN, 'utf16le')), KOREAN, 'utf-16le'],
    ['CP949 Korean', iconv.encode(KOREAN, 'cp949'), KOREAN, 'cp949'],
    ['CP949 with a character outside EUC-KR (똠)', iconv.encode('똠방각하 보도자료\nThe KCC met.', 'cp949'), '똠방각하 보도자료\nThe KCC met.', 'cp949'],
    ['plain ASCII', utf8('The KCC met on Friday.'), 'The KCC met on Friday.', 'utf-8'],
    ['a form feed is text, not binary', utf8('Page one\fPage two'), 'Page one\fPage two', 'utf-8'],
  ])('%s', (_, input, text, encoding) => {
    expect(ok(decodeBytes(input))).toEqual({ ok: true, text, encoding, warnings: [] });
  });

  it.each([
    ['UTF-16 LE', Buffer.from(TEXT, 'utf16le'), TEXT, 'utf-16le', 'UTF-16 LE'],
    ['UTF-16 BE', utf16be(TEXT), TEXT, 'utf-16be', 'UTF-16 BE'],
    ['UTF-16 LE with Korean lines', Buffer.from(KOREAN, 'utf16le'), KOREAN, 'utf-16le', 'UTF-16 LE'],
  ])('%s without a BOM, with a warning that the encoding was guessed', (_, input, text, encoding, label) => {
    expect(ok(decodeBytes(input))).toEqual({ ok: true, text, encoding, warnings: [{ code: 'encoding-guessed', message: expect.stringContaining(label) }] });
  });

  it('Windows-1252 curly quotes, with a warning that the encoding was guessed', () => {
    const decoded = ok(decodeBytes(iconv.encode(TEXT, 'windows-1252')));
    expect(decoded.text).toBe(TEXT);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings.map((warning) => warning.code)).toEqual(['encoding-guessed']);
  });

  it.each([
    ['one byte of a three-byte character', bytes(utf8('Title KCC meets Japan’s ministry ’'), []).slice(0, -2), 1],
    ['two bytes of a three-byte character', bytes(utf8('Title KCC meets Japan’s ministry ’')).slice(0, -1), 2],
    ['the lead byte of a two-byte character', bytes(utf8('Caf'), [0xc3]), 1],
    ['three bytes of an emoji', bytes(utf8('KCC 😀')).slice(0, -1), 3],
  ])('UTF-8 cut in the middle of a character at the end (%s) still decodes, with a warning', (_, input, dropped) => {
    const decoded = ok(decodeBytes(input));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual([{ code: 'truncated-utf8', message: expect.stringContaining(`${dropped} byte(s) dropped`) }]);
    expect(utf8(decoded.text)).toEqual(input.slice(0, input.length - dropped));
  });

  it('a cut UTF-8 file with a BOM keeps its encoding name', () => {
    const decoded = ok(decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8('KCC ’').slice(0, -1))));
    expect(decoded).toMatchObject({ text: 'KCC ', encoding: 'utf-8-bom', warnings: [{ code: 'truncated-utf8' }] });
  });

  it('a broken UTF-8 sequence in the middle is no truncation', () => {
    const decoded = ok(decodeBytes(bytes(utf8('KCC '), [0xe2, 0x80], utf8(' met on Friday.'))));
    expect(decoded.warnings.map((warning) => warning.code)).not.toContain('truncated-utf8');
    expect(decoded.encoding).not.toBe('utf-8');
  });
});

describe('decodeBytes: refused', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty file'],
    ['white space only', utf8('  \n\t\r\n   \n'), 'white space'],
    ['a UTF-8 BOM and nothing else', bytes([0xef, 0xbb, 0xbf]), 'white space'],
    ['a UTF-16 BOM and nothing else', bytes([0xff, 0xfe]), 'white space'],
    ['UTF-16 spaces only', bytes([0xff, 0xfe], Buffer.from('   \n', 'utf16le')), 'white space'],
    ['NUL bytes', bytes([0x89], utf8('PNG\r\n'), [0x1a, 0x0a, 0, 0, 0, 0x0d], utf8('IHDR')), 'NUL'],
    ['UTF-16 without a BOM, of an odd length', bytes(Buffer.from('Title KCC', 'utf16le'), [0x41]), 'NUL'],
    ['zeros on both sides of the code units', bytes(utf8('AB'), [0, 0, 0, 0], utf8('CD'), [0, 0, 0x41, 0], utf8('E'), [0]), 'NUL'],
    ['a PDF document', bytes(utf8('%PDF-1.7\n%'), [0xe2, 0xe3, 0xcf, 0xd3], utf8('\n1 0 obj\n')), 'a PDF document, not text: convert it to text first'],
    ['a DOCX document', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], utf8('[Content_Types].xml')), 'a ZIP archive (a DOCX or HWPX document is one)'],
    ['an HWP document', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'a compound document (a DOC or HWP file)'],
    ['an RTF document', utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} The KCC met.}'), 'an RTF document'],
    ['control-character binary', bytes([1, 2, 3, 4, 5, 6, 7, 8], utf8('ABC'), [14, 15, 16, 17, 18, 19, 20, 21, 22]), 'control characters'],
    ['text with a run of control characters', bytes(utf8('The KCC met.'), [1, 2, 3, 4, 5, 6]), 'control characters'],
  ])('%s', (_, input, problem) => {
    const decoded = decodeBytes(input);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toContain(problem);
  });

  it('a few stray control characters in a long text are tolerated', () => {
    const text = `${'The KCC met on Friday. '.repeat(10)}\u0007`;
    expect(ok(decodeBytes(utf8(text))).text).toBe(text);
  });
});
