import { wordStartMatches, type WordStartPattern } from '../../rules/patterns.js';

/**
 * Place phrases after an introducer ("at", "in", "visited"): "at the Gwacheon Government Complex",
 * "at El Tower in Yangjae-dong", "at The Plaza hotel". Scanned word by word (no backtracking):
 * capitalized words, with "of", "for", "and", "&" between them, short asides in parentheses, and
 * a trailing lower-case head word ("hotel").
 */
export interface PlacePhrase {
  /** The name as written: offsets into the scanned text. */
  from: number;
  to: number;
  /** Lower-case words of the name; the last is the head ("complex", "tower"). */
  words: string[];
  /** Lower-case word before the introducer ("fire" in "a fire at the X Data Center"), or null. */
  before: string | null;
  /** A place named right after: "in Yangjae-dong" of "El Tower in Yangjae-dong", "Seoul" of "Jung-gu, Seoul". */
  within: PlacePhrase | null;
  /** Named after a room of it ("the main auditorium of the KCSC"): a building, whatever its name. */
  afterRoom: boolean;
}

const ARTICLE = /the\s+/y;
/** A word of a name, with a plural possessive's apostrophe ("Viewers' Media Foundation Center"). */
const WORD = /[\p{L}\p{N}]+(?:[&'’+.-][\p{L}\p{N}]+)*(?:(?<=s)['’](?=\s))?/uy;
const CONNECTOR = /(?:of|for|and|de|&)\s+/y;
const SPACE = /[ \t]+/y;
/** A short aside inside a name, which it goes on after: a floor, an acronym ("Grand Ballroom (4F) of ...", "... Commission (FCC) headquarters"). */
const ASIDE = /[ \t]*\([^()\s]{1,10}\)/y;
const WITHIN = /,?\s+(in)\s+|,\s+/y;
const WORD_BEFORE = /([\p{L}]+)\s*$/u;

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const UPPER_FIRST = /^\p{Lu}/u;
const DIGIT_FIRST = /^\d/;
const capitalized = (word: string): boolean => UPPER_FIRST.test(word);

/** The capitalized name starting at `at`, or null. */
function nameAt(text: string, at: number, heads: ReadonlySet<string>): { from: number; to: number; words: string[] } | null {
  const from = at + (sticky(ARTICLE, text, at)?.[0].length ?? 0);
  const first = sticky(WORD, text, from);
  if (!first || !capitalized(first[0])) return null;
  const words = [first[0]];
  let to = from + first[0].length;
  for (;;) {
    const aside = sticky(ASIDE, text, to);
    const spaceAt = to + (aside?.[0].length ?? 0);
    const space = sticky(SPACE, text, spaceAt);
    if (!space) break;
    const next = spaceAt + space[0].length;
    const connector = sticky(CONNECTOR, text, next);
    // "Palace of the Parliament": an article after a connector, before a capitalized word.
    const article = connector ? sticky(ARTICLE, text, next + connector[0].length) : null;
    const wordAt = next + (connector?.[0].length ?? 0) + (article?.[0].length ?? 0);
    const word = sticky(WORD, text, wordAt);
    if (!word) break;
    const isName = capitalized(word[0]) || DIGIT_FIRST.test(word[0]);
    if (!isName && (connector || !heads.has(word[0].toLowerCase()))) break;
    if (connector) words.push(connector[0].trim());
    if (article) words.push(article[0].trim());
    words.push(word[0]);
    to = wordAt + word[0].length;
    if (!isName) break;
  }
  return { from, to, words: words.map((word) => word.toLowerCase()) };
}

/**
 * The name of the building after a room of it, written in lower case: "the main conference room of
 * the Government Complex Gwacheon". `room` is sticky and matches up to the name.
 */
function nameAfterRoom(text: string, at: number, heads: ReadonlySet<string>, room: RegExp): { from: number; to: number; words: string[] } | null {
  const found = sticky(room, text, at);
  return found ? nameAt(text, at + found[0].length, heads) : null;
}

/** `introducers` matches an introducer and the space after it; `room` a room of a building before its name. */
export function placePhrases(text: string, introducers: WordStartPattern, heads: ReadonlySet<string>, room: RegExp): PlacePhrase[] {
  const phrases: PlacePhrase[] = [];
  let consumed = 0;
  for (const match of wordStartMatches(text, introducers)) {
    if (match.index < consumed) continue;
    const at = match.index + match[0].length;
    const plain = nameAt(text, at, heads);
    const name = plain ?? nameAfterRoom(text, at, heads, room);
    if (!name) continue;
    const within = sticky(WITHIN, text, name.to);
    const inner = within ? nameAt(text, name.to + within[0].length, heads) : null;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1]?.toLowerCase() ?? null;
    const introducer = within?.[1] === undefined ? ',' : 'in';
    phrases.push({ ...name, before, within: inner ? { ...inner, before: introducer, within: null, afterRoom: false } : null, afterRoom: plain === null });
    consumed = inner?.to ?? name.to;
  }
  return phrases;
}
