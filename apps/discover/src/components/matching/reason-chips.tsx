import type { ReactNode } from 'react';
import { Flex, Tag, Tooltip } from 'antd';
import type { MatchReasonCode, MatchReasonDto } from '@yiqia/contracts';
import { useDiscoverT } from '../../i18n/index.js';
import { EnvironmentOutlined, PayCircleOutlined, SafetyCertificateFilled, SearchOutlined, ShopOutlined, TagsOutlined, TeamOutlined } from '../listing/icons.js';
import { ArrowDownOutlined, HistoryOutlined, SwapOutlined, UsergroupAddOutlined } from './icons.js';

/** Icon and colour per reason, so a glance tells region from money from trust. */
const REASON_LOOK: Record<MatchReasonCode, { icon: ReactNode; color: string }> = {
  shared_domains: { icon: <TagsOutlined />, color: 'blue' },
  shared_target_groups: { icon: <TeamOutlined />, color: 'cyan' },
  same_district: { icon: <EnvironmentOutlined />, color: 'geekblue' },
  same_city: { icon: <EnvironmentOutlined />, color: 'geekblue' },
  same_province: { icon: <EnvironmentOutlined />, color: 'geekblue' },
  amount_fit: { icon: <PayCircleOutlined />, color: 'gold' },
  resources_answer: { icon: <SwapOutlined />, color: 'green' },
  similar_text: { icon: <SearchOutlined />, color: 'purple' },
  verified_org: { icon: <SafetyCertificateFilled />, color: 'green' },
  approved_booth: { icon: <ShopOutlined />, color: 'magenta' },
  implementer_delivers: { icon: <UsergroupAddOutlined />, color: 'volcano' },
  past_conversation: { icon: <HistoryOutlined />, color: 'lime' },
  feedback_penalty: { icon: <ArrowDownOutlined />, color: 'default' },
};

/**
 * Why a suggestion ranks where it does: one chip per feature that contributed, strongest first, in the
 * server's words (already in the interface language); the points show on hover.
 */
export function ReasonChips({ reasons, max }: { reasons: MatchReasonDto[]; max?: number }) {
  const { t } = useDiscoverT();
  const shown = max ? reasons.slice(0, max) : reasons;
  const more = reasons.length - shown.length;
  if (reasons.length === 0) return null;
  return (
    <Flex gap={6} wrap data-testid="match-reasons" aria-label={t('matching.reasonsLabel')}>
      {shown.map((reason, i) => {
        const look = REASON_LOOK[reason.code] ?? { icon: null, color: 'default' };
        const points = Math.round(reason.points);
        return (
          <Tooltip key={`${reason.code}-${i}`} title={points >= 0 ? t('matching.pointsPlus', { points }) : t('matching.pointsMinus', { points: -points })}>
            <Tag
              icon={look.icon}
              color={look.color}
              variant="filled"
              data-testid="match-reason"
              data-code={reason.code}
              style={{ marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%', lineHeight: '20px', paddingBlock: 1 }}
            >
              {reason.text}
            </Tag>
          </Tooltip>
        );
      })}
      {more > 0 && (
        <Tooltip title={reasons.slice(shown.length).map((r) => r.text).join(t('matching.listSeparator'))}>
          <Tag variant="outlined" style={{ marginInlineEnd: 0 }} data-testid="match-reasons-more">
            {t('matching.moreReasons', { count: more })}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
