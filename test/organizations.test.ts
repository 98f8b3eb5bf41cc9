import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline/parse.js';
import { loadRules } from '../src/rules/load.js';
import type { Organization } from '../src/record/types.js';
import { expectExactSpans, parseRelease } from './support/release.js';
import { tempDir } from './support/temp-dir.js';

const organizationsOf = (body: string, title?: string): Organization[] => parseRelease(body, title).record.organizations;
const names = (body: string, title?: string): string[] => organizationsOf(body, title).map((organization) => organization.name);

describe('organizations: the gazetteer', () => {
  it.each<[string, string, string[]]>([
    ['full name and acronym are one body', 'The Korea Communications Commission (KCC) said the KCC would act.', ['Korea Communications Commission']],
    ['the successor commission', 'The Korea Media and Communications Commission met on Monday.', ['Korea Media and Communications Commission']],
    ['ministries, agencies, broadcasters, carriers', 'The MSIT, KISA, KBS and SK Telecom signed the pact.', ['Ministry of Science and ICT', 'Korea Internet & Security Agency', 'Korean Broadcasting System', 'SK Telecom']],
    ['aliases', 'LGU+ and SKB raised prices; Twitter did not.', ['LG Uplus', 'SK Broadband', 'X']],
    ['foreign regulators and international bodies', 'The KCC met Ofcom and the FCC at the OECD.', ['Korea Communications Commission', 'Ofcom', 'Federal Communications Commission', 'Organisation for Economic Co-operation and Development']],
    ['a name in capitals', 'KAKAO OPENS A CHANNEL', ['Kakao']],
    ['a company-form suffix belongs to the name', 'Samsung Electronics Co., Ltd. joined.', ['Samsung Electronics']],
    ['a service is reported when its owner is not named', 'Instagram removed the posts.', ['Instagram']],
    ['a weak alias in a list of known names', 'The KCC met Google, Meta, TikTok and X on Monday.', ['Korea Communications Commission', 'Google', 'Meta', 'TikTok', 'X']],
    ['pay TV operators and home shopping channels', 'KT HCN raised the fees of Lotte Home Shopping and Home&Shopping.', ['HCN', 'Lotte Home Shopping', 'Home&Shopping']],
    ['cable operators written with an apostrophe or a hyphen', "D'LIVE and T-broad refused cancellations.", ["D'LIVE", 'Tbroad']],
    ['a name with commas in it, and a company named after another', "Naver Z met the UK's Department for Digital, Culture, Media and Sport (DCMS).", ['Naver Z', 'Department for Digital, Culture, Media and Sport']],
    ['a name the text writes with "Korea" before it', 'Park Sung-ho, President of the Korea Community Media Foundation, spoke.', ['Community Media Foundation']],
    ['a name whose first word starts in lower case, as written', 'The eSafety Commissioner of Australia met the KCC.', ['eSafety Commissioner', 'Korea Communications Commission']],
    ['an acronym the text defines for another body than the gazetteer does', "The KCC met Vietnam's Ministry of Information and Communications (MIC). The MIC will visit Seoul.", ['Korea Communications Commission', 'Ministry of Information and Communications']],
    ['a weak alias alone after "at" or "on", as a workplace or a platform', 'Daniel Hargrove, director of global government affairs at X, spoke. The posts spread on X.', ['X']],
    ['the third app market, as its operator writes it', 'Google, Apple and ONE store must allow other payment systems.', ['Google', 'Apple', 'One Store']],
    ['a home shopping channel as it writes its name, and the traffic broadcaster', 'Lotte Homeshopping and TBN Gangwon were named.', ['Lotte Home Shopping', 'Traffic Broadcasting Network']],
    ['regional broadcasters by their acronyms', 'The stations of KNN, TBC and KBC received three-year licenses.', ['Korea New Network', 'Taegu Broadcasting Corporation', 'Kwangju Broadcasting Company']],
    ['services whose names end in "+", and one named by two words', 'Netflix, Disney+ and Coupang Play raised prices.', ['Netflix', 'Disney+', 'Coupang Play']],
  ])('%s', (_, body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it('reports canonical name, acronym, aliases seen, kind and country', () => {
    const [kcc] = organizationsOf('The Korean Communications Commission (KCC) fined the carriers.');
    expect(kcc).toMatchObject({ name: 'Korea Communications Commission', acronym: 'KCC', aliases: ['Korean Communications Commission'], kind: 'regulator', country: 'South Korea' });
  });
});

describe('organizations: bodies found by the shape of their names', () => {
  it.each<[string, string, string[]]>([
    ['capitalized words ending in a head word', 'The Korea Digital Safety Association will run the centre.', ['Korea Digital Safety Association']],
    ['a plural possessive inside the name', "The Consumers' Union of Korea criticized the plan.", ["Consumers' Union of Korea"]],
    ['a name that ends before "and" and a title', 'The MOU was signed before the Ministry of Communication and Digital Affairs of Indonesia and Ambassador Kim Sung-woo.', ['Ministry of Communication and Digital Affairs of Indonesia']],
    ['a bureau that is no unit of a body the text names', 'The Federal Bureau of Investigation joined the call.', ['Federal Bureau of Investigation']],
    ['a head word inside a longer name is no name of its own', "He met the European Telecommunications Network Operators' Association.", ["European Telecommunications Network Operators' Association"]],
    ['a head word inside the name of a unit is no name of its own', 'He met the Value-added Telecommunications Investigation Division.', []],
    ['capitalized words before a company-form suffix', 'The KCC fined Hanbit Messaging Co., Ltd. and Mirae Text Co. for spam.', ['Korea Communications Commission', 'Hanbit Messaging', 'Mirae Text']],
    ['a company-form suffix after no name', 'The firm, founded as a Co., Ltd. in 2020, grew.', []],
    ['the possessive of an irregular plural inside the name', "Professor Jung Eun-ji of Sookmyung Women's University spoke.", ["Sookmyung Women's University"]],
    ['a country\'s possessive is no part of the name', "Japan's Ministry of Digital Affairs met the press.", ['Ministry of Digital Affairs']],
    ['a head word with an "of" phrase', 'The KCC and the Ministry of Digital Affairs signed the memorandum.', ['Korea Communications Commission', 'Ministry of Digital Affairs']],
    ['a title-case "for" phrase', "The KCC launched the 'Public-Private Council for the Protection of Online Users' in July.", ['Korea Communications Commission', 'Public-Private Council for the Protection of Online Users']],
    ['an ordinal inside an "on" phrase', 'The Presidential Committee on the 4th Industrial Revolution met.', ['Presidential Committee on the 4th Industrial Revolution']],
    ['a day after the head is no part of the name', 'The chairman visited the Seoul Central Post Office on the 16th.', ['Seoul Central Post Office']],
    ['a lower-case "for" phrase', 'The second public-private Council for user protection in the digital society met on Friday, May 12.', ['Council for user protection in the digital society']],
    ['a body before a title and a name that is also a head word of places', 'KCC Chairman Park Min-soo met the press.', ['Korea Communications Commission']],
    ['a ministry named by the portfolio in a minister\'s title', 'Minister of Culture, Sports and Tourism Yu In-chon attended.', ['Ministry of Culture, Sports and Tourism']],
    ['a known name with commas', 'The Ministry of Trade, Industry and Energy (MOTIE) agreed.', ['Ministry of Trade, Industry and Energy']],
    ['a known name with a plural possessive, curly apostrophe', 'The Viewers’ Media Foundation runs ten centers.', ["Viewers' Media Foundation"]],
    ['a list with known carriers', 'The signatories were KT, LGU+, Hanbit Messaging and Blue Sky Networks.', ['KT', 'LG Uplus', 'Hanbit Messaging', 'Blue Sky Networks']],
    ['a name in apposition to a descriptor', 'A lawyer for an AI startup, Deep Wave, gave a talk.', ['Deep Wave']],
    ['an acronym after a regulator descriptor', 'The KCC met the Romanian regulator ANCOM in Bucharest.', ['Korea Communications Commission', 'ANCOM']],
    ['a broadcaster by its head word', 'He visited the headquarters of Mongolian National Broadcaster (MNB).', ['Mongolian National Broadcaster']],
    ['a descriptor in apposition after the name', "The delegation visited NBTV, Nepal's national broadcaster, and Viettel.", ['NBTV']],
    ['a descriptor with an article and modifiers after the name', 'The fine fell on Gemtech, a Korean telecom carrier.', ['Gemtech']],
    ['examples of a plural descriptor', 'The KCC fined 12 resellers, including Nuri Telecom and Daol Messaging.', ['Korea Communications Commission', 'Nuri Telecom', 'Daol Messaging']],
    ['examples after "such as"', 'The KCC met manufacturers such as Hanbit Devices and Blue Sky Mobile.', ['Korea Communications Commission', 'Hanbit Devices', 'Blue Sky Mobile']],
    ['an embassy with its place', 'Ambassador Lim Sang-woo of the Korean Embassy in France attended.', ['Korean Embassy in France']],
    ['an embassy with an "of" phrase and its place', 'Minister-Counselor Yoon Seok-jin of the Embassy of the Republic of Korea in the United States attended.', ['Embassy of the Republic of Korea in the United States']],
    ['a mission with its place', 'Counsellor Han Da-eun of the Permanent Mission of the Republic of Korea in Geneva attended.', ['Permanent Mission of the Republic of Korea in Geneva']],
    ['a name that ends before "and" and a Korean name', 'Ambassador Ciarán Burke of the Embassy of Ireland in Korea and Kim Ji-hoon of the KCC attended.', ['Embassy of Ireland in Korea', 'Korea Communications Commission']],
    ['a school', 'The prize went to Jung Eun-ji, a teacher at Mudeung Middle School in Gwangju.', ['Mudeung Middle School']],
  ])('%s', (_, body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['KCC Launches Public-Private Council on AI User Protection', ['Korea Communications Commission', 'Public-Private Council on AI User Protection']],
    ['KCC Holds Public Media Forum', ['Korea Communications Commission', 'Public Media Forum']],
    ['Sign Language Broadcasting Council Meets', ['Sign Language Broadcasting Council']],
  ])('in a title-case headline, a name does not run over a verb: %s', (title, expected) => {
    expect(names('The members met on Monday.', title)).toEqual(expected);
  });

  it('an acronym defined for a new body names it later', () => {
    const [association] = organizationsOf('The Korea Digital Safety Association (KDSA) met. Later the KDSA published its report.');
    expect(association).toMatchObject({ name: 'Korea Digital Safety Association', acronym: 'KDSA' });
    expect(association?.mentions.map((mention) => mention.text)).toEqual(['Korea Digital Safety Association', 'KDSA', 'KDSA']);
  });

  it('finds every mention inside a long sentence with exact offsets', () => {
    const body =
      'On Monday, October 17 at 10:00 AM, the Korea Communications Commission (KCC, Chairman Kim Min-ho) held a meeting on the weekend’s outage, and the KCC said it would work with the Ministry of Science and ICT and with Kakao.';
    const { record, input } = parseRelease(body);
    expect(record.organizations.map((organization) => [organization.name, organization.mentions.map((mention) => mention.text)])).toEqual([
      ['Korea Communications Commission', ['Korea Communications Commission', 'KCC', 'KCC']],
      ['Ministry of Science and ICT', ['Ministry of Science and ICT']],
      ['Kakao', ['Kakao']],
    ]);
    for (const organization of record.organizations) expectExactSpans(input, organization.mentions);
  });
});

describe('organizations: not found', () => {
  it.each<[string, string, string[]]>([
    ['services of a named owner', 'Meta offers Facebook, along with services such as Instagram, WhatsApp, and Oculus.', ['Meta']],
    ['a body named only inside a place name', 'The fire at SK C&C Data Center disrupted Kakao.', ['Kakao']],
    ['a body named only inside a place name of two head words', 'The fire at SK C&C Data Center Park Hall disrupted Kakao.', ['Kakao']],
    ['a head word inside the name of a law', "The KCC promotes the 'AI Service User Protection Act'.", ['Korea Communications Commission']],
    ['a bare head word names no new body', 'The Council met on Monday.', []],
    ['lower-case words', 'The meta data of the x-ray apple were lost.', []],
    ['a weak alias alone', 'Article X of the law applies.', []],
    ['a weak alias beside one known name only', 'Meta and X met the press.', ['Meta']],
    ['a weak alias inside a name', 'Article X of the law applies to Meta.', ['Meta']],
    ['people in a list', 'KT, SK Telecom, Kim Min-ho and Joel Smith attended.', ['KT', 'SK Telecom']],
    ['a unit between the commas of a post, before its body', 'The KCC met Laura Bennett, Senior Counsel, Office of International Affairs, Federal Communications Commission.', ['Korea Communications Commission', 'Federal Communications Commission']],
    ['a title and its field beside bodies in a list of posts', 'Attending were Kim Min-su, Director of Planning, KISA, and Lee Ji-ho, Director, Naver.', ['Korea Internet & Security Agency', 'Naver']],
    ['an adverb before a descriptor in apposition', 'Meanwhile, the broadcaster, which was fined, appealed.', []],
    ['a place among the examples of a descriptor', 'The KCC met operators, including Europe and Busan.', ['Korea Communications Commission']],
    ['an edition of an event, named with its year', 'The KCC will host the "2024 Global Digital Platform Forum" in Seoul.', ['Korea Communications Commission']],
    ['an edition of an event, its year after the name', 'The KCC held the "AI User Protection Forum 2025" in Seoul.', ['Korea Communications Commission']],
    ['an edition of an event, named with its ordinal', 'The KCC held the 14th Korea-Japan Broadcasting and Telecommunications Policy Council in Tokyo.', ['Korea Communications Commission']],
    ['a place before a list of known names', 'In Korea, SK Telecom, KT and LG Uplus will block the numbers.', ['SK Telecom', 'KT', 'LG Uplus']],
    ['a descriptor that opens a clause after a comma', 'In Seoul, the broadcaster held an event.', []],
    ['a unit of a body the text names, by possessive', "Shin Jong-cheol, Director General of the KCC's User Policy Bureau, spoke.", ['Korea Communications Commission']],
    ['an office named after its body', 'The center opened at the KISA Seoul Office on Monday.', ['Korea Internet & Security Agency']],
    ['a bureau tied to no body, the issuing body\'s own', 'The KCC met on Monday. Director General Hwang Seon-mi of the Broadcasting Infrastructure Bureau spoke.', ['Korea Communications Commission']],
    ['a body and another after "and the"', 'The KCC met the Korea Association of the Deaf and the Korea Blind Union.', ['Korea Communications Commission', 'Korea Association of the Deaf', 'Korea Blind Union']],
    ['a school of a university the text names', "Professor Lee Won-woo of Seoul National University's Graduate School of Law chairs it.", ['Seoul National University']],
    ['a number before a plural descriptor', 'The 346 operators, including 46 terrestrial broadcasters, 91 cable system operators and 6 program providers, were evaluated.', []],
    ['"in" after a head that takes no place', 'The Korea Digital Safety Association in Seoul met.', ['Korea Digital Safety Association']],
    ['an office of a body the text names', "Kim Jae-won, Director General of the KCC's Planning and Coordination Office, spoke.", ['Korea Communications Commission']],
    ['a unit of a body the text names, by "of"', 'The Radio Policy Bureau of the Korea Communications Commission met.', ['Korea Communications Commission']],
    ['a word after a descriptor in a title-case headline', 'KCC Chairman Meets Ofcom Chief to Discuss Platform Regulation\n\nThe two met in London.', ['Korea Communications Commission', 'Ofcom']],
  ])('%s', (_, body, expected) => {
    expect(names(body)).toEqual(expected);
  });
});

describe('organizations: a table\'s column of bodies', () => {
  it.each<[string, string, string[]]>([
    [
      'stations under a "Broadcaster" header, each a body of its own',
      '| Broadcaster | Region | Score |\n|---|---|---|\n| Hanbit FM | Seoul Mapo-gu | 702.15 |\n| Dalbit Radio | Busan | 660.85 |',
      ['Hanbit FM', 'Dalbit Radio'],
    ],
    [
      'licensees of community radio',
      '| Region | Licensee | Frequency (MHz) |\n|---|---|---|\n| Wonju, Gangwon | Wonju Village Radio | 100.9 |',
      ['Wonju Village Radio'],
    ],
    ['a channel in parentheses after the operator\'s name', '| Operator (channel) | Fine |\n|---|---|\n| Hanbit Media (Hanbit Plus) | 4 million won |', ['Hanbit Media']],
    [
      'names made anonymous, numbers, a row of totals, a person: none',
      '| Operator | Fine |\n|---|---|\n| Company A | 10 million |\n| 3 | 6 million |\n| Total | 16 million |\n| Kim Min-su | 1 million |',
      [],
    ],
    ['a column under another header: none', '| Region | Score |\n|---|---|\n| Seoul Mapo | 702.15 |', []],
  ])('%s', (_, table, names) => {
    const organizations = organizationsOf(`The results are as follows.\n\n${table}`, 'KCC re-licenses stations');
    expect(organizations.filter((organization) => organization.rule === 'table-column').map((organization) => organization.name)).toEqual(names);
  });
});

describe('organizations: a headline\'s title case', () => {
  it('a name by its shape that only the headline gives, which the text writes in lower case, is none', () => {
    const { record } = parseRelease('The KCC fined four operators of high-speed internet service, including KT.', 'KCC Fines Operators for Obstructing Cancellation of High-Speed Internet Service');
    expect(record.organizations.map((organization) => organization.name)).toEqual(['Korea Communications Commission', 'KT']);
  });

  it('a name by its shape in the headline that the text does not write in lower case stays', () => {
    const { record } = parseRelease('The KCC met the association on Monday.', 'KCC Meets Korea Digital Safety Association');
    expect(record.organizations.map((organization) => organization.name)).toContain('Korea Digital Safety Association');
  });
});

describe('organizations: long adversarial inputs stay fast', () => {
  it.each<[string, string]>([
    ['opening parentheses', '('.repeat(100_000)],
    ['acronym definitions', 'Korea Communications Commission ('.repeat(3_000)],
    ['capitalized runs', 'Korea National Information Society '.repeat(3_000)],
    ['head words with tails', 'the Council for user protection in the '.repeat(2_500)],
    ['lists', 'KT, LGU+, SKB, Abc, '.repeat(5_000)],
  ])('%s', (_, body) => {
    const started = performance.now();
    parseRelease(body);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('organizations: --rules files add bodies without code', () => {
  it('a user gazetteer entry is found by name and acronym', () => {
    const file = join(tempDir('rules'), 'extra.yaml');
    writeFileSync(file, 'organizations:\n  - {name: Gyeonggi Content Hub, acronym: GCH, kind: agency, country: South Korea}\n');
    const input = 'Press release\n\nThe GCH and the Gyeonggi Content Hub met.\n';
    const record = parseText(input, { path: 't', sha256: '', bytes: 0, encoding: 'utf-8' }, { path: 't', referenceDate: '2026-11-29', rules: loadRules([file]) });
    expect(record.organizations.map((organization) => [organization.name, organization.mentions.length])).toEqual([['Gyeonggi Content Hub', 2]]);
  });
});
