import { describe, expect, it } from 'vitest';
import { MappedText } from '../src/clean/mapped-text.js';
import { extractDates } from '../src/extract/dates.js';
import { Block, type Doc } from '../src/pipeline/doc.js';
import type { Official, Warning } from '../src/record/types.js';
import { erasOf } from '../src/resolve/date-era.js';
import { loadRules } from '../src/rules/load.js';

/** A one-paragraph Doc without a Date line, as the pipeline would hand it over. */
function docOf(text: string): Doc & { warnings: Warning[] } {
  const paragraph = new Block('paragraph', text, MappedText.identity(text), 0, text);
  const warnings: Warning[] = [];
  return {
    input: text,
    title: null,
    subtitles: [],
    paragraphs: [paragraph],
    blocks: [paragraph],
    published: null,
    yearlessDateLine: null,
    referenceDate: '2026-11-29',
    rules: loadRules(),
    warn: (warning) => warnings.push(warning),
    warnings,
  };
}

const labels = (text: string, officials: Official[] = []): string[] => erasOf(docOf(text), officials).map((era) => era.label);

describe('eras: found in the text', () => {
  it.each([
    ["a president's administration", "The policy was set under Yoon's administration.", ["the text names Yoon Suk Yeol's administration (2022-05-10 to 2025-04-04)"]],
    ["a president's government, full name", 'The Moon Jae-in government set the goal.', ["the text names Moon Jae-in's administration (2017-05-10 to 2022-05-09)"]],
    [
      'a family name that fits two presidents',
      "The plan dates from Lee's administration.",
      ["the text names Lee Myung-bak's administration (2008-02-25 to 2013-02-24) or Lee Jae-myung's administration (2025-06-04 to now)"],
    ],
    ['an official with the title written beside the name', 'Vice Chairman Lee Sang-in attended.', ['Lee Sang-in was vice chairman from 2023-12-04 to 2024-07-02, vice chairman from 2024-07-31 to 2025-10-01']],
    ['an official named without a title: every term', 'Han Sang-hyuk attended.', ['Han Sang-hyuk was chairman from 2019-09-09 to 2023-05-30']],
  ])('%s', (_, text, expected) => expect(labels(text)).toEqual(expected));

  it.each([
    ['a president of another body', 'The forum was opened by President Kim of the institute.'],
    ['a surname alone', 'Lee said the KCC would act.'],
  ])('not an era: %s', (_, text) => expect(labels(text)).toEqual([]));
});

describe('eras: from the officials extractor', () => {
  it('takes the title the extractor found', () => {
    const official: Official = { name: 'Lee Sang-in', title: 'standing commissioner', organization: 'Korea Communications Commission', mentions: [] };
    expect(labels('The commissioner met the delegation.', [official])).toEqual(['Lee Sang-in was standing commissioner from 2023-04-07 to 2023-12-01']);
  });

  it('dates a weekday day by the official the extractor found', () => {
    const official: Official = { name: 'Lee Sang-in', title: 'standing commissioner', organization: 'Korea Communications Commission', mentions: [] };
    const doc = docOf('The commissioner held a meeting with the delegation on Friday, June 9.');
    const { date, dates } = extractDates(doc, [official]);
    expect(date).toBe('2023-06-09');
    expect(dates[0]?.inferred?.reason).toBe('weekday+era');
    expect(doc.warnings).toEqual([]);
  });
});
