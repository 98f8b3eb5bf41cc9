import type { Cue, WordMatcher } from './cue.js';
import type { TokenizedBlock } from './tokens.js';

/**
 * Which cues may occur in a block. There are hundreds of cues and most blocks hold a handful of
 * them, so rather than trying every cue on every block, each cue is filed under one of its words
 * and the block's own words pick out the few cues worth matching.
 */
export class CueIndex {
  /** Cues by a lower-case form or name of their key word. */
  private readonly byWord = new Map<string, Cue[]>();
  /** Cues by the prefixes of their key word ("protect*"), one character per level. */
  private readonly byPrefix: PrefixNode = { next: new Map(), cues: [] };

  constructor(cues: Iterable<Cue>) {
    for (const cue of cues) {
      const key = keyWord(cue);
      if (!key) continue;
      for (const word of new Set([...key.forms, ...key.names.map((name) => name.lower)])) {
        const filed = this.byWord.get(word);
        if (filed) filed.push(cue);
        else this.byWord.set(word, [cue]);
      }
      for (const prefix of key.prefixes) this.prefixNode(prefix).cues.push(cue);
    }
  }

  /** Every cue of the index that occurs in the block, and some that do not (their other words may be absent). */
  candidates(tokenized: TokenizedBlock): Set<Cue> {
    const found = new Set<Cue>();
    // Runs for every distinct word of every block, and most words file no cue: nothing is made for them.
    const add = (cues: readonly Cue[] | undefined): void => {
      if (cues) for (const cue of cues) found.add(cue);
    };
    for (const word of tokenized.byWord.keys()) {
      add(this.byWord.get(word));
      let node: PrefixNode | undefined = this.byPrefix;
      for (let at = 0; node; at++) {
        add(node.cues);
        node = at < word.length ? node.next.get(word.charAt(at)) : undefined;
      }
    }
    return found;
  }

  private prefixNode(prefix: string): PrefixNode {
    let node = this.byPrefix;
    for (const char of prefix.split('')) {
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map(), cues: [] };
        node.next.set(char, child);
      }
      node = child;
    }
    return node;
  }
}

interface PrefixNode {
  next: Map<string, PrefixNode>;
  cues: Cue[];
}

/** The word a cue is filed under: one without prefixes if it has any, as whole words pick fewer blocks. */
function keyWord(cue: Cue): WordMatcher | undefined {
  return cue.words.find((word) => word.prefixes.length === 0) ?? cue.words[0];
}
