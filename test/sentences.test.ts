import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/pipeline/sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences: boundaries', () => {
  it.each([
    ['two sentences', 'The KCC met on Friday. It decided to fine KT.', ['The KCC met on Friday.', 'It decided to fine KT.']],
    ['a question and an exclamation', 'Is it lawful? The KCC says no! It will act.', ['Is it lawful?', 'The KCC says no!', 'It will act.']],
    ['a quote closing after the period', 'He said, "We will act." Then he left.', ['He said, "We will act."', 'Then he left.']],
    ['curly quotes', 'He said, “We will act.” “Soon,” he added.', ['He said, “We will act.”', '“Soon,” he added.']],
    ['a sentence starting with a digit', 'The fines were set. 12 stations were named.', ['The fines were set.', '12 stations were named.']],
    ['a sentence starting with a parenthesis', 'The KCC met. (The vote was 3 to 2.)', ['The KCC met.', '(The vote was 3 to 2.)']],
    ['several spaces between sentences', 'The KCC met.   It decided.', ['The KCC met.', 'It decided.']],
    ['no end mark', 'The KCC met on Friday', ['The KCC met on Friday']],
    ['a lower-case word after a period does not start a sentence', 'The fine was 2.1 billion won. vs. last year it rose.', ['The fine was 2.1 billion won. vs. last year it rose.']],
    ['a decimal number', 'The fine was 2.1 billion won. It is due.', ['The fine was 2.1 billion won.', 'It is due.']],
    ['the dots of a day written with them', 'The KCC held the awards on 2024. 11. 28. at the Korea Press Center. It was the fifth.', ['The KCC held the awards on 2024. 11. 28. at the Korea Press Center.', 'It was the fifth.']],
    ['a year that ends a sentence before a number', 'The plan dates from 2023. 10 operators joined it.', ['The plan dates from 2023.', '10 operators joined it.']],
    ['empty', '', []],
    ['only space', '   ', []],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('splitSentences: abbreviations do not end a sentence', () => {
  it.each([
    ['Mr.', 'Mr. Kim met the delegation. It was brief.', ['Mr. Kim met the delegation.', 'It was brief.']],
    ['Ms. and Mrs.', 'Ms. Park and Mrs. Lee spoke. They agreed.', ['Ms. Park and Mrs. Lee spoke.', 'They agreed.']],
    ['Dr.', 'The KCC met Dr. Lee Won-woo. He chairs the council.', ['The KCC met Dr. Lee Won-woo.', 'He chairs the council.']],
    ['Prof.', 'Prof. Kim opened the forum. It ran all day.', ['Prof. Kim opened the forum.', 'It ran all day.']],
    ['Rep.', 'The seminar was hosted by Rep. Choi Min-jae on Thursday. It was full.', ['The seminar was hosted by Rep. Choi Min-jae on Thursday.', 'It was full.']],
    ['Co. and Ltd.', 'KT Co. Ltd. was fined. SK Telecom Co., Ltd. was not.', ['KT Co. Ltd. was fined.', 'SK Telecom Co., Ltd. was not.']],
    ['Inc. and Corp.', 'Google Inc. and Apple Corp. Korea were named. Both replied.', ['Google Inc. and Apple Corp. Korea were named.', 'Both replied.']],
    ['No.', 'See Article No. 3 of the Act. It applies.', ['See Article No. 3 of the Act.', 'It applies.']],
    ['a.m.', 'The meeting began at 10 a.m. Friday in Gwacheon. It ended at noon.', ['The meeting began at 10 a.m. Friday in Gwacheon.', 'It ended at noon.']],
    ['p.m.', 'The forum opened at 2 p.m. Tuesday. The KCC hosted it.', ['The forum opened at 2 p.m. Tuesday.', 'The KCC hosted it.']],
    ['U.S.', 'The U.S. FCC joined the talks. They agreed.', ['The U.S. FCC joined the talks.', 'They agreed.']],
    ['a month', 'The rules apply from Jan. 5 next year. Firms must comply.', ['The rules apply from Jan. 5 next year.', 'Firms must comply.']],
    ['an initial', 'Kim J. Lee spoke. The KCC thanked him.', ['Kim J. Lee spoke.', 'The KCC thanked him.']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('an abbreviation that ends a word is only one when it is the whole word ("Fico." is not "Co.")', () => {
    expect(texts('The regulator met Fico. It agreed.')).toEqual(['The regulator met Fico.', 'It agreed.']);
  });
});

describe('splitSentences: offsets into the block text', () => {
  it('every sentence slices the text at its offsets', () => {
    const text = '  Mr. Kim, chairman of the KCC, met Dr. Lee at 10 a.m. on Friday.  The two agreed to cooperate. "We will act," he said.';
    const sentences = splitSentences(text);
    expect(sentences).toEqual([
      { text: 'Mr. Kim, chairman of the KCC, met Dr. Lee at 10 a.m. on Friday.', from: 2, to: 65 },
      { text: 'The two agreed to cooperate.', from: 67, to: 95 },
      { text: '"We will act," he said.', from: 96, to: 119 },
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.from, sentence.to)).toBe(sentence.text);
  });

  it('a sentence found inside a longer paragraph', () => {
    const text = 'The KCC met on Friday. It fined KT Co. Ltd. 2.1 billion won for excessive subsidies. The fine is due in May.';
    const sentence = splitSentences(text).find((candidate) => candidate.text.includes('KT'));
    expect(sentence).toEqual({ text: 'It fined KT Co. Ltd. 2.1 billion won for excessive subsidies.', from: 23, to: 84 });
  });

  it('sentences span the text in order without overlap', () => {
    const text = 'One. Two! Three? Four.';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => [sentence.from, sentence.to])).toEqual([
      [0, 4],
      [5, 9],
      [10, 16],
      [17, 22],
    ]);
  });
});
