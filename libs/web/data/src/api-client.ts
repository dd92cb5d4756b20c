import type { AuthResponse } from '@yiqia/contracts';
import { ApiError, apiErrorFromResponse, networkError } from './api-error.js';
import { applyAuthResponse, clearSession, getAccessToken, getRefreshToken } from './auth-store.js';
import { acceptLanguageHeader } from './language.js';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON (FormData is sent as is). */
  body?: unknown;
  /** Appended to the URL; undefined, null and '' are left out, arrays repeat the key. */
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Send the bearer token and refresh it when it expired (default true). */
  auth?: boolean;
}

/** Where the API lives; same origin by default. */
let apiBase = '';
export function setApiBase(base: string): void {
  apiBase = base.replace(/\/$/, '');
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  const qs = params.toString();
  return `${apiBase}${path}${qs ? (path.includes('?') ? '&' : '?') + qs : ''}`;
}

// ---------------------------------------------------------------- session restore & refresh

let restoring: Promise<void> | null = null;

/** Await the session restore started at boot (if any), so early requests carry the token. */
export function sessionReady(): Promise<void> {
  return restoring ?? Promise.resolve();
}

export function setRestoring(promise: Promise<void> | null): void {
  restoring = promise;
}

let refreshInFlight: Promise<boolean> | null = null;

/**
 * Set while this tab logs out. The server ends the session and closes the real-time socket, whose
 * client then asks for a refresh — possibly before the logout's own answer arrives. That refresh must
 * neither change the session state under the logout (the page would leave for /login instead of
 * where the logout goes) nor store anything: it answers "logged out" and leaves clearing to logout().
 */
let loggingOut = false;

export function setLoggingOut(value: boolean): void {
  loggingOut = value;
}

async function withCrossTabLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request('yiqia.auth.refresh', fn) as Promise<T>;
  return fn();
}

async function doRefresh(): Promise<boolean> {
  if (loggingOut) return false;
  return withCrossTabLock(async () => {
    if (loggingOut) return false;
    // Read inside the lock: another tab may just have rotated it.
    const refreshToken = getRefreshToken();
    if (!refreshToken) {
      clearSession();
      return false;
    }
    let response: Response;
    try {
      response = await fetch(buildUrl('/api/auth/refresh'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': acceptLanguageHeader() },
        body: JSON.stringify({ refreshToken }),
        credentials: 'same-origin',
      });
    } catch (error) {
      // Offline: keep the session, the caller sees a network error.
      throw networkError(error);
    }
    if (response.ok) {
      const auth = (await response.json()) as AuthResponse;
      // A logout started while this refresh was on its way: the session is over, keep nothing.
      if (loggingOut) return false;
      applyAuthResponse(auth);
      return true;
    }
    if (response.status >= 500) throw await apiErrorFromResponse(response);
    // 400/401/403: the refresh token is dead (expired, used, session ended).
    clearSession();
    return false;
  });
}

/**
 * Exchange the refresh token for a new access token (and a new, rotated refresh token).
 * Only one refresh is ever in flight: concurrent callers share it. Resolves false when the session
 * is over (it is then cleared).
 */
export function refreshSession(): Promise<boolean> {
  if (!refreshInFlight) {
    refreshInFlight = doRefresh().finally(() => {
      refreshInFlight = null;
    });
  }
  return refreshInFlight;
}

// ---------------------------------------------------------------- requests

async function parseBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') || /^[[{"]/.test(text.trim())) {
    try {
      return JSON.parse(text) as T;
    } catch {
      return text as T;
    }
  }
  return text as T;
}

/** Typed JSON request to the API. Throws ApiError (server error envelope or network failure). */
export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal, headers = {}, auth = true } = options;
  if (auth) await sessionReady();

  const send = async (): Promise<{ response: Response; token: string | null }> => {
    const token = auth ? getAccessToken() : null;
    const h: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguageHeader(), ...headers };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['Content-Type'] = 'application/json';
    }
    if (token) h.Authorization = `Bearer ${token}`;
    try {
      const response = await fetch(buildUrl(path, query), { method, headers: h, body: payload, signal, credentials: 'same-origin' });
      return { response, token };
    } catch (error) {
      if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) throw error;
      throw networkError(error);
    }
  };

  let { response, token } = await send();
  if (response.status === 401 && auth) {
    const error = await apiErrorFromResponse(response);
    if (error.code === 'TOKEN_EXPIRED' && token) {
      // Someone else may have refreshed meanwhile: then just retry with the new token.
      const refreshed = getAccessToken() !== token && getAccessToken() !== null ? true : await refreshSession();
      if (!refreshed) throw error;
      ({ response, token } = await send());
    } else {
      // A token we sent is no longer accepted (session ended elsewhere): forget it.
      if (token) clearSession();
      throw error;
    }
  }
  if (!response.ok) {
    const error = await apiErrorFromResponse(response);
    if (response.status === 401 && token) clearSession();
    throw error;
  }
  return parseBody<T>(response);
}

export { ApiError };
