import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline/parse.js';
import { loadRules } from '../src/rules/load.js';
import type { Official } from '../src/record/types.js';
import { expectExactSpans, parseRelease } from './support/release.js';
import { tempDir } from './support/temp-dir.js';

const officialsOf = (body: string): Official[] => parseRelease(body).record.officials;
const summary = (official: Official): [string, string | null, string | null] => [official.name, official.title, official.organization];

describe('officials: found through titles and their grammar', () => {
  it.each<[string, string, [string, string | null, string | null]]>([
    ['title before a Korean name, organization after', 'Vice Chairman Kim Tae-won of the KCC attended the ceremony.', ['Kim Tae-won', 'vice chairman', 'Korea Communications Commission']],
    ['acronym and title in parentheses', 'The Korea Communications Commission (KCC, Chairman Park Min-soo) announced the plan.', ['Park Min-soo', 'chairman', 'Korea Communications Commission']],
    ['title in parentheses after the organization', 'The Korea Communications Agency (President Choi Hyun-ju) opened the centre.', ['Choi Hyun-ju', 'president', 'Korea Communications Agency']],
    ['organization before the title', 'KISA Director Jang Eun-mi presented the findings.', ['Jang Eun-mi', 'director', 'Korea Internet & Security Agency']],
    ['possessive organization, title with an "of" phrase, Western name', "Naver's Head of Public Affairs David Stone joined the call.", ['David Stone', 'head of public affairs', 'Naver']],
    ['name in apposition before the title', 'Oh Ji-hoon, a standing commissioner of the Korea Communications Commission, visited Busan.', ['Oh Ji-hoon', 'standing commissioner', 'Korea Communications Commission']],
    ['Western name in apposition, title with a lower-case "of" phrase, "at" organization', 'The KCC met Sarah Miller, director of trust and safety at Google, on Monday.', ['Sarah Miller', 'director of trust and safety', 'Google']],
    ['possessive organization in apposition', "The KCC met Anna Berg, Netflix's vice president of content policy, in Seoul.", ['Anna Berg', 'vice president of content policy', 'Netflix']],
    ['"for" a descriptor, then the organization', 'Yoo Min-ji, a lawyer for the startup, Upstage, gave a talk.', ['Yoo Min-ji', 'lawyer', 'Upstage']],
    ['a colon between the title and the name', 'The Korea Communications Commission (Chairman: Park Min-soo) announced the plan.', ['Park Min-soo', 'chairman', 'Korea Communications Commission']],
    ['acting title', 'The Korea Communications Commission (KCC, Acting Chairperson Seo Yeon-hee) approved the plan.', ['Seo Yeon-hee', 'acting chairperson', 'Korea Communications Commission']],
    ['title, then the name in apposition', 'The chairman of the KCUP, Kang Dong-won, thanked the carriers.', ['Kang Dong-won', 'chairman', 'Korea Communications User Protection Association']],
    ['doctor', 'Dr. Noh Eun-ji of the KISDI presented the act.', ['Noh Eun-ji', 'dr.', 'Korea Information Society Development Institute']],
    ['spaced given name', 'Commissioner Kim Sung Min of the KCC spoke first.', ['Kim Sung Min', 'commissioner', 'Korea Communications Commission']],
    ['joined given name', 'Chairperson Lee Jinsook of the KCC opened the meeting.', ['Lee Jinsook', 'chairperson', 'Korea Communications Commission']],
    ['given name first, reported family name first', 'Standing Commissioner Sang-in Lee met the delegation.', ['Lee Sang-in', 'standing commissioner', null]],
    ['courtesy word: a person without a role word', 'Mr. Tom Becker of Apple thanked the KCC.', ['Tom Becker', null, 'Apple']],
    ['a first name the tagger does not know, in apposition before a title', 'The KCC met Thierry Breton, EU Commissioner for the Internal Market, in Brussels.', ['Thierry Breton', 'commissioner for the internal market', 'European Union']],
    ['proper nouns before a title that introduces someone else are no name', 'The KCC met Hanbit Soft, CEO Kim Min-su, on Monday.', ['Kim Min-su', 'ceo', null]],
    ['a minister, the ministry named by the portfolio', 'Yoo Sang-im, Minister of Science and ICT, delivered a speech.', ['Yoo Sang-im', 'minister', 'Ministry of Science and ICT']],
    ['a minister of "the" portfolio before the name', 'Minister of the Interior and Safety Lee Sang-min attended.', ['Lee Sang-min', 'minister', 'Ministry of the Interior and Safety']],
    ['a title "in charge of" a field, then the organization', 'The KCC met Dewi Lestari, Director in charge of Content Supervision of the KISDI, in Seoul.', ['Dewi Lestari', 'director in charge of content supervision', 'Korea Information Society Development Institute']],
    ['the leader of a body\'s delegation', 'The KCC met a delegation of the UK Office of Communications (Ofcom) led by Oliver Grant, Group Director for Online Safety.', ['Oliver Grant', 'group director for online safety', 'Ofcom']],
    ['a hyphenated family name after a title with a phrase', 'The delegation met Deputy Governor for Digital Regulation Faisal Al-Harbi of the CST.', ['Faisal Al-Harbi', 'deputy governor for digital regulation', null]],
    ['an engineer\'s title', 'Speakers included Haruki Tanaka, Senior Research Engineer at NHK, and others.', ['Haruki Tanaka', 'senior research engineer', 'NHK']],
    ['the head of a delegation, a title before the name', 'The KCC joined the delegation of the Ministry of Science and ICT (MSIT) headed by Minister Lee Jong-ho.', ['Lee Jong-ho', 'minister', 'Ministry of Science and ICT']],
    ['someone met at the body visited', 'Commissioner Lee visited the Federal Communications Commission (FCC) and met with Anna Hart, Director of Policy, on Monday.', ['Anna Hart', 'director of policy', 'Federal Communications Commission']],
    ['someone met at a body\'s office in a city', "The delegation visited Google's Washington office and met Mark Ellison, Vice President, on Monday.", ['Mark Ellison', 'vice president', 'Google']],
    ['someone met at the headquarters visited', 'The delegation visited the OECD headquarters and met Thomas Berger, Deputy Director, to discuss AI.', ['Thomas Berger', 'deputy director', 'Organisation for Economic Co-operation and Development']],
    ['someone a meeting was had with at the body visited', 'The vice chairman visited the ITU headquarters and had a meeting with Maria Costa, Chief of Spectrum, on Friday.', ['Maria Costa', 'chief of spectrum', 'International Telecommunication Union']],
    ['someone talks were held with at the body visited', 'The team visited Ofcom and held talks with Peter Lane, Director of Spectrum, in London.', ['Peter Lane', 'director of spectrum', 'Ofcom']],
    ['a body joined by someone, as the subject', 'The KCC was also joined by Yoon Tae-ho, Director of Planning, at the talks.', ['Yoon Tae-ho', 'director of planning', 'Korea Communications Commission']],
    ['a body represented by someone, its acronym in parentheses', 'The Korea Internet & Security Agency (KISA) was represented by Han Ye-jin, Head of Research.', ['Han Ye-jin', 'head of research', 'Korea Internet & Security Agency']],
    ['a list item labelled by the body it visits, with a dash', '1. Korea Internet & Security Agency (KISA) – met Senior Researcher Han Ye-jin and discussed spam.', ['Han Ye-jin', 'senior researcher', 'Korea Internet & Security Agency']],
    ['a title\'s capitalized phrase, then the name in apposition', "The KCC's Director General for Broadcasting Promotion Policy, Kwon Ha-neul, attended.", ['Kwon Ha-neul', 'director general for broadcasting promotion policy', 'Korea Communications Commission']],
    ['a unit named after a body the text names, which holds the post', 'The KCC inspected MBC. Park Ji-ho, head of the MBC Disaster Broadcasting Center, briefed the press.', ['Park Ji-ho', 'head of the mbc disaster broadcasting center', 'Munhwa Broadcasting Corporation']],
    ['a general director, the body\'s possessive before the title', "The delegation met VTV's General Director Tran Van Binh in Hanoi.", ['Tran Van Binh', 'general director', 'Vietnam Television']],
    ['a group director, after the body\'s possessive and in apposition', "The KCC met Ofcom's Group Director for Spectrum, Daniel Price.", ['Daniel Price', 'group director for spectrum', 'Ofcom']],
    ['a board member in a table cell that opens with the body', '| 10 April | ARCOM, Board Member Julien Morel | deepfakes |', ['Julien Morel', 'board member', 'Regulatory Authority for Audiovisual and Digital Communication']],
    ['a title in parentheses after a team of a body', '| Grand Prize | KBS sign language news team (Producer Yoon Ha-rin) | news in sign language |', ['Yoon Ha-rin', 'producer', 'Korean Broadcasting System']],
    ['a title before the name, met at the body visited', 'Commissioner Lee visited the French data protection authority CNIL (Commission nationale de l\'informatique et des libertés) and met Vice President Paul Morel.', ['Paul Morel', 'vice president', 'National Commission on Informatics and Liberty']],
    ['"of the" and a noun after a title names the body met before, no part of the title', 'The class was taught by Yoon Ha-rin, a media literacy instructor of the center, on Friday.', ['Yoon Ha-rin', 'media literacy instructor', null]],
    ['a title that needs "of" keeps "of the" and a noun', 'The KCC met Kim Min-su, head of the team, on Friday.', ['Kim Min-su', 'head of the team', null]],
    ['a post held "to" a place before the name', 'The MOU was signed in the presence of Korean Ambassador to Saudi Arabia Han Ji-min.', ['Han Ji-min', 'ambassador', null]],
    ['the body after a title and its comma, last in the apposition', '- Rina Putri, Director General of Informatics Applications, Indonesian Broadcasting Commission (KPI)', ['Rina Putri', 'director general of informatics applications', 'Indonesian Broadcasting Commission']],
    ['a title whose "for" phrase lists fields, then the organization', 'The KCC met Clara Wood, Minister for Science, Research and Digital Skills of the Ministry of Science and ICT, in Seoul.', ['Clara Wood', 'minister for science, research and digital skills', 'Ministry of Science and ICT']],
    ['a unit whose name lists fields, with an Oxford comma', 'The KCC met Paul Ryan, Deputy Director of the Directorate for Science, Technology, and Innovation, in Paris.', ['Paul Ryan', 'deputy director of the directorate for science, technology, and innovation', null]],
    ['the leader of "its" delegation', 'The Korea Communications Agency announced that its delegation led by Song Min-ho, Director General for Planning, visited Kampala.', ['Song Min-ho', 'director general for planning', 'Korea Communications Agency']],
    ['the leader of a delegation named by its body', 'The Ofcom delegation led by Anna Hart, Director of Policy, met the KCC.', ['Anna Hart', 'director of policy', 'Ofcom']],
    ['a hyphenated title', 'The KCC met Henna Virkkunen, the Executive Vice-President of the European Commission.', ['Henna Virkkunen', 'executive vice-president', 'European Commission']],
    ['a nationality before the title in apposition, which is not part of it', 'The KCC met Thierry Breton, European Commissioner for Internal Market, in Brussels.', ['Thierry Breton', 'commissioner for internal market', null]],
    ['a word after the title that belongs to it', 'KCC Chairperson nominee Yoon Mi-ra attended the hearing.', ['Yoon Mi-ra', 'chairperson nominee', 'Korea Communications Commission']],
    ['a follower joined to the title by a hyphen', 'ITU Secretary-General-elect Doreen Bogdan-Martin visited Seoul.', ['Doreen Bogdan-Martin', 'secretary-general-elect', 'International Telecommunication Union']],
    ['a nationality among the words before the organization', 'The KCC met the head of the Romanian regulator ANCOM, Valeriu Zgonea, in Seoul.', ['Valeriu Zgonea', 'head', 'ANCOM']],
    ['an ordinal modifier before the title', 'Park Yoon-kyu, the 2nd Vice Minister of Science and ICT, delivered the remarks.', ['Park Yoon-kyu', '2nd vice minister', 'Ministry of Science and ICT']],
    ['a lawmaker of a party', 'Choi Min-hee, a lawmaker of the Democratic Party, criticized the plan.', ['Choi Min-hee', 'lawmaker', 'Democratic Party of Korea']],
    ['a British honorific is no part of the name', 'The KCC met Dame Melanie Dawes, Chief Executive of Ofcom, in London.', ['Melanie Dawes', 'chief executive', 'Ofcom']],
    ['a nationality after an article', 'Anna Novak, the Polish ambassador to Korea, visited the KCC.', ['Anna Novak', 'ambassador', null]],
    ['a country before the organization before the title', 'The KCC met Jessica Rosenworcel, the U.S. FCC chairwoman, in Washington.', ['Jessica Rosenworcel', 'chairwoman', 'Federal Communications Commission']],
    ['a country among the words of a title\'s "of" phrase', 'Lee met Jessica Rosenworcel, Chairwoman of the U.S. Federal Communications Commission (FCC).', ['Jessica Rosenworcel', 'chairwoman', 'Federal Communications Commission']],
    ['a capitalized "for" phrase, then the name', 'The KCC also met French Minister for Digital Affairs Jean-Noel Barrot.', ['Jean-Noel Barrot', 'minister for digital affairs', null]],
    ['a lower-case "for" phrase, "at" organization', 'Kim Min-su, vice president for public affairs at Kakao, spoke.', ['Kim Min-su', 'vice president for public affairs', 'Kakao']],
    ['two titles joined by "and", an "of" phrase for both', 'The KCC met Brad Smith, Vice Chair and President of Microsoft, in Seoul.', ['Brad Smith', 'vice chair and president', 'Microsoft']],
    ['two titles joined by "and" before the name', 'Chairman and CEO Han Jong-hee of Samsung Electronics attended.', ['Han Jong-hee', 'chairman and ceo', 'Samsung Electronics']],
    ['a unit that is an organization, "at" the body it belongs to', 'Park Ji-hoon, Director General of the Broadcasting Policy Bureau at the KCC, presented the plan.', ['Park Ji-hoon', 'director general of the broadcasting policy bureau', 'Korea Communications Commission']],
    ['an organization, then "at" a body that owns what follows', "Kim Min-su, Director of KISA at the KCC's meeting, spoke.", ['Kim Min-su', 'director', 'Korea Internet & Security Agency']],
    ['an organization labelling a list item, then the name in apposition to a title', '- Netflix Korea: Jung Yoon-jung, Director of Public Policy', ['Jung Yoon-jung', 'director of public policy', 'Netflix']],
    ['an organization labelling a list item, then a title before the name', '- Wavve: CEO Lee Tae-hyun', ['Lee Tae-hyun', 'ceo', 'Wavve']],
    ['an organization with its acronym labelling a list item', '- Korea Communications Standards Commission (KCSC): Secretary General Kwak Min-jae', ['Kwak Min-jae', 'secretary general', 'Korea Communications Standards Commission']],
    ['a table cell that opens with the organization, then a title before the name', '| 8 April | Ofcom, Director Anna Hart | online safety |', ['Anna Hart', 'director', 'Ofcom']],
    ['an office whose name is the title, in apposition', 'The KCC met Julie Inman Grant, eSafety Commissioner, in Seoul.', ['Julie Inman Grant', 'esafety commissioner', 'eSafety Commissioner']],
    ['a nationality and a word of its own before a title in apposition', 'The KCC met John Edwards, UK Information Commissioner, in London.', ['John Edwards', 'information commissioner', null]],
    ['a word of tenure between the article and the title', 'Lee Jin-sook, the new Chairperson of the KCC, took office on July 31.', ['Lee Jin-sook', 'chairperson', 'Korea Communications Commission']],
    ['a lawmaker by the abbreviation of "Representative"', 'Rep. Park Jeong-ha of the National Assembly attended.', ['Park Jeong-ha', 'rep.', 'National Assembly']],
    ['a country before the organization of a title', 'The KCC met Brendan Carr, Chairman of the United States Federal Communications Commission.', ['Brendan Carr', 'chairman', 'Federal Communications Commission']],
    ['a country\'s title in apposition', "The KCC met Takeaki Matsumoto, Japan's Minister for Internal Affairs and Communications, in Tokyo.", ['Takeaki Matsumoto', 'minister for internal affairs and communications', null]],
    ['an "of the" phrase of a unit, then the organization', 'Yoo Kuk-hyun, head of the Digital Policy Division at the KCC, presented the plan.', ['Yoo Kuk-hyun', 'head of the digital policy division', 'Korea Communications Commission']],
    ['a country\'s organization after the title', "The KCC met Margaret Holloway, Chief Executive of the UK's Office of Communications (Ofcom), in London.", ['Margaret Holloway', 'chief executive', 'Ofcom']],
    ['an organization by its name in French', "Chairman Choi met Claire Duval, President of the Commission nationale de l'informatique et des libertés (CNIL).", ['Claire Duval', 'president', 'National Commission on Informatics and Liberty']],
    ['a word read as a verb right before "at" and the organization', 'The review was chaired by Kang Hyun-seok, a professor of media studies at Chung-Ang University.', ['Kang Hyun-seok', 'professor of media studies', 'Chung-Ang University']],
    ['the region of a role before its organization', 'The KCC met Sarah Whitfield, head of trust and safety for Asia-Pacific at TikTok, in Seoul.', ['Sarah Whitfield', 'head of trust and safety for asia-pacific', 'TikTok']],
    ['a subsidiary named after the organization, read as no name of a person', 'Jung Yoo-na, Director of Public Policy at Netflix Services Korea, also attended.', ['Jung Yoo-na', 'director of public policy', 'Netflix']],
    ['a place\'s head word, read as no name of a person', 'The chairman was briefed by Lee Jae-won, head of the KBS Disaster Broadcasting Center, on Monday.', ['Lee Jae-won', 'head of the kbs disaster broadcasting center', null]],
    ['a country\'s possessive before the organization', "The KCC met Pham Quoc Hung, Deputy Minister of Vietnam's Ministry of Information and Communications (MIC), in Seoul.", ['Pham Quoc Hung', 'deputy minister', 'Ministry of Information and Communications']],
    ['a name compromise does not know, vouched for by the post after it', 'Later that day, the chairman held talks with Le Quang Minh, Minister of Information and Communications of Vietnam.', ['Le Quang Minh', 'minister of information and communications', null]],
    ['a teacher', 'The grand prize went to Park So-yeon, a teacher at Dunsan Elementary School in Daejeon.', ['Park So-yeon', 'teacher', 'Dunsan Elementary School']],
    ['a police rank', 'The citation went to Inspector Kwon Hye-min of the Seoul Metropolitan Police Agency.', ['Kwon Hye-min', 'inspector', 'Seoul Metropolitan Police Agency']],
    ['a unit after "the", in lower case', 'The meeting was attended by Choi Won-jun, head of the network operations group at KT.', ['Choi Won-jun', 'head of the network operations group', 'KT']],
    ['a name in Markdown emphasis', '- **Seo Yu-jin**, a research fellow at KISDI, presented a survey.', ['Seo Yu-jin', 'research fellow', 'Korea Information Society Development Institute']],
    ['lower-case words that describe a title in apposition', 'Park Ji-ho, public policy manager of Google Korea, introduced the measures.', ['Park Ji-ho', 'public policy manager', 'Google']],
    ['a modifier and a describing word before a title', 'The KCC met Emily Carter, a senior policy adviser at Ofcom.', ['Emily Carter', 'senior policy adviser', 'Ofcom']],
    ['an interpreter, described', "Jang Bo-ram, a sign language interpreter for MBC's daily news, received the award.", ['Jang Bo-ram', 'sign language interpreter', 'Munhwa Broadcasting Corporation']],
    ['a producer', 'Producer Nam Gi-ho of KBS received the award.', ['Nam Gi-ho', 'producer', 'Korean Broadcasting System']],
    ['"its" title: the organization before it', 'The KCC met a delegation of the Communications Regulatory Commission of Mongolia (CRC) led by its Chairman Tsogtbaatar Enkhbold.', ['Tsogtbaatar Enkhbold', 'chairman', 'Communications Regulatory Commission of Mongolia']],
    ['a unit the rules do not know, then its organization, after the name', 'Next, Director Yang Soo-kyung of the Youth Protection Division of the Ministry of Gender Equality and Family explained the system.', ['Yang Soo-kyung', 'director', 'Ministry of Gender Equality and Family']],
    ['a region of two words before the organization', 'The meeting was attended by Jeremy Cole, director of public policy for Asia Pacific at Netflix, and others.', ['Jeremy Cole', 'director of public policy for asia pacific', 'Netflix']],
    ['a member of a body', "Kang Eun-ji, a member of the National Assembly's Science, ICT, Broadcasting and Communications Committee, gave a speech.", ['Kang Eun-ji', 'member', 'National Assembly']],
    ['an office whose name is the title, before the name', 'The KCC met eSafety Commissioner Julie Inman Grant in Sydney.', ['Julie Inman Grant', 'esafety commissioner', 'eSafety Commissioner']],
    ['a C-level title after a possessive', "Chairman Lee met Netflix's Chief Legal Officer Brian Walsh in Los Gatos.", ['Brian Walsh', 'chief legal officer', 'Netflix']],
    ['a capitalized word and "Officer" in apposition', 'Lucas Verhoeven, Policy Officer of the European Commission, spoke.', ['Lucas Verhoeven', 'policy officer', 'European Commission']],
    ['a diplomat\'s title', 'Consul General Park Joon-yong of the Korean Consulate General in San Francisco attended the meeting.', ['Park Joon-yong', 'consul general', null]],
    ['a hyphenated diplomat\'s title', 'Minister-Counselor Yoon Seok-jin attended the meeting.', ['Yoon Seok-jin', 'minister-counselor', null]],
    ['a student described by a year', 'The winning team was led by Yoon Seo-yeon, a second-year student.', ['Yoon Seo-yeon', 'second-year student', null]],
    ['a name with a particle', 'Pieter van Dam, Head of Unit for Digital Services Coordination, spoke.', ['Pieter van Dam', 'head of unit for digital services coordination', null]],
    ['a name that compromise reads as a place, vouched by the organization after it', "Deputy Commissioner Helen Marsh of Australia's eSafety Commissioner spoke.", ['Helen Marsh', 'deputy commissioner', 'eSafety Commissioner']],
    ['a title whose capitalized phrase runs through "for" to the name', "Google's Director of Trust and Safety for Asia-Pacific David Lowe spoke.", ['David Lowe', 'director of trust and safety for asia-pacific', 'Google']],
    ['two capitalized words of its own before a title', 'Siobhán Kelleher, Online Safety Commissioner of Coimisiún na Meán, spoke.', ['Siobhán Kelleher', 'online safety commissioner', 'Coimisiún na Meán']],
    [
      'a first name that is also a place, in apposition to a title with a long "for" phrase',
      "Lee met Markham Erickson, Google's Vice President for Government Affairs and Public Policy.",
      ['Markham Erickson', 'vice president for government affairs and public policy', 'Google'],
    ],
  ])('%s', (_, body, expected) => {
    const [official, ...rest] = officialsOf(body);
    expect(rest).toEqual([]);
    expect(official && summary(official)).toEqual(expected);
  });
});

