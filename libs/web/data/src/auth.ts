import { useSyncExternalStore } from 'react';
import type { AcceptInvitationRequest, AuthResponse, MeResponse, OrganizationDto, RegisterRequest, UserDto } from '@yiqia/contracts';
import { apiFetch, refreshSession, setLoggingOut, setRestoring } from './api-client.js';
import {
  REFRESH_TOKEN_KEY,
  applyAuthResponse,
  clearSession,
  getAccessToken,
  getAuthState,
  getRefreshToken,
  setAuthStatus,
  subscribeAuth,
  updateIdentity,
  type AuthStatus,
} from './auth-store.js';

export async function login(email: string, password: string): Promise<AuthResponse> {
  const res = await apiFetch<AuthResponse>('/api/auth/login', { method: 'POST', body: { email, password }, auth: false });
  applyAuthResponse(res);
  return res;
}

export async function register(request: RegisterRequest): Promise<AuthResponse> {
  const res = await apiFetch<AuthResponse>('/api/auth/register', { method: 'POST', body: request, auth: false });
  applyAuthResponse(res);
  return res;
}

export async function acceptInvitation(token: string, request: AcceptInvitationRequest): Promise<AuthResponse> {
  const res = await apiFetch<AuthResponse>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body: request, auth: false });
  applyAuthResponse(res);
  return res;
}

/** End the session on the server (best effort) and on this device. */
export async function logout(): Promise<void> {
  setLoggingOut(true);
  try {
    if (getAccessToken()) await apiFetch<void>('/api/auth/logout', { method: 'POST' });
  } catch {
    // The session ends locally whatever the server says.
  } finally {
    clearSession();
    setLoggingOut(false);
  }
}

/** Reload the user and organisation (e.g. after the organisation changed). */
export async function refreshMe(): Promise<MeResponse> {
  const me = await apiFetch<MeResponse>('/api/me');
  updateIdentity(me.user, me.organization);
  return me;
}

let restorePromise: Promise<void> | null = null;

/**
 * Restore the session at boot from the refresh token kept in localStorage (one refresh call: it
 * answers the user and organisation too). Safe to call more than once.
 */
export function restoreSession(): Promise<void> {
  if (restorePromise) return restorePromise;
  if (!getRefreshToken()) {
    setAuthStatus('anonymous');
    restorePromise = Promise.resolve();
    return restorePromise;
  }
  setAuthStatus('loading');
  restorePromise = refreshSession()
    .then((ok) => {
      if (!ok) setAuthStatus('anonymous');
    })
    .catch(() => {
      // Network or server trouble: we cannot tell whether the session is alive. Browse anonymously
      // but keep the refresh token so a later request (or reload) can restore it.
      setAuthStatus('anonymous');
    })
    .finally(() => setRestoring(null));
  setRestoring(restorePromise);
  return restorePromise;
}

let crossTabInstalled = false;

/** Logging out in one tab logs out every tab (the refresh token disappears from localStorage). */
export function installCrossTabSync(): void {
  if (crossTabInstalled || typeof window === 'undefined') return;
  crossTabInstalled = true;
  window.addEventListener('storage', (event) => {
    if (event.key !== REFRESH_TOKEN_KEY && event.key !== null) return;
    const state = getAuthState();
    if (!event.newValue && state.status === 'authenticated') clearSession();
    else if (event.newValue && state.status === 'anonymous') {
      restorePromise = null;
      void restoreSession();
    }
  });
}

export interface UseAuth {
  status: AuthStatus;
  user: UserDto | null;
  organization: OrganizationDto | null;
  isAuthenticated: boolean;
  isOrganizer: boolean;
  /** Admin of their organisation (can invite and remove members). */
  isOrgAdmin: boolean;
  login: typeof login;
  register: typeof register;
  logout: typeof logout;
  acceptInvitation: typeof acceptInvitation;
  refreshMe: typeof refreshMe;
}

/** The signed-in user, their organisation and the auth actions; re-renders on every change. */
export function useAuth(): UseAuth {
  const state = useSyncExternalStore(subscribeAuth, getAuthState, getAuthState);
  return {
    status: state.status,
    user: state.user,
    organization: state.organization,
    isAuthenticated: state.status === 'authenticated',
    isOrganizer: state.user?.role === 'organizer',
    isOrgAdmin: state.user?.orgRole === 'admin' && !!state.organization,
    login,
    register,
    logout,
    acceptInvitation,
    refreshMe,
  };
}
