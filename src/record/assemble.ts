import {
  SCHEMA_ID,
  type DateMention,
  type KccRecord,
  type Official,
  type Organization,
  type Span,
  type Topic,
  type Venue,
  type Warning,
} from './types.js';

/** Rebuilds each object with its keys in the contract's order, whatever order extractors used. */
const span = ({ text, start, end }: Span): Span => ({ text, start, end });

const rule = (value: { rule?: string }): { rule?: string } => (value.rule === undefined ? {} : { rule: value.rule });

const dateMention = (mention: DateMention): DateMention => ({
  value: mention.value,
  text: mention.text,
  start: mention.start,
  end: mention.end,
  role: mention.role,
  ...rule(mention),
  ...(mention.inferred
    ? {
        inferred: {
          candidates: [...mention.inferred.candidates],
          reason: mention.inferred.reason,
          explanation: mention.inferred.explanation,
        },
      }
    : {}),
});

const venue = (value: Venue): Venue => ({
  name: value.name,
  city: value.city,
  country: value.country,
  mode: value.mode,
  text: value.text,
  start: value.start,
  end: value.end,
  ...rule(value),
});

const official = (value: Official): Official => ({
  name: value.name,
  title: value.title,
  organization: value.organization,
  ...rule(value),
  mentions: value.mentions.map(span),
});

const organization = (value: Organization): Organization => ({
  name: value.name,
  acronym: value.acronym,
  aliases: [...value.aliases],
  kind: value.kind,
  country: value.country,
  ...rule(value),
  mentions: value.mentions.map(span),
});

const topic = (value: Topic): Topic => ({
  id: value.id,
  label: value.label,
  score: value.score,
  ...rule(value),
  evidence: value.evidence.map(span),
});

const warning = (value: Warning): Warning => ({
  code: value.code,
  message: value.message,
  start: value.start,
  end: value.end,
});

export function assembleRecord(fields: Omit<KccRecord, 'schema'>): KccRecord {
  return {
    schema: SCHEMA_ID,
    source: {
      path: fields.source.path,
      sha256: fields.source.sha256,
      bytes: fields.source.bytes,
      encoding: fields.source.encoding,
    },
    title: fields.title,
    subtitles: [...fields.subtitles],
    published: fields.published,
    date: fields.date,
    dates: fields.dates.map(dateMention),
    venue: fields.venue && venue(fields.venue),
    officials: fields.officials.map(official),
    organizations: fields.organizations.map(organization),
    topics: fields.topics.map(topic),
    paragraphs: fields.paragraphs.map(span),
    warnings: fields.warnings.map(warning),
  };
}
