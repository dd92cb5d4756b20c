import type { ExpoDto } from '@yiqia/contracts';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { ConsoleFrame } from '../components/console-frame.js';
import { RESULTS_PRINT_CSS, ResultsSection, ResultsTotals } from '../components/live/results-sections.js';
import { useExpoResults } from '../data/live.js';
import { useConsoleT } from '../i18n/index.js';
import { formatDate, formatDateTime } from '../lib/live-format.js';
import { paths } from '../paths.js';

/** The printable 成果统计 of the expo. */
function ResultsPageBody({ expo }: { expo: ExpoDto }) {
  const { t, lang } = useConsoleT();
  const results = useExpoResults(expo.id);
  if (results.isPending) {
    return (
      <Flex vertical gap={16} data-testid="results-loading">
        <Skeleton active paragraph={{ rows: 2 }} />
        <Card loading />
        <Card loading />
      </Flex>
    );
  }
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  const t0 = r.totals;
  const empty = t0.booths + t0.needs + t0.offers + t0.rooms + t0.intentsSigned === 0;
  // Districts: every one in the table; the chart shows the busiest 12 so labels stay readable.
  const districtChart = [...r.byDistrict].sort((a, b) => b.needs + b.offers - (a.needs + a.offers)).slice(0, 12);
  return (
    <Flex vertical gap={16} data-testid="console-results-page" data-expo-id={expo.id}>
      <style>{RESULTS_PRINT_CSS}</style>
      <Flex align="flex-start" justify="space-between" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="results-title">
            {t('live.results.heading', { expo: r.expo.name })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('live.results.period', { from: formatDate(r.expo.startsAt, lang), to: formatDate(r.expo.endsAt, lang) })}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="results-generated-at">
            {t('live.results.generatedAt', { time: formatDateTime(r.generatedAt, lang) })}
          </Typography.Text>
        </Flex>
        <Button type="primary" className="live-no-print" onClick={() => window.print()} data-testid="results-print">
          {t('live.results.print')}
        </Button>
      </Flex>
      {empty ? (
        <EmptyState
          title={t('live.results.empty')}
          description={t('live.results.emptyHint')}
          action={<Link to={paths.exports()}>{t('common.menu.exports')}</Link>}
          data-testid="results-empty"
        />
      ) : (
        <>
          <ResultsTotals totals={r.totals} />
          <ResultsSection id="domain" title={t('live.results.byDomain')} rows={r.byDomain} horizontal />
          <ResultsSection id="orgType" title={t('live.results.byOrgType')} rows={r.byOrgType} />
          <ResultsSection id="district" title={t('live.results.byDistrict')} rows={r.byDistrict} chartRows={districtChart} horizontal />
        </>
      )}
    </Flex>
  );
}

export function ResultsPage() {
  return <ConsoleFrame>{(expo) => <ResultsPageBody expo={expo} />}</ConsoleFrame>;
}
