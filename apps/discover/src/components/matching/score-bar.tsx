import { Flex, Progress, Typography } from 'antd';
import { useDiscoverT } from '../../i18n/index.js';
import { scoreBand, scorePercent, type ScoreBand } from './logic.js';

export const BAND_COLORS: Record<ScoreBand, string> = { strong: '#389e0d', good: '#1f5fa8', fair: '#8c8c8c' };

/** 匹配度 as a bar with its percentage and a word for the band (高度匹配 / 较为匹配 / 可以参考). */
export function ScoreBar({ score, width = 132 }: { score: number; width?: number }) {
  const { t } = useDiscoverT();
  const percent = scorePercent(score);
  const band = scoreBand(score);
  return (
    <Flex
      align="center"
      gap={8}
      data-testid="match-score"
      data-score={percent}
      data-band={band}
      aria-label={t('matching.scoreAria', { percent })}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('matching.scoreLabel')}
      </Typography.Text>
      <Progress percent={percent} showInfo={false} size={{ width, height: 8 }} strokeColor={BAND_COLORS[band]} style={{ margin: 0, lineHeight: 1 }} />
      <Typography.Text strong style={{ color: BAND_COLORS[band], fontSize: 15, whiteSpace: 'nowrap' }} data-testid="match-score-value">
        {t('matching.percent', { percent })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="match-score-band">
        {t(`matching.band.${band}`)}
      </Typography.Text>
    </Flex>
  );
}
