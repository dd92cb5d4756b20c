import { Skeleton } from 'antd';
import { Suspense, lazy, type CSSProperties } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

export interface EChartProps {
  /** An ECharts option (line, bar and pie charts with grid, tooltip, legend, title, dataset). */
  option: EChartsCoreOption;
  /** Height in px (default 320); the width follows the container. */
  height?: number;
  style?: CSSProperties;
  /** Replace the option instead of merging it (default true). */
  notMerge?: boolean;
  loading?: boolean;
  /** Accessible description of the chart (role="img"). */
  ariaLabel?: string;
  'data-testid'?: string;
}

// echarts is loaded only when a chart is shown (a separate chunk).
const Impl = lazy(() => import('./EChartImpl.js'));

/** What `loadEChartsExtras` adds: map (with `registerMap`) and funnel series, geo and visualMap components. */
export interface EChartsExtras {
  registerMap(name: string, geoJson: object): void;
}

/**
 * Loads the map and funnel charts into the echarts instance `EChart` uses (a separate chunk). Await it
 * (and register the map) before rendering an `EChart` whose option has a map or funnel series.
 */
export function loadEChartsExtras(): Promise<EChartsExtras> {
  return import('./extras.js');
}

/** A small React wrapper over echarts/core: resizes with its container and disposes on unmount. */
export function EChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 320 }} />}>
      <Impl {...props} />
    </Suspense>
  );
}
