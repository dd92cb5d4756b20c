import type { IntentStatus, RoomStatus } from '@yiqia/contracts';
import { Badge, Tag, Tooltip } from 'antd';
import { useConsoleT } from '../../i18n/index.js';

const STATUS_COLOR: Record<RoomStatus, string> = { open: 'blue', signed: 'green', closed: 'default' };
const INTENT_COLOR: Record<IntentStatus, string> = { proposed: 'gold', signed: 'green', withdrawn: 'default', superseded: 'default' };

export function RoomStatusTag({ status }: { status: RoomStatus }) {
  const { t } = useConsoleT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="mod-room-status" data-status={status}>
      {t(`mod.status.${status}`)}
    </Tag>
  );
}

/** The latest intent version and its state, or "no intent yet". */
export function IntentTag({ intent }: { intent: { version: number; status: IntentStatus; signedBy: string[] } | null }) {
  const { t } = useConsoleT();
  if (!intent) return <span data-testid="mod-intent" data-status="none">{t('mod.intent.none')}</span>;
  return (
    <Tooltip title={intent.signedBy.length ? t('mod.intent.signedBy', { count: intent.signedBy.length }) : undefined}>
      <Tag color={INTENT_COLOR[intent.status]} data-testid="mod-intent" data-status={intent.status}>
        {t('mod.intent.label', { version: intent.version, status: t(`mod.intent.${intent.status}`) })}
      </Tag>
    </Tooltip>
  );
}

/** Open reports as a red count; nothing when there is none. */
export function ReportBadge({ count }: { count: number }) {
  const { t } = useConsoleT();
  if (count === 0) return <span data-testid="mod-reports" data-count={0}>{t('mod.rooms.noReports')}</span>;
  return (
    <Tooltip title={t('mod.rooms.reportsHint', { count })}>
      <Badge count={count} data-testid="mod-reports" data-count={count} />
    </Tooltip>
  );
}
