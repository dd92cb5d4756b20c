import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { AnnouncementDto, NotificationEvent, Page, announcementsQuery, createAnnouncementRequest } from '@yiqia/contracts';
import { AuditService } from '../audit/audit.service.js';
import type { AuthContext } from '../auth/auth-context.js';
import { ExposService } from '../expos/expos.service.js';
import { RealtimeEmitter } from '../realtime/realtime-emitter.js';

/** A shell that connects later still shows an announcement this recent. */
export const LATEST_ANNOUNCEMENT_HOURS = 24;
/** How long to wait for other API processes to report their sockets. */
const FETCH_SOCKETS_TIMEOUT_MS = 2000;

interface AnnouncementRow {
  id: string;
  expo_id: string;
  title: string;
  body: string;
  author_id: string | null;
  author_name: string;
  delivered_to: number;
  created_at: Date;
}

const toDto = (r: AnnouncementRow): AnnouncementDto => ({
  id: r.id,
  expoId: r.expo_id,
  title: r.title,
  body: r.body,
  author: { userId: r.author_id ?? '', displayName: r.author_name },
  deliveredTo: r.delivered_to,
  createdAt: new Date(r.created_at).toISOString(),
});

@Injectable()
export class AnnouncementsService {
  private readonly log = new Logger('Announcements');

  constructor(
    private readonly ds: DataSource,
    private readonly expos: ExposService,
    private readonly emitter: RealtimeEmitter,
    private readonly audit: AuditService,
  ) {}

  /**
   * Stores the announcement with its audit entry, then pushes `notification` (kind `announcement`) to every
   * socket on /rt — through the adapter, so every API process's sockets. `deliveredTo` counts them.
   */
  async create(caller: AuthContext, input: z.output<typeof createAnnouncementRequest>): Promise<AnnouncementDto> {
    const expo = await this.expos.requireExpo(input.expoId);
    const deliveredTo = await this.onlineSockets();
    const row = await this.ds.transaction(async (m) => {
      const [r]: AnnouncementRow[] = await m.query(
        `INSERT INTO announcements (expo_id, title, body, author_id, author_name, delivered_to)
         SELECT $1, $2, $3, $4, coalesce((SELECT display_name FROM users WHERE id = $4), ''), $5 RETURNING *`,
        [input.expoId, input.title, input.body, caller.userId, deliveredTo],
      );
      await this.audit.record(
        { actorId: caller.userId, action: 'announcement.send', targetType: 'expo', targetId: input.expoId, details: { announcementId: r.id, expoName: expo.name, title: input.title, deliveredTo } },
        m,
      );
      return r;
    });
    const dto = toDto(row);
    const event: NotificationEvent = { kind: 'announcement', announcementId: dto.id, title: dto.title, body: dto.body, createdAt: dto.createdAt };
    try {
      this.emitter.server?.emit('notification', event);
    } catch (e) {
      this.log.error(`announcement ${dto.id}: ${(e as Error).message}`);
    }
    return dto;
  }

  async list(q: z.output<typeof announcementsQuery>): Promise<Page<AnnouncementDto>> {
    const [{ total }]: { total: number }[] = await this.ds.query(`SELECT count(*)::int AS total FROM announcements WHERE expo_id = $1`, [q.expoId]);
    const rows: AnnouncementRow[] = await this.ds.query(
      `SELECT * FROM announcements WHERE expo_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [q.expoId, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { items: rows.map(toDto), total, page: q.page, pageSize: q.pageSize };
  }

  /** The newest announcement of the expo if it is at most 24 hours old. */
  async latest(expoId: string): Promise<AnnouncementDto | null> {
    const rows: AnnouncementRow[] = await this.ds.query(
      `SELECT * FROM announcements WHERE expo_id = $1 AND created_at > now() - interval '${LATEST_ANNOUNCEMENT_HOURS} hours'
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [expoId],
    );
    return rows[0] ? toDto(rows[0]) : null;
  }

  /** Sockets connected to /rt on every process (0 when no gateway runs or the adapter does not answer). */
  private async onlineSockets(): Promise<number> {
    const nsp = this.emitter.server;
    if (!nsp) return 0;
    try {
      return (await nsp.timeout(FETCH_SOCKETS_TIMEOUT_MS).fetchSockets()).length;
    } catch (e) {
      this.log.warn(`fetchSockets: ${(e as Error).message}`);
      return 0;
    }
  }
}
