import { isPhrase, isPhraseList, isRecord, section, type RuleSections, oncePerRules } from '../../rules/load.js';
import { alternation, atWordStart, WORD_END, WORD_START, type WordStartPattern } from '../../rules/patterns.js';
import type { DateRole } from '../../record/types.js';

/** src/rules/dates.yaml (plus `--rules` files), compiled once per rules object. */

export interface WordTable<T> {
  /** An alternation of the words (longest first), to put inside a regular expression group. */
  source: string;
  /** Lower-cased word, spaces and hyphens folded to one space, to its meaning. */
  meaning: ReadonlyMap<string, T>;
}

export interface RoleCue {
  role: DateRole;
  /** Matches when the text before a date ends with one of the cue words. */
  before: RegExp;
}

export interface DateRules {
  months: WordTable<number>;
  weekdays: WordTable<number>;
  /** Full and short weekday names, for beside a date. */
  weekdaysBeside: WordTable<number>;
  dayParts: string;
  relativeDays: WordTable<number>;
  shifts: WordTable<number>;
  yearParts: WordTable<readonly [number, number]>;
  monthEdges: WordTable<'start' | 'end'>;
  monthCues: string;
  leadVerbs: WordStartPattern;
  backgroundVerbs: WordStartPattern;
  /** A sentence that reports one of these makes its day, among an event's days, the release's. */
  decisiveVerbs: WordStartPattern;
  roleCues: readonly RoleCue[];
  futureCues: WordStartPattern;
  determiners: RegExp;
  quantityWords: string;
  eraWords: string;
  presidentTitles: string;
  /** Month names and abbreviations and weekday names, folded: capitalized words that name no one. */
  calendarWords: ReadonlySet<string>;
}

const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isMonthNumber = (value: unknown): value is number => isInteger(value) && value >= 1 && value <= 12;

const ROLES: readonly string[] = ['published', 'event', 'effective', 'deadline', 'period', 'other'] satisfies DateRole[];

interface MonthEntry { month: number; names: string[]; short?: string[] }
interface WeekdayEntry { weekday: number; names: string[]; short?: string[] }
interface WordNumberEntry { word: string; days?: number; shift?: number }
interface YearPartEntry { names: string[]; months: [number, number] }
interface EdgeEntry { edge: 'start' | 'end'; words: string[] }
interface RoleCueEntry { role: DateRole; words: string[] }

const isMonthEntry = (e: unknown): e is MonthEntry => isRecord(e) && isMonthNumber(e.month) && isPhraseList(e.names) && (e.short === undefined || isPhraseList(e.short));
const isWeekdayEntry = (e: unknown): e is WeekdayEntry =>
  isRecord(e) && isInteger(e.weekday) && e.weekday >= 1 && e.weekday <= 7 && isPhraseList(e.names) && (e.short === undefined || isPhraseList(e.short));
const isDaysEntry = (e: unknown): e is WordNumberEntry & { days: number } => isRecord(e) && isPhrase(e.word) && isInteger(e.days);
const isShiftEntry = (e: unknown): e is WordNumberEntry & { shift: number } => isRecord(e) && isPhrase(e.word) && isInteger(e.shift);
const isYearPartEntry = (e: unknown): e is YearPartEntry =>
  isRecord(e) && isPhraseList(e.names) && Array.isArray(e.months) && e.months.length === 2 && e.months.every(isMonthNumber);
const isEdgeEntry = (e: unknown): e is EdgeEntry => isRecord(e) && (e.edge === 'start' || e.edge === 'end') && isPhraseList(e.words);
const isRoleCueEntry = (e: unknown): e is RoleCueEntry => isRecord(e) && typeof e.role === 'string' && ROLES.includes(e.role) && isPhraseList(e.words);

/** The key a word is looked up by: case, hyphens and runs of spaces do not count. */
const WORD_SEPARATORS = /[\s-]+/g;
export const foldWord = (text: string): string => text.toLowerCase().replace(WORD_SEPARATORS, ' ').trim();

