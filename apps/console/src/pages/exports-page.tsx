import type { ExpoDto, ExportEntity } from '@yiqia/contracts';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { Button, Card, Flex, Table, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { ConsoleFrame } from '../components/console-frame.js';
import { ExportDownload } from '../components/live/export-download.js';
import { ExportFiltersBar } from '../components/live/export-filters.js';
import { useExportPreview } from '../data/live.js';
import { useConsoleT } from '../i18n/index.js';
import { EXPORT_TABS, exportQueryOf, type ExportFilters } from '../lib/live-export.js';
import { formatCount, formatDateTime } from '../lib/live-format.js';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A preview cell as the screen shows it (the file keeps ISO times and plain numbers). */
function cell(v: string | number | null, lang: 'zh' | 'en'): string {
  if (typeof v === 'number') return formatCount(v, lang);
  if (v && ISO_TIME.test(v)) return formatDateTime(v, lang);
  return v ?? '';
}

/** Exports with the filters on screen: a preview of the first rows, then CSV or Excel of all of them. */
function ExportsPageBody({ expo }: { expo: ExpoDto }) {
  const { t, lang } = useConsoleT();
  const [entity, setEntity] = useState<ExportEntity>('booths');
  const [filters, setFilters] = useState<ExportFilters>({});
  const onFilters = useCallback((next: ExportFilters) => setFilters(next), []);
  const query = useMemo(() => exportQueryOf(entity, expo.id, filters), [entity, expo.id, filters]);
  const preview = useExportPreview(entity, query);
  const data = preview.data;
  const columns = useMemo(
    () => (data?.columns ?? []).map((c) => ({ key: c.key, dataIndex: c.key, title: c.label, ellipsis: true, render: (v: string | number | null) => cell(v, lang) })),
    [data?.columns, lang],
  );

  return (
    <Flex vertical gap={16} data-testid="console-exports-page" data-expo-id={expo.id}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('live.exports.intro')}
      </Typography.Paragraph>
      <Tabs
        activeKey={entity}
        onChange={(key) => {
          setEntity(key as ExportEntity);
          // Statuses differ per entity; the other filters carry over where they apply.
          setFilters((f) => ({ ...f, status: undefined }));
        }}
        items={EXPORT_TABS.map((e) => ({ key: e, label: <span data-testid={`export-tab-${e}`}>{t(`live.entities.${e}`)}</span> }))}
      />
      <ExportFiltersBar entity={entity} value={filters} onChange={onFilters} />
      <Card
        size="small"
        title={
          data ? (
            <span data-testid="export-total" data-value={data.total}>
              {t('live.exports.total', { count: data.total, formatted: formatCount(data.total, lang) })}
            </span>
          ) : (
            t('live.exports.previewNote')
          )
        }
        extra={<ExportDownload entity={entity} query={query} disabled={!data || data.total === 0} />}
      >
        {preview.isError && !data ? (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} compact />
        ) : !data ? (
          <Table size="small" loading columns={[]} dataSource={[]} data-testid="export-preview-loading" />
        ) : data.total === 0 ? (
          <EmptyState
            title={t('live.exports.empty')}
            description={t('live.exports.emptyHint')}
            action={
              <Button onClick={() => setFilters({})} data-testid="export-empty-reset">
                {t('live.exports.filters.reset')}
              </Button>
            }
            data-testid="export-empty"
          />
        ) : (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('live.exports.previewNote')}</Typography.Text>
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              loading={preview.isFetching}
              columns={columns}
              dataSource={data.rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              data-testid="export-preview"
            />
          </Flex>
        )}
      </Card>
    </Flex>
  );
}

export function ExportsPage() {
  return <ConsoleFrame>{(expo) => <ExportsPageBody expo={expo} />}</ConsoleFrame>;
}
