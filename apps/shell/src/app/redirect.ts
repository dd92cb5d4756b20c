/** Only same-site paths ("/my", "/expos/x?y") are followed after login; anything else goes home. */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string') return fallback;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  if (/^\/(login|register)(\/|\?|$)/.test(target)) return fallback;
  return target;
}

/** Where to go after logging in when nothing asked for a page: members to their booths. */
export function defaultLanding(user: { role: string; organizationId: string | null } | null): string {
  if (!user) return '/';
  if (user.organizationId) return '/my';
  if (user.role === 'organizer') return '/review';
  return '/';
}
