import { createRequire } from 'node:module';

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: DecodeWarning[] }
  | { ok: false; problem: string };

export interface DecodeWarning {
  code: string;
  message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

let iconv: typeof import('iconv-lite') | undefined;

/**
 * Text in a legacy encoding, by iconv-lite loaded from disk on first use: its encoding tables are
 * half a megabyte of source that every run from the start-up snapshot would otherwise deserialize,
 * while nearly all inputs are UTF-8.
 */
function decodeLegacy(bytes: Uint8Array, encoding: 'cp949' | 'windows-1252'): string {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconv.decode(Buffer.from(bytes), encoding);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Bytes after which a UTF-8 sequence is left unfinished, if the end of the input is cut in one. */
function cutUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * CP949 text is made of byte pairs; in Korean text most fall in the KS X 1001 block (both bytes
 * 0xA1-0xFE). Windows-1252 punctuation (0x91-0x97) before ASCII letters does not.
 */
function looksLikeCp949(bytes: Uint8Array): boolean {
  let pairs = 0;
  let ksPairs = 0;
  for (let index = 0; index < bytes.length; index++) {
    const lead = bytes[index]!;
    if (lead < 0x81) continue;
    const trail = bytes[index + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xfe && trail >= 0xa1 && trail <= 0xfe) ksPairs++;
    index++;
  }
  return pairs > 0 && ksPairs / pairs >= 0.8;
}

/** Files that users convert releases from, known by their first bytes, and what to call them. */
const DOCUMENT_SIGNATURES: ReadonlyArray<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (a DOCX or HWPX document is one)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'a compound document (a DOC or HWP file)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' },
];

/** Share of UTF-16 code units with a zero byte on the other side at most, for text read as UTF-16 without a BOM. */
const MAX_STRAY_ZEROS = 0.02;
/** Share of code units with a zero byte at least: text of mostly Latin letters and digits. */
const MIN_ZEROS = 0.3;

/**
 * UTF-16 without a byte-order mark, as some Windows tools write it: in text of mostly Latin
 * letters, every other byte is zero, and always on the same side of the code unit.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  if (oddZeros >= units * MIN_ZEROS && evenZeros <= units * MAX_STRAY_ZEROS) return 'utf-16le';
  if (evenZeros >= units * MIN_ZEROS && oddZeros <= units * MAX_STRAY_ZEROS) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

/**
 * Text from bytes: UTF-8 (BOM or not), UTF-16 (BOM or not), CP949, else Windows-1252; binary is
 * refused, and documents that releases come in (PDF, DOCX, HWP) are named.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'empty file' };
  if (startsWith(bytes, [0xff, 0xfe])) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const document = DOCUMENT_SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (document) return { ok: false, problem: `${document.name}, not text: convert it to text first` };
  if (bytes.includes(0)) {
    const utf16 = bomlessUtf16(bytes);
    if (!utf16) return { ok: false, problem: 'binary file (it contains NUL bytes), not text' };
    const label = utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return checked(new TextDecoder(utf16).decode(bytes), utf16, [
      { code: 'encoding-guessed', message: `the input has no byte-order mark; it was read as ${label}` },
    ]);
  }

  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const whole = tryUtf8(body);
  if (whole !== null) return checked(whole, hasBom ? 'utf-8-bom' : 'utf-8');

  const cut = cutUtf8Tail(body);
  const complete = cut > 0 ? tryUtf8(body.subarray(0, body.length - cut)) : null;
  if (complete !== null) {
    return checked(complete, hasBom ? 'utf-8-bom' : 'utf-8', [
      { code: 'truncated-utf8', message: `the input ends in the middle of a UTF-8 character (${cut} byte(s) dropped)` },
    ]);
  }
  if (looksLikeCp949(body)) return checked(decodeLegacy(body, 'cp949'), 'cp949');
  return checked(decodeLegacy(body, 'windows-1252'), 'windows-1252', [
    { code: 'encoding-guessed', message: 'the input is not valid UTF-8 nor CP949; it was read as Windows-1252' },
  ]);
}

function checked(text: string, encoding: string, warnings: DecodeWarning[] = []): Decoded {
  if (text.trim() === '') return { ok: false, problem: 'no text (the file holds only white space)' };
  if (controlShare(text) > 0.05) return { ok: false, problem: 'binary file (control characters), not text' };
  return { ok: true, text, encoding, warnings };
}
