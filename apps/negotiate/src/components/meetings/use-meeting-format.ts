import { useCallback } from 'react';
import { useNegotiateT } from '../../i18n/index.js';

/** Times of meetings in the device's time zone (the same one the slot pickers use). */
export function useMeetingFormat() {
  const { t, lang } = useNegotiateT();
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';

  const day = useCallback(
    (iso: string | number) => new Intl.DateTimeFormat(locale, { month: lang === 'en' ? 'short' : 'long', day: 'numeric', weekday: 'short' }).format(new Date(iso)),
    [locale, lang],
  );
  const fullDay = useCallback(
    (iso: string | number) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: lang === 'en' ? 'short' : 'long', day: 'numeric', weekday: 'short' }).format(new Date(iso)),
    [locale, lang],
  );
  const month = useCallback((iso: string | number) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(new Date(iso)), [locale]);
  const time = useCallback((iso: string | number) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso)), [locale]);

  /** "11月25日周三 10:00–11:00" (the end's day too when it differs). */
  const slot = useCallback(
    (s: { startsAt: string; endsAt: string }) => {
      const sameDay = new Date(s.startsAt).toDateString() === new Date(s.endsAt).toDateString();
      return sameDay
        ? t('meeting.slotValue', { day: day(s.startsAt), start: time(s.startsAt), end: time(s.endsAt) })
        : t('meeting.slotValueLong', { day: day(s.startsAt), start: time(s.startsAt), endDay: day(s.endsAt), end: time(s.endsAt) });
    },
    [t, day, time],
  );

  /** Local YYYY-MM-DD of an instant. */
  const dayKey = useCallback((iso: string) => {
    const d = new Date(iso);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, []);

  const expoDates = useCallback(
    (expo: { startsAt: string; endsAt: string }) => t('meeting.expoDates', { start: fullDay(expo.startsAt), end: fullDay(Date.parse(expo.endsAt) - 1) }),
    [t, fullDay],
  );

  return { t, lang, day, fullDay, month, time, slot, dayKey, expoDates };
}
