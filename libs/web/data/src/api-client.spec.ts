import { jest } from '@jest/globals';
import type { AuthResponse } from '@yiqia/contracts';
import { apiFetch, buildUrl, refreshSession } from './api-client.js';
import { ApiError } from './api-error.js';
import { REFRESH_TOKEN_KEY, __resetAuthStoreForTests, applyAuthResponse, getAccessToken, getAuthState, getRefreshToken } from './auth-store.js';
import { safeStorage } from './storage.js';

type Call = { url: string; init: RequestInit };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function authResponse(n: number): AuthResponse {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-token-${n}`,
    expiresIn: 900,
    user: { id: 'u1', email: 'a@b.cn', displayName: 'A', role: 'member', orgRole: 'admin', organizationId: 'o1' },
    organization: null,
  };
}

const expired = () => json(401, { error: { code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录' } });

let calls: Call[];
let handler: (url: string, init: RequestInit) => Promise<Response>;

beforeEach(() => {
  calls = [];
  safeStorage.remove(REFRESH_TOKEN_KEY);
  __resetAuthStoreForTests();
  globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    return handler(url, init ?? {});
  }) as typeof fetch;
});

const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

describe('apiFetch', () => {
  it('sends JSON, Accept-Language and the bearer token, and parses JSON', async () => {
    applyAuthResponse(authResponse(1));
    handler = async () => json(200, { ok: true });
    const res = await apiFetch<{ ok: boolean }>('/api/things', { method: 'POST', body: { a: 1 }, query: { q: '社区', page: 2, empty: '', none: undefined, tags: ['x', 'y'] } });
    expect(res).toEqual({ ok: true });
    expect(calls[0].url).toBe('/api/things?q=%E7%A4%BE%E5%8C%BA&page=2&tags=x&tags=y');
    expect(calls[0].init.body).toBe('{"a":1}');
    expect(header(calls[0], 'Content-Type')).toBe('application/json');
    expect(header(calls[0], 'Authorization')).toBe('Bearer access-1');
    expect(header(calls[0], 'Accept-Language')).toBe('zh-CN');
  });

  it('answers undefined for 204', async () => {
    handler = async () => new Response(null, { status: 204 });
    await expect(apiFetch('/api/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('throws ApiError with the server message and field errors', async () => {
    handler = async () => json(400, { error: { code: 'VALIDATION_FAILED', message: 'bad', details: { fields: [{ path: 'email', code: 'invalid_format', message: '邮箱格式不正确' }] } } });
    const error = await apiFetch('/api/auth/register', { method: 'POST', body: {}, auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors[0]).toMatchObject({ path: 'email', message: '邮箱格式不正确' });
  });

  it('turns a network failure into NETWORK_ERROR', async () => {
    handler = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = (await apiFetch('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBe(0);
  });

  it('on TOKEN_EXPIRED refreshes once (rotating the refresh token) and retries', async () => {
    applyAuthResponse(authResponse(1));
    handler = async (url, init) => {
      if (url === '/api/auth/refresh') return json(200, authResponse(2));
      const auth = (init.headers as Record<string, string>).Authorization;
      return auth === 'Bearer access-2' ? json(200, { v: 1 }) : expired();
    };
    await expect(apiFetch('/api/me')).resolves.toEqual({ v: 1 });
    const refreshes = calls.filter((c) => c.url === '/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(JSON.parse(String(refreshes[0].init.body))).toEqual({ refreshToken: 'refresh-token-1' });
    expect(getAccessToken()).toBe('access-2');
    expect(getRefreshToken()).toBe('refresh-token-2');
  });

  it('serialises concurrent refreshes: one refresh for many expired requests', async () => {
    applyAuthResponse(authResponse(1));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    handler = async (url, init) => {
      if (url === '/api/auth/refresh') {
        await gate;
        return json(200, authResponse(2));
      }
      const auth = (init.headers as Record<string, string>).Authorization;
      return auth === 'Bearer access-2' ? json(200, { url }) : expired();
    };
    const all = Promise.all([apiFetch('/api/a'), apiFetch('/api/b'), apiFetch('/api/c'), refreshSession()]);
    await new Promise((r) => setTimeout(r, 20));
    release();
    const results = await all;
    expect(results.slice(0, 3)).toEqual([{ url: '/api/a' }, { url: '/api/b' }, { url: '/api/c' }]);
    expect(calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
  });

  it('does not refresh again when the token was already refreshed by someone else', async () => {
    applyAuthResponse(authResponse(1));
    let first = true;
    handler = async (url, init) => {
      if (url === '/api/auth/refresh') return json(200, authResponse(3));
      const auth = (init.headers as Record<string, string>).Authorization;
      if (first) {
        first = false;
        // While this request was in flight, another one refreshed the session.
        applyAuthResponse(authResponse(2));
        return expired();
      }
      return auth === 'Bearer access-2' ? json(200, { ok: 1 }) : expired();
    };
    await expect(apiFetch('/api/x')).resolves.toEqual({ ok: 1 });
    expect(calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(0);
  });

  it('clears the session when the refresh is refused', async () => {
    applyAuthResponse(authResponse(1));
    handler = async (url) => (url === '/api/auth/refresh' ? json(401, { error: { code: 'UNAUTHENTICATED', message: 'no' } }) : expired());
    const error = (await apiFetch('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('TOKEN_EXPIRED');
    expect(getAuthState().status).toBe('anonymous');
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
  });

  it('keeps the session when the refresh fails on the network', async () => {
    applyAuthResponse(authResponse(1));
    handler = async (url) => {
      if (url === '/api/auth/refresh') throw new TypeError('offline');
      return expired();
    };
    const error = (await apiFetch('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('NETWORK_ERROR');
    expect(getRefreshToken()).toBe('refresh-token-1');
  });

  it('builds URLs with query strings', () => {
    expect(buildUrl('/api/x')).toBe('/api/x');
    expect(buildUrl('/api/x?a=1', { b: 2 })).toBe('/api/x?a=1&b=2');
    expect(buildUrl('/api/x', { flag: false, n: 0 })).toBe('/api/x?flag=false&n=0');
  });
});

describe('logout against a refresh', () => {
  it('a refresh asked for while logging out (the server closed the socket) keeps nothing, and the session ends', async () => {
    const { logout } = await import('./auth.js');
    applyAuthResponse(authResponse(1));
    let releaseLogout!: () => void;
    handler = async (url) => {
      if (url.endsWith('/api/auth/logout')) {
        await new Promise<void>((resolve) => (releaseLogout = resolve));
        return new Response(null, { status: 204 });
      }
      if (url.endsWith('/api/auth/refresh')) return json(200, authResponse(2));
      return json(404, {});
    };
    const loggingOut = logout();
    await new Promise((r) => setTimeout(r, 0));
    // The socket's reconnection asks for a refresh before the logout's answer arrives.
    await expect(refreshSession()).resolves.toBe(false);
    expect(calls.some((c) => c.url.endsWith('/api/auth/refresh'))).toBe(false);
    releaseLogout();
    await loggingOut;
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
    expect(getAuthState().status).toBe('anonymous');
  });
});
