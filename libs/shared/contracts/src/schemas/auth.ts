import { z } from 'zod';
import { ORG_TYPES, creditCodeProblem, normalizeCreditCode, type OrgType } from '@yiqia/domain';
import { fieldIssue } from './common.js';

/** Trimmed and lower-cased before it is checked, so a stray space or capital is not an error. */
export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const password = z
  .string()
  .min(8)
  .max(128)
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), fieldIssue('password_weak'));
export const displayName = z.string().trim().min(1).max(50);

export const creditCode = z
  .string()
  .transform(normalizeCreditCode)
  .superRefine((v, ctx) => {
    const problem = creditCodeProblem(v);
    if (problem) ctx.addIssue(fieldIssue(`credit_code_${problem}`));
  });

/** A GB/T 2260 code; that it names a district is checked on the server against the region table. */
export const regionCode = z.string().regex(/^\d{6}$/);

export const organizationInput = z.strictObject({
  name: z.string().trim().min(2).max(100),
  type: z.enum(ORG_TYPES),
  creditCode,
  regionCode,
});

export const registerRequest = z.strictObject({
  email,
  password,
  displayName,
  organization: organizationInput,
});
export type RegisterRequest = z.input<typeof registerRequest>;

export const loginRequest = z.strictObject({ email, password: z.string().min(1).max(128) });
export type LoginRequest = z.input<typeof loginRequest>;

export const refreshRequest = z.strictObject({ refreshToken: z.string().min(10).max(300) });
export type RefreshRequest = z.input<typeof refreshRequest>;

export type PlatformRole = 'member' | 'organizer';
export type OrgRole = 'admin' | 'member';

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  role: PlatformRole;
  orgRole: OrgRole | null;
  organizationId: string | null;
}

export interface OrganizationDto {
  id: string;
  name: string;
  type: OrgType;
  creditCode: string;
  regionCode: string;
  regionName: string;
  createdAt: string;
}

export interface AuthResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: UserDto;
  organization: OrganizationDto | null;
}

export interface MeResponse {
  user: UserDto;
  organization: OrganizationDto | null;
}
