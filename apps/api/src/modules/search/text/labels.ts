import {
  RESOURCE_TYPE_LABELS,
  SERVICE_DOMAIN_LABELS,
  TARGET_GROUP_LABELS,
  type ResourceType,
  type ServiceDomain,
  type TargetGroup,
} from '@yiqia/domain';
import { regionNames } from '@yiqia/domain/regions';

/**
 * The labels a listing is also found by (zh and en): its service domains, target groups, resource
 * types and region names — so "养老" finds a listing filed under 老年/养老 and "成都" one in 锦江区.
 * Pass the result as `labels` to `analyzeListingText`.
 */
export function listingLabels(listing: { domains: ServiceDomain[]; targetGroups: TargetGroup[]; resourceTypes: ResourceType[]; regionCode: string }): string[] {
  const labels: string[] = [];
  for (const d of listing.domains) labels.push(SERVICE_DOMAIN_LABELS[d].zh, SERVICE_DOMAIN_LABELS[d].en);
  for (const t of listing.targetGroups) labels.push(TARGET_GROUP_LABELS[t].zh, TARGET_GROUP_LABELS[t].en);
  for (const r of listing.resourceTypes) labels.push(RESOURCE_TYPE_LABELS[r].zh, RESOURCE_TYPE_LABELS[r].en);
  labels.push(...new Set(regionNames(listing.regionCode)));
  return labels;
}
