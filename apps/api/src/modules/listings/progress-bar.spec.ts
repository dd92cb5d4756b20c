import { ProgressBar, duration } from './progress-bar.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, out: { isTTY, columns: 100, write: (c: string) => chunks.push(c) } };
}

describe('ProgressBar', () => {
  it('prints a plain line per 10 % when not on a terminal, with count, rate and ETA', () => {
    let now = 0;
    const { chunks, out } = stream(false);
    const bar = new ProgressBar('embedded', out, () => now);
    for (let done = 0; done <= 1000; done += 50) {
      now = done * 2; // 500 per second
      bar.update(done, 1000);
    }
    bar.finish(1000, 1000);
    expect(chunks).toHaveLength(11);
    expect(chunks[0]).toBe('embedded   0% 0/1,000  0/s  ETA --\n');
    expect(chunks.every((c) => c.endsWith('\n') && !c.includes('\r'))).toBe(true);
    expect(chunks[5]).toBe('embedded  50% 500/1,000  500/s  ETA 1s\n');
    expect(chunks[10]).toBe('embedded 100% 1,000/1,000  500/s  ETA 0s\n');
  });

  it('redraws one line on a terminal, at most every 100 ms, and ends it', () => {
    let now = 0;
    const { chunks, out } = stream(true);
    const bar = new ProgressBar('meilisearch', out, () => now);
    bar.update(0, 200);
    now = 50;
    bar.update(10, 200); // too soon: skipped
    now = 1000;
    bar.update(100, 200);
    bar.finish(200, 200);
    expect(chunks.filter((c) => c.startsWith('\r'))).toHaveLength(3);
    expect(chunks[1].startsWith('\rmeilisearch [█')).toBe(true);
    expect(chunks[1].endsWith('░]  50% 100/200  100/s  ETA 1s\u001b[K')).toBe(true);
    expect(chunks.at(-1)).toBe('\n');
  });

  it('handles an empty table', () => {
    const { chunks, out } = stream(false);
    const bar = new ProgressBar('embedded', out, () => 0);
    bar.update(0, 0);
    bar.finish(0, 0);
    expect(chunks).toEqual(['embedded 100% 0/0  0/s  ETA 0s\n']);
  });

  it('formats durations', () => {
    expect(duration(4.2)).toBe('5s');
    expect(duration(75)).toBe('1m15s');
    expect(duration(3700)).toBe('1h01m');
  });
});
