import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import { RT_NAMESPACE } from '@yiqia/contracts';

/**
 * Who is online now: the `/rt` sockets of EVERY API process, through the Socket.IO adapter's
 * fetchSockets() (with REDIS_URL the Redis adapter asks the other processes). One call per dashboard
 * computation, shared by all viewers.
 */
@Injectable()
export class PresenceReader {
  private server: Server | null = null;

  attach(server: Server): void {
    this.server = server;
  }

  /** Distinct users per organisation (users without an organisation, i.e. organizers, are not participants). */
  async onlineUsersByOrg(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!this.server) return out;
    const sockets = await this.server.of(RT_NAMESPACE).fetchSockets();
    const seen = new Set<string>();
    for (const s of sockets) {
      const d = s.data as { userId?: string; orgId?: string | null } | undefined;
      if (!d?.userId || !d.orgId || seen.has(d.userId)) continue;
      seen.add(d.userId);
      out.set(d.orgId, (out.get(d.orgId) ?? 0) + 1);
    }
    return out;
  }
}
