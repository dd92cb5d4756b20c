import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createClient } from 'redis';
import type { DashboardDto } from '@yiqia/contracts';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';

/** How long a stored snapshot stays usable for a new viewer (the idle refresh rewrites it well before). */
export const SNAPSHOT_TTL_MS = 30_000;

interface RedisLike {
  set(key: string, value: string, opts?: { NX?: boolean; PX?: number }): Promise<string | null>;
  get(key: string): Promise<string | null>;
  incr(key: string): Promise<number>;
  close(): Promise<unknown>;
  destroy(): void;
}

/**
 * Where the dashboard's shared state lives: with REDIS_URL in Redis (every API process sees the same
 * lock, version and latest snapshot), otherwise in this process.
 * - `tryLock(expo, ms)`: SET NX PX — one process computes an expo per interval.
 * - `nextVersion(expo)`: INCR — versions increase across processes.
 * - `started(expo)`: when the latest computation began (a process that saw a change earlier need not recompute).
 */
@Injectable()
export class DashboardStore implements OnModuleDestroy {
  private readonly log = new Logger('DashboardStore');
  private redis: RedisLike | null = null;
  private connecting: Promise<RedisLike | null> | null = null;
  private readonly prefix: string;
  // In-process fallbacks (no REDIS_URL).
  private readonly locks = new Map<string, number>();
  private readonly versions = new Map<string, number>();
  private readonly snapshots = new Map<string, { dto: DashboardDto; until: number }>();
  private readonly starts = new Map<string, number>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.prefix = `${config.rtRedisKey}:console`;
  }

  private client(): Promise<RedisLike | null> {
    if (!this.config.redisUrl) return Promise.resolve(null);
    if (this.redis) return Promise.resolve(this.redis);
    this.connecting ??= (async () => {
      const c = createClient({ url: this.config.redisUrl, socket: { connectTimeout: 5000, reconnectStrategy: (n) => Math.min(100 * 2 ** n, 3000) } });
      c.on('error', (e: Error) => this.log.error(`redis: ${e.message}`));
      await c.connect();
      this.redis = c as unknown as RedisLike;
      return this.redis;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  get shared(): boolean {
    return !!this.config.redisUrl;
  }

  async tryLock(expoId: string, ms: number): Promise<boolean> {
    const r = await this.client();
    if (r) return (await r.set(`${this.prefix}:lock:${expoId}`, String(process.pid), { NX: true, PX: ms })) === 'OK';
    const now = Date.now();
    if ((this.locks.get(expoId) ?? 0) > now) return false;
    this.locks.set(expoId, now + ms);
    return true;
  }

  async nextVersion(expoId: string): Promise<number> {
    const r = await this.client();
    if (r) return r.incr(`${this.prefix}:version:${expoId}`);
    const v = (this.versions.get(expoId) ?? 0) + 1;
    this.versions.set(expoId, v);
    return v;
  }

  async setStarted(expoId: string, at: number): Promise<void> {
    const r = await this.client();
    if (r) await r.set(`${this.prefix}:started:${expoId}`, String(at), { PX: SNAPSHOT_TTL_MS });
    else this.starts.set(expoId, at);
  }

  async started(expoId: string): Promise<number> {
    const r = await this.client();
    if (r) return Number((await r.get(`${this.prefix}:started:${expoId}`)) ?? 0);
    return this.starts.get(expoId) ?? 0;
  }

  async getSnapshot(expoId: string): Promise<DashboardDto | null> {
    const r = await this.client();
    if (r) {
      const raw = await r.get(`${this.prefix}:snapshot:${expoId}`);
      return raw ? (JSON.parse(raw) as DashboardDto) : null;
    }
    const s = this.snapshots.get(expoId);
    return s && s.until > Date.now() ? s.dto : null;
  }

  async setSnapshot(dto: DashboardDto): Promise<void> {
    const r = await this.client();
    if (r) await r.set(`${this.prefix}:snapshot:${dto.expoId}`, JSON.stringify(dto), { PX: SNAPSHOT_TTL_MS });
    else this.snapshots.set(dto.expoId, { dto, until: Date.now() + SNAPSHOT_TTL_MS });
  }

  async onModuleDestroy(): Promise<void> {
    const c = this.redis ?? (await this.connecting?.catch(() => null)) ?? null;
    this.redis = null;
    await c?.close().catch(() => c.destroy());
  }
}
