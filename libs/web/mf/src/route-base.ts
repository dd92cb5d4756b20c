/**
 * The shell may mount this remote under a catch-all route (`path="*"`) or under prefix routes
 * (`/expos/*`, `/my/*`, `/review/*`). React Router matches descendant <Routes> against the part of
 * the URL below the parent route, so route paths are written in full (`/expos/:slug`) and rebased
 * here onto whatever the parent matched.
 */

/** The part of `pathname` the parent route matched, from the splat value it left over. */
export function parentBase(pathname: string, splat: string | undefined): string {
  const segments = pathname.split('/').filter(Boolean);
  const rest = (splat ?? '').split('/').filter(Boolean);
  const kept = segments.slice(0, Math.max(0, segments.length - rest.length));
  return '/' + kept.join('/');
}

/**
 * A full route path as seen from `base`: `/expos/:slug` under `/expos` is `/:slug`; under `/` it stays.
 * Returns null when the route cannot be reached from that base.
 */
export function rebasePath(fullPath: string, base: string): string | null {
  if (base === '/' || base === '') return fullPath;
  const b = base.replace(/\/+$/, '');
  if (fullPath === b) return '/';
  if (fullPath.startsWith(b + '/')) return fullPath.slice(b.length);
  return null;
}
