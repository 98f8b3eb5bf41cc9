import type { OrgEntity, OrgMention } from '../extract/organizations/model.js';
import type { TokenizedBlock } from '../nlp/tokenized-block.js';
import { isTitleCase, textOf } from '../nlp/tokens.js';

/**
 * Short forms the text defines right after a name: "Korea Communications User Protection Association
 * (KCUP)", "(KCC, Chairman ...)", "(hereinafter referred to as the "Public-Private Council")".
 */

export interface DefinedForm {
  form: string;
  entity: OrgEntity;
  rule: 'acronym-definition' | 'hereinafter';
}

/** "KCUP", "LGU+", "BNetzA": a capital first, at least two capitals, no spaces. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}\p{N}&+]{1,9}$/u;

/** A defined form that is an acronym: by its shape, as a "hereinafter" clause may define one too ("hereinafter "MIC""). */
export const isDefinedAcronym = (form: DefinedForm): boolean => form.rule === 'acronym-definition' || ACRONYM.test(form.form);
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);
const MAX_HEREINAFTER_TOKENS = 12;
const MAX_FORM_TOKENS = 8;

const initial = (text: string): string => text.replace(/^the\s+/i, '').charAt(0).toUpperCase();

/**
 * The acronym starts as the name does, or with a K for a "Korea" the English name leaves out:
 * "Community Media Foundation (KCMF)".
 */
function isAcronymOf(acronym: string, name: string): boolean {
  if (!ACRONYM.test(acronym) || (acronym.match(/\p{Lu}/gu)?.length ?? 0) < 2) return false;
  return initial(acronym) === initial(name) || (acronym.startsWith('K') && initial(acronym.slice(1)) === initial(name));
}

/** The quoted (or bare) words of a "hereinafter" clause starting at `from`, as token range. */
function hereinafterForm(tb: TokenizedBlock, from: number): [number, number] | null {
  const limit = Math.min(tb.tokens.length, from + MAX_HEREINAFTER_TOKENS);
  const open = tb.keys.slice(from, limit).findIndex((key) => QUOTES.has(key));
  if (open === -1) return null;
  const start = from + open + 1;
  const close = tb.keys.slice(start, Math.min(tb.tokens.length, start + MAX_FORM_TOKENS + 1)).findIndex((key) => QUOTES.has(key));
  return close > 0 ? [start, start + close] : null;
}

/**
 * The acronym of a name in its own language given in the parentheses with it: "Indonesian
 * Broadcasting Commission (Komisi Penyiaran Indonesia, KPI)", the acronym's letters the initials of
 * the words before it.
 */
function nativeNameAcronym(tb: TokenizedBlock, from: number): string | null {
  let comma = from;
  while (comma < tb.tokens.length && comma - from < MAX_FORM_TOKENS && isTitleCase(tb.tokens[comma])) comma++;
  const acronym = tb.tokens[comma + 1];
  if (comma === from || tb.keys[comma] !== ',' || !acronym || tb.keys[comma + 2] !== ')') return null;
  const initials = tb.tokens.slice(from, comma).map((token) => token.text.charAt(0)).join('');
  return ACRONYM.test(acronym.text) && acronym.text === initials ? acronym.text : null;
}

/**
 * Where "hereinafter" stands in the parentheses opened before `from`: first, or after what else
 * they say of the body ("(Minister Tran Duc Long, hereinafter "MIC")"); -1 when they hold none.
 */
function hereinafterIn(tb: TokenizedBlock, from: number): number {
  for (let at = from; at < tb.tokens.length && at - from < MAX_HEREINAFTER_TOKENS && tb.keys[at] !== ')' && tb.keys[at] !== '('; at++) {
    if (tb.keys[at] === 'hereinafter') return at;
  }
  return -1;
}

function definitionAfter(tb: TokenizedBlock, mention: OrgMention): DefinedForm | null {
  let at = mention.to;
  while (QUOTES.has(tb.keys[at] ?? '') || tb.keys[at] === ',') at++;
  if (tb.keys[at] !== '(') return null;
  const first = tb.tokens[at + 1];
  const after = tb.keys[at + 2];
  const name = textOf(tb.block.text, tb.tokens, mention.from, mention.to);
  if (first && (after === ')' || after === ',' || after === ';') && isAcronymOf(first.text, name)) {
    return { form: first.text, entity: mention.entity, rule: 'acronym-definition' };
  }
  const native = nativeNameAcronym(tb, at + 1);
  if (native) return { form: native, entity: mention.entity, rule: 'acronym-definition' };
  const hereinafter = hereinafterIn(tb, at + 1);
  if (hereinafter === -1) return null;
  const range = hereinafterForm(tb, hereinafter + 1);
  return range ? { form: textOf(tb.block.text, tb.tokens, range[0], range[1]), entity: mention.entity, rule: 'hereinafter' } : null;
}

/** Forms defined in the text; an acronym becomes the entity's acronym when it has none yet. */
export function definedForms(blocks: readonly TokenizedBlock[], mentions: readonly OrgMention[]): DefinedForm[] {
  const defined: DefinedForm[] = [];
  for (const mention of mentions) {
    const tb = blocks[mention.block];
    const definition = tb && definitionAfter(tb, mention);
    if (!definition) continue;
    if (isDefinedAcronym(definition)) definition.entity.acronym ??= definition.form;
    defined.push(definition);
  }
  return defined;
}
