import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BoothSummaryDto,
  CreateInvitationRequest,
  ExpoDto,
  InvitationDto,
  InvitationPreviewDto,
  MeResponse,
  MemberDto,
} from '@yiqia/contracts';
import { apiFetch } from './api-client.js';
import { ApiError } from './api-error.js';
import { getAuthState, updateIdentity } from './auth-store.js';
import { useAuth } from './auth.js';

/** Query keys of the shared cache; remotes should reuse them to share data with the shell. */
export const queryKeys = {
  me: ['me'] as const,
  myBooths: ['me', 'booths'] as const,
  expos: ['expos', 'list'] as const,
  currentExpo: ['expos', 'current'] as const,
  expo: (idOrSlug: string) => ['expos', 'detail', idOrSlug] as const,
  members: (orgId: string) => ['organizations', orgId, 'members'] as const,
  invitations: (orgId: string) => ['organizations', orgId, 'invitations'] as const,
  invitationPreview: (token: string) => ['invitations', token] as const,
};

/** GET /api/me (only while logged in); keeps the auth store's user/organisation up to date. */
export function useMe() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: queryKeys.me,
    enabled: isAuthenticated,
    queryFn: async ({ signal }) => {
      const me = await apiFetch<MeResponse>('/api/me', { signal });
      if (getAuthState().status === 'authenticated') updateIdentity(me.user, me.organization);
      return me;
    },
  });
}

/** The live expo, else the next upcoming, else the latest; null when there is none (404). */
export function useCurrentExpo() {
  return useQuery({
    queryKey: queryKeys.currentExpo,
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch<ExpoDto>('/api/expos/current', { signal, auth: false });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useExpos() {
  return useQuery({
    queryKey: queryKeys.expos,
    queryFn: ({ signal }) => apiFetch<ExpoDto[]>('/api/expos', { signal, auth: false }),
  });
}

export function useExpo(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: queryKeys.expo(idOrSlug ?? ''),
    enabled: !!idOrSlug,
    queryFn: ({ signal }) => apiFetch<ExpoDto>(`/api/expos/${encodeURIComponent(idOrSlug ?? '')}`, { signal, auth: false }),
  });
}

/** My organisation's booths (working drafts with status). */
export function useMyBooths() {
  const { isAuthenticated } = useAuth();
  return useQuery({
    queryKey: queryKeys.myBooths,
    enabled: isAuthenticated,
    queryFn: ({ signal }) => apiFetch<BoothSummaryDto[]>('/api/me/booths', { signal }),
  });
}

export function useMembers(orgId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.members(orgId ?? ''),
    enabled: !!orgId,
    queryFn: ({ signal }) => apiFetch<MemberDto[]>(`/api/organizations/${orgId}/members`, { signal }),
  });
}

export function useRemoveMember(orgId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiFetch<void>(`/api/organizations/${orgId}/members/${userId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.members(orgId ?? '') }),
  });
}

/** Pending invitations of my organisation (admins only). */
export function useInvitations(orgId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.invitations(orgId ?? ''),
    enabled: !!orgId && enabled,
    queryFn: ({ signal }) => apiFetch<InvitationDto[]>(`/api/organizations/${orgId}/invitations`, { signal }),
  });
}

/** Create an invitation link; the answer carries the token and path, shown once. */
export function useCreateInvitation(orgId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateInvitationRequest) => apiFetch<InvitationDto>(`/api/organizations/${orgId}/invitations`, { method: 'POST', body: request }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations(orgId ?? '') }),
  });
}

export function useRevokeInvitation(orgId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => apiFetch<void>(`/api/organizations/${orgId}/invitations/${invitationId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations(orgId ?? '') }),
  });
}

/** Who invites, to which organisation; ApiError INVITATION_INVALID (404) when the link is invalid or used. */
export function useInvitationPreview(token: string | undefined) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token ?? ''),
    enabled: !!token,
    retry: false,
    queryFn: ({ signal }) => apiFetch<InvitationPreviewDto>(`/api/invitations/${encodeURIComponent(token ?? '')}`, { signal, auth: false }),
  });
}
