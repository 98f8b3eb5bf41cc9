import { describe, expect, it } from 'vitest';
import { removeChrome } from '../src/clean/chrome.js';
import { normalizeCharacters } from '../src/clean/normalize.js';
import { parseStructure, type Structure } from '../src/pipeline/structure.js';
import { loadRules } from '../src/rules/load.js';

function structureOf(input: string): Structure {
  const normalized = normalizeCharacters(input);
  const { header, body } = removeChrome(normalized, loadRules());
  return parseStructure(input, normalized, header, body, loadRules());
}

/** Title, subtitles and paragraph texts as the blocks hold them (cleaned). */
function shape(input: string): { title: string | null; subtitles: string[]; paragraphs: string[] } {
  const structure = structureOf(input);
  return {
    title: structure.title?.text ?? null,
    subtitles: structure.subtitles.map((block) => block.text),
    paragraphs: structure.paragraphs.map((block) => block.text),
  };
}

const S1 = 'The Korea Communications Commission (KCC) fined three carriers on September 13.';
const S2 = 'The carriers must pay within 30 days.';

describe('parseStructure: title', () => {
  it.each([
    ['from the page header', `Title KCC fines three carriers\nDate 2023-09-14 Read 5\n${S1}\n${S2}\n`, 'KCC fines three carriers'],
    ['from the header even when the body starts with another headline', `Title KCC fines three carriers\nDate 2023-09-14 Read 5\nFines for subsidies\n\n${S1}\n`, 'KCC fines three carriers'],
    ['from a headline-like first line, blank line after', `KCC fines three carriers\n\n${S1}\n\n${S2}\n`, 'KCC fines three carriers'],
    ['from a headline-like first line, sentences right after', `KCC fines three carriers\n${S1}\n${S2}\n`, 'KCC fines three carriers'],
    ['from a Markdown heading, without its marks', `# KCC fines three carriers\n\n${S1}\n`, 'KCC fines three carriers'],
    ['from a second-level Markdown heading', `## KCC fines three carriers ##\n\n${S1}\n`, 'KCC fines three carriers'],
    ['with leading space and Word artifacts cleaned', ` KCC fines\u00A0three carriers\u200B\n\n${S1}\n`, 'KCC fines three carriers'],
  ])('%s', (_, input, title) => {
    expect(shape(input).title).toBe(title);
  });

  it.each([
    ['a body that starts with a sentence', `${S1}\n\n${S2}\n`],
    ['a one-sentence body', S1],
    ['a single headline-like line: it is the body, not a title', 'KCC fines three carriers'],
    ['an empty body', ''],
  ])('no title: %s', (_, input) => {
    const structure = shape(input);
    expect(structure.title).toBeNull();
    expect(structure.subtitles).toEqual([]);
  });

  it('a header title maps to the input, not to the cleaned body', () => {
    const input = `Home > News\nTitle KCC fines three carriers\nDate 2023-09-14 Read 5\n${S1}\n`;
    const span = structureOf(input).title!.span();
    expect(span).toEqual({ text: 'KCC fines three carriers', start: 18, end: 42 });
    expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  it('a headline title maps to the input past Word artifacts', () => {
    const input = `\uFEFF KCC fines\u00A0three carriers\r\n\r\n${S1}\r\n`;
    const span = structureOf(input).title!.span();
    expect(span).toEqual({ text: 'KCC fines\u00A0three carriers', start: 2, end: 26 });
  });
});

describe('parseStructure: subtitles', () => {
  it.each([
    [
      'a dash-wrapped line after a header',
      `Title KCC fines three carriers\nDate 2023-09-14 Read 5\n- Fines of 2.1 billion won and corrective orders -\n\n${S1}\n`,
      ['Fines of 2.1 billion won and corrective orders -'],
    ],
    [
      'a dash-wrapped line right before the first sentence',
      `KCC fines three carriers\n- Fines of 2.1 billion won -\n${S1}\n`,
      ['Fines of 2.1 billion won -'],
    ],
    [
      'an en-dash-wrapped line',
      `KCC fines three carriers\n\n– Fines of 2.1 billion won –\n\n${S1}\n`,
      ['– Fines of 2.1 billion won –'],
    ],
    [
      'short lines before the first sentence',
      `KCC fines three carriers\nFines of 2.1 billion won\nCorrective orders for unfair discrimination\n${S1}\n${S2}\n`,
      ['Fines of 2.1 billion won', 'Corrective orders for unfair discrimination'],
    ],
    [
      'a Markdown sub-heading',
      `# KCC fines three carriers\n\n## Fines of 2.1 billion won\n\n${S1}\n`,
      ['Fines of 2.1 billion won'],
    ],
    [
      'a repeat of the header title is dropped',
      `Title KCC fines three carriers\nDate 2023-09-14 Read 5\nKCC FINES THREE CARRIERS\nFines of 2.1 billion won\n${S1}\n`,
      ['Fines of 2.1 billion won'],
    ],
    [
      'a repeat of a headline title with other punctuation is dropped',
      `KCC fines three carriers\n\nKCC fines three carriers!\n\n${S1}\n`,
      [],
    ],
    ['none when the first sentence comes right away', `KCC fines three carriers\n${S1}\nFines of 2.1 billion won\n`, []],
  ])('%s', (_, input, subtitles) => {
    expect(shape(input).subtitles).toEqual(subtitles);
  });

  it('lines after the first sentence are paragraphs, even when short', () => {
    const structure = shape(`KCC fines three carriers\n\n${S1}\n\nBackground\n\n${S2}\n`);
    expect(structure.subtitles).toEqual([]);
    expect(structure.paragraphs).toEqual([S1, 'Background', S2]);
  });

  it('subtitle offsets slice the input', () => {
    const input = `KCC fines three carriers\r\n- Fines of 2.1 billion won -\r\n${S1}\r\n`;
    const [subtitle] = structureOf(input).subtitles;
    const span = subtitle!.span();
    expect(span).toEqual({ text: 'Fines of 2.1 billion won -', start: 28, end: 54 });
    expect(input.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('parseStructure: a date line among the headlines', () => {
  it.each([
    ['before the headline', `2023. 6. 9. (Fri)\n\nKCC fines three carriers\n\n${S1}\n`, '2023. 6. 9. (Fri)'],
    ['after the headline, with a label', `KCC fines three carriers\nRelease date: June 9, 2023\n${S1}\n`, 'June 9, 2023'],
    ['in Markdown emphasis', `# KCC fines three carriers\n\n*June 9, 2023*\n\n${S1}\n`, 'June 9, 2023'],
    ['a dateline with its place', `KCC fines three carriers\nSeoul, June 9, 2023\n${S1}\n`, 'June 9, 2023'],
    ['a dateline that opens the first paragraph', `KCC fines three carriers\n\n**Seoul, June 9, 2023** — ${S1}\n`, 'June 9, 2023'],
    ['a Word letterhead\'s cells, the day labelled in one', `Embargo: upon distribution   Date: Friday, 9 June 2023\n\nKCC fines three carriers\n\n${S1}\n`, 'Friday, 9 June 2023'],
  ])('%s: the day, and the line is no headline', (_, input, text) => {
    const structure = structureOf(input);
    expect(structure.title?.text).toBe('KCC fines three carriers');
    expect(structure.subtitles).toEqual([]);
    expect(structure.paragraphs.map((block) => block.text)).toEqual([S1]);
    expect(structure.dateLine?.value).toBe('2023-06-09');
    expect(input.slice(structure.dateLine!.start, structure.dateLine!.end)).toBe(text);
  });

  it.each([
    ['below the date line', `Press Release\n2023. 6. 9. (Fri)\nFor immediate release\n\nKCC fines three carriers\n\n${S1}\n`, '2023. 6. 9. (Fri)'],
    ['an embargo note and a Date line', `Embargo: Not to be published before 12:00, Friday, 9 June 2023\nDate: 2023. 6. 9. (Fri)\n\nKCC fines three carriers\n\n${S1}\n`, 'Friday, 9 June 2023'],
    ['rows of a table', `| Press Release | Korea Communications Commission |\n| For release | From 12:00, 2023. 6. 9. (Fri) |\n| Distribution | 2023. 6. 8. (Thu) |\n\nKCC fines three carriers\n\n${S1}\n`, '2023. 6. 9. (Fri)'],
  ])('a letterhead %s: the first day, and no line of it is a headline', (_, input, text) => {
    const structure = structureOf(input);
    expect(structure.title?.text).toBe('KCC fines three carriers');
    expect(structure.subtitles).toEqual([]);
    expect(structure.dateLine?.value).toBe('2023-06-09');
    // The date line's offsets are the body's, after the leading chrome.
    const { body } = removeChrome(normalizeCharacters(input), loadRules());
    expect(body.text.slice(structure.dateLine!.start, structure.dateLine!.end)).toBe(text);
  });

  it.each([
    ['a motto above a table of fields', `Press Release\nA Nation of Trusted Broadcasting\n\n| Embargo | 2023. 6. 9. (Fri) | Pages | 3 |\n| Contact | Director Kim Min-su | 02-2110-1234 |\n\nKCC fines three carriers\n\n${S1}\n`],
    ['issuing bodies above a labelled date line and a contact line', `PRESS RELEASE\nKorea Communications Commission · Ministry of Education\n\nRelease date: 2023. 6. 9. (Fri) morning papers / Distributed: 2023. 6. 8. (Thu)\nContact: Media Policy Division, Director Kim Min-su\n\nKCC fines three carriers\n\n${S1}\n`],
    ['a contact on two lines, the second only a name and a number', `Press Release\nJune 9, 2023\nContact: Media Policy Division\nDirector Kim Min-su (+82-2-2110-1234)\n\nKCC fines three carriers\n\n${S1}\n`],
    ['a table\'s rule line under a Korean row', `보도자료\n| 담당 부서 | 시청자권익증진과 | 02-2110-1380 |\n|---|---|---|\n2023. 6. 9.(금)\n\nKCC fines three carriers\n\n${S1}\n`],
    ['a headline in a table of one cell, fields below it', `| 보도자료 PRESS RELEASE |\n|---|\n| KCC fines three carriers |\n\n| Release date | 2023. 6. 9. (Fri) |\n| Division in charge | Media Policy Division |\n\n- Fines for subsidies -\n\n${S1}\n`],
  ])('a Word letterhead with fields, %s: the headline is the line after the fields', (_, input) => {
    const structure = structureOf(input);
    expect(structure.title?.text).toBe('KCC fines three carriers');
    expect(structure.subtitles.map((block) => block.text)).not.toContain('A Nation of Trusted Broadcasting');
    expect(structure.paragraphs.map((block) => block.text)).toEqual([S1]);
    expect(structure.dateLine?.value).toBe('2023-06-09');
  });

  it.each([
    ['a division', 'Broadcasting Advertising Policy Division'],
    ['a bureau with "and"', 'Radio and Spectrum Policy Bureau'],
  ])('a letterhead that names the issuing unit on a line of its own, %s: the headline is the line after it', (_, unit) => {
    const structure = structureOf(`Korea Communications Commission\nPress Release\n${unit}\n\nKCC fines three carriers\n\n${S1}\n`);
    expect(structure.title?.text).toBe('KCC fines three carriers');
    expect(structure.paragraphs.map((block) => block.text)).toEqual([S1]);
  });

  it('a letterhead\'s distribution day yields to its release day on a later line', () => {
    const structure = structureOf(`Press Release\nSent: 2023. 6. 8. (Thu) 17:00\nHold for: 2023. 6. 9. (Fri)\n\nKCC fines three carriers\n\n${S1}\n`);
    expect(structure.dateLine?.value).toBe('2023-06-09');
    expect(structure.title?.text).toBe('KCC fines three carriers');
  });

  it.each([
    ['a Markdown heading', `# KCC fines three carriers\n\n**Date:** 2023-06-09\n**Category:** News & Notice\n\n> Fines for subsidies\n\n${S1}\n`],
    ['no headline after the fields', `KCC fines three carriers\nContact: Media Policy Division (02-2110-1234)\n\n${S1}\n`],
  ])('the headline above fields stays when it is %s', (_, input) => {
    expect(shape(input).title).toBe('KCC fines three carriers');
  });

  it('a page header\'s Date line wins', () => {
    expect(structureOf(`Title KCC fines three carriers\nDate 2023-09-14 Read 5\nJune 9, 2023\n${S1}\n`).dateLine).toBeNull();
  });

  it('a day in a sentence is no date line', () => {
    expect(structureOf(`KCC fines three carriers\n${S1}\nJune 9, 2023\n`).dateLine).toBeNull();
  });

  it('a dash after a day that opens a sentence makes no dateline', () => {
    expect(structureOf(`KCC fines three carriers\n\nOn June 9, 2023 — a Friday — the KCC met.\n`).dateLine).toBeNull();
  });
});

describe('parseStructure: paragraphs', () => {
  it.each([
    ['blank-line separated', `${S1}\n\n${S2}\n`, [S1, S2]],
    ['one per line, as captured web pages have them', `${S1}\n${S2}\n`, [S1, S2]],
    ['a line wrapped mid-sentence stays with its sentence', `${S1}\nThe KCC fined three\ncarriers on Wednesday.\n${S2}\n`, [S1, 'The KCC fined three\ncarriers on Wednesday.', S2]],
    ['two sentences on one line are one paragraph', `${S1} ${S2}\n`, [`${S1} ${S2}`]],
    ['numbered items, without their numbers', `${S1}\n\n1. Fines for SK Telecom.\n2. Fines for KT.\n`, [S1, 'Fines for SK Telecom.', 'Fines for KT.']],
    ['a heading inside the body', `${S1}\n\n## Next steps\n\n${S2}\n`, [S1, 'Next steps', S2]],
    ['a section heading before a bullet', `${S1}\nMain results\nㅇ ${S2}\n`, [S1, 'Main results', S2]],
    ['bullets of Korean releases, without their bullets', `□ ${S1}\n\n  ○  ${S2}\n\n• Fines for KT.\n`, [S1, S2, 'Fines for KT.']],
    ['a bullet stays when no space follows it', `${S1}\n\n※Fines for KT.\n`, [S1, '※Fines for KT.']],
    ['footer chrome is not a paragraph', `${S1}\n${S2}\nFile (fines.hwp)\nList\n`, [S1, S2]],
  ])('%s', (_, input, paragraphs) => {
    expect(shape(input).paragraphs).toEqual(paragraphs);
  });

  it('offsets point into the input, past the header, CRLF and artifacts', () => {
    const input = `Title KCC fines three carriers\r\nDate 2023-09-14 Read 5\r\n[bookmark: _GoBack]${S1}\r\nThe carriers must\u00A0pay within 30 days.\r\n`;
    const paragraphs = structureOf(input).paragraphs.map((block) => block.span());
    expect(paragraphs).toEqual([
      { text: S1, start: 75, end: 75 + S1.length },
      { text: 'The carriers must\u00A0pay within 30 days.', start: 75 + S1.length + 2, end: 75 + S1.length + 2 + S2.length },
    ]);
    for (const span of paragraphs) expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  it('a paragraph without its bullet slices the input after the bullet', () => {
    const input = `${S1}\r\n\r\n□ ${S2}\r\n`;
    const span = structureOf(input).paragraphs[1]!.span();
    expect(span).toEqual({ text: S2, start: input.indexOf(S2), end: input.indexOf(S2) + S2.length });
  });

  it('a paragraph found inside a longer page keeps its input offsets', () => {
    const input = `About KCC\nPress Releases\nKCC fines three carriers\n\n${S1}\n\n${S2}\nList\n`;
    const [first, second] = structureOf(input).paragraphs.map((block) => block.span());
    expect(first).toEqual({ text: S1, start: input.indexOf(S1), end: input.indexOf(S1) + S1.length });
    expect(second).toEqual({ text: S2, start: input.indexOf(S2), end: input.indexOf(S2) + S2.length });
  });

  it('a block span of a part of a paragraph', () => {
    const input = `${S1}\n`;
    const [paragraph] = structureOf(input).paragraphs;
    const at = paragraph!.text.indexOf('three carriers');
    expect(paragraph!.span(at, at + 'three carriers'.length)).toEqual({ text: 'three carriers', start: input.indexOf('three'), end: input.indexOf('three') + 14 });
  });
});

describe('a year that opens a line', () => {
  it('is no list marker: the line keeps it', () => {
    expect(shape(`KCC fines three carriers\n\n${S1}\n\n2023. 6. 9. The KCC met.\n`).paragraphs).toEqual([S1, '2023. 6. 9. The KCC met.']);
  });
});

describe('list markers nested on one line', () => {
  it('are read as one paragraph of text, without deep nesting, however many there are', async () => {
    const { parseText } = await import('../src/pipeline/parse.js');
    const { loadRules } = await import('../src/rules/load.js');
    const text = `Title Dates\nDate 2024-01-02 Read 1\n${'2023. 6. 9. '.repeat(5000)}\n`;
    const record = parseText(text, { path: 'x', sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' }, { path: 'x', referenceDate: '2026-01-15', rules: loadRules() });
    expect(record.paragraphs).toHaveLength(1);
    expect(record.paragraphs[0]!.text).toMatch(/^2023\. 6\. 9\. 2023\. 6\. 9\./);
  });
});
