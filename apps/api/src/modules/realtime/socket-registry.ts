import { Injectable } from '@nestjs/common';
import type { Socket } from 'socket.io';
import type { Lang } from '@yiqia/domain';

/** What the handshake established about a socket (socket.data). */
export interface RtSocketData {
  userId: string;
  sessionId: string;
  orgId: string | null;
  orgRole: 'admin' | 'member' | null;
  role: 'member' | 'organizer';
  displayName: string;
  orgName: string;
  lang: Lang;
  /** Access token expiry, epoch seconds. */
  exp: number;
}

export type RtSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, RtSocketData>;

/** The sockets connected to THIS process, indexed by user and organisation (other processes keep their own). */
@Injectable()
export class SocketRegistry {
  private readonly byOrg = new Map<string, Set<RtSocket>>();
  private readonly byUser = new Map<string, Set<RtSocket>>();

  add(socket: RtSocket): void {
    const { userId, orgId } = socket.data;
    add(this.byUser, userId, socket);
    if (orgId) add(this.byOrg, orgId, socket);
  }

  remove(socket: RtSocket): void {
    const { userId, orgId } = socket.data;
    remove(this.byUser, userId, socket);
    if (orgId) remove(this.byOrg, orgId, socket);
  }

  socketsOfUser(userId: string): Iterable<RtSocket> {
    return this.byUser.get(userId) ?? [];
  }

  get size(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  /** Users of these organisations with a socket here that has not joined `room:<roomId>`. */
  usersOutsideRoom(orgIds: string[], roomId: string, exceptUserId?: string): string[] {
    const users = new Set<string>();
    const room = `room:${roomId}`;
    for (const orgId of orgIds) {
      for (const s of this.byOrg.get(orgId) ?? []) {
        if (s.data.userId !== exceptUserId && !s.rooms.has(room)) users.add(s.data.userId);
      }
    }
    return [...users];
  }
}

function add(map: Map<string, Set<RtSocket>>, key: string, s: RtSocket): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(s);
}

function remove(map: Map<string, Set<RtSocket>>, key: string, s: RtSocket): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(s);
  if (set.size === 0) map.delete(key);
}
