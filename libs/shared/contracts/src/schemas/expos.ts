import { z } from 'zod';
import { SERVICE_DOMAINS, type ServiceDomain } from '@yiqia/domain';
import { fieldIssue, isoDate } from './common.js';

export const zoneInput = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/),
  name: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().max(60).optional(),
  domainCode: z.enum(SERVICE_DOMAINS).optional(),
});

export const createExpoRequest = z
  .strictObject({
    name: z.string().trim().min(2).max(100),
    slug: z
      .string()
      .trim()
      .max(60)
      .refine((v) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) && v !== 'current', fieldIssue('slug_format')),
    startsAt: isoDate,
    endsAt: isoDate,
    description: z.string().trim().max(2000).optional(),
    location: z.string().trim().max(200).optional(),
    zones: z.array(zoneInput).max(50).optional(),
  })
  .refine((v) => Date.parse(v.endsAt) >= Date.parse(v.startsAt), { ...fieldIssue('ends_before_starts'), path: ['endsAt'] });
export type CreateExpoRequest = z.input<typeof createExpoRequest>;

export interface ZoneDto {
  code: string;
  name: string;
  nameEn: string | null;
  domainCode: ServiceDomain | null;
  /** Approved booths in this zone. */
  boothCount: number;
}

export interface ExpoDto {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  location: string | null;
  startsAt: string;
  endsAt: string;
  /** upcoming | live | ended, from the dates and the current time. */
  phase: 'upcoming' | 'live' | 'ended';
  zones: ZoneDto[];
  approvedBoothCount: number;
  createdAt: string;
}
