import { useQuery } from '@tanstack/react-query';
import type { ListingDto } from '@yiqia/contracts';
import { apiFetch, ApiError, useAuth } from '@yiqia/web-data';

export const listingKeys = {
  detail: (id: string, userId: string | null) => ['listings', 'detail', id, userId ?? 'anonymous'] as const,
};

/** GET /api/listings/:id (with the session when there is one: `editable` depends on who asks). */
export function useListing(id: string | undefined) {
  const { user, status } = useAuth();
  return useQuery({
    queryKey: listingKeys.detail(id ?? '', user?.id ?? null),
    enabled: !!id && status !== 'loading',
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    queryFn: ({ signal }) => apiFetch<ListingDto>(`/api/listings/${encodeURIComponent(id ?? '')}`, { signal }),
  });
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === 'NOT_FOUND');
}
