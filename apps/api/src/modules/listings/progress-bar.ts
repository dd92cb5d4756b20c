/**
 * A progress report for long command-line jobs, written to a stream (stderr): on a terminal one line
 * redrawn in place (bar, percent, count/total, rate, ETA); otherwise a plain line at every 10 %.
 */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class ProgressBar {
  private readonly started: number;
  private lastDraw = -Infinity;
  private lastDecile = -1;
  private finished = false;

  constructor(
    private readonly label: string,
    private readonly out: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(done: number, total: number): void {
    if (this.finished) return;
    const t = this.now();
    if (this.out.isTTY) {
      if (t - this.lastDraw < 100 && done < total) return;
      this.lastDraw = t;
      this.out.write(`\r${this.line(done, total, t, true)}\x1b[K`);
      return;
    }
    const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      this.out.write(`${this.line(done, total, t, false)}\n`);
    }
  }

  /** Ends the line (a terminal keeps the final bar). */
  finish(done: number, total: number): void {
    if (this.finished) return;
    if (this.out.isTTY) {
      this.lastDraw = -Infinity;
      this.update(done, total);
      this.out.write('\n');
    } else if (this.lastDecile < 10) {
      this.lastDecile = 9;
      this.update(total === 0 ? 0 : Math.max(done, total), total);
    }
    this.finished = true;
  }

  line(done: number, total: number, t: number, bar: boolean): string {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const seconds = Math.max((t - this.started) / 1000, 1e-3);
    const rate = done / seconds;
    const eta = total <= done ? '0s' : rate > 0 ? duration((total - done) / rate) : '--';
    const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
    const counts = `${fmt(done)}/${fmt(total)}`;
    const tail = `${percent} ${counts}  ${fmt(Math.round(rate))}/s  ETA ${eta}`;
    if (!bar) return `${this.label} ${tail}`;
    const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - this.label.length - tail.length - 4));
    const filled = Math.round(ratio * width);
    return `${this.label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${tail}`;
  }
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** 75 → "1m15s", 4 → "4s". */
export function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
