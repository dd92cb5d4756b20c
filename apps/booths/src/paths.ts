/** Absolute URLs of this remote's pages (they work whatever route the shell mounts us under). */
export const paths = {
  expo: (slug: string) => `/expos/${encodeURIComponent(slug)}`,
  booth: (slug: string, boothId: string) => `/expos/${encodeURIComponent(slug)}/booths/${encodeURIComponent(boothId)}`,
  myBooths: () => '/my/booths',
  editor: (boothId: string) => `/my/booths/${encodeURIComponent(boothId)}/edit`,
  stats: (boothId: string) => `/my/booths/${encodeURIComponent(boothId)}/stats`,
  review: () => '/review',
  /** The listing editor of the discover remote, with this booth preselected. */
  newListing: (boothId: string, expoId: string) => `/listings/new?boothId=${encodeURIComponent(boothId)}&expoId=${encodeURIComponent(expoId)}`,
  /** The negotiate remote's meeting request form, about this booth. */
  requestMeeting: (q: { boothId: string; orgId: string; expoId: string }) =>
    `/negotiate/meetings/new?boothId=${encodeURIComponent(q.boothId)}&orgId=${encodeURIComponent(q.orgId)}&expoId=${encodeURIComponent(q.expoId)}`,
  login: (returnTo: string) => `/login?redirect=${encodeURIComponent(returnTo)}`,
};
