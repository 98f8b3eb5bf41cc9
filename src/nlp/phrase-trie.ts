/**
 * Phrases of a rules file keyed by their token keys, for longest-match lookup at a token position.
 * A lookup walks at most as many tokens as the longest phrase, so scanning a text is linear.
 */

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  values: readonly T[];
}

const NO_MATCHES: readonly never[] = [];

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Every phrase that starts at `at`, longest first. */
  matches(keys: readonly string[], at: number): readonly PhraseMatch<T>[] {
    let node = this.child(this.root, keys[at]);
    // Tries are looked up at nearly every token, and most tokens start no phrase: nothing is made for them.
    if (!node) return NO_MATCHES;
    const found: PhraseMatch<T>[] = [];
    for (let i = at; node; node = this.child(node, keys[++i])) {
      if (node.values.length > 0) found.push({ length: i - at + 1, values: node.values });
    }
    return found.reverse();
  }

  private child(node: Node<T>, key: string | undefined): Node<T> | undefined {
    return key === undefined ? undefined : node.next.get(key);
  }
}
