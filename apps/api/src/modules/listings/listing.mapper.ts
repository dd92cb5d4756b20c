import type { ListingBoothDto, ListingDto, ListingOrganizationDto, ListingSummaryDto } from '@yiqia/contracts';
import { isValidCreditCode, type OrgType } from '@yiqia/domain';
import { regionFullName } from '@yiqia/domain/regions';
import type { Listing } from './listing.entity.js';

export interface ListingOrgRow {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
  creditCode: string;
}

export interface ListingBoothRow {
  id: string;
  expoId: string;
  title: string;
  logoUrl: string | null;
  published: { title: string; logoUrl: string | null } | null;
}

/** 91510100MA61XYZ12X → 91510100****XYZ12X: the registration authority and region stay readable. */
export function maskCreditCode(code: string): string {
  return code.length === 18 ? `${code.slice(0, 8)}****${code.slice(12)}` : '*'.repeat(code.length);
}

export function toListingOrganization(org: ListingOrgRow): ListingOrganizationDto {
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    regionCode: org.regionCode,
    regionName: regionFullName(org.regionCode),
    creditCodeVerified: isValidCreditCode(org.creditCode),
    creditCodeMasked: maskCreditCode(org.creditCode),
  };
}

/** The booth card: its approved title and logo when it has been approved, else the working ones. */
export function toListingBooth(b: ListingBoothRow): ListingBoothDto {
  const shown = b.published ?? { title: b.title, logoUrl: b.logoUrl };
  return { id: b.id, expoId: b.expoId, title: shown.title, logoUrl: shown.logoUrl, isPublic: b.published !== null };
}

export function toListingDto(l: Listing, org: ListingOrgRow, booth: ListingBoothRow | null, editable: boolean): ListingDto {
  return {
    id: l.id,
    kind: l.kind,
    title: l.title,
    summary: l.summary,
    body: l.bodyHtml,
    domains: l.domains,
    targetGroups: l.targetGroups,
    resourceTypes: l.resourceTypes,
    regionCode: l.regionCode,
    regionName: regionFullName(l.regionCode),
    amountMin: l.amountMin,
    amountMax: l.amountMax,
    startsAt: l.startsAt,
    endsAt: l.endsAt,
    status: l.status,
    expoId: l.expoId,
    booth: booth ? toListingBooth(booth) : null,
    organization: toListingOrganization(org),
    editable,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}

export function toListingSummary(l: Listing, org: ListingOrgRow, booth: ListingBoothRow | null, editable: boolean): ListingSummaryDto {
  const { body: _body, organization, ...rest } = toListingDto(l, org, booth, editable);
  return { ...rest, organization: { id: organization.id, name: organization.name, type: organization.type } };
}
