import type { ExpoDto } from '@yiqia/contracts';
import { Col, Flex, Result, Row } from 'antd';
import { ConsoleFrame } from '../components/console-frame.js';
import { ConnectionBadge } from '../components/live/connection-badge.js';
import {
  DashboardSkeleton,
  DomainChart,
  FunnelCard,
  MapCard,
  MessagesChart,
  PendingMeetings,
  RetryButton,
  StatCards,
  TopBooths,
  UnansweredNeeds,
} from '../components/live/dashboard-widgets.js';
import { useConsoleLive } from '../data/live.js';
import { useConsoleT } from '../i18n/index.js';

/**
 * The live dashboard: a full snapshot when the `/console` watch starts (and after every
 * reconnection), then pushed deltas; the last numbers stay on screen while reconnecting.
 */
function DashboardPageBody({ expo }: { expo: ExpoDto }) {
  const { t } = useConsoleT();
  const live = useConsoleLive(expo.id);
  const d = live.state.dashboard;
  const header = (
    <Flex align="center" justify="space-between" wrap gap={8}>
      <ConnectionBadge status={live.status} computedAt={d?.computedAt ?? null} />
      {live.status === 'reconnecting' || live.status === 'offline' ? <RetryButton onRetry={live.retry} /> : null}
    </Flex>
  );
  if (live.status === 'forbidden') {
    return <Result status="403" title={t('live.status.forbidden')} subTitle={t('live.forbiddenHint')} data-testid="live-forbidden" />;
  }
  return (
    <Flex vertical gap={16} data-testid="console-dashboard-page" data-expo-id={expo.id} data-version={d?.version ?? ''} data-snapshots={live.snapshots}>
      {header}
      {d ? (
        <>
          <StatCards d={d} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <MessagesChart d={d} />
            </Col>
            <Col xs={24} xl={12}>
              <FunnelCard d={d} />
            </Col>
            <Col xs={24} xl={12}>
              <DomainChart d={d} />
            </Col>
            <Col xs={24} xl={12}>
              <MapCard d={d} />
            </Col>
            <Col xs={24} xl={8}>
              <TopBooths d={d} expo={expo} />
            </Col>
            <Col xs={24} xl={8}>
              <UnansweredNeeds d={d} />
            </Col>
            <Col xs={24} xl={8}>
              <PendingMeetings d={d} />
            </Col>
          </Row>
        </>
      ) : (
        <DashboardSkeleton />
      )}
    </Flex>
  );
}

export function DashboardPage() {
  return <ConsoleFrame>{(expo) => <DashboardPageBody expo={expo} />}</ConsoleFrame>;
}
