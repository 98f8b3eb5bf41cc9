import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { oncePer } from '../once.js';
import { PACKAGE_ROOT } from '../package-root.js';

/**
 * Rules are data: every `*.yaml` file of this folder is a set of named sections (lists of entries).
 * Files given with `--rules` add entries to the same sections. Each extractor reads and checks the
 * sections it owns.
 */
export type RuleSections = Readonly<Record<string, readonly unknown[]>>;

/** The built-in rules ship as data in src/rules/, also in the built package. */
const RULES_DIR = join(PACKAGE_ROOT, 'src', 'rules');

export class RulesError extends Error {}

function readRuleFile(path: string): Record<string, unknown[]> {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RulesError(`${path}: cannot read rules: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new RulesError(`${path}: a rules file is a mapping of section names to lists`);
  }
  for (const [section, entries] of Object.entries(data)) {
    if (!Array.isArray(entries)) throw new RulesError(`${path}: section "${section}" must be a list`);
    for (const entry of entries) {
      // In `{name: Ministry of Culture, Sports and Tourism}` YAML ends the value at the comma and reads
      // "Sports and Tourism" as a key without a value; no key of the rules holds a space.
      const split = isRecord(entry) ? Object.keys(entry).find((key) => /\s/.test(key) && entry[key] === null) : undefined;
      if (split !== undefined) {
        throw new RulesError(`${path}: section "${section}": "${split}" is cut from the value before it (a comma inside {...}); quote that value`);
      }
    }
  }
  return data as Record<string, unknown[]>;
}

function merge(files: string[]): RuleSections {
  const sections: Record<string, unknown[]> = {};
  for (const file of files) {
    for (const [section, entries] of Object.entries(readRuleFile(file))) {
      (sections[section] ??= []).push(...entries);
    }
  }
  return sections;
}

let builtIn: string[] | undefined;

export function builtInRuleFiles(): string[] {
  builtIn ??= readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(RULES_DIR, name));
  return builtIn;
}

const cache = new Map<string, RuleSections>();

/** The built-in rules plus the user's files, read once per distinct list of files. */
export function loadRules(userFiles: readonly string[] = []): RuleSections {
  const key = userFiles.join('\0');
  let rules = cache.get(key);
  if (!rules) {
    rules = merge([...builtInRuleFiles(), ...userFiles]);
    cache.set(key, rules);
  }
  return rules;
}

/** A section's entries, each checked by `accept`; a malformed entry is a rules error naming it. */
export function section<T>(rules: RuleSections, name: string, accept: (entry: unknown) => entry is T): T[] {
  const entries = rules[name] ?? [];
  for (const entry of entries) {
    if (!accept(entry)) throw new RulesError(`rules section "${name}": malformed entry ${JSON.stringify(entry)}`);
  }
  return entries as T[];
}

const compilers: Array<(rules: RuleSections) => unknown> = [];

/** A function of the rules computed once per rules object: rules are compiled once, not per document. */
export function oncePerRules<T>(compile: (rules: RuleSections) => T): (rules: RuleSections) => T {
  const compiled = oncePer(compile);
  compilers.push(compiled);
  return compiled;
}

/**
 * Compiles the rules of every module loaded, so that a malformed entry of a rules file is a usage
 * error before any input is read, rather than an error on each input.
 */
export function compileRules(rules: RuleSections): void {
  for (const compile of compilers) compile(rules);
}

/** Checks of rule entries, for `section` and the checks built from them. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
/** A word or phrase: a string with more than spaces in it. */
export const isPhrase = (value: unknown): value is string => isString(value) && value.trim() !== '';
export const isPhraseList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isPhrase);
