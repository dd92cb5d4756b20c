/** Absolute URLs of this remote's pages (they work whatever route the shell mounts us under). */
export const paths = {
  inbox: () => '/negotiate',
  room: (roomId: string) => `/negotiate/rooms/${encodeURIComponent(roomId)}`,
  schedule: () => '/negotiate/schedule',
  newMeeting: (opts: { boothId?: string; listingId?: string; orgId?: string; expoId?: string }) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(opts)) if (v) qs.set(k, v);
    return `/negotiate/meetings/new?${qs.toString()}`;
  },
  newRoom: (opts?: { listingIds?: string[]; orgIds?: string[] }) => {
    const qs = new URLSearchParams();
    for (const id of opts?.listingIds ?? []) qs.append('listing', id);
    for (const id of opts?.orgIds ?? []) qs.append('org', id);
    const s = qs.toString();
    return s ? `/negotiate/rooms/new?${s}` : '/negotiate/rooms/new';
  },
  login: (returnTo: string) => `/login?redirect=${encodeURIComponent(returnTo)}`,
};
