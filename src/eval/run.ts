import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Sink } from '../io/sink.js';
import { describeFsError } from '../io/inputs.js';
import { parseBytes, type ParseOutcome } from '../pipeline/parse.js';
import { compileRules, loadRules, RulesError, type RuleSections } from '../rules/load.js';
import { GoldError, readGold, type Gold } from './gold.js';
import { renderJson, renderTable, roundedSummary, type FileResult } from './report.js';
import { FIELDS, scoreRecord, sumCounts, type Field } from './score.js';

export interface EvalOptions {
  verbose: boolean;
  json: boolean;
  /** `field=value` floors, value from 0 to 1. */
  min: string[];
  rules: string[];
  referenceDate: string;
}

export interface EvalIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const STATUS = { ok: 0, belowFloor: 1, usage: 2 } as const;

class UsageProblem extends Error {}

interface Floor {
  field: Field;
  value: number;
}

function parseFloor(spec: string): Floor {
  const match = /^([A-Za-z]+)=(\d*\.?\d+)$/.exec(spec.trim());
  const field = FIELDS.find((name) => name === match?.[1]);
  const value = Number(match?.[2]);
  if (!match || field === undefined || !(value >= 0 && value <= 1)) {
    throw new UsageProblem(`--min takes field=value with a value from 0 to 1 and a field among ${FIELDS.join(', ')}; not "${spec}"`);
  }
  return { field, value };
}

interface Pair {
  name: string;
  text: string;
  gold: string;
}

/** NAME.txt + NAME.gold.yaml side by side in `dir` (not below it), in sorted order; strays are noted. */
function findPairs(dir: string, notes: string[]): Pair[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new UsageProblem(`${dir}: cannot read the folder: ${describeFsError(error)}`);
  }
  const present = new Set(names);
  const stems = names.flatMap((name) => /^(.+)\.(txt|gold\.yaml)$/.exec(name)?.[1] ?? []);
  const pairs: Pair[] = [];
  for (const stem of new Set(stems)) {
    const [text, gold] = [`${stem}.txt`, `${stem}.gold.yaml`];
    if (present.has(text) && present.has(gold)) pairs.push({ name: text, text: join(dir, text), gold: join(dir, gold) });
    else {
      const [have, lack] = present.has(text) ? [text, gold] : [gold, text];
      notes.push(`${join(dir, have)} has no ${lack} beside it; not scored`);
    }
  }
  if (pairs.length === 0) throw new UsageProblem(`${dir}: no NAME.txt + NAME.gold.yaml pairs to score`);
  return pairs;
}

/** The record of one release, or why there is none; a bug in the pipeline still throws, as in the CLI. */
async function parseRelease(path: string, rules: RuleSections, referenceDate: string): Promise<ParseOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, problem: describeFsError(error) };
  }
  return parseBytes(bytes, { path, referenceDate, rules });
}

async function scoreFile(pair: Pair, gold: Gold, rules: RuleSections, referenceDate: string): Promise<FileResult> {
  const outcome = await parseRelease(pair.text, rules, referenceDate);
  const { counts, misses } = scoreRecord(outcome.ok ? outcome.record : null, gold);
  return { file: pair.name, problem: outcome.ok ? null : outcome.problem, counts, misses };
}

interface Setup {
  floors: Floor[];
  golds: Array<[Pair, Gold]>;
  rules: RuleSections;
  notes: string[];
}

/** Everything checked before any parsing; all gold is read first, so a typo in the last file costs no run. */
function prepare(dir: string, options: EvalOptions): Setup {
  const floors = options.min.map(parseFloor);
  const notes: string[] = [];
  const golds = findPairs(dir, notes).map((pair): [Pair, Gold] => [pair, readGold(pair.gold)]);
  const rules = loadRules(options.rules);
  compileRules(rules);
  return { floors, golds, rules, notes };
}

/**
 * `kcc-parse eval DIR`: parses every NAME.txt of DIR with the CLI's pipeline, scores it against
 * NAME.gold.yaml and prints the figures. Returns 0, 1 when a `--min` floor is not reached, or 2 for
 * a usage problem (bad `--min`, bad rules, malformed gold, no pairs). A text that does not parse is
 * counted as all missed and listed, without changing the status by itself: the floors judge it.
 */
export async function runEval(dir: string, options: EvalOptions, io: EvalIo): Promise<number> {
  const [stdout, stderr] = [new Sink(io.stdout), new Sink(io.stderr)];
  let setup: Setup;
  try {
    setup = prepare(dir, options);
  } catch (error) {
    if (!(error instanceof UsageProblem || error instanceof GoldError || error instanceof RulesError)) throw error;
    await stderr.write(`kcc-parse: ${error.message}\n`);
    return STATUS.usage;
  }
  for (const note of setup.notes) await stderr.write(`kcc-parse: warning: ${note}\n`);

  const files: FileResult[] = [];
  for (const [pair, gold] of setup.golds) files.push(await scoreFile(pair, gold, setup.rules, options.referenceDate));
  const result = { dir, files, counts: sumCounts(files.map((file) => file.counts)) };
  await stdout.write(options.json ? renderJson(result) : renderTable(result, options.verbose));

  const summary = roundedSummary(result.counts);
  const unmet = setup.floors.filter((floor) => summary[floor.field] < floor.value);
  for (const floor of unmet) await stderr.write(`kcc-parse: ${floor.field} is ${summary[floor.field].toFixed(3)}, below the floor ${floor.value}\n`);
  return unmet.length > 0 ? STATUS.belowFloor : STATUS.ok;
}
