import type { SearchListingsParams } from '@yiqia/contracts';

/** Absolute URLs of this remote's pages (they work whatever route the shell mounts us under). */
export const paths = {
  search: (params?: URLSearchParams | string) => {
    const qs = typeof params === 'string' ? params : params?.toString();
    return qs ? `/discover?${qs}` : '/discover';
  },
  listing: (id: string) => `/listings/${encodeURIComponent(id)}`,
  myListings: () => '/listings/mine',
  newListing: (opts?: { boothId?: string; expoId?: string }) => {
    const qs = new URLSearchParams();
    if (opts?.boothId) qs.set('boothId', opts.boothId);
    if (opts?.expoId) qs.set('expoId', opts.expoId);
    const s = qs.toString();
    return s ? `/listings/new?${s}` : '/listings/new';
  },
  editListing: (id: string) => `/listings/${encodeURIComponent(id)}/edit`,
  login: (returnTo: string) => `/login?redirect=${encodeURIComponent(returnTo)}`,
};

export type { SearchListingsParams };
