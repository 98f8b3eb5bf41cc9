import { formatDay, isCalendarDay } from '../extract/dates/calendar.js';
import { findDates } from '../extract/dates/find.js';
import { dateRulesOf } from '../extract/dates/rules.js';
import type { DayReading, Found } from '../extract/dates/reading.js';
import type { Span } from '../record/types.js';
import type { RuleSections } from '../rules/load.js';
import { CELL_GAP, isChromeText } from '../clean/chrome.js';

/** An ISO day from a page's Date line ("2022-04-20", "2023. 6. 9."), or null if it is no real day. */
export function isoDay(text: string): string | null {
  const match = /^(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\.?$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function publishedFrom(span: Span | null): { value: string; span: Span } | null {
  if (!span) return null;
  const value = isoDay(span.text);
  return value ? { value, span } : null;
}

/** Labels of a date line, a letterhead's cell among them ("For release", "Distribution"). */
const DATE_LABEL = String.raw`(?:(?:release|publication|distribution)\s+(?:date|time)|date\s+of\s+(?:release|publication|distribution|issue)|issue\s+date|issued(?:\s+on)?|date|release|released|published|dated|posted(?:\s+on)?|(?:for|hold\s+for)\s+release|hold\s+for|distribution|distributed|sent|(?:보도|배포)\s*일[시자])`;
/** An embargo note's words before its time or day: "Embargoed until", "Embargo: Not to be published before". */
const EMBARGO = String.raw`embargo(?:ed)?\s*:?\s*(?:until|till|before|(?:not\s+to\s+be\s+(?:published|released|broadcast|reported)|(?:not|hold)\s+for\s+(?:release|publication))\s+(?:before|until|till))?`;
/** The hour of a release or an embargo before its day: "12:00", "00:01 hrs", "from 2 p.m.". */
const CLOCK = String.raw`(?:(?:from|at|after|until|before)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?|KST)?`;
/**
 * What may stand before the day of a date line: a label, an embargo note, the hour, or the place of
 * a dateline ("Seoul,"), emphasis marks.
 */
const DATE_LINE_LEAD = new RegExp(String.raw`^[\s*_>]*(?:(?:${DATE_LABEL}|${EMBARGO})\s*[:|]?\s*(?:${CLOCK}\s*,?)?|(?:${CLOCK}\s*,)|\p{Lu}[\p{L}.'’ -]{0,40},)?[\s*_]*$`, 'iu');
/** After the day (and its hour, which the day's reading takes in): the time zone, emphasis marks. */
const DATE_LINE_TAIL = /^[\s*_.]*(?:\(?KST\)?)?[\s*_.]*$/;
const IS_DATE_LABEL = new RegExp(String.raw`^\s*${DATE_LABEL}\s*:?\s*$`, 'i');
/** Longer than any date line, label, weekday and byline included: a headline or a paragraph. */
const MAX_DATE_LINE = 120;

/**
 * Parts of a byline: "December 28, 2023 | Korea Communications Commission", and the cells of a Word
 * letterhead, which a gap of two or more spaces parts once tabs are spaces ("Embargo: upon
 * distribution   Date: Thursday, 14 March 2024") or a table's bars ("| Distribution | 2024. 3. 7. |").
 */
const BYLINE_SEPARATOR = new RegExp(String.raw`\s*[|·•]\s*|\s+[–—]\s+|${CELL_GAP.source}`);
/** Emphasis marks at the ends of the text beside the day; the spaces stay, as a gap of two parts cells. */
const EMPHASIS = /^[*_]+|[*_]+$/g;
/** Emphasis and a quote's mark around a part of a byline: "**Korea Communications Commission**", "> Press release". */
const PART_EDGES = /^[\s*_>]+|[\s*_]+$/g;
/** A byline may name one part that is no chrome, among two or more others: the issuing division, a second issuer. */
const MAX_OTHER_PART_WORDS = 6;

/** A page's read count beside its date: "**Read** 3187", "Hits: 1,024". */
const READ_COUNT = /^[\s*_]*(?:read|hits|views|조회수?)[\s*_]*:?[\s*_]*[\d,]+[\s*_]*$/i;

/**
 * A part of a date line beside the day's own: empty (a table's edge), the day's label in a cell of
 * its own, a read count, or chrome ("Press Release").
 */
const isBesideDay = (part: string, rules: RuleSections): boolean =>
  part.trim() === '' || IS_DATE_LABEL.test(part) || READ_COUNT.test(part) || isChromeText(part, rules);

/**
 * The text before and after the day is emphasis, a label, the hour, the time zone, or parts of a
 * byline that are chrome, but for at most one short part among two or more ("Korea Communications
 * Commission · Korea Community Media Foundation — released 2024. 11. 29.").
 */
function onlyChromeBeside(lead: string, tail: string, rules: RuleSections): boolean {
  const leadParts = lead.replace(EMPHASIS, '').split(BYLINE_SEPARATOR);
  const tailParts = tail.replace(EMPHASIS, '').split(BYLINE_SEPARATOR);
  const [ownLead = ''] = leadParts.splice(-1, 1);
  const [ownTail = ''] = tailParts.splice(0, 1);
  // A chrome phrase may also follow the day in the same cell: "2023. 9. 18.(Mon) For immediate release".
  const tailFits = DATE_LINE_TAIL.test(ownTail) || isChromeText(ownTail.replace(PART_EDGES, ''), rules);
  if (!DATE_LINE_LEAD.test(ownLead) || !tailFits) return false;
  const others = [...leadParts, ...tailParts].map((part) => part.replace(PART_EDGES, '')).filter((part) => part !== '');
  const strange = others.filter((part) => !isBesideDay(part, rules));
  return strange.length === 0 || (strange.length === 1 && others.length >= 2 && strange[0]!.split(' ').length <= MAX_OTHER_PART_WORDS);
}

/**
 * The day of a date line, and where it is written. `value` is null for a day written without its
 * year ("Embargo: 12:00, Friday, February 28"): the dates extractor gives it its year.
 */
export type LineDay = {
  value: string | null;
  reading: DayReading;
  from: number;
  to: number;
  /** Labelled as the day the release was handed out, not the day it may be published: another date line's day comes first. */
  distribution: boolean;
};

/** Of two date lines, the better has its year, then is no distribution day; the first wins a tie. */
export const lineDayRank = (day: Pick<LineDay, 'value' | 'distribution'>): number => (day.value === null ? 2 : 0) + (day.distribution ? 1 : 0);

/**
 * A release's date line: one that states nothing but a day ("June 9, 2023", "2023. 6. 9. (Fri)",
 * "Release date: June 9, 2023", "*June 9, 2023*", "June 9, 2023 | Press Release", "Friday, June 9"),
 * or a letterhead's line of fields that opens with the day's label.
 */
export function dateLineDay(line: string, rules: RuleSections): LineDay | null {
  if (line.length > MAX_LABELLED_LINE) return null;
  const found = findDates(line, dateRulesOf(rules));
  return onlyDayLine(line, found, rules) ?? labelledLineDay(line, found);
}

/** A reading that is one day, as a date line's day: with its ISO value when its year is written. */
function lineDay(reading: Found['reading']): Pick<LineDay, 'value' | 'reading'> | null {
  if (reading.kind !== 'day' || reading.end !== null) return null;
  // A leap year admits every month's days: February 29 is a day whatever year it turns out to be.
  const day = { year: reading.year ?? 2024, month: reading.month, day: reading.day };
  if (!isCalendarDay(day)) return null;
  return { value: reading.year === null ? null : formatDay(day), reading };
}

function onlyDayLine(line: string, found: readonly Found[], rules: RuleSections): LineDay | null {
  const date = found[0];
  if (line.length > MAX_DATE_LINE || found.length !== 1 || !date) return null;
  const day = lineDay(date.reading);
  if (!day || !onlyChromeBeside(line.slice(0, date.from), line.slice(date.to), rules)) return null;
  return { ...day, from: date.from, to: date.to, distribution: isDistribution(line.slice(0, date.from)) };
}

/**
 * A letterhead's line that opens with the label of its release day and a colon or a cell's bar, and
 * may hold more fields: "Release date: 2022. 11. 24.(Thu) morning papers / Distributed: 2022. 11. 23.",
 * "| Release | 2023. 11. 21.(Tue) 12:00 | Pages | 3 |".
 */
const LABELLED_LINE = new RegExp(String.raw`^[\s*_|>]*(?:${DATE_LABEL}|${EMBARGO})\s*[*_]*\s*[:|]`, 'iu');
/** Longer than a letterhead's line of fields, and than any date line. */
const MAX_LABELLED_LINE = 200;
/** Words before a day that make it the day a release was handed out, not the day it may be published. */
const DISTRIBUTION = /distribut|\bsent\b|배포/i;
const RELEASE = /release|embargo|publi|issue|hold|보도/i;
const isDistribution = (before: string): boolean => DISTRIBUTION.test(before) && !RELEASE.test(before);

/**
 * The day of a letterhead's labelled line, the best by `lineDayRank`: "Embargo | 2024. 3. 7. |
 * Distribution | 2024. 3. 6." gives March 7.
 */
function labelledLineDay(line: string, found: readonly Found[]): LineDay | null {
  if (!LABELLED_LINE.test(line)) return null;
  let best: LineDay | null = null;
  let previousEnd = 0;
  for (const { from, to, reading } of found) {
    const before = line.slice(previousEnd, from);
    previousEnd = to;
    const day = lineDay(reading);
    if (!day) continue;
    const placed = { ...day, from, to, distribution: isDistribution(before) };
    if (!best || lineDayRank(placed) < lineDayRank(best)) best = placed;
  }
  return best;
}

/** The dash after a dateline that opens a paragraph. */
const DATELINE_DASH = /\s+(?:—|–|--?)\s+/;

/**
 * A dateline that opens the first paragraph: "Seoul, October 8, 2025 — The KCC launched ...". The day
 * as `dateLineDay` gives it, and where the paragraph's own text begins.
 */
export function datelineDay(line: string, rules: RuleSections): (LineDay & { textFrom: number }) | null {
  const dash = DATELINE_DASH.exec(line.slice(0, MAX_DATE_LINE));
  const day = dash ? dateLineDay(line.slice(0, dash.index), rules) : null;
  return day && dash ? { ...day, textFrom: dash.index + dash[0].length } : null;
}
