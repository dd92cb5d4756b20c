import { NotFoundState } from '@yiqia/web-ui';
import './i18n/index.js';
import { RemoteRoutes, type RemoteRoute } from '@yiqia/web-mf/remote-routes';
import { ListingEditorPage } from './pages/listing-editor-page.js';
import { ListingPage } from './pages/listing-page.js';
import { MyListingsPage } from './pages/my-listings-page.js';
import { SearchPage } from './pages/search-page.js';

/** Every page of this remote, on its full path (static segments before `:id`). */
const ROUTES: RemoteRoute[] = [
  { path: '/discover', element: <SearchPage /> },
  { path: '/listings/mine', element: <MyListingsPage /> },
  { path: '/listings/new', element: <ListingEditorPage /> },
  { path: '/listings/:listingId', element: <ListingPage /> },
  { path: '/listings/:listingId/edit', element: <ListingEditorPage /> },
];

/**
 * The discover remote (`discover/Module`): search over needs and offers, listing pages, and the
 * member's own listings. The shell mounts it under `/discover/*` and `/listings/*`; full paths above
 * are rebased onto whatever the parent route matched.
 */
export default function DiscoverModule() {
  return <RemoteRoutes routes={ROUTES} notFound={<NotFoundState />} testId="discover-remote" />;
}
