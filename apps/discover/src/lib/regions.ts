import type { TaxonomyDto } from '@yiqia/contracts';

export type RegionLevel = 'province' | 'city' | 'district';

export interface RegionEntry {
  code: string;
  name: string;
  level: RegionLevel;
  parent?: string;
  children: string[];
}

/** The GB/T 2260 tree of GET /api/taxonomy, indexed by code. */
export type RegionIndex = Map<string, RegionEntry>;

const LEVELS: RegionLevel[] = ['province', 'city', 'district'];

export function buildRegionIndex(tree: TaxonomyDto['regions'] | undefined): RegionIndex {
  const index: RegionIndex = new Map();
  const walk = (nodes: TaxonomyDto['regions'], depth: number, parent?: string) => {
    for (const node of nodes) {
      index.set(node.code, { code: node.code, name: node.name, level: LEVELS[Math.min(depth, 2)], parent, children: (node.children ?? []).map((c) => c.code) });
      if (node.children?.length) walk(node.children, depth + 1, node.code);
    }
  };
  walk(tree ?? [], 0);
  return index;
}

/** Level of a code: from the tree when known, else from the code's shape (XX0000, XXXX00, XXXXXX). */
export function regionLevelOf(code: string, index?: RegionIndex): RegionLevel {
  const known = index?.get(code);
  if (known) return known.level;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'district';
}

/** Parent code: from the tree when known, else from the code's shape. */
export function regionParentOf(code: string, index?: RegionIndex): string | undefined {
  const known = index?.get(code);
  if (known) return known.parent;
  const level = regionLevelOf(code);
  if (level === 'province') return undefined;
  return level === 'city' ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
}

/** Ancestors from the province down, not including the code itself. */
export function regionAncestors(code: string, index?: RegionIndex): string[] {
  const out: string[] = [];
  let p = regionParentOf(code, index);
  while (p && out.length < 3) {
    out.unshift(p);
    p = regionParentOf(p, index);
  }
  return out;
}

export function isRegionWithin(code: string, ancestor: string, index?: RegionIndex): boolean {
  return code === ancestor || regionAncestors(code, index).includes(ancestor);
}

/** "四川省 · 成都市 · 锦江区" parts for a code (names from the tree; the code itself when unknown). */
export function regionPathNames(code: string, index: RegionIndex): string[] {
  return [...regionAncestors(code, index), code].map((c) => index.get(c)?.name ?? c);
}

/** The selected code's own name, with its parent's for a district (锦江区 is clearer as 成都市锦江区). */
export function regionLabel(code: string, index: RegionIndex): string {
  const entry = index.get(code);
  if (!entry) return code;
  if (entry.level === 'district' && entry.parent) {
    const parent = index.get(entry.parent);
    if (parent && !parent.name.startsWith(entry.name)) return `${parent.name}${entry.name}`;
  }
  return entry.name;
}

export type RegionCheckState = 'checked' | 'partial' | 'none';

/** A node is checked when selected, partial when something below it is. */
export function regionCheckState(code: string, selected: readonly string[], index?: RegionIndex): RegionCheckState {
  if (selected.includes(code)) return 'checked';
  return selected.some((s) => s !== code && isRegionWithin(s, code, index)) ? 'partial' : 'none';
}

/**
 * Click on a region of the cascading facet (OR between selected regions):
 * - an unselected region is selected and replaces its selected ancestors and descendants (selecting
 *   成都市 under a selected 四川省 refines to 成都市);
 * - a selected region is removed; if nothing else is selected below its parent, the parent is selected
 *   again (one step back up the drill-down);
 * A partially selected region (something below it selected) becomes selected itself: the whole area.
 */
export function toggleRegion(selected: readonly string[], code: string, index?: RegionIndex): string[] {
  if (selected.includes(code)) {
    const rest = selected.filter((s) => s !== code);
    const parent = regionParentOf(code, index);
    if (parent && !rest.some((s) => isRegionWithin(s, parent, index))) return [...rest, parent];
    return rest;
  }
  const rest = selected.filter((s) => !isRegionWithin(s, code, index) && !isRegionWithin(code, s, index));
  return [...rest, code];
}

/** Remove a region and everything selected below it (a chip's close button). */
export function removeRegion(selected: readonly string[], code: string, index?: RegionIndex): string[] {
  return selected.filter((s) => !isRegionWithin(s, code, index));
}

export interface RegionFacetNode {
  code: string;
  name: string;
  count: number;
  state: RegionCheckState;
  children: RegionFacetNode[];
}

/**
 * The tree the region facet shows: provinces with matches; under a province that is selected or has a
 * selection below it, its cities with counts; the same for a city's districts. Counts come from the
 * flat `facets.region` map; selected regions are shown even with no matches. Biggest first.
 */
export function regionFacetTree(counts: Record<string, number>, selected: readonly string[], index: RegionIndex): RegionFacetNode[] {
  const codes = new Set([...Object.keys(counts), ...selected.flatMap((s) => [...regionAncestors(s, index), s])]);
  const byParent = new Map<string, string[]>();
  for (const code of codes) {
    const parent = regionParentOf(code, index) ?? '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), code]);
  }
  const build = (parent: string, depth: number): RegionFacetNode[] =>
    (byParent.get(parent) ?? [])
      .filter((code) => regionLevelOf(code, index) === LEVELS[depth])
      .map((code) => {
        const state = regionCheckState(code, selected, index);
        return {
          code,
          name: index.get(code)?.name ?? code,
          count: counts[code] ?? 0,
          state,
          children: state !== 'none' && depth < 2 ? build(code, depth + 1) : [],
        };
      })
      .filter((n) => n.count > 0 || n.state !== 'none')
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return build('', 0);
}