function table<T>(pairs: ReadonlyArray<readonly [string, T]>): WordTable<T> {
  return { source: alternation(pairs.map(([word]) => word)), meaning: new Map(pairs.map(([word, value]) => [foldWord(word), value])) };
}

/** Names and abbreviations; only an abbreviation takes a period ("Jun. 9", never "March." at a sentence end). */
function namesTable<T>(entries: ReadonlyArray<{ value: T; names: string[]; short?: string[] }>): WordTable<T> {
  const full = entries.flatMap(({ value, names }) => names.map((name) => [name, value] as const));
  const short = entries.flatMap(({ value, short: names = [] }) => names.map((name) => [name, value] as const));
  const whole = (words: ReadonlyArray<readonly [string, T]>): string => `(?:${alternation(words.map(([word]) => word))})${WORD_END}`;
  return {
    source: short.length > 0 ? `${whole(full)}|${whole(short)}\\.?` : whole(full),
    meaning: new Map([...full, ...short].map(([word, value]) => [foldWord(word), value])),
  };
}

/** What a word of a table means; a period after an abbreviation does not count. */
export function meaningOf<T>(words: WordTable<T>, text: string | undefined): T | null {
  return text === undefined ? null : (words.meaning.get(foldWord(text.replace(/\.$/, ''))) ?? null);
}

/** Whole words anywhere (global, with indices). */
const wordsPattern = (words: readonly string[]): WordStartPattern => atWordStart(`(?:${alternation(words)})${WORD_END}`, 'giud');

/** Whole words that end the text they are tested on, optionally followed by "on" or "the". */
const endingRegExp = (words: readonly string[]): RegExp => new RegExp(`${WORD_START}(?:${alternation(words)})\\s+(?:on\\s+|the\\s+)?$`, 'iu');

function compile(rules: RuleSections): DateRules {
  const words = (name: string): string[] => section(rules, name, isPhrase);
  const months = namesTable(section(rules, 'date_months', isMonthEntry).map(({ month, names, short }) => ({ value: month, names, ...(short ? { short } : {}) })));
  const weekdayEntries = section(rules, 'date_weekdays', isWeekdayEntry);
  const weekdays = namesTable(weekdayEntries.map(({ weekday, names }) => ({ value: weekday, names })));
  return {
    months,
    weekdays,
    weekdaysBeside: namesTable(weekdayEntries.map(({ weekday, names, short }) => ({ value: weekday, names, ...(short ? { short } : {}) }))),
    dayParts: alternation(words('date_day_parts')),
    relativeDays: table(section(rules, 'date_relative_days', isDaysEntry).map(({ word, days }) => [word, days] as const)),
    shifts: table(section(rules, 'date_relative_shifts', isShiftEntry).map(({ word, shift }) => [word, shift] as const)),
    yearParts: table(section(rules, 'date_year_parts', isYearPartEntry).flatMap(({ names, months }) => names.map((name) => [name, months] as const))),
    monthEdges: table(section(rules, 'date_month_edges', isEdgeEntry).flatMap(({ edge, words: edgeWords }) => edgeWords.map((word) => [word, edge] as const))),
    monthCues: alternation(words('date_month_cues')),
    leadVerbs: wordsPattern(words('date_lead_verbs')),
    backgroundVerbs: wordsPattern(words('date_background_verbs')),
    decisiveVerbs: wordsPattern(words('date_decisive_verbs')),
    roleCues: section(rules, 'date_role_cues', isRoleCueEntry).map(({ role, words: cueWords }) => ({ role, before: endingRegExp(cueWords) })),
    futureCues: wordsPattern(words('date_future_cues')),
    determiners: new RegExp(`(?:${WORD_START}(?:${alternation(words('date_determiners'))})|['’]s)\\s+$`, 'iu'),
    quantityWords: alternation(words('date_quantity_words')),
    eraWords: alternation(words('date_era_words')),
    presidentTitles: alternation(words('date_president_titles')),
    // Short weekday names are left out: "Sun" and "Wed" alone may be other words, names among them.
    calendarWords: new Set([...months.meaning.keys(), ...weekdays.meaning.keys()]),
  };
}

export const dateRulesOf: (rules: RuleSections) => DateRules = oncePerRules(compile);
