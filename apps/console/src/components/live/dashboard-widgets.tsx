import type { DashboardDto, ExpoDto } from '@yiqia/contracts';
import { EChart, EmptyState, useLabels } from '@yiqia/web-ui';
import { Alert, Button, Card, Col, Flex, List, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useConsoleT } from '../../i18n/index.js';
import { funnelOption, messagesOption, needsOffersOption } from '../../lib/live-charts.js';
import { formatClock, formatCount, formatDateTime, splitWaiting } from '../../lib/live-format.js';
import { paths } from '../../paths.js';
import { useFormatAmount } from './amount.js';
import { ProvinceMap } from './province-map.js';
import { useEChartsExtras } from './use-echarts-extras.js';

/** A headline number with its test id and raw value (the journeys read `data-value`). */
function Stat({ id, title, value, hint }: { id: string; title: string; value: number | string; hint?: React.ReactNode }) {
  const { lang } = useConsoleT();
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`live-stat-${id}`} data-value={value}>
      <Statistic title={title} value={typeof value === 'number' ? formatCount(value, lang) : value} />
      {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
    </Card>
  );
}

export function StatCards({ d }: { d: DashboardDto }) {
  const { t } = useConsoleT();
  const { orgType } = useLabels();
  const amount = useFormatAmount();
  const online = Object.entries(d.online.byOrgType)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={8}>
        <Stat
          id="online"
          title={t('live.stats.online')}
          value={d.online.total}
          hint={
            online.length ? (
              <Space size={[4, 4]} wrap style={{ marginTop: 8 }} data-testid="live-online-by-type">
                {online.map(([type, n]) => (
                  <Tag key={type} data-testid={`live-online-${type}`} data-value={n}>
                    {orgType(type)} {n}
                  </Tag>
                ))}
              </Space>
            ) : (
              t('live.stats.onlineEmpty')
            )
          }
        />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Stat id="rooms" title={t('live.stats.rooms')} value={d.rooms.active} hint={t('live.stats.roomsHint', { open: d.rooms.open, total: d.rooms.total })} />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Stat id="mpm" title={t('live.stats.mpm')} value={d.messagesPerMinute.current} hint={t('live.stats.mpmHint')} />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Stat id="meetings" title={t('live.stats.meetingsToday')} value={d.meetingsToday} />
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Card size="small" style={{ height: '100%' }} data-testid="live-stat-intents" data-value={d.intents.signed} data-amount={d.intents.amountTotal}>
          <Statistic title={t('live.stats.intents')} value={d.intents.signed} />
          <Typography.Text type="secondary" data-testid="live-intents-amount">
            {t('live.stats.intentsAmount', { amount: amount(d.intents.amountTotal) })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

export function MessagesChart({ d }: { d: DashboardDto }) {
  const { t, lang } = useConsoleT();
  const option = useMemo(
    () => messagesOption(d.messagesPerMinute.series.map((p) => ({ label: formatClock(p.at, lang), count: p.count })), t('live.charts.messagesSeries')),
    [d.messagesPerMinute.series, lang, t],
  );
  return (
    <Card size="small" title={t('live.charts.messages')}>
      <EChart option={option} height={240} ariaLabel={t('live.charts.messages')} data-testid="live-chart-messages" />
    </Card>
  );
}

export function DomainChart({ d }: { d: DashboardDto }) {
  const { t } = useConsoleT();
  const { domain } = useLabels();
  const rows = useMemo(
    () => [...d.listingsByDomain].sort((a, b) => b.needs + b.offers - (a.needs + a.offers)).map((r) => ({ label: domain(r.domain), needs: r.needs, offers: r.offers })),
    [d.listingsByDomain, domain],
  );
  const option = useMemo(() => needsOffersOption(rows, { needs: t('live.charts.needs'), offers: t('live.charts.offers') }, true), [rows, t]);
  const total = rows.reduce((s, r) => s + r.needs + r.offers, 0);
  return (
    <Card size="small" title={t('live.charts.domain')} data-testid="live-domain" data-value={total}>
      {rows.length ? (
        <EChart option={option} height={Math.max(240, rows.length * 28 + 60)} ariaLabel={t('live.charts.domain')} data-testid="live-chart-domain" />
      ) : (
        <EmptyState title={t('live.charts.emptyDomain')} />
      )}
    </Card>
  );
}

export function MapCard({ d }: { d: DashboardDto }) {
  const { t } = useConsoleT();
  return (
    <Card size="small" title={t('live.charts.map')}>
      <ProvinceMap rows={d.listingsByProvince} />
    </Card>
  );
}

export function FunnelCard({ d }: { d: DashboardDto }) {
  const { t } = useConsoleT();
  const extras = useEChartsExtras();
  const option = useMemo(
    () => funnelOption((['views', 'contacts', 'rooms', 'intentsSigned'] as const).map((k) => ({ label: t(`live.funnel.${k}`), value: d.funnel[k] }))),
    [d.funnel, t],
  );
  return (
    <Card size="small" title={t('live.charts.funnel')} data-testid="live-funnel" data-views={d.funnel.views} data-contacts={d.funnel.contacts}>
      {extras === 'ready' ? (
        <EChart option={option} height={260} ariaLabel={t('live.charts.funnel')} data-testid="live-chart-funnel" />
      ) : extras === 'failed' ? (
        <Alert type="warning" showIcon message={t('live.charts.chartFailed')} />
      ) : (
        <Skeleton.Node active style={{ width: '100%', height: 260 }} />
      )}
    </Card>
  );
}

export function TopBooths({ d, expo }: { d: DashboardDto; expo: ExpoDto }) {
  const { t } = useConsoleT();
  return (
    <Card size="small" title={t('live.topBooths.title')} data-testid="live-top-booths">
      {d.topBooths.length ? (
        <List
          size="small"
          dataSource={d.topBooths}
          renderItem={(b, i) => (
            <List.Item key={b.boothId} extra={<Typography.Text type="secondary">{t('live.topBooths.visits', { count: b.visits })}</Typography.Text>}>
              <List.Item.Meta
                avatar={<Tag color={i < 3 ? 'blue' : undefined}>{i + 1}</Tag>}
                title={<Link to={`/expos/${encodeURIComponent(expo.slug)}/booths/${encodeURIComponent(b.boothId)}`}>{b.title}</Link>}
                description={b.orgName}
              />
            </List.Item>
          )}
        />
      ) : (
        <EmptyState title={t('live.topBooths.empty')} description={t('live.topBooths.emptyHint')} />
      )}
    </Card>
  );
}

export function UnansweredNeeds({ d }: { d: DashboardDto }) {
  const { t, lang } = useConsoleT();
  return (
    <Card
      size="small"
      title={t('live.unanswered.title')}
      extra={<Typography.Text type="secondary">{t('live.unanswered.total', { count: d.unansweredNeeds.total })}</Typography.Text>}
      data-testid="live-unanswered"
      data-value={d.unansweredNeeds.total}
    >
      {d.unansweredNeeds.items.length ? (
        <List
          size="small"
          dataSource={d.unansweredNeeds.items}
          renderItem={(n) => (
            <List.Item
              key={n.listingId}
              data-testid="live-unanswered-item"
              actions={[
                <Link key="broker" to={paths.broker({ needId: n.listingId })} data-testid="live-unanswered-broker">
                  {t('live.unanswered.broker')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={<Link to={paths.listing(n.listingId)}>{n.title}</Link>}
                description={
                  <Flex gap={8} wrap>
                    <span>{n.orgName}</span>
                    <Typography.Text type="secondary">{t('live.unanswered.since', { time: formatDateTime(n.createdAt, lang) })}</Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <EmptyState title={t('live.unanswered.empty')} description={t('live.unanswered.emptyHint')} />
      )}
    </Card>
  );
}

export function PendingMeetings({ d }: { d: DashboardDto }) {
  const { t } = useConsoleT();
  return (
    <Card
      size="small"
      title={t('live.pending.title')}
      extra={<Typography.Text type="secondary">{t('live.pending.total', { count: d.pendingMeetings.total })}</Typography.Text>}
      data-testid="live-pending"
      data-value={d.pendingMeetings.total}
    >
      {d.pendingMeetings.items.length ? (
        <List
          size="small"
          dataSource={d.pendingMeetings.items}
          renderItem={(m) => {
            const w = splitWaiting(m.waitingMinutes);
            return (
              <List.Item key={m.meetingId} extra={<Tag color={m.waitingMinutes >= 24 * 60 ? 'red' : m.waitingMinutes >= 60 ? 'orange' : undefined}>{t(`live.pending.waited.${w.key}`, w)}</Tag>}>
                {t('live.pending.pair', { from: m.requesterOrg, to: m.inviteeOrg })}
              </List.Item>
            );
          }}
        />
      ) : (
        <EmptyState title={t('live.pending.empty')} description={t('live.pending.emptyHint')} />
      )}
    </Card>
  );
}

/** Placeholder cards in the dashboard's layout while the first snapshot comes. */
export function DashboardSkeleton() {
  const { t } = useConsoleT();
  return (
    <Flex vertical gap={16} data-testid="live-skeleton" aria-busy="true" aria-label={t('live.loadingHint')}>
      <Row gutter={[16, 16]}>
        {[8, 4, 4, 4, 4].map((span, i) => (
          <Col key={i} xs={24} md={12} xl={span}>
            <Card size="small" loading />
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        {[0, 1].map((i) => (
          <Col key={i} xs={24} xl={12}>
            <Card size="small" loading style={{ minHeight: 240 }} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}

export function RetryButton({ onRetry }: { onRetry: () => void }) {
  const { t } = useConsoleT();
  return (
    <Button size="small" onClick={onRetry} data-testid="live-retry">
      {t('live.retry')}
    </Button>
  );
}
