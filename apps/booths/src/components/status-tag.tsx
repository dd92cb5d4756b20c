import { Tag } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, EditOutlined } from '../icons.js';
import type { BoothStatus } from '@yiqia/contracts';
import { useBoothsT } from '../i18n/index.js';

const LOOK: Record<BoothStatus, { color: string; icon: React.ReactNode }> = {
  draft: { color: 'default', icon: <EditOutlined /> },
  submitted: { color: 'processing', icon: <ClockCircleOutlined /> },
  approved: { color: 'success', icon: <CheckCircleOutlined /> },
  rejected: { color: 'error', icon: <CloseCircleOutlined /> },
};

/** 草稿 / 审核中 / 已通过 / 已驳回 */
export function StatusTag({ status }: { status: BoothStatus }) {
  const { t } = useBoothsT();
  const look = LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} variant="outlined" data-testid="booth-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
