import type { BoothStatsDto } from '@yiqia/contracts';

/** Average views per day (as display text) and the busiest day of a stats answer. */
export function summarizeStats(stats: BoothStatsDto) {
  const days = stats.days.length || 1;
  let peak: { date: string; views: number } | null = null;
  for (const d of stats.days) if (d.views > 0 && (!peak || d.views > peak.views)) peak = { date: d.date, views: d.views };
  const avg = stats.totals.views / days;
  // 0.03 must not read as 0: two decimals below 0.1, one below 10, whole numbers above.
  const avgPerDay = avg === 0 ? '0' : avg < 0.1 ? avg.toFixed(2) : avg < 10 ? avg.toFixed(1) : String(Math.round(avg));
  return { avgPerDay, peak };
}