describe('officials: a list of names, each with its title in apposition', () => {
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    [
      'people listed in a sentence that opens with their body: "From Ofcom, ..."',
      'From Ofcom, Richard Hale, Group Director for Online Safety, and Eleanor Whitby, Director of International Affairs, attended.',
      [
        ['Richard Hale', 'group director for online safety', 'Ofcom'],
        ['Eleanor Whitby', 'director of international affairs', 'Ofcom'],
      ],
    ],
    [
      'a second body after "and", the verb "joined by" left out: "..., and Ofcom by ..."',
      'The KCC was joined by Yoon Tae-ho, Director of Planning, and Ofcom by Peter Lane, Director of Spectrum.',
      [
        ['Yoon Tae-ho', 'director of planning', 'Korea Communications Commission'],
        ['Peter Lane', 'director of spectrum', 'Ofcom'],
      ],
    ],
    [
      'people listed in a later clause that opens "from" another body',
      'From the KCC, Standing Commissioner Shin Ye-ji attended, and from Ofcom, Executive Director Carlos Ruiz and Director Jane Roe attended.',
      [
        ['Shin Ye-ji', 'standing commissioner', 'Korea Communications Commission'],
        ['Carlos Ruiz', 'executive director', 'Ofcom'],
        ['Jane Roe', 'director', 'Ofcom'],
      ],
    ],
    [
      'a clause that opens "from" what is no known body gives its people none, not an earlier clause\'s',
      'From the KCC, Standing Commissioner Shin Ye-ji attended, and from Ruritania, Executive Director Carlos Ruiz attended.',
      [
        ['Shin Ye-ji', 'standing commissioner', 'Korea Communications Commission'],
        ['Carlos Ruiz', 'executive director', null],
      ],
    ],
    [
      'names after a title\'s comma are people, not fields of the title',
      'Attending were Alex Moore, Head of Policy, Kim Min-su and Lee Ji-ho of the KCC, and others.',
      [['Alex Moore', 'head of policy', null]],
    ],
    [
      'a name inside a title\'s capitalized phrase leaves the "and" before it out of the title',
      'The meeting was opened by Director of Budget and Park Sun-young on Monday.',
      [['Park Sun-young', 'director of budget', null]],
    ],
    [
      'no title in apposition introduces the next name, however many words it has',
      'The ceremony was attended by Lim Hyeon-su, Second Vice Minister of Science and ICT, Yoon Ji-hoon, Vice Chairman of the FSC, Seo Min-kyu, Deputy Commissioner General of the KNPA, and others.',
      [
        ['Lim Hyeon-su', 'second vice minister', 'Ministry of Science and ICT'],
        ['Yoon Ji-hoon', 'vice chairman', 'Financial Services Commission'],
        ['Seo Min-kyu', 'deputy commissioner general', 'Korean National Police Agency'],
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(officialsOf(body).map(summary)).toEqual(expected);
  });
});

