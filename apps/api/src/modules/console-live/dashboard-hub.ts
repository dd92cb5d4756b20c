import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Namespace } from 'socket.io';
import type { ConsoleServerEvents, DashboardDto, DashboardSection } from '@yiqia/contracts';
import { DashboardAggregator, type DashboardSections, groupsFor } from './dashboard-aggregator.js';
import { DashboardStore } from './dashboard-store.js';

/** At most one computation per expo per interval, across all API processes (the Redis lock's TTL). */
export const MIN_INTERVAL_MS = 1_000;
/** Without any change signal, refresh anyway (online users, the minute series, waiting times move by themselves). */
export const IDLE_REFRESH_MS = 10_000;
const TICK_MS = 200;
/** The channel the migration's statement triggers notify on. */
export const CONSOLE_SIGNAL_CHANNEL = 'yiqia_console';
/** Peers are told through the /console namespace's adapter when /rt presence changed here. */
export const SERVER_DIRTY_EVENT = 'yiqia:console-dirty';

export const expoRoom = (expoId: string) => `expo:${expoId}`;

/**
 * Keeps the dashboards of the expos being watched up to date and pushes them:
 * - change signals (PostgreSQL NOTIFY from statement triggers — every process hears every write — and
 *   /rt connects/disconnects) mark the watched expos dirty; a tick every 200 ms recomputes dirty expos,
 *   and every expo at least every 10 s;
 * - a computation happens only after taking the expo's lock (Redis SET NX PX 1 s when REDIS_URL is set):
 *   one process computes, for every viewer on every process;
 * - the result gets the next version (Redis INCR), is stored as the latest snapshot (what a new or
 *   reconnecting viewer is answered with) and the changed sections go to `expo:<id>` through the adapter.
 */
