import { atWordStart, WORD_END, type WordStartPattern } from '../../rules/patterns.js';
import { isCalendarDay, isMonthDay } from './calendar.js';
import type { Reading } from './reading.js';
import { meaningOf, type DateRules, type WordTable } from './rules.js';

/**
 * Parsers in the manner of chrono: each knows one way a date is written. Patterns are built from
 * the word lists of dates.yaml; every quantifier sits between fixed tokens, so none backtracks
 * more than linearly. A parser returns null for a match that is no real date ("June 31").
 */

type Groups = Readonly<Record<string, string | undefined>>;

export interface Parser {
  id: string;
  pattern: RegExp | WordStartPattern;
  read(groups: Groups): Reading | null;
  /** Captures that are the expression itself when the match also holds a cue ("on", "in"); the first that matched. */
  spans?: readonly string[];
  /**
   * Words that every match holds. Most text names no month or weekday, and one search for such a
   * word is much cheaper than running the patterns that need one.
   */
  needs?: RegExp;
}

const E = WORD_END;
const ORD = '(?:st|nd|rd|th)?';
/**
 * What may follow an ordinal day ("on the 21st", "Tuesday, the 3rd"): punctuation, a dash, the end,
 * or a word that goes on with the sentence; not a noun ("the 3rd floor", "the 15th anniversary").
 */
export const AFTER_ORDINAL_DAY =
  `(?=\\s*(?:[,.;:()]|$)|\\s+[-–—](?:\\s|$)|\\s+(?:at|in|and|to|that|with|for|a|an|the|its|their|his|her|our|under|as|after|before|amid|following|during|when|while|by|from|via)${E})`;
const YEAR = '(?:19|20)\\d{2}';
/** A day number: not part of a longer number, a percentage or a decimal. */
const DAY = `\\d{1,2}${ORD}(?![\\p{L}\\p{N}%]|[.,]\\d)`;

const FLAGS = 'giud';
const regExp = (source: string): RegExp => new RegExp(source, FLAGS);
/** Where a word or number starts, as nearly every date does. */
const wordStart = (source: string): { pattern: WordStartPattern } => ({ pattern: atWordStart(source, FLAGS) });
/** Any word of a table, with the flags of `regExp` that bear on what matches. */
const anyOf = (words: WordTable<unknown>): RegExp => new RegExp(words.source, 'iu');

/** Month names are capitalized: "may" in lower case is the verb ("30 may apply"). */
const monthOf = (rules: DateRules, text: string | undefined): number | null => (text === undefined || text === text.toLowerCase() ? null : meaningOf(rules.months, text));
const number = (text: string | undefined): number | null => (text === undefined ? null : Number.parseInt(text, 10));

/** A day reading from written parts, or null when the parts are no calendar day. */
function dayReading(g: Groups, rules: DateRules): Reading | null {
  const month = monthOf(rules, g.m) ?? number(g.mn);
  const day = number(g.d);
  const year = number(g.y);
  if (month === null || day === null || !isMonthDay(month, day)) return null;
  if (year !== null && !isCalendarDay({ year, month, day })) return null;
  const endMonth = monthOf(rules, g.m2) ?? number(g.mn2) ?? month;
  const endDay = number(g.d2);
  if (endDay !== null && !isMonthDay(endMonth, endDay)) return null;
  const end = endDay === null ? null : { year: number(g.y2), month: endMonth, day: endDay };
  return { kind: 'day', year, month, day, weekday: meaningOf(rules.weekdaysBeside, g.wd), end };
}

/** "between January and June 2024", "December 2023 to March 2024": not "in January and June", two months. */
function monthRangeReading(g: Groups, rules: DateRules): Reading | null {
  const month = monthOf(rules, g.m);
  const endMonth = monthOf(rules, g.m2);
  if (month === null || endMonth === null) return null;
  if (g.sep?.trim().toLowerCase() === 'and' && g.between === undefined) return null;
  const endYear = number(g.y2);
  const wraps = endMonth < month;
  const year = number(g.y) ?? (endYear === null ? null : endYear - (wraps ? 1 : 0));
  const last = endYear ?? (year === null ? null : year + (wraps ? 1 : 0));
  // Not a range: "June to June", "March 2024 to January 2023".
  if (year !== null && last !== null ? last * 12 + endMonth <= year * 12 + month : endMonth === month) return null;
  return { kind: 'month-range', year, month, end: { year: endYear, month: endMonth } };
}

