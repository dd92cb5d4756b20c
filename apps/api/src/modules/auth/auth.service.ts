import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { type AuthResponse, FIELD_MESSAGES, type MeResponse, type registerRequest } from '@yiqia/contracts';
import { isLeafRegionCode } from '@yiqia/domain/regions';
import { ApiException, ValidationFailedException, conflict, unauthorized } from '../../common/api.exception.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { RateLimiter } from '../../common/rate-limiter.js';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { Lang } from '@yiqia/domain';
import { Organization } from '../organizations/organization.entity.js';
import { toOrganizationDto, toUserDto } from '../organizations/organization.mapper.js';
import { User } from '../users/user.entity.js';
import { PasswordService } from './password.service.js';
import { Session } from './session.entity.js';
import { SessionEvents } from './session-events.js';
import { TokenService, sameHash, sha256 } from './token.service.js';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

type Register = z.output<typeof registerRequest>;

@Injectable()
export class AuthService {
  private readonly loginLimiter: RateLimiter;

  constructor(
    private readonly ds: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessionEvents: SessionEvents,
  ) {
    this.loginLimiter = new RateLimiter(config.loginRateLimit, 5 * 60_000);
  }

  async register(input: Register, client: ClientInfo, lang: Lang): Promise<AuthResponse> {
    if (!isLeafRegionCode(input.organization.regionCode)) {
      throw new ValidationFailedException([
        { path: 'organization.regionCode', code: 'region_not_leaf', message: FIELD_MESSAGES.region_not_leaf[lang] },
      ]);
    }
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.ds.transaction(async (m) => {
        const org = await m.save(m.create(Organization, { ...input.organization }));
        const user = await m.save(
          m.create(User, { email: input.email, passwordHash, displayName: input.displayName, role: 'member', organizationId: org.id, orgRole: 'admin' }),
        );
        return this.startSession(m, user, org, client);
      });
    } catch (e) {
      const constraint = uniqueViolation(e);
      if (constraint === 'uq_users_email') throw conflict('EMAIL_TAKEN');
      if (constraint === 'uq_organizations_credit_code') throw conflict('CREDIT_CODE_TAKEN');
      throw e;
    }
  }

  async login(email: string, password: string, client: ClientInfo): Promise<AuthResponse> {
    const key = `${client.ip ?? '-'}|${email}`;
    const wait = this.loginLimiter.hit(key);
    if (wait > 0) throw new ApiException('RATE_LIMITED', 429, { retryAfterSeconds: wait });
    const user = await this.ds.getRepository(User).findOneBy({ email });
    const ok = await this.passwords.verify(user?.passwordHash ?? '', password);
    if (!user || !ok) throw unauthorized('INVALID_CREDENTIALS');
    this.loginLimiter.reset(key);
    const org = user.organizationId ? await this.ds.getRepository(Organization).findOneBy({ id: user.organizationId }) : null;
    return this.startSession(this.ds.manager, user, org, client);
  }

  /** Rotates the refresh token. Presenting the previous token again means it leaked: the session ends. */
  async refresh(refreshToken: string): Promise<AuthResponse> {
    const parsed = TokenService.parseRefreshToken(refreshToken);
    if (!parsed) throw unauthorized('TOKEN_EXPIRED');
    const outcome = await this.ds.transaction(async (m) => {
      const session = await m.findOne(Session, { where: { id: parsed.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return 'invalid' as const;
      const presented = sha256(parsed.secret);
      if (!sameHash(session.refreshHash, presented)) {
        if (!sameHash(session.previousRefreshHash, presented)) return 'invalid' as const;
        // The previous token again: someone holds a copy. End the session (committed, not rolled back).
        await m.update(Session, session.id, { revokedAt: new Date(), revokedReason: 'refresh_token_reuse' });
        return 'reused' as const;
      }
      const next = this.tokens.newRefreshSecret();
      await m.update(Session, session.id, { previousRefreshHash: session.refreshHash, refreshHash: next.hash, refreshedAt: new Date() });
      const user = await m.findOneByOrFail(User, { id: session.userId });
      const org = user.organizationId ? await m.findOneBy(Organization, { id: user.organizationId }) : null;
      return this.response(user, org, session.id, `${session.id}.${next.secret}`);
    });
    if (outcome === 'reused') this.sessionEvents.ended({ sessionId: parsed.sessionId });
    if (typeof outcome === 'string') throw unauthorized('TOKEN_EXPIRED');
    return outcome;
  }

  async logout(sessionId: string): Promise<void> {
    await this.ds.getRepository(Session).update({ id: sessionId }, { revokedAt: new Date(), revokedReason: 'logout' });
    this.sessionEvents.ended({ sessionId });
  }

  async me(userId: string): Promise<MeResponse> {
    const user = await this.ds.getRepository(User).findOneByOrFail({ id: userId });
    const org = user.organizationId ? await this.ds.getRepository(Organization).findOneBy({ id: user.organizationId }) : null;
    return { user: toUserDto(user), organization: org ? toOrganizationDto(org) : null };
  }

  async startSession(m: EntityManager, user: User, org: Organization | null, client: ClientInfo): Promise<AuthResponse> {
    const refresh = this.tokens.newRefreshSecret();
    const session = await m.save(
      m.create(Session, {
        userId: user.id,
        refreshHash: refresh.hash,
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return this.response(user, org, session.id, `${session.id}.${refresh.secret}`);
  }

  private async response(user: User, org: Organization | null, sessionId: string, refreshToken: string): Promise<AuthResponse> {
    return {
      accessToken: await this.tokens.signAccess(user.id, sessionId),
      refreshToken,
      expiresIn: this.tokens.accessTtlSeconds,
      user: toUserDto(user),
      organization: org ? toOrganizationDto(org) : null,
    };
  }
}
