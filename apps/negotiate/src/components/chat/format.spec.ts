import dayjs from 'dayjs';
import type { RoomDto } from '@yiqia/contracts';
import { chatEn, chatZh } from '../../i18n/chat-translations.js';
import { attachmentBody, dayLabel, listTime, roomName, systemText, visibleBody } from './format.js';
import { orgInitial } from './org-color.js';

/** A tiny `t` over the Chinese strings ({{x}} interpolation, defaultValue). */
function tOf(dict: Record<string, unknown>) {
  return (key: string, o: Record<string, unknown> = {}) => {
    const v = key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], dict);
    if (typeof v !== 'string') return String(o.defaultValue ?? key);
    return v.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(o[k] ?? ''));
  };
}
const t = tOf(chatZh);

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('chat translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(chatEn).sort()).toEqual(keys(chatZh).sort());
  });
});

describe('chat format', () => {
  it('phrases system messages from their event in the user language, else shows the stored text', () => {
    const m = { body: '甲 关闭了洽谈', systemEvent: { kind: 'room_closed', params: { orgName: '甲' } } };
    expect(systemText(m, t)).toBe('甲 关闭了洽谈');
    expect(systemText(m, tOf(chatEn))).toBe('甲 closed the talks');
    expect(systemText({ body: '原文', systemEvent: { kind: 'unknown_kind', params: {} } }, t)).toBe('原文');
    expect(systemText({ body: '原文', systemEvent: null }, t)).toBe('原文');
  });

  it('names a conversation after the other organisation, a room after its title', () => {
    const party = (id: string, name: string) => ({ organization: { id, name, type: 'foundation' as const }, role: null, joinedAt: '' });
    const room = { kind: 'direct', title: '甲 × 乙', parties: [party('a', '甲'), party('b', '乙')] } as unknown as RoomDto;
    expect(roomName(room, 'a', '、')).toBe('乙');
    expect(roomName({ ...room, kind: 'negotiation', title: '三方洽谈' }, 'a', '、')).toBe('三方洽谈');
  });

  it('hides the body of attachment-only messages (it repeats the file names)', () => {
    const attachments = [{ url: '/api/uploads/x.png', name: 'a.png' }];
    expect(visibleBody({ body: attachmentBody(attachments), attachments })).toBe('');
    expect(visibleBody({ body: '看图', attachments })).toBe('看图');
  });

  it('labels days and list times', () => {
    const now = dayjs('2026-11-24T10:00:00');
    expect(dayLabel('2026-11-24T08:00:00', t, 'zh', now)).toBe('今天');
    expect(dayLabel('2026-11-23T08:00:00', t, 'zh', now)).toBe('昨天');
    expect(dayLabel('2026-11-20T08:00:00', t, 'zh', now)).toBe('11月20日 星期五');
    expect(dayLabel('2025-11-20T08:00:00', t, 'zh', now)).toBe('2025年11月20日');
    expect(listTime('2026-11-24T08:05:00', t, 'zh', now)).toBe('08:05');
    expect(listTime('2026-11-23T08:05:00', t, 'zh', now)).toBe('昨天');
    expect(listTime('2026-11-21T08:05:00', t, 'zh', now)).toBe('3 天前');
  });

  it('avatar initials skip the place name', () => {
    expect(orgInitial('成都市天府益行公益基金会')).toBe('天');
    expect(orgInitial('成都市青羊区邻里同心社会工作服务中心')).toBe('邻');
    expect(orgInitial('四川省成都市锦江区某某协会')).toBe('某');
    expect(orgInitial('社区发展基金会')).toBe('社');
    expect(orgInitial('acme')).toBe('A');
  });
});
