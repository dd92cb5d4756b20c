import { createParamDecorator, type ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { OrgRole, PlatformRole } from '@yiqia/contracts';
import { unauthorized } from '../../common/api.exception.js';

/** Who is calling, loaded from the database on every request (so removals and logouts apply at once). */
export interface AuthContext {
  userId: string;
  sessionId: string;
  role: PlatformRole;
  organizationId: string | null;
  orgRole: OrgRole | null;
}

export const AUTH_REQUIREMENT = 'yiqia:auth';
export type AuthRequirement = 'user' | 'organizer';

/** `@Auth()`: a logged-in user; `@Auth('organizer')`: an organizer. Routes without it are public. */
export const Auth = (requirement: AuthRequirement = 'user') =>
  applyDecorators(SetMetadata(AUTH_REQUIREMENT, requirement), ApiBearerAuth());

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

/** The caller; throws 401 on a public route when nobody is logged in. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = ctx.switchToHttp().getRequest<{ auth?: AuthContext }>().auth;
  if (!auth) throw unauthorized();
  return auth;
});

/** The caller or undefined, for public routes that show more to members. */
export const OptionalUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthContext | undefined => ctx.switchToHttp().getRequest<{ auth?: AuthContext }>().auth,
);
