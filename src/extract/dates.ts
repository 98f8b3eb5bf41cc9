import type { Block, Doc } from '../pipeline/doc.js';
import type { DateMention, Official, Warning } from '../record/types.js';
import { earliestKnownYear, erasOf } from '../resolve/date-era.js';
import { parseDay, type Day } from './dates/calendar.js';
import { findDates } from './dates/find.js';
import { contextOf } from './dates/role.js';
import { dateRulesOf, type DateRules } from './dates/rules.js';
import { nearbyYear, sentenceCuesFor } from './dates/sentence.js';
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

function blockDates(block: Block, found: readonly Found[], rules: DateRules, situation: PerDocument): { mentions: DateMention[]; warnings: Warning[]; month: Situation['monthInContext'] } {
  const sentenceOf = sentenceCuesFor(block.text, found, rules);
  const mentions: DateMention[] = [];
  const warnings: Warning[] = [];
  let month = situation.monthInContext;
  for (const date of found) {
    const sentence = sentenceOf(date);
    const context = contextOf(block.text, sentence, date, rules);
    const resolved = resolveDate(date.reading, context, { ...situation, monthInContext: month, nearbyYear: nearbyYear(sentence, date), sentenceYears: sentence.bareYears });
    const span = block.span(date.from, date.to);
    for (const problem of resolved.problems) warnings.push({ code: problem.code, message: `"${span.text}": ${problem.message}`, start: span.start, end: span.end });
    mentions.push({ ...span, value: resolved.value, role: context.role, ...(resolved.inferred ? { inferred: resolved.inferred } : {}), rule: `${date.rule}+${context.cause}` });
    month = resolved.month ?? month;
  }
  return { mentions, warnings, month };
}

/** The days the text writes with their year: "December 21, 2023" dates "Thursday, December 21" and "the 21st". */
const daysWrittenInFull = (found: readonly Found[]): WrittenDays =>
  new WrittenDays(found.flatMap(({ reading }) => (reading.kind === 'day' && reading.year !== null ? [{ year: reading.year, month: reading.month, day: reading.day }] : [])));

/** The reported event's day: the first day a lead verb governs, of a known year. */
function eventDay(dates: readonly DateMention[]): string | null {
  const event = dates.find((mention) => mention.role === 'event' && /^\d{4}-\d{2}-\d{2}(?:\/|$)/.test(mention.value));
  return event ? event.value.slice(0, 10) : null;
}

/** The event's day as the text writes it, year and all (not inferred): "said on Monday, November 18, 2019". */
function writtenEventDay(dates: readonly DateMention[]): Day | null {
  const event = dates.find((mention) => mention.role === 'event' && !mention.inferred && /^\d{4}-\d{2}-\d{2}$/.test(mention.value));
  return event ? parseDay(event.value) : null;
}

export function extractDates(doc: Doc, officials: readonly Official[]): DatesResult {
  const rules = dateRulesOf(doc.rules);
  const published = doc.published ? parseDay(doc.published.value) : null;
  const foundIn = doc.blocks.map((block) => findDates(block.text, rules));
  const resolveAll = (anchor: Situation['anchor']): { dates: DateMention[]; warnings: Warning[] } => {
    const window = { from: earliestKnownYear(doc.rules) ?? anchor.day.year - FALLBACK_SPAN, to: anchor.day.year + 1 };
    let situation: PerDocument = { published, anchor, eras: erasOf(doc, officials), window, monthInContext: null, writtenDays: daysWrittenInFull(foundIn.flat()) };
    const dates: DateMention[] = doc.published ? [{ ...doc.published.span, value: doc.published.value, role: 'published', rule: 'date-line' }] : [];
    const warnings: Warning[] = [];
    for (const [index, block] of doc.blocks.entries()) {
      const found = blockDates(block, foundIn[index] ?? [], rules, situation);
      dates.push(...found.mentions);
      warnings.push(...found.warnings);
      situation = { ...situation, monthInContext: found.month };
    }
    return { dates: dates.sort((a, b) => a.start - b.start), warnings };
  };
  let resolved = resolveAll(published ? { day: published, reason: 'published' } : { day: parseDay(doc.referenceDate), reason: 'reference-date' });
  // Without a publication date, the day of the reported event that the text writes in full is nearer
  // to when it was written than the reference date: "last week" and "the 5th" count from it.
  const written = published ? null : writtenEventDay(resolved.dates);
  if (written) resolved = resolveAll({ day: written, reason: 'event-day' });
  for (const warning of resolved.warnings) doc.warn(warning);
  return { dates: resolved.dates, date: eventDay(resolved.dates) ?? doc.published?.value ?? null };
}
