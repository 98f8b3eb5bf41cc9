import { describe, expect, it } from 'vitest';
import { parseText } from '../src/pipeline/parse.js';
import { loadRules, RulesError, type RuleSections } from '../src/rules/load.js';
import type { Topic } from '../src/record/types.js';

const SOURCE = { path: 't', sha256: '', bytes: 0, encoding: 'utf-8' };

function topicsOf(input: string, rules: RuleSections = loadRules()): Topic[] {
  return parseText(input, SOURCE, { path: 't', referenceDate: '2026-11-29', rules }).topics;
}

const ids = (input: string, rules?: RuleSections): string[] => topicsOf(input, rules).map((topic) => topic.id);

/** Per topic: a sentence about it, and one that mentions its words only in passing. */
const TABLE: Array<[id: string, about: string, passing: string]> = [
  ['ai', 'The KCC will prepare guidelines on generative AI services.', 'The seminar took place in the AI hall of the university.'],
  ['metaverse', 'The KCC discussed ways to protect users of metaverse services.', 'Experts came from the broadcasting, VR and game sectors.'],
  ['algorithm-transparency', 'Portals will disclose how their news recommendation algorithms rank articles.', 'The survey used an algorithm to weight responses.'],
  ['illegal-content', 'The KCC asked portals to delete illegal information on their boards.', 'The festival showed a film about a gambling addict.'],
  ['digital-sex-crime', 'Operators must block the distribution of illegally filmed material.', '* Sexual exploitation material: as defined in the relevant act.'],
  ['disinformation', 'The KCC will curb the spread of fake news during the election.', 'The rumour was denied by the station.'],
  ['user-protection', 'The KCC will expand damage relief to protect users after service outages.', 'The KCC received a complaint about the schedule.'],
  ['privacy', 'The carrier leaked the personal information of 300,000 subscribers.', 'Students joined a hacking contest.'],
  ['platform-regulation', 'App market operators may not force developers to use in-app payment.', 'The new platform of the station was opened.'],
  ['network-usage-fees', 'Global content providers refuse to pay network usage fees.', 'Traffic on the highway was heavy.'],
  ['handset-subsidies', 'Retailers paid illegal subsidies above the announced amount.', 'The mobile phone display of the store was redesigned.'],
  [
    'telecom-market',
    'The KCC reviewed the rate plans of mobile carriers to promote competition in the telecom market.',
    'Value-added telecommunications business operators such as portals must prevent the distribution of illegal videos.',
  ],
  ['broadcast-licensing', 'The KCC decided on the re-approval of three comprehensive programming channels.', 'The TV licence fee will be billed separately.'],
  ['public-broadcasting', 'The KCC appointed new KBS directors to strengthen public broadcasting.', 'The drama first aired on MBC in 2010.'],
  ['broadcast-advertising', 'The KCC will allow indirect advertising and product placement in more programmes.', '* The site explains its advertising policy.'],
  ['pay-tv-ott', 'IPTV operators must sign programme supply contracts with channel providers.', 'The satellite was launched last week.'],
  ['media-literacy', 'The KCC will provide media literacy education for the elderly.', 'The media center closed for renovation.'],
  ['accessibility', 'Broadcasters must provide sign language interpretation for people with disabilities.', 'The report is accessible online.'],
  ['disaster-broadcasting', 'Broadcasters must transmit disaster broadcasting immediately after an earthquake.', 'The emergency exit was blocked.'],
  ['youth-protection', 'The KCC will protect children from harmful media content.', 'A student band performed at the ceremony.'],
  ['spam-fraud', 'The KCC will block voice phishing calls and smishing messages.', '* Carriers: mobile network operators.'],
  ['international-cooperation', 'The KCC signed an MOU with the broadcasting regulator of Vietnam.', 'The KCC strengthened cooperation with the Ministry of Science and ICT.'],
  ['industry-promotion', 'The plan aims to strengthen the media industry ecosystem.', 'The startup presented its new app.'],
  ['enforcement', 'The KCC imposed penalty surcharges and corrective orders on three carriers.', 'The investigation of the fire continues.'],
  ['legislation', 'The KCC will amend the Enforcement Decree of the Broadcasting Act.', 'Retailers were sanctioned for violating the Mobile Device Distribution Act.'],
  ['self-regulation', 'Platform operators will publish transparency reports every year.', 'The guideline was mentioned once.'],
  ['commission-governance', 'The KCC approved its business plan for next year.', 'The public-private council held its plenary meeting.'],
];

describe('topics: each topic, found when it is the subject, not for a passing mention', () => {
  it.each(TABLE)('%s', (id, about, passing) => {
    expect(ids(about)).toContain(id);
    expect(ids(passing)).not.toContain(id);
  });
});

describe('topics: cues match inflected and reordered forms', () => {
  it.each(['User protection comes first.', 'The KCC will protect users.', 'Protecting users is the aim.', 'The protection of users matters.'])(
    '%s',
    (sentence) => expect(ids(sentence)).toContain('user-protection'),
  );
});