describe('officials: titles joined by "and"', () => {
  it('a title after a name and "and" is the next person\'s, not a second role of the first', () => {
    expect(officialsOf('Minister Lee Jong-ho and Vice Minister Park Yun-kyu of the MSIT spoke.').map(summary)).toEqual([
      ['Lee Jong-ho', 'minister', null],
      ['Park Yun-kyu', 'vice minister', 'Ministry of Science and ICT'],
    ]);
  });
});

describe('officials: the posts of the issuing body', () => {
  const meeting = 'The Korea Communications Commission (KCC) held its plenary meeting on Wednesday.';
  it.each([
    ['a commission post tied to no organization, in a text that names the KCC', `${meeting} Vice Chairman Ahn Hyoung-hwan attended.`, ['Ahn Hyoung-hwan', 'vice chairman', 'Korea Communications Commission', 'title-before-name+issuer-post']],
    ['an acting post', `${meeting} Acting Chairperson Park Ji-won opened it.`, ['Park Ji-won', 'acting chairperson', 'Korea Communications Commission', 'title-before-name+issuer-post']],
    ['the names after a plural post', `${meeting} Standing Commissioners Kim Hyun and Kim Chang-ryong attended.`, ['Kim Chang-ryong', 'standing commissioner', 'Korea Communications Commission', 'plural-title-before-names+issuer-post']],
    ['a post of a unit: the press contact of a division', `${meeting} For further information, contact Park Ji-hoon, Deputy Director of the Terrestrial Broadcasting Policy Division (02-2110-1234).`, ['Park Ji-hoon', 'deputy director of the terrestrial broadcasting policy division', 'Korea Communications Commission', 'name-apposition+issuer-post']],
    ['a post and its unit after a comma, in a table of people', `${meeting}\n\n| Name | Title |\n|---|---|\n| Han Ye-jin | Director, International Cooperation Division |`, ['Han Ye-jin', 'director, international cooperation division', 'Korea Communications Commission', 'people-table+issuer-post']],
    ['the head of a bureau named after the name', `${meeting} Director General Hwang Seon-mi of the Broadcasting Infrastructure Bureau spoke.`, ['Hwang Seon-mi', 'director general', 'Korea Communications Commission', 'title-before-name+issuer-post']],
    ['the head of a bureau that the text ties to no body', `${meeting} Jeon Hye-sun, Director-General of the User Policy Bureau, said it would act.`, ['Jeon Hye-sun', 'director-general', 'Korea Communications Commission', 'name-apposition+issuer-post']],
    ['the head of a bureau of another body', `${meeting} Kim Min-su, Director-General of the Radio Policy Bureau of the Ministry of Science and ICT, attended.`, ['Kim Min-su', 'director-general of the radio policy bureau', 'Ministry of Science and ICT', 'name-apposition']],
    ['the head of a body found by its shape, which is no unit', `${meeting} Park Min-ho, Chairman of the Gangwon Media Foundation, attended.`, ['Park Min-ho', 'chairman', 'Gangwon Media Foundation', 'name-apposition']],
    ['a department is no unit of the KCC (universities have them)', `${meeting} Yoon Ji-ho, head of the Media Studies Department, presented.`, ['Yoon Ji-ho', 'head of the media studies department', null, 'name-apposition']],
    ['a minister of the ministry the text names elsewhere', "The KCC signed an MOU with Vietnam's Ministry of Information and Communications. Nguyen Thanh Lam, Minister of Information and Communications of Vietnam, signed it.", ['Nguyen Thanh Lam', 'minister of information and communications', 'Ministry of Information and Communications', 'name-apposition+ministry']],
    ['a minister of a portfolio whose ministry the text does not name', 'The KCC met on Monday. Nguyen Thanh Lam, Minister of Information and Communications of Vietnam, attended.', ['Nguyen Thanh Lam', 'minister of information and communications', null, 'name-apposition']],
    ['a post tied to another organization keeps it', `${meeting} Chairman Park Min of KBS attended.`, ['Park Min', 'chairman', 'Korean Broadcasting System', 'title-before-name']],
    ['a title that is no post of the KCC', `${meeting} Professor Yoon Ji-ho presented.`, ['Yoon Ji-ho', 'professor', null, 'title-before-name']],
    ['a former post', `${meeting} Former Chairman Choi Min-su spoke.`, ['Choi Min-su', 'former chairman', null, 'title-before-name']],
    ['a post in a text that does not name the KCC', 'The plenary meeting was held on Wednesday. Vice Chairman Ahn Hyoung-hwan attended.', ['Ahn Hyoung-hwan', 'vice chairman', null, 'title-before-name']],
  ])('%s', (_, body, [name, title, organization, rule]) => {
    const official = officialsOf(body).find((found) => found.name === name);
    expect(official && [official.name, official.title, official.organization, official.rule]).toEqual([name, title, organization, rule]);
  });
});

