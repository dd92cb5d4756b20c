/** Pure formatting of the dashboard's and results' numbers; the words around them come from i18n. */

export type Lang = 'zh' | 'en';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(n);
}

/**
 * An amount in 元: in Chinese 万元 from 10,000 on (up to two decimals, e.g. `{ value: '123.45', unit: 'wan' }`),
 * otherwise whole yuan with grouping (`{ value: '¥1,234,500', unit: 'yuan' }` in English).
 */
export function formatAmount(yuan: number, lang: Lang): { value: string; unit: 'wan' | 'yuan' } {
  if (lang === 'zh' && Math.abs(yuan) >= 10_000) {
    return { value: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(yuan / 10_000), unit: 'wan' };
  }
  const value = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'CNY', currencyDisplay: 'symbol', maximumFractionDigits: 0 }).format(yuan);
  // zh-CN writes the yuan sign as ¥ too; en-US writes CN¥ — the page shows ¥ in both languages.
  return { value: value.replace('CN¥', '¥'), unit: 'yuan' };
}

/** How long something has waited, split for a translation (`{{h}} 小时 {{m}} 分钟` / `{{d}} days`). */
export function splitWaiting(minutes: number): { key: 'minutes' | 'hours' | 'days'; d: number; h: number; m: number } {
  const total = Math.max(0, Math.floor(minutes));
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  if (d > 0) return { key: 'days', d, h, m };
  if (h > 0) return { key: 'hours', d, h, m };
  return { key: 'minutes', d, h, m };
}

/** Local time of day (HH:mm) of an ISO timestamp, for chart axes. */
export function formatClock(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', hour12: false }).format(new Date(iso));
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium' }).format(new Date(iso));
}

/** Share of `part` in `whole` as a whole percentage (0 when `whole` is 0). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
