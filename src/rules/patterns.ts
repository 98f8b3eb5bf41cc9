/** Regular expressions built from the words and phrases of rules. */

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words or phrases as one alternation to put inside a group: literal, longest first (so that "Sept"
 * is tried before "Sep"), any run of spaces or hyphens between words matching any other.
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.trim().split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+'))
    .join('|');
}

/** No letter or digit just before: where a word or number starts. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after: where a word or number ends. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * A global pattern that holds only where a lookbehind such as WORD_START holds before it. V8 tests
 * a leading lookbehind at every position of a text, which made the date patterns scan two to three
 * times slower than without it (and compiles its class into each pattern anew); so the pattern is
 * kept without it, and `wordStartMatches` checks each match once.
 */
export interface WordStartPattern {
  readonly body: RegExp;
  /** The lookbehind, tested alone. */
  readonly before: RegExp;
}

/**
 * `source` under `flags` (which must hold `g`), where `lookbehind` holds: by default at the start
 * of a word or number. Every match of the source must start with a whole character: never empty,
 * never at the second half of a surrogate pair (where V8's own scan may look, but a search from an
 * index cannot).
 */
export function atWordStart(source: string, flags: string, lookbehind = WORD_START): WordStartPattern {
  const body = new RegExp(source, flags);
  if (!body.global) throw new TypeError(`a word-start pattern must be global: /${source}/${flags}`);
  return { body, before: lookbehindCheck(lookbehind, body) };
}

const lookbehindChecks = new Map<string, RegExp>();

/** The lookbehind alone, tested at one index, under the flags that bear on it (case, Unicode). */
function lookbehindCheck(lookbehind: string, body: RegExp): RegExp {
  const flags = `${body.ignoreCase ? 'i' : ''}${body.unicode ? 'u' : ''}y`;
  const key = `${flags} ${lookbehind}`;
  let check = lookbehindChecks.get(key);
  if (!check) {
    check = new RegExp(lookbehind, flags);
    lookbehindChecks.set(key, check);
  }
  return check;
}

/** The index after the character at `index`: both halves of a surrogate pair in Unicode mode. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

/**
 * The matches of a global pattern, exactly those of `text.matchAll(pattern)`, but searched by the
 * pattern itself: matchAll searches with a copy, which compiles anew in each process, where the
 * pattern comes compiled in the start-up snapshot. Its lastIndex is set before each search, so that
 * uses of it that interleave do not disturb each other, and is 0 again once the matches are done.
 */
export function* allMatches(text: string, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  // As matchAll does: a pattern that is not global would find its first match for ever.
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  try {
    for (let from = 0; from <= text.length; ) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match === null) return;
      from = match[0] === '' ? nextIndex(text, pattern.lastIndex, pattern.unicode) : pattern.lastIndex;
      yield match;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/**
 * The matches of a word-start pattern: exactly those of `matchAll` with its lookbehind written
 * before its source. A match where the lookbehind fails is dropped, and the search resumes one
 * character after its start.
 */
export function* wordStartMatches(text: string, { body, before }: WordStartPattern): Generator<RegExpExecArray, void, undefined> {
  // The pattern itself searches, as in allMatches.
  try {
    for (let from = 0; from <= text.length; ) {
      body.lastIndex = from;
      const match = body.exec(text);
      if (match === null) return;
      before.lastIndex = match.index;
      if (!before.test(text)) {
        from = nextIndex(text, match.index, body.unicode);
        continue;
      }
      // A guard against searching for ever, for a source that breaks the rule of atWordStart.
      from = match[0] === '' ? nextIndex(text, body.lastIndex, body.unicode) : body.lastIndex;
      yield match;
    }
  } finally {
    body.lastIndex = 0;
  }
}

/** The first match of a word-start pattern, or null. */
export const firstWordStartMatch = (text: string, pattern: WordStartPattern): RegExpExecArray | null => wordStartMatches(text, pattern).next().value ?? null;
