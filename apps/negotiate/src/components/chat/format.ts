import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime.js';
import 'dayjs/locale/zh-cn.js';
import type { MessageDto, RoomDto } from '@yiqia/contracts';

dayjs.extend(relativeTime);

/** The translate function of the negotiate namespace (loosely typed so any `t` fits). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Calendar day of a timestamp in the browser's time zone (groups messages by day). */
export function dayKey(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD');
}

/** 今天 / 昨天 / 11月23日 星期一 (年份 when not this year). */
export function dayLabel(iso: string, t: Translate, lang: 'zh' | 'en', now = dayjs()): string {
  const d = dayjs(iso);
  if (d.isSame(now, 'day')) return t('chat.today');
  if (d.isSame(now.subtract(1, 'day'), 'day')) return t('chat.yesterday');
  const sameYear = d.isSame(now, 'year');
  if (lang === 'en') return d.locale('en').format(sameYear ? 'dddd, D MMMM' : 'D MMMM YYYY');
  return d.locale('zh-cn').format(sameYear ? 'M月D日 dddd' : 'YYYY年M月D日');
}

export function timeLabel(iso: string): string {
  return dayjs(iso).format('HH:mm');
}

/** Time of the last activity in the list: HH:mm today, 昨天, else relative (3 天前) or the date. */
export function listTime(iso: string, t: Translate, lang: 'zh' | 'en', now = dayjs()): string {
  const d = dayjs(iso);
  if (d.isSame(now, 'day')) return d.format('HH:mm');
  if (d.isSame(now.subtract(1, 'day'), 'day')) return t('chat.yesterday');
  if (now.diff(d, 'day') < 7) return d.locale(lang === 'en' ? 'en' : 'zh-cn').from(now);
  return d.format(d.isSame(now, 'year') ? (lang === 'en' ? 'D MMM' : 'M/D') : 'YYYY/M/D');
}

/** A system message in the user's language (from systemEvent), the stored Chinese text otherwise. */
export function systemText(m: Pick<MessageDto, 'body' | 'systemEvent'>, t: Translate): string {
  const e = m.systemEvent;
  if (!e) return m.body;
  return t(`system.${e.kind}`, { ...e.params, defaultValue: m.body });
}

/** The other organisations of a room (for direct conversations: the counterpart). */
export function counterparts(room: RoomDto, myOrgId: string | null | undefined): RoomDto['parties'] {
  return room.parties.filter((p) => p.organization.id !== myOrgId);
}

/** What the list and the header call a room: the counterpart's name for conversations, the title otherwise. */
export function roomName(room: RoomDto, myOrgId: string | null | undefined, separator: string): string {
  if (room.kind === 'direct') {
    const others = counterparts(room, myOrgId);
    if (others.length > 0) return others.map((p) => p.organization.name).join(separator);
  }
  return room.title;
}

/** The body to show: attachment-only messages carry the file names as body (the API needs a text). */
export function visibleBody(m: Pick<MessageDto, 'body' | 'attachments'>): string {
  if (m.attachments.length > 0 && m.body === attachmentBody(m.attachments)) return '';
  return m.body;
}

/** The text sent with attachments and no words (the protocol requires a body). */
export function attachmentBody(attachments: { name: string }[]): string {
  return attachments.map((a) => a.name).join('、');
}

export function isImage(name: string, url: string): boolean {
  return /\.(png|jpe?g|webp|gif)$/i.test(name) || /\.(png|jpe?g|webp|gif)$/i.test(url);
}
