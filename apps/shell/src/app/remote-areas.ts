/** URL areas rendered by remotes: every path under the prefix belongs to that remote's ./Module. */
export interface RemoteAreaDef {
  prefix: string;
  remote: string;
  /** Only for logged-in users (anonymous visitors are sent to /login and back). */
  requiresAuth: boolean;
}

export const REMOTE_AREAS: readonly RemoteAreaDef[] = [
  { prefix: '/expos', remote: 'booths', requiresAuth: false },
  { prefix: '/my', remote: 'booths', requiresAuth: true },
  { prefix: '/review', remote: 'booths', requiresAuth: true },
  { prefix: '/discover', remote: 'discover', requiresAuth: false },
  // Listing pages are public; /listings/mine, /new and /:id/edit ask for a login inside the remote.
  { prefix: '/listings', remote: 'discover', requiresAuth: false },
  { prefix: '/negotiate', remote: 'negotiate', requiresAuth: true },
  // Organizers only: the console shows a 403 page to others and the API refuses them.
  { prefix: '/console', remote: 'console', requiresAuth: true },
];

/** The remote area a pathname belongs to ("/expos", "/expos/x/y"; not "/exposition"). */
export function remoteAreaFor(pathname: string): RemoteAreaDef | null {
  return REMOTE_AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`)) ?? null;
}
