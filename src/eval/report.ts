import {
  FIELDS,
  accuracyOf,
  f1,
  isDetection,
  precision,
  recall,
  summarize,
  type Counts,
  type Miss,
  type Summary,
  type Tally,
} from './score.js';

/** One scored pair; `problem` says why the text could not be parsed (everything then counts as missed). */
export interface FileResult {
  file: string;
  problem: string | null;
  counts: Counts;
  misses: Miss[];
}

export interface EvalResult {
  dir: string;
  files: FileResult[];
  /** The counts of all files added up. */
  counts: Counts;
}

/** Figures are shown, written as JSON and held against `--min` floors at this precision, so all three agree. */
const round = (figure: number): number => Math.round(figure * 1000) / 1000;

export function roundedSummary(counts: Counts): Summary {
  const summary = summarize(counts);
  for (const field of FIELDS) summary[field] = round(summary[field]);
  return summary;
}

function tallyJson(tally: Tally): Record<string, number> {
  if (isDetection(tally)) return { ...tally, precision: round(precision(tally)), recall: round(recall(tally)), f1: round(f1(tally)) };
  return { ...tally, accuracy: round(accuracyOf(tally)) };
}

function fieldsJson(counts: Counts): Record<string, Record<string, number>> {
  return Object.fromEntries(FIELDS.map((field) => [field, tallyJson(counts[field])]));
}

/** `summary` holds one figure per field (F1 for F1 fields); `fields` the counts behind each. */
export function renderJson(result: EvalResult): string {
  const report = {
    dir: result.dir,
    summary: roundedSummary(result.counts),
    fields: fieldsJson(result.counts),
    files: result.files.map((file) => ({
      file: file.file,
      problem: file.problem,
      summary: roundedSummary(file.counts),
      fields: fieldsJson(file.counts),
      misses: file.misses,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Rows of cells as text columns: the first column left-aligned, the others right-aligned unless `left`. */
function columns(rows: readonly string[][], left: ReadonlySet<number> = new Set([0])): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, index) => (left.has(index) ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const fixed = (figure: number): string => round(figure).toFixed(3);

function tableRow(field: string, tally: Tally): string[] {
  if (isDetection(tally)) {
    return [field, fixed(f1(tally)), fixed(precision(tally)), fixed(recall(tally)), String(tally.tp), String(tally.fp), String(tally.fn), ''];
  }
  return [field, fixed(accuracyOf(tally)), '', '', '', '', '', `${tally.correct}/${tally.total}`];
}

/** Misses are for reading: long values (headlines, alias lists) are cut here; the JSON keeps them whole. */
const SHOWN_LENGTH = 72;
function shown(value: string | null): string {
  if (value === null) return '—';
  return value.length <= SHOWN_LENGTH ? value : `${value.slice(0, SHOWN_LENGTH - 1)}…`;
}

function missLines(file: FileResult): string[] {
  const heading = `${file.file}: ${file.misses.length === 0 ? 'no misses' : `${file.misses.length} misses`}`;
  const rows = file.misses.map((miss) => [
    miss.official === undefined ? miss.field : `${miss.field} (${miss.official})`,
    `got ${shown(miss.got)}`,
    `wanted ${shown(miss.wanted)}`,
  ]);
  const problem = file.problem === null ? [] : [`  parse failed: ${file.problem}`];
  const table = rows.length === 0 ? [] : columns(rows, new Set([0, 1, 2])).split('\n').map((line) => `  ${line}`);
  return [heading, ...problem, ...table];
}

/**
 * The table for people: one row per field, named as `--min` and the JSON summary name it, with the
 * counts behind each figure; `verbose` adds every miss, file by file.
 */
export function renderTable(result: EvalResult, verbose: boolean): string {
  const failed = result.files.filter((file) => file.problem !== null);
  const header = ['field', 'score', 'precision', 'recall', 'tp', 'fp', 'fn', 'correct'];
  const lines = [
    `${result.dir}: ${result.files.length} files scored, ${failed.length} failed to parse`,
    '',
    columns([header, ...FIELDS.map((field) => tableRow(field, result.counts[field]))]),
    '',
    'score: F1 where tp/fp/fn are given (micro-averaged over files), else accuracy;',
    'officialTitle and officialOrg: accuracy over the officials matched by name.',
  ];
  if (failed.length > 0) {
    lines.push('', 'failed to parse (counted as all missed):', ...failed.map((file) => `  ${file.file}: ${file.problem ?? ''}`));
  }
  if (verbose) lines.push('', ...result.files.flatMap((file) => [...missLines(file), '']));
  return `${lines.join('\n').trimEnd()}\n`;
}