describe('topics: a possessive ending is no part of the word it follows', () => {
  const rules = { ...loadRules(), topics: [{ id: 'streaming-fees', strong: ['Netflix fee'] }] };
  it.each([
    ['curly apostrophe', 'The KCC reviewed Netflix’s fees.', true],
    ['straight apostrophe', "The KCC reviewed Netflix's fees.", true],
    ['all-capitals headline', "KCC REVIEWS NETFLIX'S FEES\n\nThe review starts in May.", true],
    ['an apostrophe alone', 'The KCC reviewed Netflix’ fees.', true],
    ['another ending', 'The KCC reviewed Netflix’d fees.', false],
  ])('%s', (_case, input, found) => {
    expect(ids(input, rules).includes('streaming-fees')).toBe(found);
  });
});

describe('topics: where a cue appears counts', () => {
  it('a general word is enough in the headline, not once in the body', () => {
    expect(ids('KCC surveys teenagers\n\nThe survey covered 5,000 people.')).toContain('youth-protection');
    expect(ids('The survey covered 5,000 teenagers and adults.')).not.toContain('youth-protection');
  });

  it('repetition in the body adds up: the n-th mention counts 1/n', () => {
    const mentions = ['The survey covered teenagers.', 'Teenagers answered online.', 'Most teenagers play games.', 'Teenagers chat at night.'];
    expect(ids(mentions.slice(0, 3).join(' '))).not.toContain('youth-protection');
    expect(ids(mentions.join(' '))).toContain('youth-protection');
  });

  it('a law named only as the legal basis is not legislation', () => {
    expect(ids('Stores were fined for violating the Broadcasting Act. The KCC applied the Act.')).not.toContain('legislation');
  });

  const NAMED: Array<[sentence: string, id: string, found: boolean]> = [
    ['Kim Min-su, Director of the User Protection Planning Division, presented the survey.', 'user-protection', false],
    ['The Chief Privacy Officer of the company attended the forum.', 'privacy', false],
    ['He met the head of the Directorate for Science, Technology and Innovation.', 'industry-promotion', false],
    ['He met the Director of the Bureau of Consumer Protection of the FTC.', 'user-protection', false],
    ['The KCC will strengthen user protection for the elderly.', 'user-protection', true],
    ['The Privacy Act of the company stayed unchanged; privacy came first.', 'privacy', true],
  ];
  it.each(NAMED)('words inside the name of a unit or a post are no evidence: %s', (sentence, id, found) => {
    expect(ids(sentence).includes(id)).toBe(found);
  });

  it('a headline capitalizes every word: its cues count whatever follows them', () => {
    expect(ids('KCC Opens User Protection Center for the Elderly\n\nThe center opened on Monday.')).toContain('user-protection');
  });

  it('discrimination among users or by handset subsidies is no harmful information; hate and discrimination online still are', () => {
    expect(ids('KCC Fines Carriers for Discriminatory Handset Subsidies\n\nThe carriers discriminated among subscribers.')).not.toContain('illegal-content');
    expect(ids('KCC Fines Carriers for Discriminatory Handset Subsidies\n\nThe carriers discriminated among subscribers.')).toContain('handset-subsidies');
    expect(ids('KCC fines three carriers\n\n- Corrective orders for unfair discrimination among users -\n\nThe carriers paid excessive subsidies.')).not.toContain('illegal-content');
    expect(ids('Portals must delete hate speech and posts that discriminate against migrants.')).toContain('illegal-content');
  });

  it('"the Commission met" with someone is no meeting of the Commission', () => {
    expect(ids('The Korea Communications Commission met with Netflix on Monday.')).not.toContain('commission-governance');
    expect(ids('The decision was made at a Commission meeting on Monday.')).toContain('commission-governance');
  });

  it('approving a merger or acquisition is a licensing decision; announcing one is not', () => {
    expect(ids('The KCC approved the merger of a carrier and a cable operator with conditions.')).toContain('broadcast-licensing');
    expect(ids('Samsung Announces Merger\n\nThe company announced a merger with a startup.')).not.toContain('broadcast-licensing');
  });

  it.each<[string, string]>([
    ['accessibility', 'The KCC will support content for people with visual impairments.'],
    ['commission-governance', 'Lee Dong-kwan was inaugurated as the sixth chairman of the KCC.'],
    ['industry-promotion', 'The KCC will promote the domestic OTT industry with a new fund.'],
    ['broadcast-licensing', 'The results will be reflected when their licenses or approvals are renewed.'],
  ])('%s: a wording of the subject that the table does not use', (id, sentence) => {
    expect(ids(sentence)).toContain(id);
  });

  it('re-approving a channel is licensing, the verb too; "approved the re-licensing" is not read as "re-approved"', () => {
    expect(ids('The KCC decided to conditionally re-approve two general programming channels.')).toContain('broadcast-licensing');
    const evidence = topicsOf('The KCC approved the re-licensing of a channel.').find((topic) => topic.id === 'broadcast-licensing')?.evidence ?? [];
    expect(evidence.map((span) => span.text)).not.toContain('approved the re');
  });

  it('unfair terms are user protection when users are subject to them, not between businesses', () => {
    expect(ids('The KCC ordered the app markets to correct unfair terms imposed on users.')).toContain('user-protection');
    expect(ids('KCC fines pay TV operators over unfair contract terms\n\nThe operators set unfair terms in their contracts with home shopping channels.')).not.toContain('user-protection');
  });

  it('a sexual deepfake is a digital sex crime, not disinformation; a deepfake of a candidate is', () => {
    const sexual = ids('KCC acts against deepfake sexual abuse\n\nPlatforms must remove deepfake sexual exploitation material within a day.');
    expect(sexual).toContain('digital-sex-crime');
    expect(sexual).not.toContain('disinformation');
    expect(ids('KCC acts against election deepfakes\n\nPlatforms must label deepfake videos of candidates.')).toContain('disinformation');
  });

  it('a workshop held with an international body named by its acronym is international cooperation', () => {
    expect(ids('KCC and APT co-host workshop on disaster alerts\n\nOfficials of member countries shared their experience.')).toContain('international-cooperation');
  });

  it('an MOU is international cooperation with a party from abroad, not with a Korean body', () => {
    expect(ids('The KCC signed a memorandum of understanding with the Ministry of Information and Communications of Vietnam.')).toContain('international-cooperation');
    expect(ids('The KCC and the Korea Press Foundation signed an MOU on media literacy education.')).not.toContain('international-cooperation');
    // Named in a sub-headline and again in the body, a domestic MOU is still none.
    expect(ids('KCC and Ministry of Education join hands\n- Three bodies signed an MOU on teaching materials -\n\nThe memorandum of understanding (MOU) covers teacher training. The MOU runs for three years.')).not.toContain('international-cooperation');
  });

  it.each([
    ['a room named for conferences', 'KCC presents media literacy awards\n\nThe ceremony was held at the International Conference Hall of the Korea Press Center.'],
    ['"domestic and foreign" operators, which are those serving Korea', 'KCC meets domestic and foreign platform operators\n\nThe KCC met domestic and foreign platform operators on deepfakes.'],
  ])('no international cooperation: %s', (_, input) => {
    expect(ids(input)).not.toContain('international-cooperation');
  });

  it('an emergency meeting is no disaster', () => {
    expect(ids('KCC holds emergency meeting with platforms\n\nThe emergency meeting asked platforms to remove deepfakes within a day.')).not.toContain('disaster-broadcasting');
    expect(ids('KCC checks emergency alerts\n\nBroadcasters must send emergency alerts during typhoons.')).toContain('disaster-broadcasting');
  });

  it('alerts in foreign languages are for people in Korea, no international cooperation', () => {
    expect(ids('KCC checks disaster alerts\n- Broadcasters to send alerts in foreign languages -\n\nAlerts in foreign languages reach foreign residents.')).not.toContain('international-cooperation');
  });

  it.each<[string, string]>([
    ['public-broadcasting', 'Most of the public uses broadcasting and OTT services every day.'],
    ['broadcast-licensing', 'The chairman asked general-programming and news channels to air disaster alerts at once.'],
  ])('%s: words of the subject that only pass by', (id, sentence) => {
    expect(ids(sentence)).not.toContain(id);
  });

  it('examples in a list count less than the subject', () => {
    expect(ids('Experts from fields such as media literacy attended.')).not.toContain('media-literacy');
  });
});

