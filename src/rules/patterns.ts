/** Regular expressions built from the words and phrases of rules. */

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words or phrases as one alternation to put inside a group: literal, longest first (so that "Sept"
 * is tried before "Sep"), any run of spaces or hyphens between words matching any other.
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.trim().split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+'))
    .join('|');
}
