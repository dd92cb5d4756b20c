import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { TaxonomyDto } from '@yiqia/contracts';
import {
  AMOUNT_BAND_LABELS,
  LISTING_KIND_LABELS,
  LISTING_STATUS_LABELS,
  ORG_TYPE_LABELS,
  RESOURCE_TYPE_LABELS,
  SERVICE_DOMAIN_LABELS,
  TARGET_GROUP_LABELS,
  pickLabel,
  type I18nLabel,
} from '@yiqia/domain';
import { apiFetch } from '@yiqia/web-data';
import { useLang } from '@yiqia/web-ui';
import { buildRegionIndex, type RegionIndex } from '../lib/regions.js';

export const taxonomyKey = ['taxonomy'] as const;

/** GET /api/taxonomy: codes, zh/en labels and the region tree. It changes with a release only. */
export function useTaxonomy() {
  return useQuery({
    queryKey: taxonomyKey,
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: ({ signal }) => apiFetch<TaxonomyDto>('/api/taxonomy', { signal, auth: false }),
  });
}

/** The taxonomies a label can come from (keys of TaxonomyDto with coded entries). */
export type LabelGroup = 'listingKinds' | 'listingStatuses' | 'orgTypes' | 'domains' | 'resourceTypes' | 'targetGroups' | 'amountBands' | 'sorts';

/** Labels shipped with the bundle, used until the taxonomy has loaded (the same source on the server). */
const BUNDLED: Partial<Record<LabelGroup, Record<string, I18nLabel>>> = {
  listingKinds: LISTING_KIND_LABELS,
  listingStatuses: LISTING_STATUS_LABELS,
  orgTypes: ORG_TYPE_LABELS,
  domains: SERVICE_DOMAIN_LABELS,
  resourceTypes: RESOURCE_TYPE_LABELS,
  targetGroups: TARGET_GROUP_LABELS,
  amountBands: AMOUNT_BAND_LABELS,
};

export interface DiscoverLabels {
  lang: 'zh' | 'en';
  /** The label of a code in the current language (the code itself when unknown). */
  label: (group: LabelGroup, code: string) => string;
  /** Codes of a taxonomy in the server's order. */
  codes: (group: LabelGroup) => string[];
  regions: RegionIndex;
  taxonomy: TaxonomyDto | undefined;
}

/** Labels of the taxonomy in the interface language; re-renders when the language changes. */
export function useDiscoverLabels(): DiscoverLabels {
  const lang = useLang();
  const { data } = useTaxonomy();
  const regions = useMemo(() => buildRegionIndex(data?.regions), [data]);
  return useMemo(() => {
    const maps = new Map<LabelGroup, Map<string, I18nLabel>>();
    for (const group of ['listingKinds', 'listingStatuses', 'orgTypes', 'domains', 'resourceTypes', 'targetGroups', 'amountBands', 'sorts'] as const) {
      const entries = data?.[group]?.map((e) => [e.code, e.label] as const) ?? Object.entries(BUNDLED[group] ?? {});
      maps.set(group, new Map(entries));
    }
    return {
      lang,
      label: (group, code) => {
        const l = maps.get(group)?.get(code);
        return l ? pickLabel(l, lang) : code;
      },
      codes: (group) => [...(maps.get(group)?.keys() ?? [])],
      regions,
      taxonomy: data,
    };
  }, [data, lang, regions]);
}
