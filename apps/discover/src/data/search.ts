import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { SearchListingsResponse } from '@yiqia/contracts';
import { apiFetch, ApiError } from '@yiqia/web-data';
import { searchStateToApiQuery, searchStateToParams, PER_PAGE, type SearchState, type WidenOption } from '../lib/search-state.js';

export const searchKeys = {
  all: ['search', 'listings'] as const,
  results: (query: string, perPage: number) => ['search', 'listings', query, perPage] as const,
};

function fetchSearch(state: SearchState, perPage: number, signal: AbortSignal) {
  return apiFetch<SearchListingsResponse>('/api/search/listings', { signal, auth: false, query: searchStateToApiQuery(state, perPage) });
}

/**
 * One page of results for the state in the URL. A new state aborts the request of the one before
 * (React Query cancels a query with no observers left), and the previous results stay on screen
 * while the next ones load, so the page never jumps.
 */
export function useSearchListings(state: SearchState) {
  const key = searchStateToParams({ ...state, page: 1 }).toString() + `#${state.page}`;
  return useQuery({
    queryKey: searchKeys.results(key, PER_PAGE),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1,
    queryFn: ({ signal }) => fetchSearch(state, PER_PAGE, signal),
  });
}

/**
 * How many results each way of widening an empty search would bring back (one `perPage=1` request
 * each, only while the search is empty). `undefined` while unknown or if the count failed.
 */
export function useWidenCounts(options: WidenOption[], enabled: boolean): (number | undefined)[] {
  const results = useQueries({
    queries: options.map((option) => ({
      queryKey: searchKeys.results(searchStateToParams(option.state).toString(), 1),
      enabled,
      staleTime: 30_000,
      retry: false,
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchSearch({ ...option.state, page: 1 }, 1, signal),
    })),
  });
  return results.map((r) => r.data?.total);
}

export function isSearchUnavailable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'SEARCH_UNAVAILABLE' || error.status === 503);
}
