import type { AuditEntryDto } from '@yiqia/contracts';
import { auditFacts } from './mod-audit.js';

const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;
const entry = (action: AuditEntryDto['action'], details: Record<string, unknown>): AuditEntryDto => ({
  id: 'a',
  actor: { userId: 'u', displayName: '主办方' },
  action,
  targetType: 'user',
  targetId: null,
  reason: null,
  details,
  createdAt: '2026-11-24T02:00:00.000Z',
});

describe('auditFacts', () => {
  it('phrases a mute: room, who, and until when; ids stay out', () => {
    const facts = auditFacts(entry('user.mute', { roomId: 'r1', roomTitle: '助餐洽谈', userId: 'x', userName: '张三', orgName: '某机构', minutes: null, until: null }), t);
    expect(facts).toEqual(['mod.audit.fact.room{"title":"助餐洽谈"}', 'mod.audit.fact.userOrg{"name":"张三","org":"某机构"}', 'mod.audit.fact.untilUnmuted']);
    expect(facts.join(' ')).not.toContain('r1');
  });
  it('phrases an announcement and an export with their counts', () => {
    expect(auditFacts(entry('announcement.send', { announcementId: 'x', title: '路演', deliveredTo: 7 }), t)).toEqual(['mod.audit.fact.announcement{"title":"路演","count":7}']);
    expect(auditFacts(entry('export.download', { entity: 'rooms', format: 'xlsx', rows: 12, filters: {} }), t)).toEqual(['mod.audit.fact.export{"entity":"rooms","format":"XLSX","rows":12}']);
  });
  it('says nothing for unknown details', () => {
    expect(auditFacts(entry('room.close', { something: 'x' }), t)).toEqual([]);
  });
});
