import type { Block, Doc } from '../pipeline/doc.js';
import type { DateMention, Official } from '../record/types.js';
import { earliestKnownYear, erasOf } from '../resolve/date-era.js';
import { isCalendarDay, parseDay, type Day } from './dates/calendar.js';
import { findDates } from './dates/find.js';
import { contextOf, type DateContext } from './dates/role.js';
import { dateRulesOf, type DateRules } from './dates/rules.js';
import { nearbyYear, sentenceCuesFor, type SentenceCues } from './dates/sentence.js';
import { resolveDate, WrittenDays, type Situation } from './dates/value.js';
import type { Found } from './dates/reading.js';

export interface DatesResult {
  dates: DateMention[];
  /** The date the release is about: the reported event's, else the publication date. */
  date: string | null;
}

/** What a date's value depends on, but for what its own sentence says. */
type PerDocument = Omit<Situation, 'nearbyYear' | 'sentenceYears'>;

/** Years considered when nothing else bounds them, if the people data names no era. */
const FALLBACK_SPAN = 20;

/** A date found in a block, with its sentence and what its words say of its role. */
interface Placed {
  date: Found;
  sentence: SentenceCues;
  context: DateContext;
}

/** The dates of a block in their sentences: none of this depends on the anchor day. */
function placed(block: Block, found: readonly Found[], rules: DateRules): Placed[] {
  const sentenceOf = sentenceCuesFor(block.text, found, rules);
  return found.map((date) => {
    const sentence = sentenceOf(date);
    return { date, sentence, context: contextOf(block.text, sentence, date, rules) };
  });
}

function blockDates(doc: Doc, block: Block, dates: readonly Placed[], situation: PerDocument): { mentions: DateMention[]; month: Situation['monthInContext'] } {
  const mentions: DateMention[] = [];
  let month = situation.monthInContext;
  for (const { date, sentence, context } of dates) {
    const resolved = resolveDate(date.reading, context, { ...situation, monthInContext: month, nearbyYear: nearbyYear(sentence, date), sentenceYears: sentence.bareYears });
    const span = block.span(date.from, date.to);
    for (const problem of resolved.problems) doc.warn({ code: problem.code, message: `"${span.text}": ${problem.message}`, start: span.start, end: span.end });
    mentions.push({ ...span, value: resolved.value, role: context.role, ...(resolved.inferred ? { inferred: resolved.inferred } : {}), rule: `${date.rule}+${context.cause}` });
    month = resolved.month ?? month;
  }
  return { mentions, month };
}

/** The days the text writes with their year: "December 21, 2023" dates "Thursday, December 21" and "the 21st". */
const daysWrittenInFull = (found: readonly Found[]): WrittenDays =>
  new WrittenDays(found.flatMap(({ reading }) => (reading.kind === 'day' && reading.year !== null ? [{ year: reading.year, month: reading.month, day: reading.day }] : [])));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAYS = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/**
 * The reported event's day: the first day a lead verb governs, of a known year. Of an event of
 * several days, a day among them that the text reports after it is the more specific: talks "on
 * Tuesday" at a forum held "from October 8 to 12", the signing "on the 4th" of a visit "from June 3
 * to 5". Else the first of its days.
 */
function reportedDay(dates: readonly DateMention[]): string | null {
  const isEvent = (mention: DateMention): boolean => mention.role === 'event';
  const event = dates.find((mention) => isEvent(mention) && (DAY.test(mention.value) || DAYS.test(mention.value)));
  if (!event) return null;
  const [, first, last] = DAYS.exec(event.value) ?? [];
  if (!first || !last) return event.value;
  const within = dates.find((mention) => isEvent(mention) && mention.start > event.start && DAY.test(mention.value) && first <= mention.value && mention.value <= last);
  return within?.value ?? first;
}

/**
 * The reported event's day as the text writes it, year and all: "said on Monday, November 18, 2019".
 * Without a publication date, it is nearer to when the text was written than the reference date.
 */
function writtenEventDay(placedIn: ReadonlyArray<readonly Placed[]>): Day | null {
  for (const { date, context } of placedIn.flat()) {
    const { reading } = date;
    if (context.role !== 'event' || reading.kind !== 'day' || reading.year === null || reading.end !== null) continue;
    const day = { year: reading.year, month: reading.month, day: reading.day };
    if (isCalendarDay(day)) return day;
  }
  return null;
}

export function extractDates(doc: Doc, officials: readonly Official[]): DatesResult {
  const rules = dateRulesOf(doc.rules);
  const published = doc.published ? parseDay(doc.published.value) : null;
  const foundIn = doc.blocks.map((block) => findDates(block.text, rules));
  const placedIn = doc.blocks.map((block, index) => placed(block, foundIn[index] ?? [], rules));
  const eventDay = published ? null : writtenEventDay(placedIn);
  const anchor: Situation['anchor'] = published
    ? { day: published, reason: 'published' }
    : eventDay
      ? { day: eventDay, reason: 'event-day' }
      : { day: parseDay(doc.referenceDate), reason: 'reference-date' };
  const window = { from: earliestKnownYear(doc.rules) ?? anchor.day.year - FALLBACK_SPAN, to: anchor.day.year + 1 };
  let situation: PerDocument = { published, anchor, eras: erasOf(doc, officials), window, monthInContext: null, writtenDays: daysWrittenInFull(foundIn.flat()) };

  const dates: DateMention[] = doc.published ? [{ ...doc.published.span, value: doc.published.value, role: 'published', rule: 'date-line' }] : [];
  for (const [index, block] of doc.blocks.entries()) {
    const { mentions, month } = blockDates(doc, block, placedIn[index] ?? [], situation);
    dates.push(...mentions);
    situation = { ...situation, monthInContext: month };
  }
  dates.sort((a, b) => a.start - b.start);
  return { dates, date: reportedDay(dates) ?? doc.published?.value ?? null };
}
