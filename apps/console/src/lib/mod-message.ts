import type { MessageDto } from '@yiqia/contracts';

/** A message as the transcript may carry it: hidden ones are flagged by the moderation API. */
export type ModMessage = MessageDto & { hidden?: boolean | null; hiddenAt?: string | null; hiddenReason?: string | null };

/** Hidden by an organizer (the transcript keeps the body for organizers, participants see a note). */
export function isHidden(m: MessageDto): boolean {
  const x = m as ModMessage;
  return x.hidden === true || !!x.hiddenAt;
}

/** People who wrote in the room (who can be muted), first appearance order, without duplicates. */
export function sendersOf(messages: MessageDto[]): { userId: string; displayName: string; orgName: string }[] {
  const seen = new Map<string, { userId: string; displayName: string; orgName: string }>();
  for (const m of messages) {
    if (m.type !== 'text' || seen.has(m.sender.userId)) continue;
    seen.set(m.sender.userId, { userId: m.sender.userId, displayName: m.sender.displayName, orgName: m.sender.orgName });
  }
  return [...seen.values()];
}
