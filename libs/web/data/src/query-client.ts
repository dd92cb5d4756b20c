import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.js';
import { onIdentityChange } from './auth-store.js';

/** The one QueryClient of the page (host and remotes share it through @yiqia/web-data). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      gcTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) do not get better by retrying; network and server errors get two more tries.
      retry: (failureCount, error) => {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
    mutations: { retry: false },
  },
});

// Per-user data must not survive a logout or a change of account.
onIdentityChange(() => queryClient.clear());