describe('officials: one entry per person, every mention with its offsets', () => {
  it('merges "Lee", "Chairman Lee", "Mr. Kaplan" and "Vice President Kaplan" into the full names', () => {
    const body = [
      'On Tuesday, Standing Commissioner Lee Hae-jin of the Korea Communications Commission (KCC) held a long meeting with John Kaplan, vice president of public policy at Meta, to discuss the protection of users.',
      'Lee thanked Mr. Kaplan for his interest. Vice President Kaplan explained Meta’s efforts, and Commissioner Lee asked for cooperation.',
    ].join('\n\n');
    const { record, input } = parseRelease(body);
    expect(record.officials.map(summary)).toEqual([
      ['Lee Hae-jin', 'standing commissioner', 'Korea Communications Commission'],
      ['John Kaplan', 'vice president of public policy', 'Meta'],
    ]);
    const [lee, kaplan] = record.officials;
    expect(lee?.mentions.map((mention) => mention.text)).toEqual(['Lee Hae-jin', 'Lee', 'Lee']);
    expect(kaplan?.mentions.map((mention) => mention.text)).toEqual(['John Kaplan', 'Kaplan', 'Kaplan']);
    for (const official of record.officials) expectExactSpans(input, official.mentions);
  });

  it('spellings of one Korean name are one person', () => {
    const body = 'Chairman Han Sang-hyuk of the KCC met the press. Han Sang Hyuk said the KCC would act, and Chairman Han left.';
    const [official, ...rest] = officialsOf(body);
    expect(rest).toEqual([]);
    expect(official?.mentions.map((mention) => mention.text)).toEqual(['Han Sang-hyuk', 'Han Sang Hyuk', 'Han']);
  });

  it('a known KCC chairperson is found by name alone, with the title of the day', () => {
    const { record } = parseRelease('Lee Jinsook said the KCC would review the plan.', 'Title KCC news\nDate 2024-09-02 Read 10');
    expect(record.officials.map(summary)).toEqual([['Lee Jinsook', 'chairperson', 'Korea Communications Commission']]);
  });

  it('a surname shared by two people is left unresolved', () => {
    const body = 'Chairman Lee Min-ho of the KCC and Professor Lee Jae-won of Seoul National University spoke. Lee said the work would go on.';
    const officials = officialsOf(body);
    expect(officials.map((official) => official.mentions.length)).toEqual([1, 1]);
  });
});

