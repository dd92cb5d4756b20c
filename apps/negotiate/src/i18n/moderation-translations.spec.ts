import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chatEn, chatZh } from './chat-translations.js';
import { modEn, modZh } from './moderation-translations.js';

function flat(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}

describe('moderation translations of the chat (report, hidden, muted, closed by organizers)', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(flat(modEn).map(([k]) => k).sort()).toEqual(flat(modZh).map(([k]) => k).sort());
    for (const [k, v] of [...flat(modZh), ...flat(modEn)]) expect([k, String(v).trim() !== '']).toEqual([k, true]);
  });

  it('say hidden messages the way the product names it', () => {
    expect(modZh.mod.hidden).toBe('该消息已被组织者隐藏');
  });

  it('cover every mod.* key the components use, and the organizers’ system events', () => {
    const root = new URL('..', import.meta.url).pathname;
    const files = ['components/moderation/report-modal.tsx', 'components/rooms/room-view.tsx', 'components/rooms/room-header.tsx', 'components/chat/message-items.tsx'].map((p) => join(root, p));
    const keys = new Set(flat(modZh).map(([k]) => k));
    let used = 0;
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/['`](mod\.[A-Za-z0-9_.]+)['`]/g)) {
        used += 1;
        expect([m[1], keys.has(m[1])]).toEqual([m[1], true]);
      }
    }
    expect(used).toBeGreaterThan(10);
    for (const kind of ['room_closed_by_organizer', 'introduction'] as const) {
      expect(chatZh.system[kind]).toBeTruthy();
      expect(chatEn.system[kind]).toBeTruthy();
    }
  });
});
