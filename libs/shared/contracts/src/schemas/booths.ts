import { z } from 'zod';
import { SERVICE_DOMAINS, type OrgType, type ServiceDomain } from '@yiqia/domain';
import { httpUrl, pageQuery, uploadUrl } from './common.js';

export const BOOTH_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type BoothStatus = (typeof BOOTH_STATUSES)[number];

export const createBoothRequest = z.strictObject({ title: z.string().trim().min(2).max(60) });
export type CreateBoothRequest = z.input<typeof createBoothRequest>;

export const boothDocument = z.strictObject({
  url: uploadUrl,
  name: z.string().trim().min(1).max(120),
  size: z.number().int().min(0).max(25_000_000).optional(),
});
export const boothContact = z.strictObject({
  name: z.string().trim().min(1).max(40),
  role: z.string().trim().max(40).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/)
    .optional(),
  email: z.string().trim().pipe(z.email().max(254)).optional(),
});

export const updateBoothRequest = z.strictObject({
  title: z.string().trim().min(2).max(60).optional(),
  slogan: z.string().trim().max(80).optional(),
  /** Rich text; sanitised on the server to a small allow-list of tags. */
  introHtml: z.string().max(50_000).optional(),
  logoUrl: uploadUrl.nullable().optional(),
  bannerUrl: uploadUrl.nullable().optional(),
  videoUrl: z.union([httpUrl, z.literal('')]).nullable().optional(),
  documents: z.array(boothDocument).max(10).optional(),
  contacts: z.array(boothContact).max(10).optional(),
  zoneCode: z.string().max(40).nullable().optional(),
  domainCodes: z.array(z.enum(SERVICE_DOMAINS)).max(6).optional(),
});
export type UpdateBoothRequest = z.input<typeof updateBoothRequest>;

export const reviewBoothRequest = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  reason: z.string().trim().max(500).optional(),
});
export type ReviewBoothRequest = z.input<typeof reviewBoothRequest>;

export const listBoothsQuery = pageQuery.extend({
  zone: z.string().max(40).optional(),
  domain: z.enum(SERVICE_DOMAINS).optional(),
  orgType: z.string().max(20).optional(),
  q: z.string().trim().max(100).optional(),
  /** Organizers only: review queue (submitted) and other states. Default: approved. */
  status: z.enum(BOOTH_STATUSES).optional(),
});
export type ListBoothsQuery = z.input<typeof listBoothsQuery>;

export interface BoothContent {
  title: string;
  slogan: string | null;
  introHtml: string;
  logoUrl: string | null;
  bannerUrl: string | null;
  videoUrl: string | null;
  documents: { url: string; name: string; size?: number }[];
  contacts: { name: string; role?: string; phone?: string; email?: string }[];
  zoneCode: string | null;
  domainCodes: ServiceDomain[];
}

export interface BoothOrganizationDto {
  id: string;
  name: string;
  type: OrgType;
  regionCode: string;
  regionName: string;
}

/**
 * A booth. Visitors see the approved (published) content; members of the owning organisation and
 * organizers see the working draft and its review status. An approved booth stays public with its
 * last approved content while a new draft is edited and reviewed.
 */
export interface BoothDto extends BoothContent {
  id: string;
  expoId: string;
  organization: BoothOrganizationDto;
  status: BoothStatus;
  reviewReason: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  /** True when the booth has an approved version visible to the public. */
  isPublic: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A row in booth lists (no rich text). */
export type BoothSummaryDto = Omit<BoothDto, 'introHtml' | 'documents' | 'contacts'> & { introText: string };

export const recordVisitRequest = z.strictObject({
  /** A random id the browser keeps; counted once per day for unique visitors. */
  visitorId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
});

export const boothStatsQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) });

export interface BoothStatsDto {
  boothId: string;
  days: { date: string; views: number; uniqueVisitors: number }[];
  totals: { views: number; uniqueVisitors: number };
}
