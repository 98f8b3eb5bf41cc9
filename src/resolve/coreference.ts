import type { PersonMention } from '../extract/officials/mentions.js';
import type { KnownPerson, OfficialRules } from '../extract/officials/rules.js';
import { foldPersonName } from '../extract/officials/names.js';
import { compareAt, type TokenizedBlock } from '../nlp/tokenized-block.js';
import { isCapitalized } from '../nlp/tokens.js';

/**
 * People from their mentions. A person needs a full name introduced by a title or courtesy word, or
 * known to the people rules ("a title alone never makes a person"; a bare name makes none either).
 * Then the rest joins them: the same full name without a title, "Chairman Han" and "Mr. Kaplan"
 * (title or courtesy word with a surname), and the surname alone ("Lee expressed ...") when only
 * one person has it.
 */

export interface Person {
  mentions: PersonMention[];
  known: KnownPerson | null;
}

const spanKey = (mention: PersonMention): string => `${mention.block}:${mention.from}:${mention.to}`;

/** One mention per span, with what each rule learned about it. */
function mergeSameSpans(mentions: readonly PersonMention[]): PersonMention[] {
  const bySpan = new Map<string, PersonMention>();
  for (const mention of mentions) {
    const key = spanKey(mention);
    const seen = bySpan.get(key);
    if (!seen) {
      bySpan.set(key, mention);
      continue;
    }
    const titledFirst = seen.titled || !mention.titled ? [seen, mention] : [mention, seen];
    const [main, other] = titledFirst as [PersonMention, PersonMention];
    bySpan.set(key, {
      ...main,
      name: main.name ?? other.name,
      title: main.title ?? other.title,
      titled: main.titled || other.titled,
      organization: main.organization ?? other.organization,
      known: main.known ?? other.known,
    });
  }
  return [...bySpan.values()].sort(compareAt);
}

const personKey = (mention: PersonMention): string | null => (mention.known ? foldPersonName(mention.known.name) : (mention.name?.key ?? null));

/** Whoever of `candidates` was named in full most recently before `mention`, else the first. */
function nearestBefore(candidates: readonly Person[], mention: PersonMention): Person | undefined {
  let best: { person: Person; at: PersonMention } | undefined;
  for (const person of candidates) {
    const before = person.mentions.filter((seen) => seen.name && compareAt(seen, mention) < 0).at(-1);
    if (before && (!best || compareAt(before, best.at) > 0)) best = { person, at: before };
  }
  return best?.person ?? candidates[0];
}

/** Surnames alone: a capitalized word equal to exactly one person's surname, outside other names. */
function surnameMentions(people: readonly Person[], blocks: readonly TokenizedBlock[], taken: (block: number, token: number) => boolean, rules: OfficialRules) {
  const bySurname = new Map<string, Person | null>();
  for (const person of people) {
    const surname = person.mentions.find((mention) => mention.name)?.surname;
    if (surname) bySurname.set(surname, bySurname.has(surname) ? null : person);
  }
  const found: Array<{ person: Person; mention: PersonMention }> = [];
  for (const tb of blocks) {
    if (tb.shouting) continue;
    tb.tokens.forEach((token, i) => {
      const person = bySurname.get(token.text);
      if (!person || taken(tb.index, i) || isCapitalized(tb.tokens[i + 1]) || isCapitalized(tb.tokens[i - 1])) return;
      if (rules.nonPersonNouns.has(tb.keys[i + 1] ?? '')) return;
      const mention: PersonMention = {
        block: tb.index, from: i, to: i + 1, name: null, surname: token.text, title: null, titled: false, organization: null, known: null, rule: 'surname-coreference',
      };
      found.push({ person, mention });
    });
  }
  return found;
}

const nameWords = (person: Person): string[] | null => {
  const name = person.mentions.find((mention) => mention.name)?.name;
  return name && !name.korean ? name.display.toLowerCase().split(' ') : null;
};

/**
 * A Western name of two words or more that ends exactly one longer name is that person's: "Deputy
 * Director General Al Dhaheri" after "Saeed Al Dhaheri, Deputy Director General of ...". Longer
 * names are looked up by their last words, so that many people stay linear.
 */
function withNameTailsMerged(people: readonly Person[]): Person[] {
  const named = people.flatMap((person) => {
    const words = nameWords(person);
    return words ? [{ person, words }] : [];
  });
  const byLastWords = new Map<string, Person[]>();
  for (const { person, words } of named) {
    for (let count = 2; count < words.length; count++) {
      const last = words.slice(-count).join(' ');
      const holders = byLastWords.get(last);
      if (holders) holders.push(person);
      else byLastWords.set(last, [person]);
    }
  }
  const merged = new Set<Person>();
  for (const short of named) {
    if (short.words.length < 2) continue;
    const longer = (byLastWords.get(short.words.join(' ')) ?? []).filter((person) => !merged.has(person));
    const [only] = longer;
    if (longer.length !== 1 || !only) continue;
    // Not the words read as a name of their own inside the longer name ("Al Dhaheri" in "Saeed Al Dhaheri").
    const inside = (mention: PersonMention): boolean => only.mentions.some((other) => other.block === mention.block && other.from <= mention.from && mention.to <= other.to);
    only.mentions.push(...short.person.mentions.filter((mention) => !inside(mention)));
    only.known ??= short.person.known;
    merged.add(short.person);
  }
  return people.filter((person) => !merged.has(person));
}

export function resolvePeople(
  mentions: readonly PersonMention[],
  blocks: readonly TokenizedBlock[],
  taken: (block: number, token: number) => boolean,
  rules: OfficialRules,
): Person[] {
  const merged = mergeSameSpans(mentions);
  const byKey = new Map<string, Person>();
  for (const mention of merged) {
    const key = personKey(mention);
    if (key === null) continue;
    const person = byKey.get(key) ?? { mentions: [], known: null };
    person.mentions.push(mention);
    person.known ??= mention.known;
    byKey.set(key, person);
  }
  const people = withNameTailsMerged([...byKey.values()].filter((person) => person.known !== null || person.mentions.some((mention) => mention.titled)));
  for (const mention of merged) {
    if (mention.name) continue;
    const candidates = people.filter((person) => person.mentions.some((seen) => seen.name?.surname === mention.surname));
    nearestBefore(candidates, mention)?.mentions.push(mention);
  }
  const covered = new Set(merged.flatMap((mention) => Array.from({ length: mention.to - mention.from }, (_, i) => `${mention.block}:${mention.from + i}`)));
  const isTaken = (block: number, token: number): boolean => covered.has(`${block}:${token}`) || taken(block, token);
  for (const { person, mention } of surnameMentions(people, blocks, isTaken, rules)) person.mentions.push(mention);
  for (const person of people) person.mentions.sort(compareAt);
  return people.sort((a, b) => compareAt(a.mentions[0] ?? { block: 0, from: 0 }, b.mentions[0] ?? { block: 0, from: 0 }));
}
