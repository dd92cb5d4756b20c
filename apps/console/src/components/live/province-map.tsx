import type { DashboardDto } from '@yiqia/contracts';
import { EChart } from '@yiqia/web-ui';
import { Alert, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useConsoleT } from '../../i18n/index.js';
import { provinceMapOption } from '../../lib/live-charts.js';
import { provinceMapData, type ProvinceFeature } from '../../lib/live-map.js';
import { ensureEChartsExtras } from './use-echarts-extras.js';

const MAP_NAME = 'yiqia-china';

let mapPromise: Promise<readonly ProvinceFeature[]> | null = null;

/**
 * The provinces GeoJSON (~340 KB) and the map chart load only when the map is first shown (own
 * chunks), then the map is registered once on the echarts instance of the shared EChart.
 */
function loadChinaMap(): Promise<readonly ProvinceFeature[]> {
  mapPromise ??= Promise.all([ensureEChartsExtras(), import('china-geojson/src/geojson/china.json', { with: { type: 'json' } })])
    .then(([extras, geo]) => {
      const json = (geo as { default: { features: ProvinceFeature[] } }).default;
      extras.registerMap(MAP_NAME, json);
      return json.features;
    })
    .catch((error: unknown) => {
      mapPromise = null; // let a later mount try again
      throw error;
    });
  return mapPromise;
}

export function ProvinceMap({ rows, height = 420 }: { rows: DashboardDto['listingsByProvince']; height?: number }) {
  const { t } = useConsoleT();
  const [features, setFeatures] = useState<readonly ProvinceFeature[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    loadChinaMap().then(
      (f) => alive && setFeatures(f),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  const option = useMemo(() => {
    if (!features) return null;
    const data = provinceMapData(rows, features);
    const tips = Object.fromEntries(data.map((d) => [d.name, t('live.charts.mapTooltip', { name: d.label, needs: d.needs, offers: d.offers })]));
    return provinceMapOption(MAP_NAME, data, tips);
  }, [features, rows, t]);
  if (failed) return <Alert type="warning" showIcon message={t('live.charts.mapFailed')} />;
  if (!option) return <Skeleton.Node active style={{ width: '100%', height }} aria-label={t('live.charts.mapLoading')} />;
  return <EChart option={option} height={height} ariaLabel={t('live.charts.map')} data-testid="live-map" />;
}
