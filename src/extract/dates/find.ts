import { oncePer } from '../../once.js';
import { allMatches, wordStartMatches } from '../../rules/patterns.js';
import { AFTER_ORDINAL_DAY, buildParsers, type Parser } from './parsers.js';
import { isDayPrecise, type Found } from './reading.js';
import { meaningOf, type DateRules } from './rules.js';

/**
 * Every date expression of a string, with [from, to) offsets into it: the parsers' matches, then
 * refiners that attach what belongs to a day (a weekday in parentheses, a time of day), then the
 * longest of overlapping matches.
 */

/** Context words before a date never run longer than this; slicing keeps `$`-anchored tests linear. */
const LOOK_BEHIND = 48;

interface Refiners {
  parsers: Parser[];
  weekdayAfter: RegExp;
  timeAfter: RegExp;
  timeBefore: RegExp;
}

/** The day after a weekday: "(13th)", ", the 3rd" (not "the 3rd floor"). */
const DAY_AFTER_WEEKDAY = new RegExp(
  String.raw`^\s*\((?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\)` +
    String.raw`|^,\s*the\s+(?<nth>\d{1,2})(?:st|nd|rd|th)` +
    AFTER_ORDINAL_DAY,
  'iu',
);

const TIME = '\\d{1,2}(?::\\d{2})?\\s?(?:[ap]\\.m\\.|[ap]m)(?![\\p{L}])|\\d{1,2}:\\d{2}(?![\\p{N}])';

const refinersOf = oncePer(
  (rules: DateRules): Refiners => ({
    parsers: buildParsers(rules),
    weekdayAfter: new RegExp(`^\\s*\\((?<wd>${rules.weekdaysBeside.source})\\)`, 'iu'),
    timeAfter: new RegExp(`^,?\\s+(?:at\\s+)?(?:${TIME})`, 'iu'),
    timeBefore: new RegExp(`(?:(?<![\\p{L}])at\\s+(?:${TIME})\\s+on|(?<![\\p{L}])(?:the\\s+)?(?:${rules.dayParts})\\s+of)\\s+$`, 'iu'),
  }),
);

function parse(text: string, parsers: readonly Parser[]): Found[] {
  const found: Found[] = [];
  // Several parsers need the same words: search for them once.
  const held = new Map<RegExp, boolean>();
  const holds = (words: RegExp): boolean => {
    let result = held.get(words);
    if (result === undefined) {
      result = words.test(text);
      held.set(words, result);
    }
    return result;
  };
  for (const parser of parsers) {
    if (parser.needs && !holds(parser.needs)) continue;
    for (const match of parser.pattern instanceof RegExp ? allMatches(text, parser.pattern) : wordStartMatches(text, parser.pattern)) {
      const groups = match.groups ?? {};
      const reading = parser.read(groups);
      if (!reading) continue;
      const span = parser.spans?.map((name) => match.indices?.groups?.[name]).find((indices) => indices !== undefined);
      const [from, to] = span ?? [match.index, match.index + match[0].length];
      found.push({ from, to, rule: parser.id, reading });
    }
  }
  return found;
}

/**
 * A weekday in parentheses after a day ("June 9 (Fri)"), the day after a weekday ("on Wednesday
 * (13th)", "on Tuesday, the 3rd"), and a time of day before or after it.
 */
function refine(found: Found, text: string, rules: DateRules, refiners: Refiners): Found {
  const { reading } = found;
  let { from, to } = found;
  if (reading.kind === 'weekday' && reading.shift === null) {
    const match = DAY_AFTER_WEEKDAY.exec(text.slice(to, to + LOOK_BEHIND));
    const day = Number(match?.groups?.d ?? match?.groups?.nth);
    if (match && day >= 1 && day <= 31) {
      return refine({ ...found, to: to + match[0].length, reading: { kind: 'day-of-month', day, weekday: reading.weekday } }, text, rules, refiners);
    }
  }
  if ((reading.kind === 'day' || reading.kind === 'day-of-month') && reading.weekday === null) {
    const match = refiners.weekdayAfter.exec(text.slice(to));
    const weekday = meaningOf(rules.weekdaysBeside, match?.groups?.wd);
    if (match && weekday !== null) return refine({ ...found, to: to + match[0].length, reading: { ...reading, weekday } }, text, rules, refiners);
  }
  if (!isDayPrecise(reading)) return found;
  const after = refiners.timeAfter.exec(text.slice(to, to + LOOK_BEHIND));
  if (after) to += after[0].length;
  const before = refiners.timeBefore.exec(text.slice(Math.max(0, from - LOOK_BEHIND), from));
  if (before) from -= before[0].length;
  return { ...found, from, to };
}

/** The longest of overlapping expressions; between equals, the parser listed first. */
function longest(found: readonly Found[], order: readonly string[]): Found[] {
  const sorted = [...found].sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from) || order.indexOf(a.rule) - order.indexOf(b.rule));
  const kept: Found[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (last && candidate.from < last.to) {
      if (candidate.to - candidate.from > last.to - last.from) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

export function findDates(text: string, rules: DateRules): Found[] {
  const refiners = refinersOf(rules);
  const order = refiners.parsers.map((parser) => parser.id);
  return longest(
    parse(text, refiners.parsers).map((found) => refine(found, text, rules, refiners)),
    order,
  );
}
