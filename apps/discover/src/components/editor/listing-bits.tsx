import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { formatCny, LISTING_KIND_LABELS, LISTING_STATUS_LABELS, pickLabel, type Lang, type ListingKind, type ListingStatus } from '@yiqia/domain';
import { useDiscoverT } from '../../i18n/index.js';
import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from './icons.js';

/** Needs in the brand red family, offers in green: the two menus of 供需对接 at a glance. */
export const KIND_COLOR: Record<ListingKind, string> = { need: 'volcano', offer: 'green' };

export function KindTag({ kind, 'data-testid': testId = 'listing-kind' }: { kind: ListingKind; 'data-testid'?: string }) {
  const { lang } = useDiscoverT();
  return (
    <Tag color={KIND_COLOR[kind]} variant="solid" data-testid={testId} data-kind={kind} style={{ marginInlineEnd: 0 }}>
      {pickLabel(LISTING_KIND_LABELS[kind], lang)}
    </Tag>
  );
}

const STATUS_LOOK: Record<ListingStatus, { color: string; icon: React.ReactNode }> = {
  open: { color: 'processing', icon: <ClockCircleOutlined /> },
  matched: { color: 'success', icon: <CheckCircleOutlined /> },
  closed: { color: 'default', icon: <CloseCircleOutlined /> },
};

/** 对接中 / 已对接 / 已关闭 */
export function ListingStatusTag({ status, 'data-testid': testId = 'listing-status' }: { status: ListingStatus; 'data-testid'?: string }) {
  const { lang } = useDiscoverT();
  const look = STATUS_LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} variant="outlined" data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {pickLabel(LISTING_STATUS_LABELS[status], lang)}
    </Tag>
  );
}

/** "5 万元 – 20 万元", "5 万元 起", "最高 20 万元", or "未注明金额". */
export function amountRangeText(t: TFunction, lang: Lang, min: number | null | undefined, max: number | null | undefined): string {
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax) {
    if (min === max) return t('listings.amount.exact', { value: formatCny(min, lang) });
    if (min === 0) return t('listings.amount.upTo', { max: formatCny(max, lang) });
    return t('listings.amount.range', { min: formatCny(min, lang), max: formatCny(max, lang) });
  }
  if (hasMin) return t('listings.amount.from', { min: formatCny(min, lang) });
  if (hasMax) return t('listings.amount.upTo', { max: formatCny(max, lang) });
  return t('listings.amount.none');
}

/** 2026-05-20 14:03 (China Standard Time). */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}
