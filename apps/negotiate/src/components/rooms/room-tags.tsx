import { Tag } from 'antd';
import type { RoomKind, RoomStatus } from '@yiqia/contracts';
import { useNegotiateT } from '../../i18n/index.js';

const STATUS_COLORS: Record<RoomStatus, string> = { open: 'processing', signed: 'success', closed: 'default' };

/** 进行中 / 已签约意向 / 已关闭 */
export function RoomStatusTag({ status, compact }: { status: RoomStatus; compact?: boolean }) {
  const { t } = useNegotiateT();
  return (
    <Tag color={STATUS_COLORS[status]} style={compact ? { marginInlineEnd: 0, fontSize: 11, lineHeight: '18px', paddingInline: 6 } : { marginInlineEnd: 0 }} data-testid="room-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/** 对话 / 洽谈室 */
export function RoomKindTag({ kind, compact }: { kind: RoomKind; compact?: boolean }) {
  const { t } = useNegotiateT();
  return (
    <Tag
      color={kind === 'negotiation' ? 'purple' : 'blue'}
      variant="filled"
      style={compact ? { marginInlineEnd: 0, fontSize: 11, lineHeight: '18px', paddingInline: 6 } : { marginInlineEnd: 0 }}
      data-testid="room-kind"
      data-kind={kind}
    >
      {t(`kind.${kind}`)}
    </Tag>
  );
}