export function buildParsers(rules: DateRules): Parser[] {
  const month = (name: string): string => `(?<${name}>${rules.months.source})`;
  const weekdayBefore = `(?:(?<wd>${rules.weekdaysBeside.source}),?\\s+)?`;
  // "from Monday, June 3 to Wednesday, June 5": the end's weekday, before its month.
  const weekdayOfEnd = `(?:(?:${rules.weekdaysBeside.source}),?\\s+)?`;
  // A weekday in parentheses after a day written in numbers: "2021. 9. 14.(Tue)", "9. 14. (화)".
  const numericWeekday = (group: string | null): string => `(?:\\s?\\(${group === null ? '(?:' : `(?<${group}>`}${rules.weekdaysBeside.source})\\))?`;
  const yearAfter = (name: string): string => `(?:,\\s*|\\s+)(?<${name}>${YEAR})(?![\\p{N}])`;
  const shift = `(?<shift>${rules.shifts.source})`;
  const monthNamed = anyOf(rules.months);
  return [
    { id: 'iso-day', ...wordStart(`(?<y>${YEAR})-(?<mn>\\d{2})-(?<d>\\d{2})${E}`), read: (g) => dayReading(g, rules) },
    {
      id: 'numeric-day',
      // "2021. 9. 14.", and a range to a day of the same form: "2021. 9. 14.(Tue) ~ 9. 16.(Thu)", "to 2021. 9. 16.".
      ...wordStart(
        `(?<y>${YEAR})(?<sep>[./])\\s?(?<mn>\\d{1,2})\\k<sep>\\s?(?<d>\\d{1,2})(?![\\p{N}])\\.?` +
          `(?:${numericWeekday('wd')}(?:\\s*[-–~]\\s*|\\s+(?:to|through)\\s+)(?:(?<y2>${YEAR})\\k<sep>\\s?)?(?<mn2>\\d{1,2})\\k<sep>\\s?(?<d2>\\d{1,2})(?![\\p{N}])\\.?${numericWeekday(null)})?`,
      ),
      read: (g) => dayReading(g, rules),
    },
    {
      id: 'month-day',
      needs: monthNamed,
      ...wordStart(
        `${weekdayBefore}${month('m')}\\s*(?<d>${DAY})` +
          `(?:(?:\\s*[-–~]\\s*|\\s+(?:to|through)\\s+)(?:${weekdayOfEnd}${month('m2')}\\s*)?(?<d2>${DAY}))?(?:${yearAfter('y')})?`,
      ),
      read: (g) => dayReading(g, rules),
    },
    {
      id: 'day-month',
      needs: monthNamed,
      ...wordStart(
        `${weekdayBefore}(?:the\\s+)?(?<d>${DAY})(?:(?:\\s*[-–~]\\s*|\\s+(?:to|through)\\s+)(?<d2>${DAY}))?\\s+(?:of\\s+)?${month('m')}(?:${yearAfter('y')})?`,
      ),
      read: (g) => dayReading(g, rules),
    },
    {
      id: 'month-edge',
      needs: monthNamed,
      ...wordStart(`(?:the\\s+)?(?<edge>${rules.monthEdges.source})\\s+of\\s+${month('m')}(?:,?\\s+(?<y>${YEAR})(?![\\p{N}]))?`),
      read: (g) => {
        const m = monthOf(rules, g.m);
        return m === null ? null : { kind: 'month', year: number(g.y), month: m, edge: meaningOf(rules.monthEdges, g.edge) };
      },
    },
    {
      id: 'month-range',
      needs: monthNamed,
      ...wordStart(
        `(?:(?<between>between)\\s+)?${month('m')}(?:,?\\s+(?<y>${YEAR}))?(?<sep>\\s+and\\s+|\\s*[-–~]\\s*|\\s+(?:to|through|until|till)\\s+)` +
          `${month('m2')}(?:,?\\s+(?<y2>${YEAR})(?![\\p{N}])|(?!\\s*\\d))`,
      ),
      read: (g) => monthRangeReading(g, rules),
    },
    {
      id: 'month-year',
      needs: monthNamed,
      ...wordStart(`${month('m')},?\\s+(?<y>${YEAR})(?![\\p{N}])`),
      read: (g) => {
        const m = monthOf(rules, g.m);
        return m === null ? null : { kind: 'month', year: number(g.y), month: m, edge: null };
      },
    },
    {
      id: 'month-alone',
      needs: monthNamed,
      ...wordStart(`(?:${rules.monthCues})[\\s-]+(?<whole>(?<m>${rules.months.source}))(?!\\s*\\d)`),
      spans: ['whole'],
      read: (g) => {
        const m = monthOf(rules, g.m);
        return m === null ? null : { kind: 'month', year: null, month: m, edge: null };
      },
    },
    {
      id: 'year-part',
      needs: anyOf(rules.yearParts),
      ...wordStart(
        `(?:the\\s+)?(?<part>${rules.yearParts.source})(?:\\s+of\\s+(?:(?<y>${YEAR})(?![\\p{N}])|(?:${shift}|the)\\s+year${E}))?(?!\\s+of${E})`,
      ),
      read: (g) => {
        const months = meaningOf(rules.yearParts, g.part);
        const year = number(g.y) ?? { shift: meaningOf(rules.shifts, g.shift) ?? 0 };
        return months === null ? null : { kind: 'year-part', year, months };
      },
    },
    {
      id: 'year-edge',
      needs: anyOf(rules.monthEdges),
      ...wordStart(`(?:the\\s+)?(?<edge>${rules.monthEdges.source})\\s+of\\s+(?:(?<y>${YEAR})(?![\\p{N}])|(?:${shift}|the)\\s+year${E})`),
      read: (g) => {
        const edge = meaningOf(rules.monthEdges, g.edge);
        const year = number(g.y) ?? { shift: meaningOf(rules.shifts, g.shift) ?? 0 };
        return edge === null ? null : { kind: 'year-edge', year, edge };
      },
    },
    {
      id: 'year-range',
      ...wordStart(`(?<opening>between|from)\\s+(?<y>${YEAR})\\s+(?<closing>and|to|through|until)\\s+(?<y2>${YEAR})(?![\\p{L}\\p{N}%]|[.,]\\d)`),
      read: (g) => {
        const [from, to] = [number(g.y), number(g.y2)];
        // "between ... and", "from ... to": not "from 2020 and 2023".
        const paired = (g.opening?.toLowerCase() === 'between') === (g.closing?.toLowerCase() === 'and');
        return from === null || to === null || to <= from || !paired ? null : { kind: 'years', from, to };
      },
    },
    {
      id: 'years',
      pattern: regExp(
        `(?<![\\p{L}\\p{N}.,/-]|No\\.\\s?)(?<y>${YEAR})(?:\\s*[-–~]\\s*(?<y2>${YEAR}))?(?![\\p{L}\\p{N}%]|[.,]\\d|\\s+(?:${rules.quantityWords})${E})`,
      ),
      read: (g) => {
        const from = number(g.y);
        const to = number(g.y2) ?? from;
        return from === null || to === null || to < from ? null : { kind: 'years', from, to };
      },
    },
    {
      id: 'relative-day',
      ...wordStart(`(?<word>${rules.relativeDays.source})${E}`),
      read: (g) => ({ kind: 'relative', unit: 'day', shift: meaningOf(rules.relativeDays, g.word) ?? 0 }),
    },
    {
      id: 'relative-period',
      ...wordStart(`${shift}\\s+(?<unit>week|month|year)${E}`),
      read: (g) => ({ kind: 'relative', unit: g.unit?.toLowerCase() as 'week' | 'month' | 'year', shift: meaningOf(rules.shifts, g.shift) ?? 0 }),
    },
    {
      id: 'weekday',
      needs: anyOf(rules.weekdays),
      ...wordStart(`(?:(?<shifted>${shift}\\s+(?<wd>${rules.weekdays.source}))|on\\s+(?<plain>${rules.weekdays.source}))${E}`),
      spans: ['shifted', 'plain'],
      read: (g) => {
        const weekday = meaningOf(rules.weekdays, g.wd ?? g.plain);
        return weekday === null ? null : { kind: 'weekday', weekday, shift: g.shift === undefined ? null : (meaningOf(rules.shifts, g.shift) ?? 0) };
      },
    },
    {
      id: 'day-of-month',
      // "announced on the 15th that", "met on the afternoon of the 9th with", "- held on the 21st -": not "on the 15th floor".
      ...wordStart(`on\\s+(?:the\\s+(?:${rules.dayParts})\\s+of\\s+)?(?<whole>the\\s+(?<d>\\d{1,2})(?:st|nd|rd|th))${AFTER_ORDINAL_DAY}`),
      spans: ['whole'],
      read: (g) => {
        const day = number(g.d);
        return day === null || day < 1 || day > 31 ? null : { kind: 'day-of-month', day, weekday: null };
      },
    },
  ];
}
