import type { ExpoResultsDto, ResultsRow } from '@yiqia/contracts';
import { EChart } from '@yiqia/web-ui';
import { Card, Col, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useConsoleT } from '../../i18n/index.js';
import { needsOffersOption } from '../../lib/live-charts.js';
import { formatCount } from '../../lib/live-format.js';
import { useFormatAmount } from './amount.js';

/**
 * Print rules of the results page: the shell's header and footer, the console menu and every
 * button go; cards stay whole; charts (canvas, sized for the screen) shrink to the paper's width.
 */
export const RESULTS_PRINT_CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  [data-testid="app-header"], [data-testid="app-footer"], .console-no-print, .live-no-print, .ant-btn { display: none !important; }
  body, .ant-layout { background: #fff !important; }
  .live-print-block { break-inside: avoid; page-break-inside: avoid; }
  .live-print-chart canvas { max-width: 100% !important; height: auto !important; }
  .live-print-full { flex: 0 0 100% !important; max-width: 100% !important; }
}
`;

const TOTALS = ['booths', 'organizations', 'needs', 'offers', 'contacts', 'rooms', 'meetings', 'intentsSigned'] as const;

export function ResultsTotals({ totals }: { totals: ExpoResultsDto['totals'] }) {
  const { t, lang } = useConsoleT();
  const amount = useFormatAmount();
  return (
    <Row gutter={[16, 16]} className="live-print-block" data-testid="results-totals">
      {TOTALS.map((k) => (
        <Col key={k} xs={12} md={8} xl={4}>
          <Card size="small" data-testid={`results-total-${k}`} data-value={totals[k]}>
            <Statistic title={t(`live.results.totals.${k}`)} value={formatCount(totals[k], lang)} />
          </Card>
        </Col>
      ))}
      <Col xs={24} md={16} xl={8}>
        <Card size="small" data-testid="results-total-intendedAmount" data-value={totals.intendedAmount}>
          <Statistic title={t('live.results.totals.intendedAmount')} value={amount(totals.intendedAmount)} />
        </Card>
      </Col>
    </Row>
  );
}

/** One breakdown (domain, organisation type or district): a needs/offers chart and the full table. */
export function ResultsSection<K extends string>({
  id,
  title,
  rows,
  chartRows = rows,
  horizontal = false,
}: {
  id: string;
  title: string;
  rows: ResultsRow<K>[];
  chartRows?: ResultsRow<K>[];
  /** Bars along the x axis: for many or long labels (domains, districts). */
  horizontal?: boolean;
}) {
  const { t, lang } = useConsoleT();
  const amount = useFormatAmount();
  const option = useMemo(
    () => needsOffersOption(chartRows.map((r) => ({ label: r.label, needs: r.needs, offers: r.offers })), { needs: t('live.charts.needs'), offers: t('live.charts.offers') }, horizontal),
    [chartRows, t, horizontal],
  );
  const count = (n: number) => formatCount(n, lang);
  const columns: TableColumnsType<ResultsRow<K>> = [
    { key: 'label', dataIndex: 'label', title: t('live.results.columns.label') },
    ...(['booths', 'needs', 'offers', 'rooms', 'intentsSigned'] as const).map((k) => ({
      key: k,
      dataIndex: k,
      title: t(`live.results.columns.${k}`),
      align: 'right' as const,
      render: count,
      sorter: (a: ResultsRow<K>, b: ResultsRow<K>) => a[k] - b[k],
    })),
    {
      key: 'intendedAmount',
      dataIndex: 'intendedAmount',
      title: t('live.results.columns.intendedAmount'),
      align: 'right',
      render: (v: number) => amount(v),
      sorter: (a, b) => a.intendedAmount - b.intendedAmount,
    },
  ];
  return (
    <Card size="small" title={title} className="live-print-block" data-testid={`results-${id}`} data-rows={rows.length}>
      <Row gutter={[16, 16]}>
        {chartRows.length ? (
          <Col xs={24} xl={10} className="live-print-full live-print-chart">
            <EChart option={option} height={horizontal ? Math.max(300, chartRows.length * 30 + 60) : 300} ariaLabel={title} data-testid={`results-chart-${id}`} />
          </Col>
        ) : null}
        <Col xs={24} xl={chartRows.length ? 14 : 24} className="live-print-full">
          <Table<ResultsRow<K>>
            size="small"
            rowKey="key"
            columns={columns}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t('live.results.noRows') }}
            data-testid={`results-table-${id}`}
          />
        </Col>
      </Row>
    </Card>
  );
}
