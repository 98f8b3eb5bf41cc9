import { nlp } from './compromise.js';

/**
 * The one place that imports compromise (~0.5 s to load). Cue words are expanded into their
 * inflected forms once, when rules are compiled, so that matching the input is a set lookup per
 * token and never runs the tagger on (possibly huge) input text.
 */

interface Transforms {
  noun: {
    toPlural(word: string, model: unknown): string;
    toSingular(word: string, model: unknown): string;
  };
  verb: {
    toInfinitive(word: string, model: unknown, tense: string): string;
    conjugate(word: string, model: unknown): Record<string, string>;
  };
}

const world = nlp.world() as { methods: { two: { transform: Transforms } }; model: unknown };
const { noun, verb } = world.methods.two.transform;
const model = world.model;

function inflect(base: string): string[] {
  return [base, noun.toPlural(base, model), ...Object.values(verb.conjugate(base, model))];
}

/**
 * A word's base forms: itself, and the singular or infinitive that inflects back to it (the
 * transforms guess from spelling alone, so "law" would otherwise yield the infinitive "lee").
 */
function baseForms(word: string): string[] {
  const guesses = [noun.toSingular(word, model), ...['PastTense', 'PresentTense', 'Gerund'].map((tense) => verb.toInfinitive(word, model, tense))];
  return [word, ...guesses.filter((guess) => guess !== word && inflect(guess).includes(word))];
}

/** The plural of a lower-case noun: "commissioner" -> "commissioners", "chairman" -> "chairmen" (which compromise misses). */
export function pluralOf(word: string): string {
  return word.endsWith('man') ? `${word.slice(0, -3)}men` : noun.toPlural(word, model);
}

/**
 * Every inflected form of a lower-case word: plural and singular, verb tenses and gerund
 * ("protect" -> protects, protected, protecting; "subsidies" -> subsidy). Forms that are not real
 * words ("usered") are harmless: they never occur in text.
 */
export function inflections(word: string): string[] {
  const forms = new Set<string>();
  for (const base of baseForms(word)) for (const form of inflect(base)) forms.add(form);
  return [...forms].filter((form) => form !== '' && !form.includes(' '));
}
