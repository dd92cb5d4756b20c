import { refreshMe, useAuth } from '@yiqia/web-data';
import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Asks the server who we are on every navigation (one small request). A session ended elsewhere —
 * logout in another browser, removal from the organisation — then shows at the next click instead of
 * when a cached page happens to call the API; a 401 clears the session and protected pages go to login.
 */
export function useSessionRevalidation(): void {
  const { status } = useAuth();
  const { pathname } = useLocation();
  useEffect(() => {
    if (status !== 'authenticated') return;
    refreshMe().catch(() => undefined); // the client handles errors (401 → signed out)
  }, [pathname, status]);
}
