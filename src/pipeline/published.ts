import type { Span } from '../record/types.js';

/** An ISO day from a page's Date line ("2022-04-20", "2023. 6. 9."), or null if it is no real day. */
export function isoDay(text: string): string | null {
  const match = /^(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\.?$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function publishedFrom(span: Span | null): { value: string; span: Span } | null {
  if (!span) return null;
  const value = isoDay(span.text);
  return value ? { value, span } : null;
}
