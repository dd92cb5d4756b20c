import type { AuthResponse, OrganizationDto, UserDto } from '@yiqia/contracts';
import { safeStorage } from './storage.js';

export const REFRESH_TOKEN_KEY = 'yiqia.refreshToken';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated';

export interface AuthState {
  status: AuthStatus;
  user: UserDto | null;
  organization: OrganizationDto | null;
}

interface Internal extends AuthState {
  /** In memory only: never persisted. */
  accessToken: string | null;
}

let state: Internal = {
  status: safeStorage.get(REFRESH_TOKEN_KEY) ? 'loading' : 'anonymous',
  user: null,
  organization: null,
  accessToken: null,
};
let snapshot: AuthState = { status: state.status, user: state.user, organization: state.organization };
const listeners = new Set<() => void>();
const clearListeners = new Set<() => void>();

function emit(): void {
  snapshot = { status: state.status, user: state.user, organization: state.organization };
  for (const l of [...listeners]) l();
}

/** A stable snapshot (same object until something changes) for useSyncExternalStore. */
export function getAuthState(): AuthState {
  return snapshot;
}

export function subscribeAuth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAccessToken(): string | null {
  return state.accessToken;
}

export function getRefreshToken(): string | null {
  return safeStorage.get(REFRESH_TOKEN_KEY);
}

export function applyAuthResponse(res: AuthResponse): void {
  safeStorage.set(REFRESH_TOKEN_KEY, res.refreshToken);
  const identityChanged = state.user?.id !== res.user.id;
  state = { status: 'authenticated', user: res.user, organization: res.organization, accessToken: res.accessToken };
  if (identityChanged) for (const l of [...clearListeners]) l();
  emit();
}

export function updateIdentity(user: UserDto, organization: OrganizationDto | null): void {
  if (state.status !== 'authenticated') return;
  state = { ...state, user, organization };
  emit();
}

export function setAuthStatus(status: AuthStatus): void {
  if (state.status === status) return;
  state = { ...state, status };
  emit();
}

/** Forget the session on this device (tokens, identity) and tell listeners (the query cache). */
export function clearSession(): void {
  safeStorage.remove(REFRESH_TOKEN_KEY);
  state = { status: 'anonymous', user: null, organization: null, accessToken: null };
  for (const l of [...clearListeners]) l();
  emit();
}

/** Called when the signed-in identity changes or ends (used to drop cached per-user data). */
export function onIdentityChange(listener: () => void): () => void {
  clearListeners.add(listener);
  return () => clearListeners.delete(listener);
}

/** Tests only. */
export function __resetAuthStoreForTests(): void {
  state = { status: safeStorage.get(REFRESH_TOKEN_KEY) ? 'loading' : 'anonymous', user: null, organization: null, accessToken: null };
  emit();
}
