import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Card, Col, Flex, Row, Statistic, Typography, theme } from 'antd';
import { EditOutlined, EyeOutlined, RiseOutlined, TeamOutlined, CalendarOutlined } from '../icons.js';
import { useAuth, useExpo } from '@yiqia/web-data';
import { EChart, ErrorState, LoadingState, PageContainer } from '@yiqia/web-ui';
import { LinkButton } from '../components/link-button.js';
import { StatusTag } from '../components/status-tag.js';
import { useBooth, useBoothStats } from '../data/booths.js';
import { useBoothsT } from '../i18n/index.js';
import { shortDay } from '../lib/format.js';
import { summarizeStats } from '../lib/stats.js';
import { paths } from '../paths.js';
import { LoginRequired } from './my-booths-page.js';
import { usePageTitle } from '../data/use-page-title.js';

const DAYS = 30;

/** /my/booths/:boothId/stats — views and unique visitors per day (last 30 days). */
export function BoothStatsPage() {
  const { boothId } = useParams();
  const { t } = useBoothsT();
  const { token } = theme.useToken();
  const auth = useAuth();
  const booth = useBooth(auth.isAuthenticated ? boothId : undefined, 'working', { alwaysRefetch: true });
  const stats = useBoothStats(auth.isAuthenticated ? boothId : undefined, DAYS);
  const expo = useExpo(booth.data?.expoId);

  usePageTitle(booth.data ? `${t('stats.title')} · ${booth.data.title}` : t('stats.title'));
  const option = useMemo(() => {
    const days = stats.data?.days ?? [];
    return {
      color: [token.colorPrimary, '#2f8a4c'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('stats.views'), t('stats.uniqueVisitors')] },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: days.map((d) => shortDay(d.date)),
        axisTick: { alignWithLabel: true },
        axisLabel: { color: token.colorTextSecondary },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: token.colorTextSecondary }, splitLine: { lineStyle: { color: token.colorBorderSecondary } } },
      series: [
        { name: t('stats.views'), type: 'bar', barMaxWidth: 18, data: days.map((d) => d.views), itemStyle: { borderRadius: [3, 3, 0, 0] } },
        {
          name: t('stats.uniqueVisitors'),
          type: 'line',
          symbol: 'circle',
          symbolSize: 5,
          lineStyle: { width: 2 },
          data: days.map((d) => d.uniqueVisitors),
        },
      ],
    };
  }, [stats.data, t, token]);

  if (auth.status === 'loading') return <LoadingState />;
  if (!auth.isAuthenticated) return <LoginRequired />;
  if (booth.isError || stats.isError) {
    const error = booth.error ?? stats.error;
    return (
      <PageContainer>
        <ErrorState error={error} onRetry={() => void Promise.all([booth.refetch(), stats.refetch()])} />
      </PageContainer>
    );
  }
  if (booth.isPending || stats.isPending) return <LoadingState />;

  const data = stats.data;
  const { avgPerDay, peak } = summarizeStats(data);
  const first = data.days[0]?.date;
  const last = data.days[data.days.length - 1]?.date;

  return (
    <PageContainer
      data-testid="booth-stats"
      breadcrumb={[{ title: <Link to={paths.myBooths()}>{t('my.title')}</Link> }, { title: t('stats.title') }]}
      title={
        <Flex gap={10} align="center" wrap>
          <span>{booth.data.title}</span>
          <StatusTag status={booth.data.status} />
        </Flex>
      }
      subtitle={t('stats.subtitle', { days: DAYS })}
      extra={
        <>
          <LinkButton icon={<EditOutlined />} to={paths.editor(booth.data.id)}>
            {t('my.edit')}
          </LinkButton>
          {booth.data.isPublic && expo.data && (
            <LinkButton icon={<EyeOutlined />} to={paths.booth(expo.data.slug, booth.data.id)}>
              {t('my.viewPublic')}
            </LinkButton>
          )}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('stats.totalViews', { days: DAYS })} value={data.totals.views} prefix={<EyeOutlined />} data-testid="stats-total-views" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('stats.totalVisitors', { days: DAYS })}
              value={data.totals.uniqueVisitors}
              prefix={<TeamOutlined />}
              data-testid="stats-total-visitors"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('stats.avgPerDay')} value={avgPerDay} prefix={<RiseOutlined />} data-testid="stats-avg" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('stats.peakDay')}
              value={peak ? `${shortDay(peak.date)}` : t('stats.peakNone')}
              suffix={
                peak ? (
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    {t('stats.peakViews', { count: peak.views })}
                  </Typography.Text>
                ) : undefined
              }
              prefix={<CalendarOutlined />}
              data-testid="stats-peak"
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={t('stats.chartTitle')}
            extra={
              <Typography.Text type="secondary">
                {first && last ? `${first} — ${last}` : ''}
              </Typography.Text>
            }
          >
            {data.totals.views === 0 && (
              <Alert type="info" showIcon data-testid="stats-empty" title={t('stats.empty', { days: DAYS })} description={t('stats.emptyHint')} style={{ marginBottom: 12 }} />
            )}
            <EChart
              option={option}
              height={340}
              data-testid="stats-chart"
              ariaLabel={`${t('stats.chartTitle')}: ${t('stats.totalViews', { days: DAYS })} ${data.totals.views}, ${t('stats.totalVisitors', { days: DAYS })} ${data.totals.uniqueVisitors}`}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('stats.note')}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
