import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, errors, jwtVerify } from 'jose';
import { APP_CONFIG } from '../../config/app-config.token.js';
import { type AppConfig, persistentSecret } from '../../config/app-config.js';

export interface AccessClaims {
  sub: string;
  sid: string;
}

export type AccessTokenCheck = { ok: true; claims: AccessClaims } | { ok: false; expired: boolean };

const ISSUER = 'yiqia';

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret ?? persistentSecret(config.dataDir, 'jwt-secret'));
  }

  get accessTtlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  signAccess(userId: string, sessionId: string): Promise<string> {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.config.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  async verifyAccess(token: string): Promise<AccessTokenCheck> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string') return { ok: false, expired: false };
      return { ok: true, claims: { sub: payload.sub, sid: payload['sid'] } };
    } catch (e) {
      return { ok: false, expired: e instanceof errors.JWTExpired };
    }
  }

  /** A refresh token is `<sessionId>.<secret>`; only sha256(secret) is stored. */
  newRefreshSecret(): { secret: string; hash: string } {
    const secret = randomBytes(32).toString('base64url');
    return { secret, hash: sha256(secret) };
  }

  static parseRefreshToken(token: string): { sessionId: string; secret: string } | null {
    const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(token);
    return m ? { sessionId: m[1], secret: m[2] } : null;
  }
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameHash(a: string | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
