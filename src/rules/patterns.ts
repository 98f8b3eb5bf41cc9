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
 * The matches of a global pattern from the start of `text` that `accept` keeps. A match it drops is
 * searched past from one character after its start; an empty match, from one character after it.
 * The pattern itself searches, not a copy as matchAll makes: a copy compiles anew in each process,
 * where the pattern comes compiled in the start-up snapshot. Its lastIndex is set before each
 * search, so that uses of it that interleave do not disturb each other, and is 0 again at the end.
 */
function* searches(text: string, pattern: RegExp, accept: (match: RegExpExecArray) => boolean): Generator<RegExpExecArray, void, undefined> {
  try {
    for (let from = 0; from <= text.length; ) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match === null) return;
      if (!accept(match)) {
        from = nextIndex(text, match.index, pattern.unicode);
        continue;
      }
      from = match[0] === '' ? nextIndex(text, pattern.lastIndex, pattern.unicode) : pattern.lastIndex;
      yield match;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}

/** The matches of a global pattern, exactly those of `text.matchAll(pattern)`, searched as `searches` does. */
export function allMatches(text: string, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  // As matchAll does: a pattern that is not global would find its first match for ever.
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  return searches(text, pattern, () => true);
}

/**
 * The matches of a word-start pattern: exactly those of `matchAll` with its lookbehind written
 * before its source. A match where the lookbehind fails is dropped, and the search resumes one
 * character after its start.
 */
export function wordStartMatches(text: string, { body, before }: WordStartPattern): Generator<RegExpExecArray, void, undefined> {
  return searches(text, body, (match) => {
    before.lastIndex = match.index;
    return before.test(text);
  });
}

/** The first match of a word-start pattern, or null. */
export const firstWordStartMatch = (text: string, pattern: WordStartPattern): RegExpExecArray | null => wordStartMatches(text, pattern).next().value ?? null;
