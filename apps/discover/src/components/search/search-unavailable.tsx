import { Button, Card, Result } from 'antd';
import { Link } from 'react-router';
import { useDiscoverT } from '../../i18n/index.js';
import { ReloadOutlined } from '@yiqia/web-ui';

/** 503 SEARCH_UNAVAILABLE: the engine is down; say it kindly and offer a retry and the booths. */
export function SearchUnavailable({ onRetry }: { onRetry: () => void }) {
  const { t } = useDiscoverT();
  return (
    <Card data-testid="search-unavailable" role="alert">
      <Result
        status="warning"
        title={t('search.unavailable.title')}
        subTitle={t('search.unavailable.description')}
        extra={[
          <Button key="retry" type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="error-retry">
            {t('search.unavailable.retry')}
          </Button>,
          <Link key="expo" to="/">
            <Button>{t('search.unavailable.toExpo')}</Button>
          </Link>,
        ]}
      />
    </Card>
  );
}
