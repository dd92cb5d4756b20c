import { z } from 'zod';
import { displayName, email, password, type OrgRole } from './auth.js';

export interface MemberDto {
  id: string;
  email: string;
  displayName: string;
  orgRole: OrgRole;
  joinedAt: string;
}

export const createInvitationRequest = z.strictObject({
  /** Optional: who the link is meant for; shown to the admin only. */
  email: email.optional(),
  role: z.enum(['admin', 'member']).default('member'),
});
export type CreateInvitationRequest = z.input<typeof createInvitationRequest>;

export interface InvitationDto {
  id: string;
  email: string | null;
  role: OrgRole;
  expiresAt: string;
  createdAt: string;
  /** Only present in the answer to the admin who created it: the token is shown once. */
  token?: string;
  /** Path of the page that accepts it, e.g. /invite/<token>. */
  path?: string;
}

export interface InvitationPreviewDto {
  organization: { id: string; name: string; type: string };
  invitedBy: string;
  role: OrgRole;
  expiresAt: string;
}

export const acceptInvitationRequest = z.strictObject({ email, password, displayName });
export type AcceptInvitationRequest = z.input<typeof acceptInvitationRequest>;
