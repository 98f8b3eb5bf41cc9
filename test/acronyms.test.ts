import { describe, expect, it } from 'vitest';
import { expectExactSpans, parseRelease } from './support/release.js';

const organizationsOf = (body: string) => parseRelease(body).record.organizations;

describe('acronyms and short names defined in the text', () => {
  it.each<[string, string, string, string | null, string[]]>([
    ['an acronym in parentheses', 'The Korea Digital Safety Association (KDSA) met. The KDSA agreed.', 'Korea Digital Safety Association', 'KDSA', []],
    ['an acronym before a title', 'The Broadcasting Review Institute (BRI, President Kim Min-ho) met. BRI agreed.', 'Broadcasting Review Institute', 'BRI', []],
    ['an acronym with the K of a "Korea" the name leaves out', 'The Digital Safety Association (KDSA) met. The KDSA agreed.', 'Digital Safety Association', 'KDSA', []],
    [
      'an acronym of the name in its own language, given with it',
      'The Indonesian Broadcasting Commission (Komisi Penyiaran Indonesia, KPI) met. The KPI agreed.',
      'Indonesian Broadcasting Commission',
      'KPI',
      [],
    ],
    [
      'a "hereinafter" name',
      'The KCC set up the Council for the Safety of Online Games (hereinafter referred to as the "Safety Council"). The Safety Council met.',
      'Council for the Safety of Online Games',
      null,
      ['Safety Council'],
    ],
    [
      'an acronym defined by "hereinafter" after what else the parentheses say of the body, though the gazetteer gives it to another',
      'The KCC met the Ministry of Information and Communications of Viet Nam (Minister Tran Van Hai, hereinafter "MIC"). The MIC agreed.',
      'Ministry of Information and Communications of Viet Nam',
      'MIC',
      [],
    ],
  ])('%s', (_, body, name, acronym, aliases) => {
    const { record, input } = parseRelease(body);
    const organization = record.organizations.find((found) => found.name === name);
    expect(organization).toMatchObject({ name, acronym, aliases });
    expect(organization?.mentions.length).toBe(3);
    expectExactSpans(input, organization?.mentions ?? []);
  });

  it.each<[string, string]>([
    ['letters that are not the initials', 'Google (US) and Meta met.'],
    ['a parenthesis that is no acronym', 'The Korea Digital Safety Association (founded in 2020) met.'],
    ['letters that are not the initials of the words before them', 'The Indonesian Broadcasting Commission (Jakarta Office, US) met.'],
  ])('no acronym: %s', (_, body) => {
    expect(organizationsOf(body).every((organization) => organization.acronym === null || organization.acronym !== 'US')).toBe(true);
    expect(organizationsOf(body).some((organization) => organization.name.includes('('))).toBe(false);
  });
});