describe('officials: titles shared along a list', () => {
  it.each<[string, string, Array<[string, string | null, string | null]>]>([
    [
      'a title in the plural is each name\'s after it, with the organization after the last',
      'Standing Commissioners Kim Do-hyun and Oh Ji-hoon of the KCC attended.',
      [['Kim Do-hyun', 'standing commissioner', 'Korea Communications Commission'], ['Oh Ji-hoon', 'standing commissioner', 'Korea Communications Commission']],
    ],
    ['three names after a plural in -men', 'Chairmen Kim Min-su, Lee Ji-ho and Park Su-jin met.', [['Kim Min-su', 'chairman', null], ['Lee Ji-ho', 'chairman', null], ['Park Su-jin', 'chairman', null]]],
    [
      'a second title shares the organization before the first',
      'KCC Chairperson Choi Hyun-ju and Vice Chairperson Kim Tae-won attended.',
      [['Choi Hyun-ju', 'chairperson', 'Korea Communications Commission'], ['Kim Tae-won', 'vice chairperson', 'Korea Communications Commission']],
    ],
    [
      'a second title with an organization of its own keeps it',
      'KCC Chairman Park Min-soo and Google Vice President Sarah Miller met.',
      [['Park Min-soo', 'chairman', 'Korea Communications Commission'], ['Sarah Miller', 'vice president', 'Google']],
    ],
    [
      'a title with a name right after it is that name\'s, not the one before the comma',
      'Attending were Kim Jin-pyo, Minister of Science and ICT Lee Jong-ho and others.',
      [['Lee Jong-ho', 'minister', 'Ministry of Science and ICT']],
    ],
    [
      'names each followed by their own title: a title in apposition introduces no one after it',
      'The meeting was attended by Park Min, President of KBS, Ahn Hyeong-joon, President of MBC, and Bang Moon-shin, President of SBS.',
      [['Park Min', 'president', 'Korean Broadcasting System'], ['Ahn Hyeong-joon', 'president', 'Munhwa Broadcasting Corporation'], ['Bang Moon-shin', 'president', 'Seoul Broadcasting System']],
    ],
  ])('%s', (_, body, expected) => {
    expect(officialsOf(body).map(summary)).toEqual(expected);
  });
});

