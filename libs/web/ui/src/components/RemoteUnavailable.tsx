import { HomeOutlined, ReloadOutlined } from '../icons.js';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The friendly fallback when a remote (micro-frontend) cannot be loaded — or failed while rendering
 * (`kind="render"`): retry, or go home. The rest of the page keeps working.
 */
export function RemoteUnavailable({ onRetry, kind = 'load', 'data-testid': testId = 'remote-fallback' }: { onRetry?: () => void; kind?: 'load' | 'render'; 'data-testid'?: string }) {
  const { t } = useTranslation('ui');
  return (
    <div role="alert" data-testid={testId} data-kind={kind} style={{ padding: '24px 12px' }}>
      <Result
        status="warning"
        title={kind === 'render' ? t('remote.renderTitle') : t('remote.title')}
        subTitle={kind === 'render' ? t('remote.renderDescription') : t('remote.description')}
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
