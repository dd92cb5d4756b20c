import { useAuth, useCurrentExpo } from '@yiqia/web-data';
import { AuditOutlined, EmptyState, ErrorState, LoadingState, PageContainer, UserAddOutlined } from '@yiqia/web-ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.js';

/** "/" is the current expo: live, else the next upcoming, else the latest. */
export function HomePage() {
  const { t } = useTranslation('shell');
  const { isOrganizer, isAuthenticated } = useAuth();
  const expo = useCurrentExpo();
  useDocumentTitle(null);

  if (expo.isPending) return <LoadingState />;
  if (expo.isError) {
    return (
      <PageContainer>
        <ErrorState error={expo.error} onRetry={() => void expo.refetch()} />
      </PageContainer>
    );
  }
  if (expo.data) return <Navigate to={`/expos/${encodeURIComponent(expo.data.slug)}`} replace />;
  return (
    <PageContainer>
      <EmptyState
        data-testid="no-expo"
        title={t('home.noExpoTitle')}
        description={isOrganizer ? t('home.noExpoOrganizer') : t('home.noExpoDescription')}
        action={
          isOrganizer ? (
            <Link to="/review">
              <Button type="primary" icon={<AuditOutlined />}>
                {t('home.goReview')}
              </Button>
            </Link>
          ) : !isAuthenticated ? (
            <Link to="/register">
              <Button type="primary" icon={<UserAddOutlined />}>
                {t('home.goRegister')}
              </Button>
            </Link>
          ) : null
        }
      />
    </PageContainer>
  );
}
