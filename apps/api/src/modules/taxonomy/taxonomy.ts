import { createHash } from 'node:crypto';
import { SEARCH_SORTS, type SearchSort, type TaxonomyDto, type TaxonomyEntry } from '@yiqia/contracts';
import {
  AMOUNT_BANDS,
  AMOUNT_BAND_BOUNDS,
  AMOUNT_BAND_LABELS,
  type I18nLabel,
  LISTING_KINDS,
  LISTING_KIND_LABELS,
  LISTING_STATUSES,
  LISTING_STATUS_LABELS,
  ORG_TYPES,
  ORG_TYPE_LABELS,
  RESOURCE_TYPES,
  RESOURCE_TYPE_LABELS,
  SERVICE_DOMAINS,
  SERVICE_DOMAIN_LABELS,
  TARGET_GROUPS,
  TARGET_GROUP_LABELS,
} from '@yiqia/domain';
import { type RegionNode, regionTree } from '@yiqia/domain/regions';

export const SEARCH_SORT_LABELS: Record<SearchSort, I18nLabel> = {
  relevance: { zh: '相关度', en: 'Relevance' },
  newest: { zh: '最新发布', en: 'Newest' },
  amount_desc: { zh: '金额从高到低', en: 'Amount: high to low' },
  amount_asc: { zh: '金额从低到高', en: 'Amount: low to high' },
};

function entries<C extends string>(codes: readonly C[], labels: Record<C, I18nLabel>): TaxonomyEntry<C>[] {
  return codes.map((code) => ({ code, label: labels[code] }));
}

function regions(nodes: RegionNode[]): TaxonomyDto['regions'] {
  return nodes.map((n) => (n.children ? { code: n.code, name: n.name, children: regions(n.children) } : { code: n.code, name: n.name }));
}

export function buildTaxonomy(): TaxonomyDto {
  return {
    listingKinds: entries(LISTING_KINDS, LISTING_KIND_LABELS),
    listingStatuses: entries(LISTING_STATUSES, LISTING_STATUS_LABELS),
    orgTypes: entries(ORG_TYPES, ORG_TYPE_LABELS),
    domains: entries(SERVICE_DOMAINS, SERVICE_DOMAIN_LABELS),
    resourceTypes: entries(RESOURCE_TYPES, RESOURCE_TYPE_LABELS),
    targetGroups: entries(TARGET_GROUPS, TARGET_GROUP_LABELS),
    amountBands: AMOUNT_BANDS.map((code) => {
      const bounds = code === 'unspecified' ? { min: null, max: null } : AMOUNT_BAND_BOUNDS[code];
      return { code, label: AMOUNT_BAND_LABELS[code], min: bounds.min, max: bounds.max };
    }),
    sorts: entries(SEARCH_SORTS, SEARCH_SORT_LABELS),
    regions: regions(regionTree()),
  };
}

/** The taxonomy serialised once per process, with a strong ETag (it only changes with a deploy). */
export interface SerializedTaxonomy {
  json: string;
  etag: string;
}

let cached: SerializedTaxonomy | null = null;

export function serializedTaxonomy(): SerializedTaxonomy {
  if (!cached) {
    const json = JSON.stringify(buildTaxonomy());
    cached = { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
  }
  return cached;
}
