import { describe, expect, it } from 'vitest';
import { expectExactSpans, parseRelease } from './support/release.js';

const summaryOf = (body: string): Array<[string, string[]]> =>
  parseRelease(body).record.organizations.map((organization) => [organization.name, organization.mentions.map((mention) => mention.text)]);

describe('coreference of organizations', () => {
  it.each<[string, string, Array<[string, string[]]>]>([
    [
      'a bare head word refers to the body named before it',
      'The Council for the Safety of Online Games met. The Council agreed, and the public-private Council will meet again.',
      [['Council for the Safety of Online Games', ['Council for the Safety of Online Games', 'Council', 'Council']]],
    ],
    [
      'a name without its tail abbreviates the longer name',
      'The Public-Private Council for Online Safety met. The Public-Private Council agreed.',
      [['Public-Private Council for Online Safety', ['Public-Private Council for Online Safety', 'Public-Private Council']]],
    ],
    [
      'a name without the place that a longer name adds after its tail',
      "The Ministry of Digital Affairs of Ruritania met the KCC. Ruritania's Ministry of Digital Affairs agreed.",
      [
        ['Ministry of Digital Affairs of Ruritania', ['Ministry of Digital Affairs of Ruritania', 'Ministry of Digital Affairs']],
        ['Korea Communications Commission', ['KCC']],
      ],
    ],
    ['a bare head word with nothing before it refers to nothing', 'The Council met. The KCC agreed.', [['Korea Communications Commission', ['KCC']]]],
    [
      'the most recent body with the head word',
      'The KCC and the Korea Digital Safety Commission met. The Commission agreed.',
      [
        ['Korea Communications Commission', ['KCC']],
        ['Korea Digital Safety Commission', ['Korea Digital Safety Commission', 'Commission']],
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(summaryOf(body)).toEqual(expected);
  });

  it('offsets of references are exact', () => {
    const { record, input } = parseRelease('The Council for the Safety of Online Games met on Monday, and on Tuesday the Council published its report.');
    for (const organization of record.organizations) expectExactSpans(input, organization.mentions);
  });
});
