/**
 * Text derived from the input that remembers, for every character, which input characters it came
 * from, so that offsets found in cleaned text can be reported against the input.
 */
export class MappedText {
  constructor(
    readonly text: string,
    /** Input offset where clean character i starts; one extra entry for the end. */
    private readonly starts: Int32Array,
    /** Input offset where clean character i ends. */
    private readonly ends: Int32Array,
  ) {}

  /** Input range of the clean range [start, end). */
  toInput(start: number, end: number): { start: number; end: number } {
    const inputStart = this.starts[start] ?? this.starts[this.text.length] ?? 0;
    if (end <= start) return { start: inputStart, end: inputStart };
    return { start: inputStart, end: this.ends[end - 1] ?? inputStart };
  }

  /** Input offsets where clean characters [from, to) start and end, appended to `starts` and `ends`. */
  appendRanges(from: number, to: number, starts: number[], ends: number[]): void {
    // As `toInput(i, i + 1)` per character, without an object per character.
    const fallback = this.starts[this.text.length] ?? 0;
    for (let i = from; i < to; i++) {
      const start = this.starts[i] ?? fallback;
      starts.push(start);
      ends.push(this.ends[i] ?? start);
    }
  }

  /** A builder over this text, to derive a further cleaned text that still maps to the input. */
  derive(): MappedTextBuilder {
    return new MappedTextBuilder(this);
  }

  static identity(input: string): MappedText {
    const starts = new Int32Array(input.length + 1);
    const ends = new Int32Array(input.length + 1);
    for (let i = 0; i <= input.length; i++) {
      starts[i] = i;
      ends[i] = Math.min(i + 1, input.length);
    }
    return new MappedText(input, starts, ends);
  }
}

/** Appends pieces of a source MappedText (kept or replaced); deleted pieces are simply not added. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly source: MappedText) {}

  /** Keep source characters [from, to) as they are. */
  keep(from: number, to: number): this {
    if (to <= from) return this;
    this.parts.push(this.source.text.slice(from, to));
    this.source.appendRanges(from, to, this.starts, this.ends);
    return this;
  }

  /** Write `replacement` in place of source characters [from, to). */
  replace(from: number, to: number, replacement: string): this {
    const span = this.source.toInput(from, to);
    this.parts.push(replacement);
    for (let i = 0; i < replacement.length; i++) {
      this.starts.push(span.start);
      this.ends.push(span.end);
    }
    return this;
  }

  build(): MappedText {
    const text = this.parts.join('');
    const end = this.source.toInput(this.source.text.length, this.source.text.length).start;
    return new MappedText(text, withEnd(this.starts, end), withEnd(this.ends, end));
  }
}

function withEnd(offsets: readonly number[], end: number): Int32Array {
  const array = new Int32Array(offsets.length + 1);
  array.set(offsets);
  array[offsets.length] = end;
  return array;
}