describe('officials: not found', () => {
  it.each<[string, string]>([
    ['the last words of a title\'s capitalized phrase that read as no name', 'The KCC met the Vice President for Government Affairs and Public Policy.'],
    ['a place after "in" before a title in apposition', "In Las Vegas, Google's vice president spoke."],
    ['a title alone', 'The chairman of the Korea Communications User Protection Association attended the ceremony.'],
    ['a title before a lower-case word', 'The KCC held a standing commissioner countermeasure meeting on Monday.'],
    ['a name without a role', 'The survey asked 1,000 people, including Kim Ji-won, about their habits.'],
    ['a chatbot named like a person', 'The lawyer discussed user protection seen in the Lee Luda case.'],
    ['a university', 'Researchers of Seoul National University joined the Council for the Protection of Users.'],
    ['a title before an organization', 'The president of Meta Platforms sent a letter.'],
    ['a headline in capitals', 'KCC CHAIRMAN HAN SANG-HYUK MEETS PRESS'],
    ['a place before a title', 'In New York, Chairman Smith spoke.'],
    ['a title that needs "of" takes no "for"', 'The head for Asia Kim Min-su spoke.'],
    ['a title before "for" and a number', 'Park Min-soo served as minister for three years.'],
    ['a lower-case word before a title in apposition', 'The report cites Jane Doe, then minister, on the plan.'],
    ['a member without "of"', 'The KCC met Jane Doe, a member, and the member companies of the association.'],
    ['an award named like a person, before a title in parentheses', "Excellence Awards (Prime Minister's Award) were given to MBC."],
    ['a city before a post with an "of" phrase', 'The delegation visited Ho Chi Minh City, Director General of the Ministry of Information, said.'],
    ['the unit between a title and its body', 'The speakers were an Executive Manager, Industry Compliance, Ofcom, and others.'],
  ])('%s', (_, body) => {
    expect(officialsOf(body)).toEqual([]);
  });

  it.each([
    ['a verb after a title in a title-case headline', 'KCC Chairman Meets Press'],
    ['verbs after a plural title in a title-case headline', 'Commissioners Discuss Spam Rules'],
  ])('%s', (_, title) => {
    expect(parseRelease('The KCC met reporters on Monday.', title).record.officials).toEqual([]);
  });
});

