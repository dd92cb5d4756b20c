import { RemoteArea } from '@yiqia/web-mf';
import { LoadingState, NotFoundState, RemoteUnavailable } from '@yiqia/web-ui';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RequireAuth } from '../app/RequireAuth.js';
import { remoteAreaFor } from '../app/remote-areas.js';
import { useDocumentTitle } from '../app/use-document-title.js';

function NotFoundPage() {
  const { t } = useTranslation('shell');
  useDocumentTitle(t('titles.notFound'));
  return <NotFoundState />;
}

/** A remote's area (error boundary + Suspense + friendly fallback), or the global 404. */
export function RemoteOrNotFound() {
  const { pathname } = useLocation();
  const area = remoteAreaFor(pathname);
  if (!area) return <NotFoundPage />;
  const content = (
    <div data-testid={`remote-area-${area.remote}`} style={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
      <RemoteArea
        remote={area.remote}
        resetKey={pathname}
        loading={<LoadingState data-testid="remote-loading" />}
        fallback={({ retry, loadFailed }) => <RemoteUnavailable onRetry={retry} kind={loadFailed ? 'load' : 'render'} />}
      />
    </div>
  );
  return <RequireAuth enabled={area.requiresAuth}>{content}</RequireAuth>;
}
