import type { EChartsCoreOption } from 'echarts/core';
import type { ProvinceMapDatum } from './live-map.js';
import { mapScaleMax } from './live-map.js';

/** Colours of the brand (theme.ts) and a second series colour. */
export const CHART_COLORS = { primary: '#1f5fa8', secondary: '#d9534f', muted: '#8c8c8c' } as const;

/** Messages per minute: a line over the last 30 minutes (labels already localised HH:mm). */
export function messagesOption(points: { label: string; count: number }[], seriesName: string): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: seriesName, type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: points.map((p) => p.count), color: CHART_COLORS.primary }],
  };
}

/** Needs and offers per category (domains, organisation types): two bars per row. */
export function needsOffersOption(rows: { label: string; needs: number; offers: number }[], names: { needs: string; offers: string }, horizontal = false): EChartsCoreOption {
  const category = { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, ...(horizontal ? {} : { rotate: rows.length > 6 ? 30 : 0 }) } };
  const value = { type: 'value', minInterval: 1 };
  return {
    animation: false,
    grid: { left: horizontal ? 130 : 40, right: 16, top: 36, bottom: horizontal ? 24 : 64 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      { name: names.needs, type: 'bar', data: rows.map((r) => r.needs), color: CHART_COLORS.secondary },
      { name: names.offers, type: 'bar', data: rows.map((r) => r.offers), color: CHART_COLORS.primary },
    ],
  };
}

/** The funnel views → contacts → rooms → intents signed (stages in order, labels localised). */
export function funnelOption(stages: { label: string; value: number }[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '4%',
        width: '62%',
        top: 8,
        bottom: 8,
        minSize: '6%',
        // Beside the shape: later stages are often tiny next to the views.
        label: { show: true, position: 'right', formatter: '{b} {c}' },
        labelLine: { show: true },
        data: stages.map((s) => ({ name: s.label, value: s.value })),
      },
    ],
  };
}

/** The China map coloured by listings per province; the tooltip text is prepared per province. */
export function provinceMapOption(mapName: string, data: ProvinceMapDatum[], tooltips: Record<string, string>): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: (p: { name: string }) => tooltips[p.name] ?? p.name },
    visualMap: { min: 0, max: mapScaleMax(data), left: 8, bottom: 8, calculable: true, inRange: { color: ['#e6f0fa', CHART_COLORS.primary] } },
    series: [{ type: 'map', map: mapName, roam: false, selectedMode: false, label: { show: false }, emphasis: { label: { show: true } }, data }],
  };
}
