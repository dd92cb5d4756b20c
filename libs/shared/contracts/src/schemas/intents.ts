import { z } from 'zod';
import { amountYuan, isoDay } from './listings.js';
import type { IntentStatus } from './rooms.js';

/**
 * 合作意向书 terms. Any party proposes a version (v1, v2 …); every party's authorised member signs a
 * version; when all parties signed the same version the intent is signed and that version is locked.
 */
export const intentTerms = z.strictObject({
  title: z.string().trim().min(2).max(100),
  parties: z
    .array(
      z.strictObject({
        organizationId: z.uuid(),
        /** 需求方 / 资助方 / 执行方 / 场地方 … */
        role: z.string().trim().min(1).max(30),
        commitments: z.string().trim().max(1000).optional(),
      }),
    )
    .min(2)
    .max(6),
  fundingAmount: amountYuan.nullable().optional(),
  goods: z.string().trim().max(1000).optional(),
  volunteers: z.number().int().min(0).max(100_000).nullable().optional(),
  venue: z.string().trim().max(300).optional(),
  startsOn: isoDay.nullable().optional(),
  endsOn: isoDay.nullable().optional(),
  deliverables: z.string().trim().max(2000).optional(),
  notes: z.string().trim().max(2000).optional(),
});
export type IntentTerms = z.output<typeof intentTerms>;

/** POST /api/rooms/:roomId/intent — the REST twin of the `intent:propose` socket event. */
export const proposeIntentRequest = z.strictObject({ terms: intentTerms });
export type ProposeIntentRequest = z.input<typeof proposeIntentRequest>;

export interface IntentVersionDto {
  version: number;
  terms: IntentTerms;
  status: IntentStatus;
  proposedBy: { userId: string; orgId: string; displayName: string };
  proposedAt: string;
  signatures: { orgId: string; userId: string; displayName: string; signedAt: string }[];
  /** Field-level differences from the previous version (empty for v1). */
  changes: { field: string; before: unknown; after: unknown }[];
}

export interface IntentDto {
  roomId: string;
  /** Latest version first. */
  versions: IntentVersionDto[];
  signedVersion: number | null;
}
