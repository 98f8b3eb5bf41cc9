import { expect } from 'vitest';
import { parseText } from '../../src/pipeline/parse.js';
import type { KccRecord, Span } from '../../src/record/types.js';
import { loadRules } from '../../src/rules/load.js';

const SOURCE = { path: 't', sha256: '', bytes: 0, encoding: 'utf-8' };

/** A release page around `body` (a title line, then the body), run through the whole pipeline. */
export function parseRelease(body: string, title = 'Press release'): { record: KccRecord; input: string } {
  const input = `${title}\n\n${body}\n`;
  return { record: parseText(input, SOURCE, { path: 't', referenceDate: '2026-11-29', rules: loadRules() }), input };
}

/** Every span points at its text in the input. */
export function expectExactSpans(input: string, spans: readonly Span[]): void {
  for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
}
