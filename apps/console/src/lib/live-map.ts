import type { DashboardDto } from '@yiqia/contracts';

/** The properties of a feature of china-geojson's china.json (2-digit province code, short name). */
export interface ProvinceFeature {
  properties: { id?: string; name: string };
}

export interface ProvinceMapDatum {
  /** The feature's name: ECharts matches map data to features by it. */
  name: string;
  value: number;
  needs: number;
  offers: number;
  /** The province's name as the API gives it (full name, for tooltips). */
  label: string;
}

/**
 * The dashboard's provinces (GB/T 2260 codes like 510000) as data of an ECharts map series over
 * china-geojson, matched by the 2-digit prefix to the feature `properties.id` (names differ: 四川省 /
 * 四川). Provinces the map lacks are left out; their counts still show in the table beside it.
 */
export function provinceMapData(rows: DashboardDto['listingsByProvince'], features: readonly ProvinceFeature[]): ProvinceMapDatum[] {
  const byCode = new Map<string, string>();
  for (const f of features) if (f.properties.id && /^\d{2}$/.test(f.properties.id)) byCode.set(f.properties.id, f.properties.name);
  const out: ProvinceMapDatum[] = [];
  for (const row of rows) {
    const name = byCode.get(row.regionCode.slice(0, 2));
    if (!name) continue;
    out.push({ name, value: row.needs + row.offers, needs: row.needs, offers: row.offers, label: row.name });
  }
  return out;
}

/** The upper end of the map's colour scale (at least 1 so an empty expo still draws a scale). */
export function mapScaleMax(data: readonly ProvinceMapDatum[]): number {
  return Math.max(1, ...data.map((d) => d.value));
}
