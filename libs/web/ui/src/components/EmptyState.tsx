import { Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EmptyStateProps {
  /** What is missing, e.g. "还没有展位". */
  title?: ReactNode;
  /** What to do next, e.g. "点击「申请展位」开始布置您的展位". */
  description?: ReactNode;
  /** The next step: usually a primary button or a link. */
  action?: ReactNode;
  image?: ReactNode;
  'data-testid'?: string;
}

/** An empty list or page that tells the user what to do next. */
export function EmptyState({ title, description, action, image, 'data-testid': testId = 'empty-state' }: EmptyStateProps) {
  const { t } = useTranslation('ui');
  return (
    <Flex vertical align="center" justify="center" style={{ padding: '48px 16px', textAlign: 'center' }} data-testid={testId}>
      <Empty
        image={image ?? Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Flex vertical gap={4} align="center">
            <Typography.Text strong style={{ fontSize: 16 }}>
              {title ?? t('empty.title')}
            </Typography.Text>
            {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
          </Flex>
        }
      >
        {action}
      </Empty>
    </Flex>
  );
}
