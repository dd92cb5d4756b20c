import type { BoothContent, BoothDto, BoothSummaryDto } from '@yiqia/contracts';
import type { OrgType } from '@yiqia/domain';
import { regionFullName } from '@yiqia/domain/regions';
import type { Booth } from './booth.entity.js';
import { introText } from './sanitize-intro.js';

export interface BoothOrgRow {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
}

export function draftContent(b: Booth): BoothContent {
  return {
    title: b.title,
    slogan: b.slogan,
    introHtml: b.introHtml,
    logoUrl: b.logoUrl,
    bannerUrl: b.bannerUrl,
    videoUrl: b.videoUrl,
    documents: b.documents,
    contacts: b.contacts,
    zoneCode: b.zoneCode,
    domainCodes: b.domainCodes,
  };
}

/** `audience` picks what is shown: the working draft (owners, organizers) or the approved version. */
export function toBoothDto(b: Booth, org: BoothOrgRow, audience: 'draft' | 'public'): BoothDto {
  const content = audience === 'public' && b.published ? b.published : draftContent(b);
  return {
    ...content,
    id: b.id,
    expoId: b.expoId,
    organization: { id: org.id, name: org.name, type: org.type, regionCode: org.regionCode, regionName: regionFullName(org.regionCode) },
    status: b.status,
    reviewReason: b.reviewReason,
    submittedAt: b.submittedAt?.toISOString() ?? null,
    reviewedAt: b.reviewedAt?.toISOString() ?? null,
    publishedAt: b.publishedAt?.toISOString() ?? null,
    isPublic: b.published !== null,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}

export function toBoothSummary(b: Booth, org: BoothOrgRow, audience: 'draft' | 'public'): BoothSummaryDto {
  const { introHtml, documents: _d, contacts: _c, ...rest } = toBoothDto(b, org, audience);
  return { ...rest, introText: introText(introHtml) };
}
