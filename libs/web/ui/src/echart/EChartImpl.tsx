import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartProps } from './EChart.js';

echarts.use([LineChart, BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, DatasetComponent, CanvasRenderer]);

export default function EChartImpl({ option, height = 320, style, notMerge = true, loading, ariaLabel, 'data-testid': testId = 'echart' }: EChartProps) {
  const { t, i18n } = useTranslation('ui');
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const locale = i18n.language?.startsWith('en') ? 'EN' : 'ZH';

  // One instance per element and locale; disposed on unmount.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas', locale });
    chartRef.current = chart;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge });
  }, [option, notMerge, locale]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    if (loading) chart.showLoading('default', { text: t('chart.loading') });
    else chart.hideLoading();
  }, [loading, t, locale]);

  return <div ref={ref} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height, ...style }} />;
}
