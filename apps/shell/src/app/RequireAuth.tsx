import { useAuth } from '@yiqia/web-data';
import { LoadingState } from '@yiqia/web-ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

/** Renders children for logged-in users; sends visitors to /login and back afterwards. */
export function RequireAuth({ children, enabled = true }: { children: ReactNode; enabled?: boolean }) {
  const { status } = useAuth();
  const location = useLocation();
  if (!enabled) return <>{children}</>;
  if (status === 'loading') return <LoadingState />;
  if (status !== 'authenticated') {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?redirect=${encodeURIComponent(from)}`} replace state={{ from }} />;
  }
  return <>{children}</>;
}
