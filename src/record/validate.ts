import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { KccRecord } from './types.js';

const SCHEMA_PATH = join(PACKAGE_ROOT, 'src', 'record', 'record.schema.json');

let schemaText: string | undefined;
let validator: ValidateFunction | undefined;

/** The record's JSON Schema (2020-12), as shipped in the package. */
export function recordSchemaText(): string {
  schemaText ??= readFileSync(SCHEMA_PATH, 'utf8');
  return schemaText;
}

/** Schema problems of a record, as "path: message" lines; empty when it is valid. */
export function schemaProblems(record: KccRecord): string[] {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(recordSchemaText()) as object);
  if (validator(record)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`);
}

/** Offsets that do not slice the input to their text (the contract every span must keep). */
export function offsetProblems(record: KccRecord, input: string): string[] {
  const problems: string[] = [];
  const check = (where: string, span: { text: string; start: number | null; end: number | null }): void => {
    if (span.start === null || span.end === null) return;
    if (input.slice(span.start, span.end) !== span.text) problems.push(`${where}: offsets ${span.start}-${span.end} do not slice to its text`);
  };
  record.dates.forEach((span, index) => check(`/dates/${index}`, span));
  if (record.venue) check('/venue', record.venue);
  record.officials.forEach((official, index) => official.mentions.forEach((span, at) => check(`/officials/${index}/mentions/${at}`, span)));
  record.organizations.forEach((org, index) => org.mentions.forEach((span, at) => check(`/organizations/${index}/mentions/${at}`, span)));
  record.topics.forEach((topic, index) => topic.evidence.forEach((span, at) => check(`/topics/${index}/evidence/${at}`, span)));
  record.paragraphs.forEach((span, index) => check(`/paragraphs/${index}`, span));
  return problems;
}
