import { formatDay, isCalendarDay } from '../extract/dates/calendar.js';
import { findDates } from '../extract/dates/find.js';
import { dateRulesOf } from '../extract/dates/rules.js';
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
const DATE_LABEL = String.raw`(?:(?:release|publication|distribution)\s+(?:date|time)|date|released|published|dated|for\s+release|distribution|distributed)`;
/** An embargo note's words before its time or day: "Embargoed until", "Embargo: Not to be published before". */
const EMBARGO = String.raw`embargo(?:ed)?\s*:?\s*(?:until|till|before|(?:not\s+to\s+be\s+(?:published|released|broadcast|reported)|(?:not|hold)\s+for\s+(?:release|publication))\s+(?:before|until|till))?`;
/** The hour of a release or an embargo before its day: "12:00", "00:01 hrs", "from 2 p.m.". */
const CLOCK = String.raw`(?:(?:from|at|after|until|before)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs?|KST)?`;
/**
 * What may stand before the day of a date line: a label, an embargo note, the hour, or the place of
 * a dateline ("Seoul,"), emphasis marks.
 */
const DATE_LINE_LEAD = new RegExp(String.raw`^[\s*_]*(?:(?:${DATE_LABEL}|${EMBARGO})\s*[:|]?\s*(?:${CLOCK}\s*,?)?|(?:${CLOCK}\s*,)|\p{Lu}[\p{L}.'’ -]{0,40},)?[\s*_]*$`, 'iu');
/** After the day (and its hour, which the day's reading takes in): the time zone, emphasis marks. */
const DATE_LINE_TAIL = /^[\s*_.]*(?:\(?KST\)?)?[\s*_.]*$/;
const IS_DATE_LABEL = new RegExp(String.raw`^\s*${DATE_LABEL}\s*:?\s*$`, 'i');
/** Longer than any date line, label and weekday included: a headline or a paragraph. */
const MAX_DATE_LINE = 80;

/**
 * Parts of a byline: "December 28, 2023 | Korea Communications Commission", and the cells of a Word
 * letterhead, which a gap of two or more spaces parts once tabs are spaces ("Embargo: upon
 * distribution   Date: Thursday, 14 March 2024") or a table's bars ("| Distribution | 2024. 3. 7. |").
 */
const BYLINE_SEPARATOR = new RegExp(String.raw`\s*[|·•]\s*|\s+[–—]\s+|${CELL_GAP.source}`);
const EMPHASIS = /^[\s*_]+|[\s*_]+$/g;

/** A part of a date line beside the day's own: empty (a table's edge), the day's label in a cell of its own, or chrome ("Press Release"). */
const isBesideDay = (part: string, rules: RuleSections): boolean => part.trim() === '' || IS_DATE_LABEL.test(part) || isChromeText(part, rules);

/** The text before and after the day is emphasis, a label, the hour, the time zone, or parts of a byline that are chrome. */
function onlyChromeBeside(lead: string, tail: string, rules: RuleSections): boolean {
  const leadParts = lead.replace(EMPHASIS, ' ').split(BYLINE_SEPARATOR);
  const tailParts = tail.replace(EMPHASIS, ' ').split(BYLINE_SEPARATOR);
  const [ownLead = ''] = leadParts.splice(-1, 1);
  const [ownTail = ''] = tailParts.splice(0, 1);
  return DATE_LINE_LEAD.test(ownLead) && DATE_LINE_TAIL.test(ownTail) && [...leadParts, ...tailParts].every((part) => isBesideDay(part, rules));
}

/**
 * A line that states nothing but a day with its year, as a release's date line does: "June 9, 2023",
 * "2023. 6. 9. (Fri)", "Release date: June 9, 2023", "*June 9, 2023*", "June 9, 2023 | Press Release".
 * The day, and where it is written.
 */
export function dateLineDay(line: string, rules: RuleSections): { value: string; from: number; to: number } | null {
  if (line.length > MAX_DATE_LINE) return null;
  const found = findDates(line, dateRulesOf(rules));
  const date = found[0];
  if (found.length !== 1 || !date) return null;
  const { reading } = date;
  if (reading.kind !== 'day' || reading.year === null || reading.end !== null) return null;
  const day = { year: reading.year, month: reading.month, day: reading.day };
  if (!isCalendarDay(day) || !onlyChromeBeside(line.slice(0, date.from), line.slice(date.to), rules)) return null;
  return { value: formatDay(day), from: date.from, to: date.to };
}

/** The dash after a dateline that opens a paragraph. */
const DATELINE_DASH = /\s+(?:—|–|--?)\s+/;

/**
 * A dateline that opens the first paragraph: "Seoul, October 8, 2025 — The KCC launched ...". The day
 * as `dateLineDay` gives it, and where the paragraph's own text begins.
 */
export function datelineDay(line: string, rules: RuleSections): { value: string; from: number; to: number; textFrom: number } | null {
  const dash = DATELINE_DASH.exec(line.slice(0, MAX_DATE_LINE));
  const day = dash ? dateLineDay(line.slice(0, dash.index), rules) : null;
  return day && dash ? { ...day, textFrom: dash.index + dash[0].length } : null;
}
