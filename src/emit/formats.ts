import { stringify as toYaml } from 'yaml';
import type { KccRecord } from '../record/types.js';

export const FORMATS = ['yaml', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * How a stream of records is written: text before the first record, each record, text between two
 * records, text after the last. Each format is a pure function of the records, so the same records
 * give the same bytes; a record's text depends only on how many the stream holds, so a parse
 * process can write it before it knows the record's place.
 */
export interface Emitter {
  open(count: number): string;
  record(record: KccRecord, count: number): string;
  separator: string;
  close(written: number, count: number): string;
  /** File extension of one record written alone (`--out-dir`). */
  extension: string;
}

/**
 * YAML 1.1 quoting rules quote every string that any YAML reader could take for something else
 * ("2023-06-09", "yes", "0x1F"), so the record reads back the same in YAML 1.1 and 1.2 readers;
 * `compat: 'core'` adds the few that only YAML 1.2 reads as non-strings ("0o17").
 */
export function recordToYaml(record: KccRecord): string {
  return toYaml(record, { version: '1.1', compat: 'core', aliasDuplicateObjects: false, lineWidth: 0, minContentWidth: 0 });
}

const yamlEmitter: Emitter = {
  open: () => '',
  record: (record, count) => (count > 1 ? '---\n' : '') + recordToYaml(record),
  separator: '',
  close: () => '',
  extension: '.yaml',
};

const jsonEmitter: Emitter = {
  open: (count) => (count > 1 ? '[\n' : ''),
  record: (record, count) => {
    const text = JSON.stringify(record, null, 2);
    if (count === 1) return `${text}\n`;
    // Only '\n' breaks lines here: /^/m would also indent after a U+2028 or U+2029 inside a string.
    return text.replace(/^|(?<=\n)/g, '  ');
  },
  separator: ',\n',
  close: (written, count) => (count > 1 ? (written > 0 ? '\n]\n' : ']\n') : ''),
  extension: '.json',
};

const ndjsonEmitter: Emitter = {
  open: () => '',
  record: (record) => `${JSON.stringify(record)}\n`,
  separator: '',
  close: () => '',
  extension: '.json',
};

export const EMITTERS: Record<Format, Emitter> = { yaml: yamlEmitter, json: jsonEmitter, ndjson: ndjsonEmitter };
