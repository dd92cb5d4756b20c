import type { Lang } from '@yiqia/domain';

const TZ = 'Asia/Shanghai';

function locale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'zh-CN';
}

/** 2026年5月20日 / 20 May 2026 (fair dates are given in China Standard Time). */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale(lang), { timeZone: TZ, year: 'numeric', month: lang === 'en' ? 'short' : 'long', day: 'numeric' }).format(d);
}

/** 2026-05-20 14:03 */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/** HH:mm:ss in the browser's time (for "saved at"). */
export function formatClock(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** "05-20" for chart axes, from a YYYY-MM-DD day. */
export function shortDay(day: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(day);
  return m ? `${m[1]}-${m[2]}` : day;
}
