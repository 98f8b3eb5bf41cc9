import { describe, expect, it } from 'vitest';
import { personNameAt, personNameEndingAt, personNameSpanning, surnameAt } from '../src/extract/officials/names.js';
import { officialRules } from '../src/extract/officials/rules.js';
import type { TokenizedBlock } from '../src/nlp/tokenized-block.js';
import { isShouting, tokenize } from '../src/nlp/tokens.js';
import type { Block } from '../src/pipeline/doc.js';
import { loadRules } from '../src/rules/load.js';

const rules = officialRules(loadRules());

function blockOf(text: string): TokenizedBlock {
  const tokens = tokenize(text);
  return { block: { text } as Block, index: 0, tokens, keys: tokens.map((token) => token.key), shouting: isShouting(tokens) };
}

const nameAt = (text: string, word: number) => personNameAt(blockOf(text), word, rules);

describe('person names', () => {
  it.each<[string, string, number, string, string]>([
    ['hyphenated Korean given name', 'Lee Sang-in met', 0, 'Lee Sang-in', 'leesangin'],
    ['spaced Korean given name', 'Lee Sang In met', 0, 'Lee Sang In', 'leesangin'],
    ['joined Korean given name', 'Lee Sangin met', 0, 'Lee Sangin', 'leesangin'],
    ['given name written with "sh"', 'Bang Moon-shin met', 0, 'Bang Moon-shin', 'bangmoonshin'],
    ['given name first, reported family name first', 'Sang-in Lee met', 0, 'Lee Sang-in', 'leesangin'],
    ['Western name inside a sentence', 'the KCC met Joel Kaplan on Friday', 3, 'Joel Kaplan', 'joelkaplan'],
    ['a less common family name', 'the KCC met Yeon Sang-mi on Friday', 3, 'Yeon Sang-mi', 'yeonsangmi'],
    ['Western name with a particle', 'the KCC met Pieter van Dam on Friday', 3, 'Pieter van Dam', 'pietervandam'],
    ['Western name with two particles', 'the KCC met Ursula von der Leyen on Friday', 3, 'Ursula von der Leyen', 'ursulavonderleyen'],
    ['Western name with an apostrophe', "the KCC met Nerida O'Loughlin on Friday", 3, "Nerida O'Loughlin", "neridao'loughlin"],
  ])('%s', (_, text, at, display, key) => {
    expect(nameAt(text, at)).toMatchObject({ display, key });
  });

  it.each<[string, string, number]>([
    ['a single capitalized word', 'Kaplan said', 0],
    ['a calendar word', 'Friday June', 0],
    ['a particle at the end', 'Pieter van said', 0],
  ])('no name: %s', (_, text, at) => {
    expect(nameAt(text, at)).toBeNull();
  });

  it('a given name that is no Korean syllable makes a Western name, not a Korean one', () => {
    expect(nameAt('Lee Shwartz said', 0)).toMatchObject({ korean: false, surname: 'Shwartz' });
  });

  it('reads a name that ends before a comma, Western ones only when compromise may read them as one', () => {
    const block = blockOf('Joel Kaplan, Ha Joo-young, Seoul National University,');
    expect(personNameEndingAt(block, 2, rules)?.display).toBe('Joel Kaplan');
    expect(personNameEndingAt(block, 5, rules)?.display).toBe('Ha Joo-young');
    expect(personNameEndingAt(block, 9, rules)).toBeNull();
  });

  it('a surname stands alone only when no capitalized word follows', () => {
    expect(surnameAt(blockOf('Kaplan explained'), 0, rules)).toBe('Kaplan');
    expect(surnameAt(blockOf('Lee Luda case'), 0, rules)).toBeNull();
  });
});

describe('a name that spans a place the layout gives it (a cell\'s first part)', () => {
  it.each<[string, string, number, number, string | null]>([
    ['four words', 'Tran Thi Thu Ha, Director', 0, 4, 'Tran Thi Thu Ha'],
    ['three words', 'Le Quang Vinh, Director', 0, 3, 'Le Quang Vinh'],
    ['a Korean name', 'Jeong Min-ho, Director', 0, 2, 'Jeong Min-ho'],
    ['a Korean name that ends before the place does', 'Jeong Min-ho Kim, Director', 0, 3, null],
    ['one word', 'Kaplan, Director', 0, 1, null],
    ['five words', 'Alpha Beta Gamma Delta Epsilon, Director', 0, 5, null],
    ['a title word among them', 'Director Thu Ha, KCC', 0, 3, null],
  ])('%s', (_, text, from, to, display) => {
    expect(personNameSpanning(blockOf(text), from, to, rules)?.display ?? null).toBe(display);
  });
});
