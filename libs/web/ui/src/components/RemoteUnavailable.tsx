import { HomeOutlined, ReloadOutlined } from '../icons.js';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The friendly fallback when a remote (micro-frontend) cannot be loaded: retry, or go home. */
export function RemoteUnavailable({ onRetry, 'data-testid': testId = 'remote-fallback' }: { onRetry?: () => void; 'data-testid'?: string }) {
  const { t } = useTranslation('ui');
  return (
    <div role="alert" data-testid={testId} style={{ padding: '24px 12px' }}>
      <Result
        status="warning"
        title={t('remote.title')}
        subTitle={t('remote.description')}
        extra={[
          onRetry ? (
            <Button key="retry" type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="remote-retry">
              {t('remote.retry')}
            </Button>
          ) : null,
          <Link key="home" to="/" data-testid="remote-home">
            <Button icon={<HomeOutlined />}>{t('remote.home')}</Button>
          </Link>,
        ]}
      />
    </div>
  );
}
