import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dealEn, dealZh } from './deal-translations.js';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function lookup(obj: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function sources(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => sources(join(path, name)));
  return /\.tsx?$/.test(path) && !/\.spec\.tsx?$/.test(path) ? [path] : [];
}

const root = new URL('..', import.meta.url).pathname;
/** The files whose strings live in deal-translations.ts. */
const OWN = ['components/intent', 'components/meetings', 'pages/schedule-page.tsx', 'pages/new-meeting-page.tsx'].flatMap((p) => sources(join(root, p)));

describe('deal translations (intent documents, meetings, schedule)', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(dealEn).sort()).toEqual(keys(dealZh).sort());
    for (const k of keys(dealZh)) {
      expect([k, String(lookup(dealZh, k)).trim() !== '']).toEqual([k, true]);
      expect([k, String(lookup(dealEn, k)).trim() !== '']).toEqual([k, true]);
    }
  });

  it('keeps the same {{placeholders}} in both languages', () => {
    const ph = (s: unknown) => [...new Set(String(s).match(/{{\w+}}/g) ?? [])].sort();
    for (const k of keys(dealZh)) expect([k, ph(lookup(dealEn, k))]).toEqual([k, ph(lookup(dealZh, k))]);
  });

  it('has no Chinese left in English', () => {
    for (const k of keys(dealEn)) expect([k, /[\u3400-\u9fff\uff00-\uffef]/.test(String(lookup(dealEn, k)))]).toEqual([k, false]);
  });

  it('defines every key the code asks for (literal keys, and the per-status / per-tab ones)', () => {
    expect(OWN.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const file of OWN) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
    }
    for (const s of ['proposed', 'signed', 'withdrawn', 'superseded']) used.add(`intent.status.${s}`);
    for (const r of ['need', 'funder', 'implementer', 'venue']) used.add(`intent.roles.${r}`);
    for (const b of ['notAdmin', 'alreadySigned', 'partiesChanged', 'roomClosed']) for (const p of ['title', 'body']) used.add(`intent.block.${b}.${p}`);
    for (const k of ['proposed', 'signed', 'withdrawn', 'fullySigned']) used.add(`intent.live.${k}`);
    for (const f of ['title', 'fundingAmount', 'goods', 'volunteers', 'venue', 'startsOn', 'endsOn', 'deliverables', 'notes']) used.add(`intent.fields.${f}`);
    for (const n of ['1', '2', '3', '4', '5']) used.add(`intent.editor.numerals.${n}`);
    for (const s of ['pendingIncoming', 'pendingOutgoing', 'accepted', 'declined', 'cancelled']) used.add(`meeting.status.${s}`);
    for (const p of ['order', 'outsideExpo', 'past', 'duplicate']) used.add(`meeting.slotProblem.${p}`);
    for (const tab of ['incoming', 'outgoing', 'accepted', 'all']) {
      used.add(`schedule.tabs.${tab}`);
      used.add(`schedule.empty.${tab}.title`);
      used.add(`schedule.empty.${tab}.hint`);
    }
    expect(used.size).toBeGreaterThan(150);
    used.delete('brand.title'); // the shell's namespace (page titles)
    const missing = [...used].filter((k) => typeof lookup(dealZh, k) !== 'string');
    expect(missing).toEqual([]);
  });
});
