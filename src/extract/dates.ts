import type { Block, Doc } from '../pipeline/doc.js';
import type { DateMention, Official, Span } from '../record/types.js';
import { earliestKnownYear, erasOf } from '../resolve/date-era.js';
import { firstWordStartMatch } from '../rules/patterns.js';
import { formatDay, isCalendarDay, parseDay, type Day } from './dates/calendar.js';
import { findDates } from './dates/find.js';
import { contextOf, type DateContext } from './dates/role.js';
import { dateRulesOf, type DateRules } from './dates/rules.js';
import { nearbyYear, sentenceCuesFor, type SentenceCues } from './dates/sentence.js';
import { resolveDate, WrittenDays, type Resolved, type Situation } from './dates/value.js';
import type { Found } from './dates/reading.js';

export interface DatesResult {
  dates: DateMention[];
  /** The date the release is about: the reported event's, else the publication date. */
  date: string | null;
  /** The publication date: the date line's, a day written there without its year once dated. */
  published: string | null;
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

function warnProblems(doc: Doc, span: Span, { problems }: Resolved): void {
  for (const problem of problems) doc.warn({ code: problem.code, message: `"${span.text}": ${problem.message}`, start: span.start, end: span.end });
}

/** A date line states the day of publication, nothing to come. */
const DATE_LINE_CONTEXT: DateContext = { role: 'published', cause: 'date-line', future: false, named: false };

/**
 * A date line's day written without its year ("Embargo: 12:00, Friday, February 28"), dated as the
 * body's days are (its weekday, the terms of the officials named, the days written in full); the
 * publication date only where that leaves one year and no doubt.
 */
function datedLine(doc: Doc, { reading, span }: NonNullable<Doc['yearlessDateLine']>, situation: PerDocument): { mention: DateMention; day: Day | null } {
  const resolved = resolveDate(reading, DATE_LINE_CONTEXT, { ...situation, nearbyYear: null, sentenceYears: [] });
  warnProblems(doc, span, resolved);
  const mention: DateMention = { ...span, value: resolved.value, role: 'published', ...(resolved.inferred ? { inferred: resolved.inferred } : {}), rule: 'date-line' };
  return { mention, day: resolved.problems.length === 0 && DAY.test(resolved.value) ? parseDay(resolved.value) : null };
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
    warnProblems(doc, span, resolved);
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
  const foundIn = doc.blocks.map((block) => findDates(block.text, rules));
  const placedIn = doc.blocks.map((block, index) => placed(block, foundIn[index] ?? [], rules));
  const eras = erasOf(doc, officials);
  const writtenDays = daysWrittenInFull(foundIn.flat());
  const situationFor = (published: Day | null): PerDocument => {
    const eventDay = published ? null : writtenEventDay(placedIn);
    const anchor: Situation['anchor'] = published
      ? { day: published, reason: 'published' }
      : eventDay
        ? { day: eventDay, reason: 'event-day' }
        : { day: parseDay(doc.referenceDate), reason: 'reference-date' };
    const window = { from: earliestKnownYear(doc.rules) ?? anchor.day.year - FALLBACK_SPAN, to: anchor.day.year + 1 };
    return { published, anchor, eras, window, monthInContext: null, writtenDays };
  };
  const line = doc.published
    ? { mention: { ...doc.published.span, value: doc.published.value, role: 'published' as const, rule: 'date-line' }, day: parseDay(doc.published.value) }
    : doc.yearlessDateLine
      ? datedLine(doc, doc.yearlessDateLine, situationFor(null))
      : null;
  const published = line?.day ?? null;
  let situation = situationFor(published);

  const dates: DateMention[] = line ? [line.mention] : [];
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
  const publishedDay = published ? formatDay(published) : null;
  return { dates, date: reportedDay(events) ?? publishedDay, published: publishedDay };
}