describe('officials: --rules files add titles and people without code', () => {
  it('a user title word makes a person', () => {
    const file = join(tempDir('rules'), 'extra.yaml');
    writeFileSync(file, 'titles:\n  - ombudsperson\n');
    const input = 'Press release\n\nOmbudsperson Bae Su-ji of the KCC met users.\n';
    const record = parseText(input, { path: 't', sha256: '', bytes: 0, encoding: 'utf-8' }, { path: 't', referenceDate: '2026-11-29', rules: loadRules([file]) });
    expect(record.officials.map((official) => [official.name, official.title])).toEqual([['Bae Su-ji', 'ombudsperson']]);
  });

  it('a user nationality stands before a title without being part of it', () => {
    const file = join(tempDir('rules'), 'extra.yaml');
    writeFileSync(file, 'nationalities: [Latvian]\n');
    const input = 'Press release\n\nThe KCC met Ieva Ozola, Latvian Minister for Foreign Affairs, in Riga.\n';
    const officialsWith = (files: string[]): string[][] =>
      parseText(input, { path: 't', sha256: '', bytes: 0, encoding: 'utf-8' }, { path: 't', referenceDate: '2026-11-29', rules: loadRules(files) }).officials.map((official) => [official.name, official.title ?? '']);
    // Without the file, "Latvian" is read as a word of the title's own ("Information Commissioner").
    expect(officialsWith([])).toEqual([['Ieva Ozola', 'latvian minister for foreign affairs']]);
    expect(officialsWith([file])).toEqual([['Ieva Ozola', 'minister for foreign affairs']]);
  });
});
