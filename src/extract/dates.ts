import type { Block, Doc } from '../pipeline/doc.js';
import type { DateMention, Official } from '../record/types.js';
import { earliestKnownYear, erasOf } from '../resolve/date-era.js';
import { firstWordStartMatch } from '../rules/patterns.js';
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

/** A mention of the reported event, with its sentence (where it starts in the input) and whether that sentence reports a signing. */
interface EventMention {
  mention: DateMention;
  sentence: number;
  decisive: boolean;
}

function blockDates(
  doc: Doc,
  block: Block,
  dates: readonly Placed[],
  situation: PerDocument,
  rules: DateRules,
): { mentions: DateMention[]; events: EventMention[]; month: Situation['monthInContext'] } {
  const mentions: DateMention[] = [];
  const events: EventMention[] = [];
  let month = situation.monthInContext;
  for (const { date, sentence, context } of dates) {
    const resolved = resolveDate(date.reading, context, { ...situation, monthInContext: month, nearbyYear: nearbyYear(sentence, date), sentenceYears: sentence.bareYears });
    const span = block.span(date.from, date.to);
    for (const problem of resolved.problems) doc.warn({ code: problem.code, message: `"${span.text}": ${problem.message}`, start: span.start, end: span.end });
    const mention: DateMention = { ...span, value: resolved.value, role: context.role, ...(resolved.inferred ? { inferred: resolved.inferred } : {}), rule: `${date.rule}+${context.cause}` };
    mentions.push(mention);
    if (mention.role === 'event') {
      const decisive = firstWordStartMatch(block.text.slice(sentence.from, sentence.to), rules.decisiveVerbs) !== null;
      events.push({ mention, sentence: block.span(sentence.from, sentence.to).start, decisive });
    }
    month = resolved.month ?? month;
  }
  return { mentions, events, month };
}

/** The days the text writes with their year: "December 21, 2023" dates "Thursday, December 21" and "the 21st". */
const daysWrittenInFull = (found: readonly Found[]): WrittenDays =>
  new WrittenDays(found.flatMap(({ reading }) => (reading.kind === 'day' && reading.year !== null ? [{ year: reading.year, month: reading.month, day: reading.day }] : [])));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAYS = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/**
 * The reported event's day: the first day a lead verb governs, of a known year. Of an event of
 * several days, a day among them is the more specific where the same sentence names it (a visit
 * "from June 16 to 20" that "signed an MOU on the 19th") or where a later sentence reports a
 * signing on it ("On the 4th, he signed an MOU"); else the first of its days, though later
 * sentences tell of its other days (the meetings "on the 8th", the second session "on the 24th").
 */
function reportedDay(events: readonly EventMention[]): string | null {
  const event = events.find(({ mention }) => DAY.test(mention.value) || DAYS.test(mention.value));
  if (!event) return null;
  const [, first, last] = DAYS.exec(event.mention.value) ?? [];
  if (!first || !last) return event.mention.value;
  const within = events.find(
    ({ mention, sentence, decisive }) =>
      mention.start > event.mention.start && (sentence === event.sentence || decisive) && DAY.test(mention.value) && first <= mention.value && mention.value <= last,
  );
  return within?.mention.value ?? first;
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
  const events: EventMention[] = [];
  for (const [index, block] of doc.blocks.entries()) {
    const { mentions, events: blockEvents, month } = blockDates(doc, block, placedIn[index] ?? [], situation, rules);
    dates.push(...mentions);
    events.push(...blockEvents);
    // A month in a headline is no context for "the 9th" of the body: "Licence period from January 1, 2021".
    if (block.kind === 'paragraph') situation = { ...situation, monthInContext: month };
  }
  dates.sort((a, b) => a.start - b.start);
  events.sort((a, b) => a.mention.start - b.mention.start);
  return { dates, date: reportedDay(events) ?? doc.published?.value ?? null };
}
