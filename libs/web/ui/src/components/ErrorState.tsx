import { ReloadOutlined } from '../icons.js';
import { Button, Result } from 'antd';
import { isApiError } from '@yiqia/web-data';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorStateProps {
  error: unknown;
  /** Shows a retry button when given. */
  onRetry?: () => void;
  title?: ReactNode;
  /** Extra actions next to the retry button. */
  extra?: ReactNode;
  compact?: boolean;
  'data-testid'?: string;
}

/** Shows an API error's message (in the user's language, from the server) with a retry button. */
export function ErrorState({ error, onRetry, title, extra, compact, 'data-testid': testId = 'error-state' }: ErrorStateProps) {
  const { t } = useTranslation('ui');
  let status: 'error' | 'warning' | '404' | '403' = 'error';
  let heading: ReactNode = t('error.title');
  let message: string = t('error.description');
  if (isApiError(error)) {
    message = error.message;
    if (error.status === 404) {
      status = '404';
      heading = t('error.notFoundTitle');
    } else if (error.status === 403) {
      status = '403';
      heading = t('error.forbiddenTitle');
    } else if (error.status === 401) {
      status = 'warning';
      heading = t('error.unauthenticatedTitle');
    } else if (error.status === 0) {
      status = 'warning';
      heading = t('error.networkTitle');
    }
  }
  const actions = [
    onRetry ? (
      <Button key="retry" type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="error-retry">
        {t('common.retry')}
      </Button>
    ) : null,
    extra ? <span key="extra">{extra}</span> : null,
  ].filter(Boolean);
  return (
    <div role="alert" data-testid={testId}>
      <Result
        status={compact && (status === '404' || status === '403') ? 'warning' : status}
        title={title ?? heading}
        subTitle={message}
        extra={actions.length ? actions : undefined}
        style={compact ? { padding: '24px 16px' } : undefined}
      />
    </div>
  );
}
