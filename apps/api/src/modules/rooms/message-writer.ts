import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AttachmentDto, ErrorCode, MessageDto, SystemEventDto } from '@yiqia/contracts';
import { MESSAGE_COLUMNS, MESSAGE_JOINS, type MessageRow, toMessageDto } from './room-views.js';

export interface NewMessage {
  roomId: string;
  clientId: string;
  sender: { userId: string | null; orgId: string | null; displayName: string; orgName: string };
  body: string;
  attachments?: AttachmentDto[];
  type?: 'text' | 'system';
  systemEvent?: SystemEventDto | null;
}

export type AppendResult =
  | {
      ok: true;
      message: MessageDto;
      /** false when a message with this clientId already existed: `message` is the original. */
      created: boolean;
      /** The room's parties at commit time. */
      partyOrgIds: string[];
    }
  | { ok: false; code: ErrorCode };

interface Pending {
  input: NewMessage;
  resolve: (r: AppendResult) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 256;

/**
 * Appends messages with a gap-free per-room seq, idempotently by (room, clientId), and resolves only
 * after the commit. Sends that arrive while a commit is in flight are grouped into the next transaction
 * (group commit): one round of row locks, one multi-row INSERT, one fsync for the whole group. A lone
 * message is written at once, so grouping adds no latency when the server is quiet.
 *
 * Per group, in one transaction: lock the rooms (`FOR UPDATE`, in id order — no deadlocks between
 * processes), check that the sender's organisation is a party, look up existing (room, clientId) rows —
 * a retry gets the original and consumes no seq —, refuse closed rooms, then `last_seq += n` and insert.
 */
@Injectable()
export class MessageWriter {
  private readonly log = new Logger('MessageWriter');
  private queue: Pending[] = [];
  private flushing = 0;
  /**
   * One group transaction at a time per process: messages commit in the order they arrived, so one
   * sender's messages keep their order even when sent without waiting for acks. (Groups of several
   * processes serialise per room on the row lock.)
   */
  private readonly maxConcurrent = 1;

  constructor(private readonly ds: DataSource) {}

  append(input: NewMessage): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  /** Messages waiting for or inside a commit (for graceful shutdown). */
  get pending(): number {
    return this.queue.length + this.flushing;
  }

