import type { RoomDto } from '@yiqia/contracts';
import { apiFetch } from '../api-client.js';

/** Where a room opens in the negotiate remote. */
export function roomPath(roomId: string): string {
  return `/negotiate/rooms/${encodeURIComponent(roomId)}`;
}

/**
 * "联系对方": the direct conversation between my organisation and `orgId` (POST /api/rooms
 * { kind: 'direct' } — an existing one between the two organisations is reused and re-opened), about
 * these listings. Resolves the room; rejects with ApiError (e.g. FORBIDDEN without an organisation).
 */
export function openDirectRoom(orgId: string, listingIds: string[] = []): Promise<RoomDto> {
  return apiFetch<RoomDto>('/api/rooms', {
    method: 'POST',
    body: { kind: 'direct', participantOrgIds: [orgId], ...(listingIds.length ? { listingIds } : {}) },
  });
}
