import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner with an accessible label. */
export function LoadingState({ label, minHeight = 240, 'data-testid': testId = 'loading' }: { label?: string; minHeight?: number; 'data-testid'?: string }) {
  const { t } = useTranslation('ui');
  const text = label ?? t('common.loading');
  return (
    <Flex align="center" justify="center" style={{ minHeight }} role="status" aria-live="polite" aria-label={text} data-testid={testId}>
      <Spin description={text} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}
