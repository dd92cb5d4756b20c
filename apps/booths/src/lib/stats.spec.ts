import type { BoothStatsDto } from '@yiqia/contracts';
import { summarizeStats } from './stats.js';

function stats(views: number[]): BoothStatsDto {
  const days = views.map((v, i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, views: v, uniqueVisitors: Math.min(v, 1) }));
  return { boothId: 'b', days, totals: { views: views.reduce((a, b) => a + b, 0), uniqueVisitors: days.reduce((a, d) => a + d.uniqueVisitors, 0) } };
}

describe('stats summary', () => {
  it('has no busiest day without visits', () => {
    expect(summarizeStats(stats([0, 0, 0]))).toEqual({ avgPerDay: '0', peak: null });
  });

  it('never shows a small average as 0', () => {
    const views = Array.from({ length: 30 }, (_, i) => (i === 29 ? 1 : 0));
    expect(summarizeStats(stats(views)).avgPerDay).toBe('0.03');
  });

  it('finds the busiest day (the first of equals)', () => {
    expect(summarizeStats(stats([3, 9, 9, 1])).peak).toEqual({ date: '2026-11-02', views: 9 });
    expect(summarizeStats(stats([3, 9, 9, 1])).avgPerDay).toBe('5.5');
    expect(summarizeStats(stats([30, 20])).avgPerDay).toBe('25');
  });
});
