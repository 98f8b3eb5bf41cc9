import type { ChalkInstance } from 'chalk';
import type { KccRecord, Span } from '../record/types.js';

/** Characters of context shown on each side of evidence in a long line. */
const CONTEXT = 50;

interface Located {
  line: number;
  column: number;
  lineText: string;
  /** Evidence range within lineText (clipped to the line). */
  from: number;
  to: number;
}

/** Line and column (1-based) are computed only here, for display; records keep offsets. */
function locate(input: string, start: number, end: number): Located {
  const lineStart = input.lastIndexOf('\n', start - 1) + 1;
  const newline = input.indexOf('\n', start);
  const lineEnd = newline === -1 ? input.length : newline;
  let line = 1;
  for (let index = input.indexOf('\n'); index !== -1 && index < start; index = input.indexOf('\n', index + 1)) line++;
  const lineText = input.slice(lineStart, lineEnd).replace(/\r$/, '');
  return { line, column: start - lineStart + 1, lineText, from: start - lineStart, to: Math.min(end, lineEnd) - lineStart };
}

function quote(located: Located, chalk: ChalkInstance): string {
  const { lineText, from, to } = located;
  const left = Math.max(0, from - CONTEXT);
  const right = Math.min(lineText.length, to + CONTEXT);
  const before = (left > 0 ? '…' : '') + lineText.slice(left, from);
  const after = lineText.slice(to, right) + (right < lineText.length ? '…' : '');
  const evidence = lineText.slice(from, to);
  const marked = chalk.level > 0 ? chalk.bold.yellow.underline(evidence) : `»${evidence}«`;
  return `${before}${marked}${after}`;
}

export class Explainer {
  private readonly lines: string[] = [];

  constructor(
    private readonly input: string,
    private readonly chalk: ChalkInstance,
  ) {}

  field(name: string, value: string): this {
    this.lines.push(`${this.chalk.bold(name.padEnd(13))} ${value}`);
    return this;
  }

  /** Where a value came from: position, rule or reason, and the input line with the evidence marked. */
  evidence(span: Pick<Span, 'start' | 'end'> | null, why: string | undefined): this {
    const notes: string[] = [];
    if (span) {
      const located = locate(this.input, span.start, span.end);
      notes.push(`line ${located.line}, column ${located.column}`);
      if (why) notes.push(why);
      this.lines.push(`${' '.repeat(14)}${this.chalk.dim(notes.join(' · '))}`);
      this.lines.push(`${' '.repeat(14)}${this.chalk.dim('│')} ${quote(located, this.chalk)}`);
    } else if (why) {
      this.lines.push(`${' '.repeat(14)}${this.chalk.dim(why)}`);
    }
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

const ruleNote = (rule: string | undefined): string | undefined => (rule ? `rule: ${rule}` : undefined);

function titleEvidence(record: KccRecord, input: string): { span: Pick<Span, 'start' | 'end'> | null; why: string } {
  if (!record.title) return { span: null, why: 'no headline found' };
  const start = input.indexOf(record.title);
  if (start === -1) return { span: null, why: 'headline' };
  const lineStart = input.lastIndexOf('\n', start - 1) + 1;
  const fromHeader = /^\s*\|?\s*Title\b/i.test(input.slice(lineStart, start)) || /Title\s*$/i.test(input.slice(Math.max(0, lineStart - 8), lineStart));
  return { span: { start, end: start + record.title.length }, why: fromHeader ? 'rule: page header Title line' : 'rule: headline-like first line' };
}

/** A record for a person: each field with its value and the evidence it came from. */
export function explainRecord(record: KccRecord, input: string, chalk: ChalkInstance): string {
  const out = new Explainer(input, chalk);
  out.field('file', `${record.source.path} (${record.source.encoding}, ${record.source.bytes} bytes)`);
  const title = titleEvidence(record, input);
  out.field('title', record.title ?? '—').evidence(title.span, title.why);
  for (const subtitle of record.subtitles) out.field('subtitle', subtitle);

  const published = record.dates.find((mention) => mention.role === 'published');
  out.field('published', record.published ?? '—').evidence(published ?? null, record.published ? 'rule: page Date line' : 'no Date line');
  // The reported event whose day the record took: the day itself, or the first of its days.
  const { date } = record;
  const dated = date === null ? undefined : record.dates.find((mention) => mention.role === 'event' && (mention.value === date || mention.value.startsWith(`${date}/`)));
  const reason = dated?.inferred ? `${record.date} — ${dated.inferred.explanation}` : (record.date ?? '—');
  out.field('date', reason).evidence(dated ?? null, dated ? ruleNote(dated.rule) : record.date ? 'the publication date: no event date found' : undefined);

  const { venue } = record;
  if (venue) {
    const details = [venue.mode, venue.city, venue.country].filter((part) => part !== null).join(', ');
    out.field('venue', details ? `${venue.name} (${details})` : venue.name).evidence(venue, ruleNote(venue.rule));
  } else {
    out.field('venue', '—');
  }
  for (const official of record.officials) {
    const role = [official.title, official.organization].filter((part) => part !== null).join(', ');
    out.field('official', role ? `${official.name} — ${role}` : official.name).evidence(official.mentions[0] ?? null, ruleNote(official.rule));
  }
  for (const organization of record.organizations) {
    const acronym = organization.acronym ? ` (${organization.acronym})` : '';
    out.field('organization', `${organization.name}${acronym}, ${organization.kind}`).evidence(organization.mentions[0] ?? null, ruleNote(organization.rule));
  }
  for (const topic of record.topics) {
    out.field('topic', `${topic.id} (${topic.label}), score ${topic.score}`).evidence(topic.evidence[0] ?? null, ruleNote(topic.rule));
  }
  for (const warning of record.warnings) {
    const span = warning.start !== null && warning.end !== null ? { start: warning.start, end: warning.end } : null;
    out.field('warning', `${warning.message} [${warning.code}]`).evidence(span, undefined);
  }
  return out.toString();
}