describe('topics: record fields', () => {
  const input = 'KCC fines carriers for illegal subsidies\n\nThe KCC imposed fines on carriers that paid illegal subsidies. Retailers also paid subsidies.';

  it('evidence slices the input exactly; score is rounded; sorted by score, then id', () => {
    const topics = topicsOf(input);
    expect(topics.map((topic) => topic.id)).toEqual(['handset-subsidies', 'enforcement', 'telecom-market']);
    for (const topic of topics) {
      expect(topic.score).toBe(Math.round(topic.score * 100) / 100);
      expect(topic.evidence.length).toBeGreaterThan(0);
      for (const span of topic.evidence) expect(input.slice(span.start, span.end)).toBe(span.text);
    }
    expect(topics[0]?.label).toBe('Handset distribution and subsidies');
  });

  it('gives the same output for the same input', () => {
    expect(topicsOf(input)).toEqual(topicsOf(input));
  });

  it('a 100 KB input of repeated cues finishes fast', () => {
    const started = performance.now();
    topicsOf('protect users and user protection, '.repeat(3000));
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('topics: rules are data', () => {
  const base = loadRules();

  it('a rules file adds cues to a built-in topic', () => {
    const rules = { ...base, topics: [...(base.topics ?? []), { id: 'ai', strong: ['robot journalism'] }] };
    expect(ids('Newsrooms experiment with robot journalism.')).not.toContain('ai');
    expect(ids('Newsrooms experiment with robot journalism.', rules)).toContain('ai');
  });

  it('a malformed entry or an unknown word set is a rules error', () => {
    expect(() => ids('x.', { ...base, topics: [{ id: 'ai', strong: [3] }] })).toThrow(RulesError);
    expect(() => ids('x.', { ...base, topics: [{ id: 'ai', strong: ['@nothing'] }] })).toThrow(RulesError);
  });
});
