/** Absolute URLs of the console's pages. */
export const paths = {
  dashboard: () => '/console',
  rooms: () => '/console/rooms',
  room: (id: string) => `/console/rooms/${encodeURIComponent(id)}`,
  broker: (opts?: { needId?: string; offerId?: string }) => {
    const qs = new URLSearchParams();
    if (opts?.needId) qs.set('needId', opts.needId);
    if (opts?.offerId) qs.set('offerId', opts.offerId);
    const s = qs.toString();
    return s ? `/console/broker?${s}` : '/console/broker';
  },
  announcements: () => '/console/announcements',
  /** The booth review queue lives in the booths remote; the shell maps /review to it. */
  review: () => '/review',
  exports: () => '/console/exports',
  results: () => '/console/results',
  audit: () => '/console/audit',
  listing: (id: string) => `/listings/${encodeURIComponent(id)}`,
};
