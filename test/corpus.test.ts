import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseBytes } from '../src/pipeline/parse.js';
import { loadRules } from '../src/rules/load.js';

/** The shared corpus of real releases is measured, never copied; without it these tests skip. */
const CORPUS = '../shared/corpus';
const present = existsSync(CORPUS);
if (!present) console.warn(`skipped: ${CORPUS} is absent, so the corpus checks did not run`);

const names = present ? readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort() : [];

interface Gold {
  title: string | null;
  published: string | null;
  date: string | null;
}

describe.skipIf(!present)('real releases of ../shared/corpus', () => {
  it.each(names)('%s: real headline, publication date and event date', (name) => {
    const gold = parseYaml(readFileSync(join(CORPUS, name.replace(/\.txt$/, '.gold.yaml')), 'utf8')) as Gold;
    const outcome = parseBytes(readFileSync(join(CORPUS, name)), { path: name, referenceDate: '2026-01-15', rules: loadRules() });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect({ date: outcome.record.date, published: outcome.record.published }).toEqual({ date: gold.date, published: gold.published });
    if (gold.title !== null) expect(outcome.record.title).toBe(gold.title);
    for (const mention of outcome.record.dates) expect(outcome.text.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
