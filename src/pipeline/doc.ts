import type { MappedText } from '../clean/mapped-text.js';
import type { RuleSections } from '../rules/load.js';
import type { DayReading } from '../extract/dates/reading.js';
import type { Span, Warning } from '../record/types.js';

export type BlockKind = 'title' | 'subtitle' | 'paragraph';

/** A block of release text: its cleaned text, and the way back from its offsets to the input. */
export class Block {
  constructor(
    readonly kind: BlockKind,
    /** Cleaned text of the block (artifacts removed, spaces normalized). */
    readonly text: string,
    private readonly source: MappedText,
    /** Where `text` starts in `source`. */
    private readonly offset: number,
    private readonly input: string,
  ) {}

  /** The input span of the block's characters [from, to). */
  span(from = 0, to = this.text.length): Span {
    const { start, end } = this.source.toInput(this.offset + from, this.offset + to);
    return { text: this.input.slice(start, end), start, end };
  }
}

/** Everything an extractor may read: the input, its cleaned blocks, and the rules. */
export interface Doc {
  /** The decoded input; every reported offset points into it. */
  readonly input: string;
  readonly title: Block | null;
  readonly subtitles: readonly Block[];
  readonly paragraphs: readonly Block[];
  /** Title, subtitles and paragraphs in reading order. */
  readonly blocks: readonly Block[];
  /** The page's Date line, when it has one. */
  readonly published: { value: string; span: Span } | null;
  /** Else a date line's day written without its year ("Embargo: 12:00, Friday, February 28"), for the dates extractor to date. */
  readonly yearlessDateLine: { reading: DayReading; span: Span } | null;
  /** Anchor for dates that the text leaves open when no publication date is stated. */
  readonly referenceDate: string;
  readonly rules: RuleSections;
  /** Extractors report what they could not resolve here. */
  warn(warning: Warning): void;
}