  private pump(): void {
    while (this.flushing < this.maxConcurrent && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.flushing += 1;
      void this.flush(batch).finally(() => {
        this.flushing -= 1;
        this.pump();
      });
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    try {
      const results = await this.ds.transaction((m) => this.writeGroup(m, batch.map((p) => p.input)));
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (e) {
      if (batch.length === 1) {
        batch[0].reject(e);
        return;
      }
      // One bad row must not fail the others: write them one by one.
      this.log.warn(`group of ${batch.length} failed (${(e as Error).message}); retrying one by one`);
      for (const p of batch) {
        try {
          const [r] = await this.ds.transaction((m) => this.writeGroup(m, [p.input]));
          p.resolve(r);
        } catch (err) {
          p.reject(err);
        }
      }
    }
  }

  /**
   * Writes one system message inside the caller's transaction (e.g. an intent signed together with its
   * note in the room). Call `RealtimeEmitter.messageCreated(message, partyOrgIds)` after the commit.
   */
  async appendInTransaction(m: EntityManager, input: NewMessage): Promise<AppendResult> {
    const [r] = await this.writeGroup(m, [input]);
    return r;
  }

  private async writeGroup(m: EntityManager, items: NewMessage[]): Promise<AppendResult[]> {
    const roomIds = [...new Set(items.map((i) => i.roomId))].sort();
    // Three round trips per group: lock + parties, existing clientIds, then one statement that inserts,
    // moves last_seq and the senders' read markers.
    const rooms: { id: string; status: string; last_seq: number; parties: string[]; muted: string[] }[] = await m.query(
      `SELECT r.id, r.status, r.last_seq, array(SELECT org_id FROM room_parties WHERE room_id = r.id) AS parties,
              array(SELECT user_id FROM room_mutes WHERE room_id = r.id AND (until IS NULL OR until > now())) AS muted
         FROM rooms r WHERE r.id = ANY($1::uuid[]) ORDER BY r.id FOR UPDATE`,
      [roomIds],
    );
    const roomOf = new Map(rooms.map((r) => [r.id, { status: r.status, seq: r.last_seq }]));
    const partiesOf = new Map(rooms.map((r) => [r.id, r.parties]));
    const mutedOf = new Map(rooms.map((r) => [r.id, r.muted]));
    const existingRows: MessageRow[] = await m.query(
      `SELECT ${MESSAGE_COLUMNS} FROM messages m ${MESSAGE_JOINS}
        WHERE (m.room_id, m.client_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
      [items.map((i) => i.roomId), items.map((i) => i.clientId)],
    );
    const existing = new Map(existingRows.map((r) => [`${r.room_id}|${r.client_id}`, toMessageDto(r)]));

    const results: (AppendResult | { pendingIndex: number } | { sameAs: string })[] = [];
    const inserts: { item: NewMessage; seq: number; key: string }[] = [];
    const claimed = new Set<string>();
    for (const item of items) {
      const room = roomOf.get(item.roomId);
      const parties = partiesOf.get(item.roomId) ?? [];
      const key = `${item.roomId}|${item.clientId}`;
      if (!room) results.push({ ok: false, code: 'NOT_FOUND' });
      else if (item.type !== 'system' && (!item.sender.orgId || !parties.includes(item.sender.orgId))) results.push({ ok: false, code: 'FORBIDDEN' });
      else if (existing.has(key)) results.push({ ok: true, message: existing.get(key)!, created: false, partyOrgIds: parties });
      else if (claimed.has(key)) results.push({ sameAs: key }); // the same send twice in one group
      else if (room.status === 'closed') results.push({ ok: false, code: 'ROOM_CLOSED' });
      // Muted by an organizer (console moderation); system messages are the server's own.
      else if (item.type !== 'system' && item.sender.userId && mutedOf.get(item.roomId)?.includes(item.sender.userId)) results.push({ ok: false, code: 'USER_MUTED' });
      else {
        room.seq += 1;
        claimed.add(key);
        results.push({ pendingIndex: inserts.length });
        inserts.push({ item, seq: room.seq, key });
      }
    }
    if (inserts.length === 0) return results.map((r) => ('sameAs' in r || 'pendingIndex' in r ? ({ ok: false, code: 'INTERNAL' } as const) : r));

    const touched = [...roomOf.entries()].filter(([id]) => inserts.some((x) => x.item.roomId === id));
    // Whoever writes has read the room up to their own message.
    const reads = new Map<string, { roomId: string; userId: string; seq: number }>();
    for (const x of inserts) {
      if (!x.item.sender.userId || x.item.type === 'system') continue;
      reads.set(`${x.item.roomId}|${x.item.sender.userId}`, { roomId: x.item.roomId, userId: x.item.sender.userId, seq: x.seq });
    }
    const rs = [...reads.values()];
    const inserted: { id: string; room_id: string; seq: number; created_at: Date }[] = await m.query(
      `WITH inserted AS (
         INSERT INTO messages (room_id, seq, client_id, sender_user_id, sender_org_id, type, body, attachments, system_event)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::jsonb[], $9::jsonb[])
         RETURNING id, room_id, seq, created_at
       ), moved AS (
         UPDATE rooms r SET last_seq = v.seq, last_message_at = now(), updated_at = now()
           FROM unnest($10::uuid[], $11::int[]) AS v(id, seq) WHERE r.id = v.id
       ), marked AS (
         INSERT INTO room_reads (room_id, user_id, read_seq) SELECT * FROM unnest($12::uuid[], $13::uuid[], $14::int[])
         ON CONFLICT (room_id, user_id) DO UPDATE SET read_seq = GREATEST(room_reads.read_seq, EXCLUDED.read_seq), updated_at = now()
       )
       SELECT * FROM inserted`,
      [
        inserts.map((x) => x.item.roomId),
        inserts.map((x) => x.seq),
        inserts.map((x) => x.item.clientId),
        inserts.map((x) => x.item.sender.userId),
        inserts.map((x) => x.item.sender.orgId),
        inserts.map((x) => x.item.type ?? 'text'),
        inserts.map((x) => x.item.body),
        inserts.map((x) => JSON.stringify(x.item.attachments ?? [])),
        inserts.map((x) => (x.item.systemEvent ? JSON.stringify(x.item.systemEvent) : null)),
        touched.map(([id]) => id),
        touched.map(([, r]) => r.seq),
        rs.map((r) => r.roomId),
        rs.map((r) => r.userId),
        rs.map((r) => r.seq),
      ],
    );
    const insertedOf = new Map(inserted.map((r) => [`${r.room_id}|${r.seq}`, r]));

    const created = new Map<string, MessageDto>();
    const out: AppendResult[] = results.map((r) => {
      if (!('pendingIndex' in r)) return r as AppendResult;
      const x = inserts[r.pendingIndex];
      const row = insertedOf.get(`${x.item.roomId}|${x.seq}`)!;
      const message: MessageDto = {
        id: row.id,
        roomId: x.item.roomId,
        seq: x.seq,
        clientId: x.item.clientId,
        sender: { userId: x.item.sender.userId ?? '', orgId: x.item.sender.orgId ?? '', displayName: x.item.sender.displayName, orgName: x.item.sender.orgName },
        body: x.item.body,
        attachments: x.item.attachments ?? [],
        type: x.item.type ?? 'text',
        createdAt: new Date(row.created_at).toISOString(),
      };
      if (message.type === 'system') message.systemEvent = x.item.systemEvent ?? null;
      created.set(x.key, message);
      return { ok: true, message, created: true, partyOrgIds: partiesOf.get(x.item.roomId) ?? [] };
    });
    return out.map((r, i) => {
      const src = results[i];
      if ('sameAs' in src) {
        const message = created.get(src.sameAs);
        const roomId = items[i].roomId;
        return message ? { ok: true, message, created: false, partyOrgIds: partiesOf.get(roomId) ?? [] } : { ok: false, code: 'INTERNAL' };
      }
      return r;
    });
  }
}

/** A fresh idempotency key for server-made messages. */
export const newClientId = (): string => randomUUID();
