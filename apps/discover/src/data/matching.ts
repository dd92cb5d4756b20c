import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchesResponse, RecommendationFeedbackRequest, RecommendationsResponse, RoomDto, TriadDto } from '@yiqia/contracts';
import { apiFetch, ApiError, useAuth } from '@yiqia/web-data';
import { useDiscoverT } from '../i18n/index.js';
import { negotiationRoomRequest } from '../components/matching/logic.js';

/**
 * Query keys of matchmaking. The reasons' text comes from the server in the caller's language, and the
 * hidden pairs depend on who asks, so both the language and the user are part of every key.
 */
export const matchingKeys = {
  all: ['matching'] as const,
  listing: (listingId: string, userId: string | null, lang: string, limit: number) => ['matching', 'listing', listingId, userId ?? 'anonymous', lang, limit] as const,
  recommendations: (orgId: string, lang: string, limit: number) => ['matching', 'recommendations', orgId, lang, limit] as const,
};

const noRetryOn4xx = (count: number, error: unknown) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1;

export const LISTING_MATCH_LIMIT = 8;
export const RECOMMENDATION_LIMIT = 20;

/** GET /api/listings/:id/matches — public; with the session when there is one (the caller's "not a fit" pairs are left out). */
export function useListingMatches(listingId: string | undefined, limit = LISTING_MATCH_LIMIT) {
  const { user, status } = useAuth();
  const { lang } = useDiscoverT();
  const queryKey = matchingKeys.listing(listingId ?? '', user?.id ?? null, lang, limit);
  const query = useQuery({
    queryKey,
    enabled: !!listingId && status !== 'loading',
    staleTime: 30_000,
    retry: noRetryOn4xx,
    queryFn: ({ signal }) => apiFetch<MatchesResponse>(`/api/listings/${encodeURIComponent(listingId ?? '')}/matches`, { signal, query: { limit } }),
  });
  return { query, queryKey };
}

/** GET /api/recommendations — for a member of an organisation (disabled otherwise). */
export function useRecommendations(enabled = true, limit = RECOMMENDATION_LIMIT) {
  const { isAuthenticated, organization } = useAuth();
  const { lang } = useDiscoverT();
  const orgId = organization?.id ?? '';
  const queryKey = matchingKeys.recommendations(orgId, lang, limit);
  const query = useQuery({
    queryKey,
    enabled: enabled && isAuthenticated && !!orgId,
    staleTime: 30_000,
    retry: noRetryOn4xx,
    queryFn: ({ signal }) => apiFetch<RecommendationsResponse>('/api/recommendations', { signal, query: { limit } }),
  });
  return { query, queryKey };
}

export type FeedbackKey = Pick<RecommendationFeedbackRequest, 'listingId' | 'counterpartId'>;

/** POST /api/recommendations/feedback ("not a fit", with an optional reason) → 204. */
export function sendNotFit(key: FeedbackKey, reason?: string): Promise<void> {
  const trimmed = reason?.trim();
  const body: RecommendationFeedbackRequest = { ...key, verdict: 'not_fit', ...(trimmed ? { reason: trimmed } : {}) };
  return apiFetch<void>('/api/recommendations/feedback', { method: 'POST', body });
}

/** DELETE /api/recommendations/feedback?listingId=&counterpartId= → 204 (undo). */
export function undoNotFit(key: FeedbackKey): Promise<void> {
  return apiFetch<void>('/api/recommendations/feedback', { method: 'DELETE', query: { listingId: key.listingId, counterpartId: key.counterpartId } });
}

/**
 * "Not a fit" and its undo. After either settles every matching list is refetched: the server hides
 * the pair and moves similar suggestions down, which only it knows. Hiding on screen is the caller's
 * (optimistic) job, so a slow request never leaves the card visible.
 */
export function useMatchFeedback() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: matchingKeys.all });
  const notFit = useMutation({
    mutationFn: ({ key, reason }: { key: FeedbackKey; reason?: string }) => sendNotFit(key, reason),
    onSettled: refresh,
  });
  const undo = useMutation({
    mutationFn: (key: FeedbackKey) => undoNotFit(key),
    onSettled: refresh,
  });
  return { notFit, undo };
}

/**
 * A negotiation room with the other organisations of a three-way suggestion, about its three
 * listings (POST /api/rooms kind negotiation). Resolves the room.
 */
export function openTriadRoom(triad: TriadDto, ownOrgId: string, title: string, message?: string): Promise<RoomDto> {
  return apiFetch<RoomDto>('/api/rooms', { method: 'POST', body: negotiationRoomRequest(triad, ownOrgId, title, message) });
}
