import type { AuditEntryDto } from '@yiqia/contracts';
import { dateTime, type Translate } from './mod-format.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);

/**
 * The facts of an audit entry worth reading, phrased (room title, who was muted and until when,
 * the note, the export's rows…). Ids and technical fields stay out: the target filter covers them.
 */
export function auditFacts(e: AuditEntryDto, t: Translate): string[] {
  const d = e.details ?? {};
  const out: string[] = [];
  const room = text(d['roomTitle']);
  if (room) out.push(t('mod.audit.fact.room', { title: room }));
  const booth = text(d['boothTitle']);
  if (booth) out.push(t('mod.audit.fact.booth', { title: booth }));
  const user = text(d['userName']);
  if (user) out.push(text(d['orgName']) ? t('mod.audit.fact.userOrg', { name: user, org: d['orgName'] }) : t('mod.audit.fact.user', { name: user }));
  if (e.action === 'user.mute') out.push(text(d['until']) ? t('mod.audit.fact.until', { at: dateTime(String(d['until'])) }) : t('mod.audit.fact.untilUnmuted'));
  const orgs = text(d['orgNames']);
  if (orgs) out.push(t('mod.audit.fact.orgs', { names: orgs }));
  const note = text(d['note']);
  if (note) out.push(t('mod.audit.fact.note', { note }));
  const report = text(d['reportReason']);
  if (report) out.push(t('mod.audit.fact.report', { reason: report }));
  const title = text(d['title']);
  if (title && e.action === 'announcement.send') out.push(t('mod.audit.fact.announcement', { title, count: Number(d['deliveredTo'] ?? 0) }));
  if (e.action === 'export.download' && text(d['entity'])) out.push(t('mod.audit.fact.export', { entity: d['entity'], format: String(d['format'] ?? '').toUpperCase(), rows: Number(d['rows'] ?? 0) }));
  return out;
}
