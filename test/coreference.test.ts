import { describe, expect, it } from 'vitest';
import { expectExactSpans, parseRelease } from './support/release.js';

const mentionsOf = (body: string): string[][] => parseRelease(body).record.officials.map((official) => official.mentions.map((mention) => mention.text));

describe('coreference of people', () => {
  it.each<[string, string, string[][]]>([
    ['title and surname', 'Chairman Park Jin-woo of the KCC spoke. Chairman Park then left.', [['Park Jin-woo', 'Park']]],
    ['courtesy word and surname', 'The KCC met Anna Berg, vice president of policy at Netflix. Ms. Berg agreed.', [['Anna Berg', 'Berg']]],
    ['surname alone', 'Commissioner Choi Yoon-ah of the KCC spoke. Choi said more was needed.', [['Choi Yoon-ah', 'Choi']]],
    ['the full name again without a title', 'Commissioner Choi Yoon-ah of the KCC spoke. Later Choi Yoon-ah left.', [['Choi Yoon-ah', 'Choi Yoon-ah']]],
    ['an unknown surname joins no one', 'Chairman Han spoke. Minister Park Jin-woo of the MSIT agreed.', [['Park Jin-woo']]],
    ['a surname inside another name joins no one', 'Commissioner Lee Ji-ho of the KCC discussed the Lee Luda case.', [['Lee Ji-ho']]],
    [
      'the last words of a Western name, later with a title, are the same person',
      'The KCC met Saeed Al Mansoori, Deputy Director General of Ofcom. Deputy Director General Al Mansoori presented the rules.',
      [['Saeed Al Mansoori', 'Al Mansoori']],
    ],
    [
      'last words that end two longer names join neither',
      'The KCC met Director Saeed Al Mansoori and Director Omar Al Mansoori. Deputy Director Al Mansoori spoke.',
      [['Saeed Al Mansoori'], ['Omar Al Mansoori'], ['Al Mansoori']],
    ],
  ])('%s', (_, body, expected) => {
    expect(mentionsOf(body)).toEqual(expected);
  });

  it('the nearest full name wins when two people share a surname', () => {
    const body = 'Professor Kim Do-yun of the KISDI and Commissioner Kim Ha-rin of the KCC spoke. Commissioner Kim thanked the KISDI.';
    const { record, input } = parseRelease(body);
    expect(record.officials.map((official) => official.mentions.map((mention) => mention.text))).toEqual([['Kim Do-yun'], ['Kim Ha-rin', 'Kim']]);
    for (const official of record.officials) expectExactSpans(input, official.mentions);
  });
});
