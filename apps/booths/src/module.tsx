import { Navigate, useParams } from 'react-router';
import { useCurrentExpo } from '@yiqia/web-data';
import { EmptyState, ErrorState, LoadingState, NotFoundState, PageContainer } from '@yiqia/web-ui';
import './i18n/index.js';
import { useBoothsT } from './i18n/index.js';
import { RemoteRoutes, type RemoteRoute } from '@yiqia/web-mf/remote-routes';
import { BoothEditorPage } from './pages/booth-editor-page.js';
import { BoothPublicPage } from './pages/booth-public-page.js';
import { BoothStatsPage } from './pages/booth-stats-page.js';
import { ExpoLandingPage } from './pages/expo-landing-page.js';
import { MyBoothsPage } from './pages/my-booths-page.js';
import { ReviewQueuePage } from './pages/review-queue-page.js';
import { paths } from './paths.js';

/** /expos → the live (or next, or latest) expo. */
function CurrentExpoRedirect() {
  const { t } = useBoothsT();
  const current = useCurrentExpo();
  if (current.isPending) return <LoadingState />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  if (!current.data) {
    return (
      <PageContainer>
        <EmptyState title={t('review.noExpo')} />
      </PageContainer>
    );
  }
  return <Navigate to={paths.expo(current.data.slug)} replace />;
}

function RedirectToEditor() {
  const { boothId } = useParams();
  return <Navigate to={paths.editor(boothId ?? '')} replace />;
}

/** Every page of this remote, on its full path. */
const ROUTES: RemoteRoute[] = [
  { path: '/expos', element: <CurrentExpoRedirect /> },
  { path: '/expos/:slug', element: <ExpoLandingPage /> },
  { path: '/expos/:slug/booths/:boothId', element: <BoothPublicPage /> },
  { path: '/my', element: <Navigate to={paths.myBooths()} replace /> },
  { path: '/my/booths', element: <MyBoothsPage /> },
  { path: '/my/booths/:boothId', element: <RedirectToEditor /> },
  { path: '/my/booths/:boothId/edit', element: <BoothEditorPage /> },
  { path: '/my/booths/:boothId/stats', element: <BoothStatsPage /> },
  { path: '/review', element: <ReviewQueuePage /> },
];

/**
 * The booths remote (`booths/Module`). It renders its own routes, so the shell can mount it under a
 * catch-all route (`path="*"`) or under prefix routes (`/expos/*`, `/my/*`, `/review/*`): the full
 * paths above are rebased onto whatever the parent route matched.
 */
export default function BoothsModule() {
  return <RemoteRoutes routes={ROUTES} notFound={<NotFoundState />} testId="booths-remote" />;
}
