import { Tag } from 'antd';
import type { ListingKind, ListingStatus } from '@yiqia/domain';
import { useDiscoverLabels } from '../../data/taxonomy.js';

/** Accent colours of the two menus: needs warm, offers green. */
export const KIND_COLORS: Record<ListingKind, { tag: string; accent: string; soft: string }> = {
  need: { tag: 'orange', accent: '#d46b08', soft: '#fff7e6' },
  offer: { tag: 'green', accent: '#389e0d', soft: '#f6ffed' },
};

/** 需求 (orange) / 资源 (green). */
export function ListingKindTag({ kind, size = 'default' }: { kind: ListingKind; size?: 'default' | 'large' }) {
  const { label } = useDiscoverLabels();
  return (
    <Tag
      color={KIND_COLORS[kind]?.tag ?? 'default'}
      variant="solid"
      data-testid="listing-kind"
      data-kind={kind}
      style={{ marginInlineEnd: 0, fontWeight: 500, ...(size === 'large' ? { fontSize: 14, padding: '2px 10px', lineHeight: '22px' } : {}) }}
    >
      {label('listingKinds', kind)}
    </Tag>
  );
}

const STATUS_COLORS: Record<ListingStatus, string> = { open: 'blue', matched: 'green', closed: 'default' };

/** 对接中 / 已对接 / 已关闭. */
export function ListingStatusTag({ status }: { status: ListingStatus }) {
  const { label } = useDiscoverLabels();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid="listing-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {label('listingStatuses', status)}
    </Tag>
  );
}
