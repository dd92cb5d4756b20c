import { Inject, Injectable } from '@nestjs/common';
import { decodeJwt } from 'jose';
import type { ExtendedError, Socket } from 'socket.io';

type Handshake = Socket['handshake'];
import { type ErrorCode, type RtAck, errorMessage, langFromAcceptLanguage } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { ApiException } from '../../common/api.exception.js';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { AuthContext } from './auth-context.js';
import { AuthGuard } from './auth.guard.js';
import { TokenService } from './token.service.js';

export interface SocketIdentity {
  ctx: AuthContext;
  lang: Lang;
  /** Access token expiry (seconds since the epoch): the socket is closed then. */
  exp: number;
}

/** A handshake refusal: the client's connect_error carries `data: { code, message }`. */
export function connectError(code: ErrorCode, lang: Lang): ExtendedError {
  const err = new Error(code) as ExtendedError;
  err.data = { code, message: errorMessage(code, lang) };
  return err;
}

/** An error ack in the socket's language. */
export function failAck(code: ErrorCode, lang: Lang): RtAck {
  return { ok: false, error: { code, message: errorMessage(code, lang) } };
}

/** The language of a handshake: `auth.lang` if given, else Accept-Language. */
export function handshakeLang(hs: Handshake): Lang {
  const authLang = (hs.auth as { lang?: unknown } | undefined)?.lang;
  return authLang === 'en' || authLang === 'zh' ? authLang : langFromAcceptLanguage(hs.headers['accept-language']);
}

/**
 * The handshake every Socket.IO namespace shares (/rt, /console): the Origin allowlist (the API's own
 * host, RT_ALLOWED_ORIGINS), an access token in `auth.token`, and a live session — the same context
 * the REST guard builds, so roles and organisations are read from the database.
 */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly guard: AuthGuard,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws a connect error (ORIGIN_NOT_ALLOWED, UNAUTHENTICATED, TOKEN_EXPIRED…) or returns who connects. */
  async authenticate(hs: Handshake, lang: Lang = handshakeLang(hs)): Promise<SocketIdentity> {
    const origin = hs.headers.origin;
    if (origin && !this.originAllowed(origin, hs.headers)) throw connectError('ORIGIN_NOT_ALLOWED', lang);
    const token = (hs.auth as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) throw connectError('UNAUTHENTICATED', lang);
    const check = await this.tokens.verifyAccess(token);
    if (!check.ok) throw connectError(check.expired ? 'TOKEN_EXPIRED' : 'UNAUTHENTICATED', lang);
    let ctx: AuthContext;
    try {
      ctx = await this.guard.contextFor(check.claims.sub, check.claims.sid);
    } catch (e) {
      throw connectError(e instanceof ApiException ? e.code : 'UNAUTHENTICATED', lang);
    }
    return { ctx, lang, exp: decodeJwt(token).exp ?? Math.floor(Date.now() / 1000) + this.tokens.accessTtlSeconds };
  }

  originAllowed(origin: string, headers: Record<string, string | string[] | undefined>): boolean {
    if (this.config.rtAllowedOrigins.includes(origin)) return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    const hosts = [headers['host']];
    if (this.config.trustProxy) hosts.push(headers['x-forwarded-host']);
    return hosts.some((h) => (Array.isArray(h) ? h : [h]).some((v) => v?.split(',')[0].trim() === host));
  }
}
