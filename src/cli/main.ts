import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMATS, EMITTERS, type Format } from '../emit/formats.js';
import { expandInputs } from '../io/inputs.js';
import { OutDir } from '../io/out-dir.js';
import { compileRules, loadRules, RulesError } from '../rules/load.js';
import { recordSchemaText } from '../record/validate.js';
import { isoDay } from '../pipeline/published.js';
import { runBatch } from './batch.js';
import type { Endpoint } from './parsers.js';
import { colorLevel, makeChalk } from './color.js';
import { Sink } from '../io/sink.js';

/** The streams and environment of one run, so that tests can run the CLI without a process. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Read once per run, for the default reference date. */
  now: () => Date;
  /** Starts one parser of a parallel batch (default: a worker thread). */
  parseEndpoint?: () => Endpoint;
  /** Milliseconds for progress timing; tests pass a fake one. */
  clock?: () => number;
  signal?: AbortSignal;
}

export const EXIT = { ok: 0, inputFailed: 1, usage: 2, interrupted: 130 } as const;

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const HELP_WIDTH = 100;

const EXAMPLES = `
Examples:
  kcc-parse release.txt                               one record as YAML
  kcc-parse releases/ --format ndjson > all.jsonl     a whole archive, one JSON record per line
  cat release.txt | kcc-parse - --format json | jq .officials
  kcc-parse releases/*.txt --out-dir records/         one file per input
  kcc-parse eval ../shared/corpus --min topics=0.8    accuracy against gold annotations
  kcc-parse schema                                    the record's JSON Schema
`;

class UsageError extends Error {}

interface ParseCommandOptions {
  format: Format;
  outDir?: string;
  referenceDate?: string;
  maxBytes: number;
  rules: string[];
  jobs: number;
  explain?: boolean;
  color?: boolean;
  quiet?: boolean;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new InvalidArgumentError('takes a positive whole number');
  return number;
}

function referenceDate(option: string | undefined, now: () => Date): string {
  if (option === undefined) return now().toISOString().slice(0, 10);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(option) ? isoDay(option) : null;
  if (!day) throw new UsageError(`--reference-date takes a calendar day as YYYY-MM-DD, not "${option}"`);
  return day;
}

/** Runs the command line `argv` (without node and script) and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const stdout = new Sink(io.stdout);
  const stderr = new Sink(io.stderr);
  let status: number = EXIT.ok;
  const program = new Command('kcc-parse');

  program
    .description('Turn KCC press releases into structured records (YAML, JSON, NDJSON).')
    .version(packageVersion(), '--version')
    .argument('[inputs...]', 'release files or folders (*.txt, *.md, *.html); "-" is stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('yaml'))
    .option('-o, --out-dir <dir>', 'write one output file per input into this folder')
    .option('--reference-date <YYYY-MM-DD>', 'anchor for open dates when a release states no publication date (default: today)')
    .addOption(new Option('--max-bytes <n>', 'refuse inputs larger than this').argParser(positiveInteger).default(DEFAULT_MAX_BYTES, '5 MiB'))
    .addOption(new Option('--rules <file>', 'extra rules (YAML); repeatable').argParser(collect).default([], 'none'))
    .addOption(
      new Option('-j, --jobs <n>', 'parsers running in parallel for batches of 16 inputs or more').argParser(positiveInteger).default(availableParallelism(), 'the number of cores'),
    )
    .option('--explain', 'show each field with its evidence and reasons, for a person, instead of records')
    .option('--color', 'colour diagnostics')
    .option('--no-color', 'no colour')
    .option('-q, --quiet', 'no warnings on stderr, errors only')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    // `eval` has its own --rules and --reference-date: without this, the program's took them.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      // A fixed width, so that help reads the same everywhere and the README can quote it.
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      writeOut: (text) => void stdout.write(text),
      writeErr: (text) => void stderr.write(text),
      // Named like every other message of kcc-parse, so that a script's log says which tool spoke.
      outputError: (text, write) => write(`kcc-parse: ${text}`),
    })
    .action(async (inputs: string[], options: ParseCommandOptions) => {
      status = await parseCommand(inputs, options, io, stdout, stderr);
    });

  program
    .command('schema')
    .description("print the record's JSON Schema (2020-12)")
    .action(async () => {
      await stdout.write(recordSchemaText());
    });

  program
    .command('eval')
    .description('score the parser against NAME.txt + NAME.gold.yaml pairs')
    .argument('<dir>', 'folder of releases with gold annotations')
    .option('--verbose', 'list every miss per file')
    .option('--json', 'print the figures as JSON')
    .option('--min <field=value>', 'exit 1 when a figure falls below this floor; repeatable', collect, [])
    .option('--rules <file>', 'extra rules (YAML); repeatable', collect, [])
    .option('--reference-date <YYYY-MM-DD>', 'anchor for open dates')
    .action(async (dir: string, options: { verbose?: boolean; json?: boolean; min: string[]; rules: string[]; referenceDate?: string }) => {
      // Loaded only for this subcommand, so that parsing does not pay for it at start-up.
      const { runEval } = await import('../eval/run.js');
      status = await runEval(
        dir,
        {
          verbose: options.verbose ?? false,
          json: options.json ?? false,
          min: options.min,
          rules: options.rules,
          referenceDate: referenceDate(options.referenceDate, io.now),
        },
        { stdout: io.stdout, stderr: io.stderr },
      );
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return shown ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof RulesError) {
      await stderr.write(`kcc-parse: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  return status;
}

async function parseCommand(args: string[], options: ParseCommandOptions, io: CliIo, stdout: Sink, stderr: Sink): Promise<number> {
  const chalk = makeChalk(colorLevel(options.color, io.env, io.stderr.isTTY));
  const day = referenceDate(options.referenceDate, io.now);
  if (args.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no input: name release files or folders, or pipe a release into standard input (see --help)');
    args = ['-'];
  }
  if (args.filter((arg) => arg === '-').length > 1) throw new UsageError('"-" (standard input) is given more than once; it can be read only once');
  // Read and compiled here so that a bad rules file is a usage error before any input is parsed.
  compileRules(loadRules(options.rules));
  let outDir: OutDir | null = null;
  if (options.outDir !== undefined) {
    outDir = new OutDir(options.outDir, EMITTERS[options.format].extension);
    const problem = outDir.prepare();
    if (problem) throw new UsageError(`--out-dir ${options.outDir}: cannot write there: ${problem}`);
  }
  const inputs = expandInputs(args);
  const summary = await runBatch(
    {
      inputs,
      format: options.format,
      outDir,
      referenceDate: day,
      ruleFiles: options.rules,
      maxBytes: options.maxBytes,
      quiet: options.quiet ?? false,
      progress: !options.quiet && io.stderr.isTTY === true,
      jobs: options.jobs,
      explain: options.explain ?? false,
    },
    {
      stdin: io.stdin,
      stdout,
      stderr,
      chalk,
      stdoutColor: colorLevel(options.color, io.env, io.stdout.isTTY),
      clock: io.clock ?? Date.now,
      ...(io.signal ? { signal: io.signal } : {}),
      ...(io.parseEndpoint ? { parseEndpoint: io.parseEndpoint } : {}),
    },
  );
  if (summary.interrupted) return EXIT.interrupted;
  return summary.failed > 0 ? EXIT.inputFailed : EXIT.ok;
}
