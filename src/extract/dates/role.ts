import type { DateRole } from '../../record/types.js';
import { isDayPrecise, type Found } from './reading.js';
import type { DateRules } from './rules.js';
import { firstIndex } from '../../sorted.js';
import type { SentenceCues } from './sentence.js';

/** What the words around a date say about it. */
export interface DateContext {
  role: DateRole;
  /** Why the role: the id of the context rule. */
  cause: string;
  /** The sentence speaks of what is to come, so an open date falls on or after publication. */
  future: boolean;
  /** A day inside a name ("the May 18 Democratic Uprising"): its year is not the text's to give. */
  named: boolean;
}

/** Cue words sit right before a date; looking no further keeps `$`-anchored tests linear. */
const LOOK_BEHIND = 48;

/**
 * The verb that governs a date: the nearest cue verb before it in the sentence, or, for a date that
 * opens the sentence ("On July 10, the chairman met ..."), the first one after it.
 */
function governingVerb(cues: SentenceCues, found: Found): 'lead' | 'background' | null {
  const next = firstIndex(cues.verbs, (verb) => verb.to > found.from);
  const before = cues.verbs[next - 1];
  const after = cues.verbs[firstIndex(cues.verbs, (verb) => verb.from >= found.to)];
  return (before ?? after)?.kind ?? null;
}

/**
 * A date is in the future when a word of the future comes before it in its sentence ("will hold a
 * forum on the 5th"), or after it where no verb of the event came first ("On the 5th, the KCC will
 * ..."), but not in "announced on the 5th that it will submit the bill".
 */
function speaksOfFuture({ firstFutureWord, firstLeadVerbEnd }: SentenceCues, found: Found): boolean {
  if (firstFutureWord === null) return false;
  return firstFutureWord < found.from || firstLeadVerbEnd === null || firstLeadVerbEnd > found.from;
}

const isToday = ({ reading }: Found): boolean => reading.kind === 'relative' && reading.unit === 'day' && reading.shift === 0;

export function contextOf(text: string, cues: SentenceCues, found: Found, rules: DateRules): DateContext {
  const near = text.slice(Math.max(cues.from, found.from - LOOK_BEHIND), found.from);
  const dayPrecise = isDayPrecise(found.reading);
  const result = (role: DateRole, cause: string, named = false): DateContext => ({ role, cause, future: speaksOfFuture(cues, found), named });

  // Inside parentheses: an aside about something else ("(promulgation on October 19, 2021)").
  if ((cues.depth[found.from - cues.from] ?? 0) > 0) return result('other', 'aside');
  if (rules.determiners.test(near) && found.reading.kind !== 'year-part') {
    // "the May 18 Democratic Uprising": a day followed by a capitalized name is part of the name.
    const named = found.reading.kind === 'day' && /^\s+\p{Lu}/u.test(text.slice(found.to, found.to + 2));
    return result('other', named ? 'date-in-name' : 'modifier', named);
  }
  // "from July 1 to 14", "from July to October": "from" opens the range, it says nothing of its role.
  const isRange = (found.reading.kind === 'day' && found.reading.end !== null) || found.reading.kind === 'month-range';
  const cue = rules.roleCues.find((candidate) => !(isRange && candidate.role === 'effective') && candidate.before.test(near));
  // "Starting today, the guidelines take effect": what takes effect on the day of the release is its news.
  if (cue?.role === 'effective' && isToday(found)) return result('event', 'effective-today');
  if (cue) return result(cue.role, `cue-${cue.role}`);
  const verb = governingVerb(cues, found);
  if (verb === 'lead' && dayPrecise) return result('event', 'lead-verb');
  if (verb === 'background') return result('other', 'background-verb');
  // A range of days is a span of time whatever governs it ("the campaign will run from September 12 to 18").
  return dayPrecise && !isRange ? result('other', 'no-lead-verb') : result('period', 'period');
}
