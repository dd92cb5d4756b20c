import { useEffect, type ReactNode } from 'react';
import { Route, Routes, useLocation, useParams } from 'react-router';
import { NotFoundState } from '@yiqia/web-ui';
import './i18n/index.js';
import { parentBase, rebasePath } from './lib/route-base.js';
import { ListingEditorPage } from './pages/listing-editor-page.js';
import { ListingPage } from './pages/listing-page.js';
import { MyListingsPage } from './pages/my-listings-page.js';
import { SearchPage } from './pages/search-page.js';

/** Every page of this remote, on its full path (static segments before `:id`). */
const ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/discover', element: <SearchPage /> },
  { path: '/listings/mine', element: <MyListingsPage /> },
  { path: '/listings/new', element: <ListingEditorPage /> },
  { path: '/listings/:listingId', element: <ListingPage /> },
  { path: '/listings/:listingId/edit', element: <ListingEditorPage /> },
];

function useScrollTopOnPathChange(pathname: string) {
  useEffect(() => {
    if (typeof window !== 'undefined') window.scrollTo({ top: 0 });
  }, [pathname]);
}

/**
 * The discover remote (`discover/Module`): search over needs and offers, listing pages, and the
 * member's own listings. The shell mounts it under `/discover/*` and `/listings/*`; full paths above
 * are rebased onto whatever the parent route matched.
 */
export default function DiscoverModule() {
  const location = useLocation();
  const splat = useParams()['*'];
  const base = parentBase(location.pathname, splat);
  useScrollTopOnPathChange(location.pathname);
  return (
    <div data-testid="discover-remote" style={{ width: '100%' }}>
      <Routes>
        {ROUTES.map(({ path, element }) => {
          const rebased = rebasePath(path, base);
          return rebased === null ? null : <Route key={path} path={rebased} element={element} />;
        })}
        <Route path="*" element={<NotFoundState />} />
      </Routes>
    </div>
  );
}
