import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline/parse.js';
import { loadRules } from '../src/rules/load.js';
import type { Venue } from '../src/record/types.js';

const SOURCE = { path: 't', sha256: '', bytes: 0, encoding: 'utf-8' };

const venueOf = (input: string): Venue | null => parseText(input, SOURCE, { path: 't', referenceDate: '2026-11-29', rules: loadRules() }).venue;

describe('venue: found', () => {
  it.each([
    ['The KCC held a meeting with the delegation at the Gwacheon Government Complex on Friday.', 'Gwacheon Government Complex', 'Gwacheon'],
    ['The forum was held at the Korea Press Center in Seoul on May 3.', 'Korea Press Center', 'Seoul'],
    ['The workshop was held at the main auditorium of the KCSC in Mok-dong on Friday.', 'KCSC in Mok-dong', null],
    ['The KCC held its plenary meeting in the main conference room on the 3rd floor of Building 2 of the Gwacheon Government Complex.', 'Building 2 of the Gwacheon Government Complex', 'Gwacheon'],
    ['The KCC will hold the forum on Wednesday, November 22 at the Grand Ballroom (4F) of The Plaza Hotel Seoul.', 'Grand Ballroom (4F) of The Plaza Hotel Seoul', 'Seoul'],
    ['The KCC held the awards on 2024. 11. 28. at the Nuri Dream Square in Sangam-dong.', 'Nuri Dream Square in Sangam-dong', 'Seoul'],
    ['The vice chairman visited the Federal Communications Commission (FCC) headquarters in Washington on Wednesday, March 13.', 'Federal Communications Commission (FCC) headquarters', 'Washington'],
    ['The KCC reported its work plan to the President at the Yeongbingwan of Cheong Wa Dae.', 'Yeongbingwan of Cheong Wa Dae', 'Seoul'],
    ['The seminar, chaired by a professor of law, was held at Kyung Hee University on Friday.', 'Kyung Hee University', null],
    ['The KCC hosted the conference at The Plaza hotel.', 'The Plaza hotel', 'Seoul'],
    ['The regional media center opening ceremony was held in Busan.', 'Busan', 'Busan'],
    ['The council met at El Tower in Yangjae-dong on the afternoon of July 19.', 'El Tower in Yangjae-dong', 'Seoul'],
    ['The chairperson visited the Sejong Creative Hall to meet broadcasters.', 'Sejong Creative Hall', 'Sejong'],
    ['The conference was held at the Palace of the Parliament in Bucharest, Romania.', 'Palace of the Parliament', 'Bucharest'],
    ['The forum was held at the Hotel Indonesia Kempinski in Jakarta on Thursday.', 'Hotel Indonesia Kempinski', 'Jakarta'],
    ['The symposium was held at the Speke Resort Munyonyo in Kampala, Uganda, from 1 to 4 July.', 'Speke Resort Munyonyo', 'Kampala'],
    ['The delegation attended the meeting of the regulators held in Valletta, Malta, on June 5 and 6.', 'Valletta', 'Valletta'],
    ['The concert was held at the Sejong Center for the Performing Arts in Seoul.', 'Sejong Center for the Performing Arts', 'Seoul'],
    ['The forum was held at the Korea Chamber of Commerce and Industry (KCCI) in Jung-gu, Seoul.', 'Jung-gu', 'Seoul'],
    ['The forum was held at the Westin Chosun, Seoul, on Friday.', 'Westin Chosun', 'Seoul'],
    ['The KCC held a seminar at the main conference room of the Government Complex Gwacheon.', 'Government Complex Gwacheon', 'Gwacheon'],
    ['The KCC held a briefing in the 19th-floor briefing room of the Korea Press Center.', 'Korea Press Center', 'Seoul'],
    ['The two ministers jointly announced their work plans at the Government Complex Sejong on January 31.', 'Government Complex Sejong', 'Sejong'],
  ])('%s', (sentence, name, city) => {
    const venue = venueOf(sentence);
    expect(venue?.name).toBe(name);
    expect(venue?.city).toBe(city);
  });

  it('found inside a long sentence, with offsets that slice the input', () => {
    const input =
      'Lead\n\nOn Friday, June 9, Lee, a standing commissioner of the Korea Communications Commission (KCC), held a meeting with the vice president ' +
      'of global policy of a platform company at the Gwacheon Government Complex to discuss user protection, algorithm transparency and illegal information.';
    const venue = venueOf(input);
    expect(venue).toMatchObject({ name: 'Gwacheon Government Complex', city: 'Gwacheon', country: 'South Korea', mode: 'in-person' });
    expect(venue && input.slice(venue.start, venue.end)).toBe('Gwacheon Government Complex');
    expect(venue?.text).toBe('Gwacheon Government Complex');
  });

  it("the body's name of a place beats the headline's short one, a plural possessive inside it", () => {
    const input = "KCC Visits Regional Media Center in Gwangju\n\nThe vice chairperson visited the Gwangju Viewers' Media Foundation Center on the 10th.";
    expect(venueOf(input)).toMatchObject({ name: "Gwangju Viewers' Media Foundation Center", city: 'Gwangju' });
  });

  it('the place of what was reported beats a known venue of what is still to come', () => {
    const input = "The KCC held a meeting with platforms at the KCSC's office in Mok-dong on the 29th. It will hold a follow-up meeting at the Gwacheon Government Complex on September 5.";
    expect(venueOf(input)?.name).toBe("KCSC's office in Mok-dong");
  });

  it('a place of what is to come, when the text reports no other', () => {
    expect(venueOf('The KCC will hold a forum at the Korea Press Center on May 3.')?.name).toBe('Korea Press Center');
  });

  it('a known venue beats a city named earlier', () => {
    expect(venueOf('The forum opened in Seoul. It was held at COEX for two days.')?.name).toBe('COEX');
  });
});

