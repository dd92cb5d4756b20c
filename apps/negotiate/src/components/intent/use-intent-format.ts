import { useCallback, useMemo } from 'react';
import type { IntentDto, RoomDto } from '@yiqia/contracts';
import { useNegotiateT } from '../../i18n/index.js';
import { ROLE_KEYS, groupDigits, isRolePreset, wanReading, type ChangeField } from './intent-form.js';

const TZ = 'Asia/Shanghai';

/** Formatting of intent values in the interface language (times in Beijing time, like the printed page). */
export function useIntentFormat(room: RoomDto, intent?: IntentDto | null) {
  const { t, lang } = useNegotiateT();

  const orgNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const p of room.parties) names.set(p.organization.id, p.organization.name);
    return names;
  }, [room.parties]);

  const orgName = useCallback((orgId: string) => orgNames.get(orgId) ?? t('intent.unknownOrg'), [orgNames, t]);

  const yuan = useCallback(
    (amount: number | null | undefined) => {
      if (amount === null || amount === undefined) return t('intent.none');
      if (lang === 'en') return t('intent.yuan', { value: groupDigits(amount) });
      return amount >= 10_000 ? t('intent.yuanWithWan', { value: groupDigits(amount), wan: wanReading(amount) }) : t('intent.yuan', { value: groupDigits(amount) });
    },
    [t, lang],
  );

  const dateTime = useCallback(
    (iso: string) =>
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: TZ, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(
        new Date(iso),
      ),
    [lang],
  );

  const day = useCallback(
    (isoDay: string | null | undefined) => {
      if (!isoDay) return t('intent.none');
      return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: TZ, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(`${isoDay}T12:00:00+08:00`));
    },
    [lang, t],
  );

  const role = useCallback((r: string | null | undefined) => (!r ? t('intent.roleUnset') : isRolePreset(r) ? t(`intent.roles.${ROLE_KEYS[r]}`) : r), [t]);

  /** A value of one of the diffable fields, for "before → after". */
  const fieldValue = useCallback(
    (field: ChangeField, v: unknown): string => {
      if (v === null || v === undefined || v === '') return t('intent.none');
      if (field === 'fundingAmount') return yuan(Number(v));
      if (field === 'volunteers') return t('intent.people', { count: Number(v) });
      if (field === 'startsOn' || field === 'endsOn') return day(String(v));
      return String(v);
    },
    [t, yuan, day],
  );

  const period = useCallback(
    (startsOn: string | null | undefined, endsOn: string | null | undefined) => {
      if (!startsOn && !endsOn) return t('intent.none');
      return t('intent.periodValue', { start: startsOn ? day(startsOn) : t('intent.open'), end: endsOn ? day(endsOn) : t('intent.open') });
    },
    [t, day],
  );

  /** Organisation of the proposer of a version, by name. */
  const proposerOrg = useCallback((version: number) => orgName(intent?.versions.find((v) => v.version === version)?.proposedBy.orgId ?? ''), [intent, orgName]);

  return { t, lang, orgName, yuan, dateTime, day, role, fieldValue, period, proposerOrg };
}
