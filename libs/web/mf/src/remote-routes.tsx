import { useEffect, type ReactNode } from 'react';
import { Route, Routes, useLocation, useParams } from 'react-router';
import { parentBase, rebasePath } from './route-base.js';

export interface RemoteRoute {
  /** The page's full path (`/expos/:slug`), static segments before `:id` segments. */
  path: string;
  element: ReactNode;
}

export interface RemoteRoutesProps {
  routes: readonly RemoteRoute[];
  /** Rendered for any path of the area that no route matches. */
  notFound: ReactNode;
  /** `data-testid` of the wrapper, e.g. `booths-remote`. */
  testId: string;
}

/**
 * The page table of a remote's `./Module`. The shell mounts a remote under prefix routes (`/expos/*`)
 * or a catch-all; full paths are rebased onto whatever the parent route matched, and the window
 * scrolls to the top when the page (not just its query string) changes.
 */
export function RemoteRoutes({ routes, notFound, testId }: RemoteRoutesProps) {
  const location = useLocation();
  const base = parentBase(location.pathname, useParams()['*']);
  useEffect(() => {
    if (typeof window !== 'undefined') window.scrollTo({ top: 0 });
  }, [location.pathname]);
  return (
    <div data-testid={testId} style={{ width: '100%' }}>
      <Routes>
        {routes.map(({ path, element }) => {
          const rebased = rebasePath(path, base);
          return rebased === null ? null : <Route key={path} path={rebased} element={element} />;
        })}
        <Route path="*" element={notFound} />
      </Routes>
    </div>
  );
}
