import { HomeOutlined } from '../icons.js';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The 404 of the site; remotes use it for unknown sub-paths too. */
export function NotFoundState({ title, description, 'data-testid': testId = 'not-found' }: { title?: ReactNode; description?: ReactNode; 'data-testid'?: string }) {
  const { t } = useTranslation('ui');
  return (
    <div data-testid={testId}>
      <Result
        status="404"
        title={title ?? t('notFound.title')}
        subTitle={description ?? t('notFound.description')}
        extra={
          <Link to="/">
            <Button type="primary" icon={<HomeOutlined />}>
              {t('common.backHome')}
            </Button>
          </Link>
        }
      />
    </div>
  );
}
