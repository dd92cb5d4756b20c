import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { FastifyRequest } from 'fastify';
import { ApiException, forbidden, unauthorized } from '../../common/api.exception.js';
import { AUTH_REQUIREMENT, type AuthContext, type AuthRequirement } from './auth-context.js';
import { TokenService } from './token.service.js';

/**
 * Global guard: a bearer token, when present, must be valid and its session alive; routes marked
 * `@Auth()` need one, `@Auth('organizer')` an organizer. Role and organisation come from the
 * database on each request, never from the token, so changes apply at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly ds: DataSource,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(AUTH_REQUIREMENT, [ctx.getHandler(), ctx.getClass()]);
    const header = req.headers.authorization;
    if (header) req.auth = await this.authenticate(header);
    if (!requirement) return true;
    if (!req.auth) throw unauthorized();
    if (requirement === 'organizer' && req.auth.role !== 'organizer') throw forbidden();
    return true;
  }

  async authenticate(header: string): Promise<AuthContext> {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw unauthorized();
    const check = await this.tokens.verifyAccess(m[1]);
    if (!check.ok) throw new ApiException(check.expired ? 'TOKEN_EXPIRED' : 'UNAUTHENTICATED', 401);
    return this.contextFor(check.claims.sub, check.claims.sid);
  }

  async contextFor(userId: string, sessionId: string): Promise<AuthContext> {
    const rows: { role: AuthContext['role']; organization_id: string | null; org_role: AuthContext['orgRole'] }[] = await this.ds.query(
      `SELECT u.role, u.organization_id, u.org_role
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [sessionId, userId],
    );
    if (rows.length === 0) throw unauthorized('TOKEN_EXPIRED');
    return { userId, sessionId, role: rows[0].role, organizationId: rows[0].organization_id, orgRole: rows[0].org_role };
  }
}
