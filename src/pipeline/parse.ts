import { createHash } from 'node:crypto';
import { normalizeCharacters } from '../clean/normalize.js';
import { removeChrome } from '../clean/chrome.js';
import { decodeBytes } from '../io/decode.js';
import type { RuleSections } from '../rules/load.js';
import type { KccRecord, Source, Span, Warning } from '../record/types.js';
import { assembleRecord } from '../record/assemble.js';
import { offsetProblems, schemaProblems } from '../record/validate.js';
import { extractOrganizations, reportedOrganizations } from '../extract/organizations.js';
import { extractOfficials } from '../extract/officials.js';
import { extractVenue } from '../extract/venue.js';
import { extractDates } from '../extract/dates.js';
import { extractTopics } from '../extract/topics.js';
import { parseStructure } from './structure.js';
import { publishedFrom } from './published.js';
import type { Doc } from './doc.js';

export interface ParseOptions {
  /** The input path as given (`-` for standard input). */
  path: string;
  /** YYYY-MM-DD: anchor for open dates when the release states no publication date. */
  referenceDate: string;
  rules: RuleSections;
}

/** A record with the decoded text its offsets point into, or the problem that stopped the input. */
export type ParseOutcome = { ok: true; record: KccRecord; text: string } | { ok: false; problem: string };

/** The whole pipeline on one input's bytes: decode, clean, structure, extract, assemble. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions): ParseOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const source: Source = {
    path: options.path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding: decoded.encoding,
  };
  const warnings: Warning[] = decoded.warnings.map((warning) => ({ ...warning, start: null, end: null }));
  const record = parseText(decoded.text, source, options, warnings);
  // A record that breaks the contract is our bug, reported on that input rather than emitted.
  const problems = [...schemaProblems(record), ...offsetProblems(record, decoded.text)];
  if (problems.length > 0) return { ok: false, problem: `internal error, record not emitted: ${problems.slice(0, 3).join('; ')}` };
  return { ok: true, record, text: decoded.text };
}

/** The pipeline from decoded text on; offsets in the record point into `input`. */
export function parseText(input: string, source: Source, options: ParseOptions, warnings: Warning[] = []): KccRecord {
  const normalized = normalizeCharacters(input);
  const { header, body } = removeChrome(normalized, options.rules);
  const structure = parseStructure(input, normalized, header, body, options.rules);
  const dateLine: Span | null = header.date ? spanOf(input, normalized.toInput(header.date.start, header.date.end)) : null;
  const { dateLine: leadDate } = structure;
  const leadSpan = leadDate ? spanOf(input, body.toInput(leadDate.start, leadDate.end)) : null;
  const published = publishedFrom(dateLine) ?? (leadDate?.value && leadSpan ? { value: leadDate.value, span: leadSpan } : null);
  if (dateLine && !published) {
    warnings.push({ code: 'bad-date-line', message: `the Date line "${dateLine.text}" is no calendar day`, ...range(dateLine) });
  }
  // A capture of a page's navigation alone, or of its header alone, says so rather than pass for a release.
  if (structure.paragraphs.length === 0) {
    warnings.push({ code: 'no-body', message: structure.title ? 'no release text after the headline' : 'no release text: only site chrome', start: null, end: null });
  }
  const doc: Doc = {
    input,
    ...structure,
    blocks: [...(structure.title ? [structure.title] : []), ...structure.subtitles, ...structure.paragraphs],
    published,
    yearlessDateLine: !published && leadDate && leadSpan && leadDate.value === null ? { reading: leadDate.reading, span: leadSpan } : null,
    referenceDate: options.referenceDate,
    rules: options.rules,
    warn: (warning) => warnings.push(warning),
  };

  const organizations = extractOrganizations(doc);
  const officials = extractOfficials(doc, organizations);
  const venue = extractVenue(doc);
  const { dates, date, published: datedLine } = extractDates(doc, officials);
  const topics = extractTopics(doc);

  return assembleRecord({
    source,
    title: structure.title?.text.trim() ?? null,
    subtitles: structure.subtitles.map((block) => block.text.replace(/^[-–—]+\s*|\s*[-–—]+$/g, '').trim()),
    published: published?.value ?? datedLine,
    date,
    dates,
    venue,
    officials,
    organizations: reportedOrganizations(organizations, options.rules),
    topics,
    paragraphs: structure.paragraphs.map((block) => block.span()),
    warnings,
  });
}

function spanOf(input: string, { start, end }: { start: number; end: number }): Span {
  return { text: input.slice(start, end), start, end };
}

function range(span: Span): { start: number; end: number } {
  return { start: span.start, end: span.end };
}
