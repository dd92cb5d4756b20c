import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, App, Badge, Button, Col, Flex, Row, Skeleton, Tabs, theme } from 'antd';
import type { MeetingDto } from '@yiqia/contracts';
import { isApiError, useAuth, useCurrentExpo } from '@yiqia/web-data';
import { EmptyState, ErrorState, PageContainer } from '@yiqia/web-ui';
import { DownloadOutlined, ShopOutlined } from '../components/meetings/icons.js';
import { MeetingAgenda } from '../components/meetings/meeting-agenda.js';
import { MeetingCard } from '../components/meetings/meeting-card.js';
import { SCHEDULE_TABS, inTab, type ScheduleTab } from '../components/meetings/meeting-form.js';
import { downloadCalendar, useMeetings, useMeetingsLive } from '../data/meetings.js';
import { useNegotiateT } from '../i18n/index.js';
import { usePageTitle } from '../components/meetings/use-page-title.js';

function isTab(v: string | null): v is ScheduleTab {
  return !!v && (SCHEDULE_TABS as readonly string[]).includes(v);
}

/**
 * /negotiate/schedule — "我的日程": requests to answer, requests I sent, confirmed meetings (with a
 * calendar of them) and everything; ICS downloads; live through `notification` pushes.
 */
export function SchedulePage() {
  const { t } = useNegotiateT();
  const { message } = App.useApp();
  const { organization } = useAuth();
  const meetings = useMeetings();
  const live = useMeetingsLive();
  const expo = useCurrentExpo();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const list = useMemo(() => meetings.data ?? [], [meetings.data]);
  const counts = useMemo(() => Object.fromEntries(SCHEDULE_TABS.map((tab) => [tab, list.filter((m) => inTab(m, tab)).length])) as Record<ScheduleTab, number>, [list]);
  const requested = params.get('tab');
  const tab: ScheduleTab = isTab(requested) ? requested : counts.incoming > 0 ? 'incoming' : 'all';
  const [downloading, setDownloading] = useState(false);
  const [liveShown, setLiveShown] = useState<string | null>(null);

  usePageTitle(t('schedule.title'));

  const setTab = (next: ScheduleTab) => {
    const p = new URLSearchParams(params);
    p.set('tab', next);
    setParams(p, { replace: true });
  };

  const download = async () => {
    setDownloading(true);
    try {
      await downloadCalendar();
    } catch (error) {
      void message.error(isApiError(error) ? error.message : String(error));
    } finally {
      setDownloading(false);
    }
  };

  if (!organization) {
    return (
      <PageContainer title={t('schedule.title')}>
        <EmptyState title={t('schedule.noOrg')} description={t('schedule.noOrgHint')} data-testid="schedule-no-org" />
      </PageContainer>
    );
  }

  const shown = list.filter((m) => inTab(m, tab));
  const liveNotice = live && live.createdAt !== liveShown ? live : null;

  return (
    <PageContainer
      title={t('schedule.title')}
      subtitle={t('schedule.subtitle')}
      data-testid="schedule-page"
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={downloading} disabled={counts.accepted === 0} data-testid="schedule-ics">
          {t('schedule.downloadAll')}
        </Button>
      }
    >
      {liveNotice && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: () => setLiveShown(liveNotice.createdAt) }}
          title={liveNotice.body ? t('schedule.liveLine', { title: liveNotice.title, body: liveNotice.body }) : liveNotice.title}
          style={{ marginBottom: 16 }}
          data-testid="schedule-live-notice"
          data-kind={liveNotice.kind}
        />
      )}
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={16}>
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as ScheduleTab)}
            data-testid="schedule-tabs"
            items={SCHEDULE_TABS.map((key) => ({
              key,
              label: (
                <span data-testid={`schedule-tab-${key}`}>
                  {t(`schedule.tabs.${key}`)}
                  {key === 'incoming' && counts.incoming > 0 ? (
                    <Badge count={counts.incoming} size="small" style={{ marginInlineStart: 6 }} />
                  ) : key !== 'incoming' && counts[key] > 0 ? (
                    <span style={{ marginInlineStart: 6, padding: '0 6px', borderRadius: 10, background: token.colorFillSecondary, color: token.colorTextSecondary, fontSize: 12 }}>{counts[key]}</span>
                  ) : null}
                </span>
              ),
            }))}
          />
          {meetings.isPending ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : meetings.isError ? (
            <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
          ) : shown.length === 0 ? (
            <EmptyState
              title={t(`schedule.empty.${tab}.title`)}
              description={t(`schedule.empty.${tab}.hint`)}
              data-testid="schedule-empty"
              action={
                tab !== 'incoming' && expo.data ? (
                  <Button type="primary" icon={<ShopOutlined />} onClick={() => void navigate(`/expos/${encodeURIComponent(expo.data?.slug ?? '')}`)} data-testid="schedule-browse-booths">
                    {t('schedule.browseBooths')}
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <Flex vertical gap={12} data-testid="schedule-list" data-tab={tab}>
              {shown.map((m: MeetingDto) => (
                <MeetingCard key={m.id} meeting={m} all={list} />
              ))}
            </Flex>
          )}
        </Col>
        <Col xs={24} lg={8}>
          <MeetingAgenda meetings={list} />
        </Col>
      </Row>
    </PageContainer>
  );
}
