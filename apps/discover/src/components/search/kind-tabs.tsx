import { Segmented } from 'antd';
import type { ListingKind } from '@yiqia/domain';
import type { DiscoverLabels } from '../../data/taxonomy.js';
import { useDiscoverT } from '../../i18n/index.js';

/** 全部 / 需求 / 资源 with counts (the kind facet; counts ignore the kind filter itself). */
export function KindTabs({
  value,
  counts,
  labels,
  onChange,
  block,
}: {
  value: ListingKind[];
  counts: Partial<Record<ListingKind, number>> | undefined;
  labels: DiscoverLabels;
  onChange: (kind: ListingKind | undefined) => void;
  /** Full width (phones). */
  block?: boolean;
}) {
  const { t } = useDiscoverT();
  const kinds = labels.codes('listingKinds') as ListingKind[];
  const total = kinds.reduce((n, k) => n + (counts?.[k] ?? 0), 0);
  const current = value.length === 1 ? value[0] : 'all';
  const option = (key: string, label: string, count: number | undefined) => ({
    value: key,
    label: (
      <span data-testid="kind-tab" data-kind={key} data-count={count ?? ''} style={{ display: 'inline-flex', gap: 6, alignItems: 'baseline', padding: '0 4px' }}>
        {label}
        {counts && <span style={{ fontSize: 12, opacity: 0.7, fontVariantNumeric: 'tabular-nums' }}>{(count ?? 0).toLocaleString('en-US')}</span>}
      </span>
    ),
  });
  return (
    <Segmented
      data-testid="kind-tabs"
      block={block}
      style={block ? { width: '100%' } : undefined}
      value={current}
      onChange={(v) => onChange(v === 'all' ? undefined : (v as ListingKind))}
      options={[option('all', t('search.kindAll'), total), ...kinds.map((k) => option(k, labels.label('listingKinds', k), counts?.[k]))]}
    />
  );
}
