import { ErrorState, HomeOutlined } from '@yiqia/web-ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Last resort when a shell page throws while rendering: never a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation('ui');
  return (
    <div style={{ padding: 24 }}>
      <ErrorState
        error={error}
        onRetry={() => window.location.reload()}
        extra={
          <Button icon={<HomeOutlined />} href="/">
            {t('common.backHome')}
          </Button>
        }
      />
    </div>
  );
}
