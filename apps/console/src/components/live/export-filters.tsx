import type { ExportEntity } from '@yiqia/contracts';
import { ORG_TYPES, SERVICE_DOMAINS } from '@yiqia/domain';
import { RegionCascader, useLabels } from '@yiqia/web-ui';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useConsoleT } from '../../i18n/index.js';
import { EXPORT_FILTERS, EXPORT_STATUSES, type ExportFilters } from '../../lib/live-export.js';

export interface ExportFiltersBarProps {
  entity: ExportEntity;
  value: ExportFilters;
  onChange: (next: ExportFilters) => void;
}

/** The contract's export filters that apply to the entity; the search applies after a short pause. */
export function ExportFiltersBar({ entity, value, onChange }: ExportFiltersBarProps) {
  const { t } = useConsoleT();
  const { domain, orgType } = useLabels();
  const shown = new Set(EXPORT_FILTERS[entity]);
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);
  useEffect(() => {
    if ((value.q ?? '') === q) return;
    const timer = setTimeout(() => onChange({ ...value, q }), 400);
    return () => clearTimeout(timer);
  }, [q, value, onChange]);
  const set = (key: keyof ExportFilters, v: string | undefined) => onChange({ ...value, [key]: v || undefined });
  const range: [Dayjs | null, Dayjs | null] | null = value.from || value.to ? [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to).subtract(1, 'day') : null] : null;
  const any = t('live.exports.filters.any');
  return (
    <Form layout="vertical" data-testid="export-filters">
      <Flex wrap gap={12} align="flex-end">
        <Form.Item label={t('live.exports.filters.q')} style={{ marginBottom: 0, minWidth: 220 }}>
          <Input allowClear value={q} placeholder={t('live.exports.filters.qPlaceholder')} onChange={(e) => setQ(e.target.value)} onPressEnter={() => set('q', q)} data-testid="export-filter-q" />
        </Form.Item>
        <Form.Item label={t('live.exports.filters.status')} style={{ marginBottom: 0, minWidth: 140 }}>
          <Select
            allowClear
            placeholder={any}
            value={value.status}
            onChange={(v?: string) => set('status', v)}
            options={EXPORT_STATUSES[entity].map((s) => ({ value: s, label: t(`live.exports.statuses.${entity}.${s}`) }))}
            data-testid="export-filter-status"
          />
        </Form.Item>
        {shown.has('kind') ? (
          <Form.Item label={t('live.exports.filters.kind')} style={{ marginBottom: 0, minWidth: 120 }}>
            <Select
              allowClear
              placeholder={any}
              value={value.kind}
              onChange={(v?: string) => set('kind', v)}
              options={(['need', 'offer'] as const).map((k) => ({ value: k, label: t(`live.exports.kinds.${k}`) }))}
              data-testid="export-filter-kind"
            />
          </Form.Item>
        ) : null}
        {shown.has('domain') ? (
          <Form.Item label={t('live.exports.filters.domain')} style={{ marginBottom: 0, minWidth: 160 }}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={any}
              value={value.domain}
              onChange={(v?: string) => set('domain', v)}
              options={SERVICE_DOMAINS.map((d) => ({ value: d, label: domain(d) }))}
              data-testid="export-filter-domain"
            />
          </Form.Item>
        ) : null}
        {shown.has('orgType') ? (
          <Form.Item label={t('live.exports.filters.orgType')} style={{ marginBottom: 0, minWidth: 140 }}>
            <Select
              allowClear
              placeholder={any}
              value={value.orgType}
              onChange={(v?: string) => set('orgType', v)}
              options={ORG_TYPES.map((o) => ({ value: o, label: orgType(o) }))}
              data-testid="export-filter-orgType"
            />
          </Form.Item>
        ) : null}
        {shown.has('region') ? (
          <Form.Item label={t('live.exports.filters.region')} style={{ marginBottom: 0, minWidth: 220 }}>
            <RegionCascader anyLevel value={value.region ?? null} onChange={(code) => set('region', code)} data-testid="export-filter-region" />
          </Form.Item>
        ) : null}
        <Form.Item label={t('live.exports.filters.dates')} style={{ marginBottom: 0 }}>
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={range}
            onChange={(dates) =>
              onChange({
                ...value,
                from: dates?.[0] ? dates[0].startOf('day').toISOString() : undefined,
                // `to` is exclusive on the server: the start of the next day keeps the whole last day.
                to: dates?.[1] ? dates[1].add(1, 'day').startOf('day').toISOString() : undefined,
              })
            }
            data-testid="export-filter-dates"
          />
        </Form.Item>
        <Button onClick={() => onChange({})} disabled={!Object.values(value).some(Boolean)} data-testid="export-filter-reset">
          {t('live.exports.filters.reset')}
        </Button>
      </Flex>
    </Form>
  );
}