describe('venue: not found', () => {
  it.each([
    ['no place at all', 'The KCC decided to impose fines on three carriers.'],
    ['where someone named with a long post works', 'The KCC held a plenary meeting and appointed Han Ye-jin, professor of the Department of Media Communication at Hanbit National University, as a director.'],
    ['the place of an incident', 'The KCC held an emergency meeting after the fire at the Pangyo Data Center.'],
    ['an organization', 'The commissioner met the vice president of global public policy at Meta.'],
    ['a country', 'The KCC held talks on concerns that emerged in Korea.'],
    ['a place named without any event', 'The company is based at the Digital Media City Tower.'],
    ['a written meeting has no place', 'The KCC held a written meeting on Tuesday, April 11 and decided to impose fines.'],
    ['a teleconference has no place', 'The chairman met the vice president via teleconference.'],
    ['a room of no named building', 'The commissioners met in the office of the chairman on Monday.'],
    ['where someone holds a post', 'At the meeting, the KCC appointed Kang Min-jae, a professor of media studies at Kyung Hee University, as a director.'],
  ])('%s', (_, sentence) => expect(venueOf(sentence)).toBeNull());
});

describe('venue: mode', () => {
  it.each([
    ['The KCC held a video conference with the regulator at the Gwacheon Government Complex.', 'online'],
    ['The KCC held a non-face-to-face meeting at the Korea Press Center.', 'online'],
    ['The commissioners met at the Government Complex Seoul and decided in writing.', 'written'],
    ['The two chairs met face-to-face at the Lotte Hotel.', 'in-person'],
    ['The two chairs met at the Lotte Hotel.', 'in-person'],
  ])('%s -> %s', (sentence, mode) => expect(venueOf(sentence)?.mode).toBe(mode));
});

describe('venue: adversarial input', () => {
  it('100 KB of capitalized words after "at" finishes fast', () => {
    const started = performance.now();
    venueOf(`The meeting was held at ${'Grand Tower Of '.repeat(7000)}Hall.`);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('100 KB of lower-case words and rooms after "at" finishes fast', () => {
    const started = performance.now();
    venueOf(`The meeting was held at the ${'main room of the '.repeat(6000)}end.`);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
