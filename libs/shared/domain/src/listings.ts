import type { I18nLabel } from './i18n-label.js';

/** A listing is a need (需求/项目) or an offer (资源/供给): the two menus of 供需对接. */
export const LISTING_KINDS = ['need', 'offer'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export const LISTING_KIND_LABELS: Record<ListingKind, I18nLabel> = {
  need: { zh: '需求', en: 'Need' },
  offer: { zh: '资源', en: 'Offer' },
};

export const LISTING_STATUSES = ['open', 'matched', 'closed'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_STATUS_LABELS: Record<ListingStatus, I18nLabel> = {
  open: { zh: '对接中', en: 'Open' },
  matched: { zh: '已对接', en: 'Matched' },
  closed: { zh: '已关闭', en: 'Closed' },
};

/** Who a project serves (服务对象), as named in the fair reports. Codes are stored in the database. */
export const TARGET_GROUPS = [
  'elderly',
  'children',
  'left_behind_children',
  'youth',
  'students',
  'women',
  'families',
  'people_with_disabilities',
  'patients',
  'low_income',
  'migrant_workers',
  'veterans',
  'community_residents',
  'rural_residents',
  'volunteers',
  'social_workers',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroup, I18nLabel> = {
  elderly: { zh: '老年人', en: 'Older people' },
  children: { zh: '儿童', en: 'Children' },
  left_behind_children: { zh: '留守儿童', en: 'Left-behind children' },
  youth: { zh: '青少年', en: 'Young people' },
  students: { zh: '学生', en: 'Students' },
  women: { zh: '妇女', en: 'Women' },
  families: { zh: '困境家庭', en: 'Families in hardship' },
  people_with_disabilities: { zh: '残障人士', en: 'People with disabilities' },
  patients: { zh: '患者及家属', en: 'Patients and families' },
  low_income: { zh: '低收入群体', en: 'Low-income people' },
  migrant_workers: { zh: '外来务工人员', en: 'Migrant workers' },
  veterans: { zh: '退役军人', en: 'Veterans' },
  community_residents: { zh: '社区居民', en: 'Community residents' },
  rural_residents: { zh: '农村居民', en: 'Rural residents' },
  volunteers: { zh: '志愿者', en: 'Volunteers' },
  social_workers: { zh: '社工', en: 'Social workers' },
};

/**
 * Amount bands (CNY, whole yuan) for the search facet. A listing's band comes from its amountMax,
 * or its amountMin when no maximum is given; `unspecified` when it names no amount.
 * Bounds are [min, max) — `max: null` is open-ended.
 */
export const AMOUNT_BANDS = ['lt_10k', '10k_50k', '50k_200k', '200k_1m', 'gte_1m', 'unspecified'] as const;
export type AmountBand = (typeof AMOUNT_BANDS)[number];

export const AMOUNT_BAND_BOUNDS: Record<Exclude<AmountBand, 'unspecified'>, { min: number; max: number | null }> = {
  lt_10k: { min: 0, max: 10_000 },
  '10k_50k': { min: 10_000, max: 50_000 },
  '50k_200k': { min: 50_000, max: 200_000 },
  '200k_1m': { min: 200_000, max: 1_000_000 },
  gte_1m: { min: 1_000_000, max: null },
};

export const AMOUNT_BAND_LABELS: Record<AmountBand, I18nLabel> = {
  lt_10k: { zh: '1 万元以下', en: 'Under ¥10k' },
  '10k_50k': { zh: '1–5 万元', en: '¥10k–50k' },
  '50k_200k': { zh: '5–20 万元', en: '¥50k–200k' },
  '200k_1m': { zh: '20–100 万元', en: '¥200k–1M' },
  gte_1m: { zh: '100 万元及以上', en: '¥1M and above' },
  unspecified: { zh: '未注明金额', en: 'No amount given' },
};

/** The band of a listing's amount (see AMOUNT_BANDS). */
export function amountBandOf(amountMin: number | null | undefined, amountMax: number | null | undefined): AmountBand {
  const value = amountMax ?? amountMin;
  if (value === null || value === undefined) return 'unspecified';
  for (const band of AMOUNT_BANDS) {
    if (band === 'unspecified') continue;
    const { min, max } = AMOUNT_BAND_BOUNDS[band];
    if (value >= min && (max === null || value < max)) return band;
  }
  return 'unspecified';
}
