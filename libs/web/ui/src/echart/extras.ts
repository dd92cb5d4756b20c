import { FunnelChart, MapChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

// Map and funnel charts are larger and only the console needs them: registered on the same echarts
// instance as EChartImpl (this chunk belongs to the same build of @yiqia/web-ui), only when asked for.
echarts.use([MapChart, FunnelChart, GeoComponent, VisualMapComponent]);

/** Registers a GeoJSON map for `series.type: 'map'` (once per name). */
export function registerMap(name: string, geoJson: object): void {
  if (echarts.getMap(name)) return;
  echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
}
