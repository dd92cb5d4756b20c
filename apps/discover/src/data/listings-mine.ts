import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CreateListingRequest, ListingDto, ListingSummaryDto, Page, UpdateListingRequest } from '@yiqia/contracts';
import type { ListingKind, ListingStatus } from '@yiqia/domain';
import { apiFetch, useAuth } from '@yiqia/web-data';

/** Query keys of my listings and the editor (under 'listings', shared with the listing page's keys). */
export const mineKeys = {
  all: ['listings', 'mine'] as const,
  list: (orgId: string, filter: MineFilter, page: number) => ['listings', 'mine', orgId, 'list', filter.kind ?? 'all', filter.status ?? 'all', page] as const,
  counts: (orgId: string, kind: ListingKind | undefined) => ['listings', 'mine', orgId, 'counts', kind ?? 'all'] as const,
  edit: (id: string) => ['listings', 'edit', id] as const,
};

export interface MineFilter {
  kind?: ListingKind;
  status?: ListingStatus;
}

export const MINE_PAGE_SIZE = 20;

/** GET /api/listings?mine=true — my organisation's listings in every state, newest change first. */
export function useMyListings(filter: MineFilter, page: number) {
  const { isAuthenticated, organization } = useAuth();
  const orgId = organization?.id ?? '';
  return useQuery({
    queryKey: mineKeys.list(orgId, filter, page),
    enabled: isAuthenticated && !!orgId,
    placeholderData: keepPreviousData,
    refetchOnMount: 'always',
    queryFn: ({ signal }) =>
      apiFetch<Page<ListingSummaryDto>>('/api/listings', {
        signal,
        query: { mine: 'true', kind: filter.kind, status: filter.status, page, pageSize: MINE_PAGE_SIZE },
      }),
  });
}

/** How many of my listings are in each state (for the tab badges), within the chosen kind. */
export function useMyListingCounts(kind: ListingKind | undefined) {
  const { isAuthenticated, organization } = useAuth();
  const orgId = organization?.id ?? '';
  return useQuery({
    queryKey: mineKeys.counts(orgId, kind),
    enabled: isAuthenticated && !!orgId,
    placeholderData: keepPreviousData,
    refetchOnMount: 'always',
    queryFn: async ({ signal }) => {
      const total = (status?: ListingStatus) =>
        apiFetch<Page<ListingSummaryDto>>('/api/listings', { signal, query: { mine: 'true', kind, status, page: 1, pageSize: 1 } }).then((p) => p.total);
      const [all, open, matched, closed] = await Promise.all([total(), total('open'), total('matched'), total('closed')]);
      return { all, open, matched, closed } satisfies Record<ListingStatus | 'all', number>;
    },
  });
}

/** The listing to edit, always fresh from the server (not a cached copy of the listing page). */
export function useListingForEdit(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: mineKeys.edit(id ?? ''),
    enabled: !!id && enabled,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
    retry: false,
    queryFn: ({ signal }) => apiFetch<ListingDto>(`/api/listings/${encodeURIComponent(id ?? '')}`, { signal }),
  });
}

/**
 * After any change, whatever shows listings may be stale: my list, the listing page, search results
 * and booth pages (keys of other parts of the app are matched by their first segment).
 */
export function invalidateListings(client: QueryClient, listing?: ListingDto): void {
  if (listing) client.setQueryData(mineKeys.edit(listing.id), listing);
  void client.invalidateQueries({
    predicate: (q) => {
      const head = q.queryKey[0];
      if (listing && q.queryKey[1] === 'edit' && q.queryKey[2] === listing.id) return false;
      return head === 'listings' || head === 'listing' || head === 'search' || head === 'discover' || head === 'booth-listings';
    },
  });
}

export function useCreateListing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateListingRequest) => apiFetch<ListingDto>('/api/listings', { method: 'POST', body: request }),
    onSuccess: (listing) => invalidateListings(client, listing),
  });
}

export function useUpdateListing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateListingRequest }) =>
      apiFetch<ListingDto>(`/api/listings/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: (listing) => invalidateListings(client, listing),
  });
}

export function useDeleteListing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/listings/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: mineKeys.edit(id) });
      invalidateListings(client);
    },
  });
}
