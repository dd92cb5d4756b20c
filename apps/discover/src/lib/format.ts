import { formatCny, type Lang } from '@yiqia/domain';

const TZ = 'Asia/Shanghai';

/** 2026年5月20日 / 20 May 2026 (China Standard Time). A bare YYYY-MM-DD is that calendar day. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00+08:00`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: TZ,
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(d);
}

/** The parts of an amount range for a translation: which message to use and its values. */
export type AmountText =
  | { key: 'none' }
  | { key: 'exact'; value: string }
  | { key: 'range'; min: string; max: string }
  | { key: 'from'; min: string }
  | { key: 'upTo'; max: string };

/** 5–20 万元 style ranges (whole yuan, formatCny), or which words to use when one end is open. */
export function amountText(min: number | null | undefined, max: number | null | undefined, lang: Lang): AmountText {
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (!hasMin && !hasMax) return { key: 'none' };
  if (hasMin && hasMax) {
    if (min === max) return { key: 'exact', value: formatCny(min, lang) };
    if (min === 0) return { key: 'upTo', max: formatCny(max, lang) };
    return { key: 'range', min: formatCny(min, lang), max: formatCny(max, lang) };
  }
  if (hasMin) return { key: 'from', min: formatCny(min as number, lang) };
  return { key: 'upTo', max: formatCny(max as number, lang) };
}
