import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BoothDto,
  BoothStatsDto,
  BoothSummaryDto,
  CreateBoothRequest,
  Page,
  ReviewBoothRequest,
  UpdateBoothRequest,
} from '@yiqia/contracts';
import { apiFetch, ApiError, queryKeys } from '@yiqia/web-data';
import { filtersToApiQuery, type BoothFilters } from '../lib/filters.js';

/** Query keys of this remote (under the shared ones of @yiqia/web-data where they overlap). */
export const boothKeys = {
  all: ['booths'] as const,
  list: (expoId: string, query: string) => ['booths', 'list', expoId, query] as const,
  reviewQueue: (expoId: string) => ['booths', 'review', expoId] as const,
  detail: (id: string, view: 'working' | 'public') => ['booths', 'detail', id, view] as const,
  stats: (id: string, days: number) => ['booths', 'stats', id, days] as const,
};

/** Approved booths of an expo, filtered and paged (keeps the previous page visible while loading). */
export function useExpoBooths(expoId: string | undefined, filters: BoothFilters) {
  const query = filtersToApiQuery(filters);
  return useQuery({
    queryKey: boothKeys.list(expoId ?? '', query),
    enabled: !!expoId,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => apiFetch<Page<BoothSummaryDto>>(`/api/expos/${expoId}/booths?${query}`, { signal }),
  });
}

/** One booth: `public` is the approved version visitors see; `working` the owner's draft. */
export function useBooth(id: string | undefined, view: 'working' | 'public', options: { alwaysRefetch?: boolean } = {}) {
  return useQuery({
    queryKey: boothKeys.detail(id ?? '', view),
    enabled: !!id,
    refetchOnMount: options.alwaysRefetch ? 'always' : true,
    queryFn: ({ signal }) =>
      apiFetch<BoothDto>(`/api/booths/${encodeURIComponent(id ?? '')}`, { signal, query: view === 'public' ? { view: 'public' } : undefined }),
  });
}

export function useBoothStats(id: string | undefined, days = 30) {
  return useQuery({
    queryKey: boothKeys.stats(id ?? '', days),
    enabled: !!id,
    queryFn: ({ signal }) => apiFetch<BoothStatsDto>(`/api/booths/${encodeURIComponent(id ?? '')}/stats`, { signal, query: { days } }),
  });
}

/** Submitted booths of an expo (organizers). */
export function useReviewQueue(expoId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: boothKeys.reviewQueue(expoId ?? ''),
    enabled: !!expoId && enabled,
    // Exhibitors submit while the organizer works: keep the queue fresh.
    refetchOnMount: 'always',
    refetchOnWindowFocus: true,
    refetchInterval: 20_000,
    queryFn: ({ signal }) =>
      apiFetch<Page<BoothSummaryDto>>(`/api/expos/${expoId}/booths`, { signal, query: { status: 'submitted', page: 1, pageSize: 100 } }),
  });
}

export function useCreateBooth() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ expoId, request }: { expoId: string; request: CreateBoothRequest }) =>
      apiFetch<BoothDto>(`/api/expos/${expoId}/booths`, { method: 'POST', body: request }),
    onSuccess: (booth) => {
      client.setQueryData(boothKeys.detail(booth.id, 'working'), booth);
      void client.invalidateQueries({ queryKey: queryKeys.myBooths });
    },
  });
}

export function patchBooth(id: string, patch: UpdateBoothRequest): Promise<BoothDto> {
  return apiFetch<BoothDto>(`/api/booths/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function useSubmitBooth(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<BoothDto>(`/api/booths/${encodeURIComponent(id)}/submit`, { method: 'POST' }),
    onSuccess: (booth) => {
      client.setQueryData(boothKeys.detail(id, 'working'), booth);
      void client.invalidateQueries({ queryKey: queryKeys.myBooths });
    },
  });
}

export function useReviewBooth() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ReviewBoothRequest }) =>
      apiFetch<BoothDto>(`/api/booths/${encodeURIComponent(id)}/review`, { method: 'POST', body: request }),
    onSuccess: (booth) => {
      client.setQueryData(boothKeys.detail(booth.id, 'working'), booth);
      void client.invalidateQueries({ queryKey: boothKeys.all });
      void client.invalidateQueries({ queryKey: ['expos'] });
    },
  });
}

/** Count a visit to a public booth page (fire and forget: counting must never disturb the visitor). */
export function recordVisit(id: string, visitorId: string): void {
  apiFetch<void>(`/api/booths/${encodeURIComponent(id)}/visits`, { method: 'POST', body: { visitorId } }).catch(() => undefined);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === 'NOT_FOUND');
}
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
