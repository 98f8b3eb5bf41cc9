import { describe, expect, it } from 'vitest';
import { isShouting, keyOf, phraseKeys, tokenize } from '../src/nlp/tokens.js';

describe('tokens', () => {
  it.each<[string, string, string[]]>([
    ['hyphenated given names stay one word', 'Lee Sang-in met', ['Lee', 'Sang-in', 'met']],
    ['inner ampersands and trailing pluses', 'SK C&C and LGU+', ['SK', 'C&C', 'and', 'LGU+']],
    ['a possessive is a token of its own', 'YouTube’s head', ['YouTube', '’s', 'head']],
    ['punctuation is one token a character', 'Co., Ltd.', ['Co', '.', ',', 'Ltd', '.']],
    ["Markdown's emphasis marks are no tokens", '**Seo Yu-jin**, _KISDI_', ['Seo', 'Yu-jin', ',', 'KISDI']],
    ['an apostrophe inside a word stays in it', "Nerida O'Loughlin and Côte d’Ivoire", ['Nerida', "O'Loughlin", 'and', 'Côte', 'd’Ivoire']],
    ['a possessive after such a word is still its own', "O'Loughlin's office", ["O'Loughlin", "'s", 'office']],
    ['a closing quote or a plural possessive is no part of a word', "users’ rights and ‘Online Harm’", ['users', '’', 'rights', 'and', '‘', 'Online', 'Harm', '’']],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text).map((token) => token.text)).toEqual(expected);
  });

  it('offsets point into the text, inside a long sentence', () => {
    const text = 'On Friday, the Korea Communications Commission (KCC) met Meta’s vice president.';
    for (const token of tokenize(text)) expect(text.slice(token.from, token.to)).toBe(token.text);
  });

  it('keys are lower case with straight apostrophes', () => {
    expect(phraseKeys("Meta’s Information Commissioner's Office")).toEqual(['meta', "'s", 'information', 'commissioner', "'s", 'office']);
  });

  it.each([
    ['plain words are only lower-cased', 'KCC', 'kcc'],
    ['curly apostrophes become straight', 'O‘Brien’s', "o'brien's"],
    ['a Unicode hyphen becomes a hyphen-minus', 'Sang‐in', 'sang-in'],
  ])('keyOf: %s', (_name, text, key) => {
    expect(keyOf(text)).toBe(key);
  });

  it('a headline in capitals shouts; a normal one does not', () => {
    expect(isShouting(tokenize('KCC ORDERS DATA RESUBMISSION'))).toBe(true);
    expect(isShouting(tokenize('KCC orders data'))).toBe(false);
  });

  it('does not backtrack on long runs', () => {
    const started = performance.now();
    tokenize(`${'a-'.repeat(50_000)}!`);
    tokenize("'s".repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