@Injectable()
export class DashboardHub implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('DashboardHub');
  private nsp: Namespace | null = null;
  /** Expo → when it was first marked dirty since its last computation here, and the tables that changed. */
  private readonly dirty = new Map<string, { since: number; tables: Set<string> }>();
  /** Expo → when this process last saw a computation (its own or another's) start. */
  private readonly lastSeen = new Map<string, number>();
  /** Expo → when this process last computed every section. */
  private readonly lastFull = new Map<string, number>();
  private readonly running = new Map<string, Promise<DashboardDto | null>>();
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private stopped = false;
  /** Computations done by this process (the bench reads it). */
  computations = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly aggregator: DashboardAggregator,
    private readonly store: DashboardStore,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
    void this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled(this.running.values());
    const l = this.listener;
    this.listener = null;
    await l?.end().catch(() => undefined);
  }

  attach(nsp: Namespace): void {
    this.nsp = nsp;
    nsp.on(SERVER_DIRTY_EVENT, () => this.markAllDirty('presence'));
  }

  /**
   * Something that may move a number happened (here or, through NOTIFY / the adapter, elsewhere):
   * `table` is what changed ('presence' for /rt connections, '*' when unknown).
   */
  markAllDirty(table = '*'): void {
    const now = Date.now();
    for (const expoId of this.watchedExpos()) {
      const entry = this.dirty.get(expoId);
      if (entry) entry.tables.add(table);
      else this.dirty.set(expoId, { since: now, tables: new Set([table]) });
    }
  }

  /** /rt presence changed in this process: tell every process (the viewers may be elsewhere). */
  presenceChanged(): void {
    if (this.stopped) return;
    this.markAllDirty('presence');
    try {
      if (this.store.shared) this.nsp?.serverSideEmit(SERVER_DIRTY_EVENT);
    } catch (e) {
      this.log.warn(`presence signal to peers: ${(e as Error).message}`);
    }
  }

  /** The full snapshot for a viewer who just joined `expo:<id>`: the latest stored one, or a fresh computation. */
  async snapshot(expoId: string): Promise<DashboardDto> {
    const stored = await this.store.getSnapshot(expoId);
    if (stored) return stored;
    const fresh = await this.refresh(expoId);
    if (fresh) return fresh;
    // Another process holds the lock and is computing: its result lands in the store shortly.
    for (let i = 0; i < 15; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const s = await this.store.getSnapshot(expoId);
      if (s) return s;
    }
    // Not stored in time (that process died?): compute for this viewer alone, not published.
    return { expoId, version: 0, computedAt: new Date().toISOString(), ...(await this.aggregator.computeAll(expoId)) };
  }

  private watchedExpos(): string[] {
    const rooms = this.nsp?.adapter.rooms;
    if (!rooms) return [];
    const out: string[] = [];
    for (const [name, sockets] of rooms) if (name.startsWith('expo:') && sockets.size > 0) out.push(name.slice(5));
    return out;
  }

  private tick(): void {
    if (this.stopped) return;
    const now = Date.now();
    for (const expoId of this.watchedExpos()) {
      if (this.running.has(expoId)) continue;
      const due = this.dirty.has(expoId) || now - (this.lastSeen.get(expoId) ?? 0) >= IDLE_REFRESH_MS;
      if (due) void this.refresh(expoId);
    }
  }

  /** Computes and publishes if this process gets the expo's lock; null otherwise. */
  refresh(expoId: string): Promise<DashboardDto | null> {
    const running = this.running.get(expoId);
    if (running) return running;
    const p = this.doRefresh(expoId)
      .catch((e: unknown) => {
        this.log.error(`dashboard of expo ${expoId}: ${(e as Error).stack ?? e}`);
        return null;
      })
      .finally(() => this.running.delete(expoId));
    this.running.set(expoId, p);
    return p;
  }

  private async doRefresh(expoId: string): Promise<DashboardDto | null> {
    const startedAt = Date.now();
    if (!(await this.store.tryLock(expoId, MIN_INTERVAL_MS))) {
      // Someone else computes this interval. If it started after our change signal, it includes it.
      const started = await this.store.started(expoId);
      if (started) this.lastSeen.set(expoId, started);
      const dirty = this.dirty.get(expoId);
      if (dirty !== undefined && started >= dirty.since) this.dirty.delete(expoId);
      return null;
    }
    // Signals arriving from now on need another computation; earlier ones are covered by this one.
    const dirty = this.dirty.get(expoId);
    this.dirty.delete(expoId);
    const idle = startedAt - (this.lastFull.get(expoId) ?? 0) >= IDLE_REFRESH_MS;
    this.lastSeen.set(expoId, startedAt);
    await this.store.setStarted(expoId, startedAt);
    this.computations += 1;
    const previous = await this.store.getSnapshot(expoId);
    // Only the sections the changed tables can move; everything on the idle refresh (time moves the
    // minute series, waiting times, "active" and "today") and without a previous snapshot.
    const full = !previous || idle || !dirty;
    if (full) this.lastFull.set(expoId, startedAt);
    const fresh = full ? await this.aggregator.computeAll(expoId) : await this.aggregator.compute(expoId, groupsFor(dirty.tables));
    const sections = { ...(previous ? pickSections(previous) : {}), ...fresh } as DashboardSections;
    const version = await this.store.nextVersion(expoId);
    const dto: DashboardDto = { expoId, version, computedAt: new Date().toISOString(), ...sections };
    await this.store.setSnapshot(dto);
    const changed = changedSections(previous, sections);
    if (this.nsp && Object.keys(changed).length > 0) {
      const delta: Parameters<ConsoleServerEvents['dashboard:update']>[0] = { expoId, version, computedAt: dto.computedAt, sections: changed };
      this.nsp.to(expoRoom(expoId)).emit('dashboard:update', delta);
    }
    return dto;
  }

  // ---- change signal: LISTEN on a dedicated connection ---------------------------------------------

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const url = (this.ds.options as { url?: string }).url;
    if (!url) return;
    const client = new pg.Client({ connectionString: url, application_name: 'yiqia-console-listen' });
    const retry = () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = null;
      client.end().catch(() => undefined);
      this.markAllDirty('*'); // changes may have been missed meanwhile
      setTimeout(() => void this.listen(), 1000).unref();
    };
    client.on('error', (e: Error) => {
      this.log.warn(`change signal connection: ${e.message}`);
      retry();
    });
    client.on('end', retry);
    client.on('notification', (n) => this.markAllDirty(n.payload || '*'));
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CONSOLE_SIGNAL_CHANNEL}`);
    } catch (e) {
      this.log.warn(`change signal: ${(e as Error).message}`);
      retry();
    }
  }
}

function pickSections(dto: DashboardDto): DashboardSections {
  const { expoId: _e, version: _v, computedAt: _c, ...sections } = dto;
  return sections;
}

/** The sections whose JSON differs from the previous snapshot (all of them without one). */
export function changedSections(previous: DashboardDto | null, next: DashboardSections): Partial<DashboardSections> {
  const out: Partial<Record<DashboardSection, unknown>> = {};
  for (const key of Object.keys(next) as DashboardSection[]) {
    if (!previous || JSON.stringify(previous[key]) !== JSON.stringify(next[key])) out[key] = next[key];
  }
  return out as Partial<DashboardSections>;
}
