import type { Sink } from '../io/sink.js';

/** Milliseconds a batch runs before progress is shown: short runs stay silent. */
const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

/**
 * Files done of total, rate and time left, redrawn in place on a terminal's stderr. It is created
 * only for terminals and not with --quiet, so piped stderr never receives carriage returns.
 */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly sink: Sink,
    private readonly total: number,
    private readonly clock: () => number,
  ) {
    this.started = clock();
  }

  async update(done: number): Promise<void> {
    const now = this.clock();
    const elapsed = now - this.started;
    if (elapsed < SHOW_AFTER_MS || now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    const rate = done / (elapsed / 1000);
    const left = rate > 0 ? Math.ceil((this.total - done) / rate) : 0;
    await this.sink.write(`\r\u001b[2K${done}/${this.total} files, ${rate.toFixed(1)}/s, ${formatSeconds(left)} left`);
  }

  async finish(): Promise<void> {
    if (this.drawn) await this.sink.write('\r\u001b[2K');
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
}
