import { RESOURCE_TYPES, SERVICE_DOMAINS, TARGET_GROUPS } from '@yiqia/domain';
import { regionCodePath } from '@yiqia/domain/regions';

/**
 * Multi-valued facets are stored as bit sets: bit i stands for the i-th code of the domain list.
 * The lists only ever grow at the end; if a code were inserted or reordered, reindex the engine.
 */
export const BIT_LISTS = {
  domains: SERVICE_DOMAINS,
  resourceTypes: RESOURCE_TYPES,
  targetGroups: TARGET_GROUPS,
} as const;

export function maskOf(list: readonly string[], values: readonly string[]): number {
  let mask = 0;
  for (const v of values) {
    const i = list.indexOf(v);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

export function valuesOf<T extends string>(list: readonly T[], mask: number): T[] {
  return list.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** Province, city and district codes of a region (null below the region's own level). */
export function regionLevels(code: string): { province: string; city: string | null; district: string | null } {
  const path = regionCodePath(code);
  return { province: path[0] ?? code, city: path[1] ?? null, district: path[2] ?? null };
}
