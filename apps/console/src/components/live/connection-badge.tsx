import { Badge, Flex, Typography } from 'antd';
import type { ConsoleLiveStatus } from '../../data/console-socket.js';
import { useConsoleT } from '../../i18n/index.js';
import { formatClock } from '../../lib/live-format.js';

const BADGE: Record<ConsoleLiveStatus, 'success' | 'processing' | 'warning' | 'error' | 'default'> = {
  connecting: 'processing',
  live: 'success',
  reconnecting: 'warning',
  offline: 'error',
  forbidden: 'error',
};

/** 实时 / 重新连接中… and when the numbers were last computed. */
export function ConnectionBadge({ status, computedAt }: { status: ConsoleLiveStatus; computedAt: string | null }) {
  const { t, lang } = useConsoleT();
  return (
    <Flex align="center" gap={12} wrap data-testid="live-connection" data-status={status} role="status" aria-live="polite">
      <Badge status={BADGE[status]} text={t(`live.status.${status}`)} />
      {computedAt ? (
        <Typography.Text type="secondary" data-testid="live-updated-at">
          {t('live.updatedAt', { time: formatClock(computedAt, lang) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
