import type { AuthResponse, CreateListingRequest, ListingDto, SearchListingsQuery } from '@yiqia/contracts';
import { searchListingsQuery } from '@yiqia/contracts';
import { ListingSearchSync } from '../src/modules/listings/listing-search-sync.js';
import { syncListingsToEngine } from '../src/modules/listings/listing-search-docs.js';
import { insertListings } from '../src/modules/listings/listing-writes.js';
import { enqueueOutbox, lockAggregates } from '../src/modules/outbox/outbox-store.js';
import { OutboxService } from '../src/modules/outbox/outbox.service.js';
import { type ListingSearchDoc, SEARCH_ENGINES, type SearchEngine, type SearchEngines, SearchEngineUnavailableError } from '../src/modules/search/search-engine.js';
import { TestApp } from './support/test-app.js';

/** The fault double: the real engine behind a switch that makes every write fail as if it were down. */
class SwitchableEngine implements SearchEngine {
  readonly name: SearchEngine['name'];
  down = true;
  writes = 0;
  constructor(private readonly inner: SearchEngine) {
    this.name = inner.name;
  }
  private guard() {
    this.writes += 1;
    if (this.down) throw new SearchEngineUnavailableError(this.name, new Error('connect ECONNREFUSED 127.0.0.1:7700'));
  }
  init() {
    return this.inner.init();
  }
  async upsert(docs: ListingSearchDoc[]) {
    this.guard();
    await this.inner.upsert(docs);
  }
  async remove(ids: string[]) {
    this.guard();
    await this.inner.remove(ids);
  }
  clear() {
    return this.inner.clear();
  }
  search(q: SearchListingsQuery) {
    return this.inner.search(q);
  }
  count() {
    return this.inner.count();
  }
  async healthy() {
    return !this.down;
  }
}

describe('outbox: listing changes reach the search engine at least once, idempotently', () => {
  let t: TestApp;
  let org: AuthResponse;
  let outbox: OutboxService;
  let sync: ListingSearchSync;
  /** The real embedded engine of the app. */
  let engine: SearchEngine;

  const listing = (overrides: Partial<CreateListingRequest> = {}): CreateListingRequest => ({
    kind: 'offer',
    title: '企业员工志愿者团队招募合作项目',
    summary: '我们有 50 名员工志愿者，每月可参与两次社区服务，寻找合适的公益项目合作。',
    domains: ['volunteering'],
    resourceTypes: ['volunteers'],
    regionCode: '440606',
    ...overrides,
  });

  async function create(overrides: Partial<CreateListingRequest> = {}): Promise<ListingDto> {
    const res = await t.post<ListingDto>('/api/listings', listing(overrides), { token: org.accessToken });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.raw}`);
    return res.body;
  }

  /** id → title of what the engine holds for our organisation (every status). */
  async function indexed(): Promise<Map<string, string>> {
    const q = searchListingsQuery.parse({ organizationId: org.organization!.id, status: ['open', 'matched', 'closed'], perPage: 100 });
    const res = await engine.search(q);
    return new Map(res.hits.map((h) => [h.id, h.title]));
  }

  // This spec is about the search consumer; the `matching` consumer's rows are covered by the matching specs.
  const rows = async (id: string) =>
    (await t.ds.query(`SELECT consumer, aggregate, attempts, last_error FROM outbox WHERE aggregate_id = $1 AND consumer LIKE 'search:%' ORDER BY id`, [id])) as {
      consumer: string;
      aggregate: string;
      attempts: number;
      last_error: string | null;
    }[];

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.registerOrg({ orgName: '佛山市顺德区美的公益基金会', orgType: 'foundation' });
    outbox = t.app.get(OutboxService);
    sync = t.app.get(ListingSearchSync);
    engine = t.app.get<SearchEngines>(SEARCH_ENGINES, { strict: false }).embedded;
  });
  afterEach(() => sync.bind(engine));
  afterAll(() => t.stop());

  it('writes one row per consumer on create, update and delete; search sees each change when the call returns', async () => {
    expect(outbox.consumers('listing')).toEqual(['search:embedded', 'matching']);
    const l = await create();
    expect((await indexed()).get(l.id)).toBe('企业员工志愿者团队招募合作项目');
    expect(await rows(l.id)).toEqual([]); // delivered before the response

    const patched = await t.patch(`/api/listings/${l.id}`, { title: '企业员工志愿者团队（周末班）' }, { token: org.accessToken });
    expect(patched.status).toBe(200);
    expect((await indexed()).get(l.id)).toBe('企业员工志愿者团队（周末班）');

    expect((await t.patch(`/api/listings/${l.id}`, { status: 'closed' }, { token: org.accessToken })).status).toBe(200);
    const closed = await engine.search(searchListingsQuery.parse({ organizationId: org.organization!.id }));
    expect(closed.hits.map((h) => h.id)).not.toContain(l.id); // closed listings are not in default results
    expect((await indexed()).has(l.id)).toBe(true);

    expect((await t.delete(`/api/listings/${l.id}`, { token: org.accessToken })).status).toBe(204);
    expect((await indexed()).has(l.id)).toBe(false);
  });

  it('a failing transaction leaves neither the listing nor its outbox row', async () => {
    const count = async () => {
      const [r] = await t.ds.query(`SELECT (SELECT count(*) FROM listings)::int AS listings, (SELECT count(*) FROM outbox WHERE consumer LIKE 'search:%')::int AS outbox`);
      return r as { listings: number; outbox: number };
    };
    const before = await count();
    const row = { organizationId: org.organization!.id, createdBy: org.user.id, kind: 'need' as const, title: '回滚测试', summary: '这条需求所在的事务失败了，不应留下任何记录。', domains: ['family' as const], regionCode: '440606' };
    // The change and its rows are written; then the transaction fails.
    await expect(
      t.ds.transaction(async (m) => {
        const { ids, outbox: enqueued } = await insertListings(m, outbox.consumers('listing'), [row]);
        expect(ids).toHaveLength(1);
        expect(enqueued).toEqual([
          { id: expect.any(String), consumer: 'search:embedded' },
          { id: expect.any(String), consumer: 'matching' },
        ]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count()).toEqual(before);

    // Through the API: when the outbox row cannot be written, the listing is not written either.
    await t.ds.query(`ALTER TABLE outbox ADD CONSTRAINT ck_outbox_test_refuse CHECK (consumer = 'nobody') NOT VALID`);
    try {
      const res = await t.post('/api/listings', listing({ title: '写不进发件箱的资源' }), { token: org.accessToken });
      expect(res.status).toBe(500);
      const existing = await create({ title: '发件箱故障前创建的资源' }).catch(() => null);
      expect(existing).toBeNull();
    } finally {
      await t.ds.query(`ALTER TABLE outbox DROP CONSTRAINT ck_outbox_test_refuse`);
    }
    expect(await count()).toEqual(before);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM listings WHERE title IN ('写不进发件箱的资源', '发件箱故障前创建的资源')`);
    expect(n).toBe(0);

    // An edit that cannot write its outbox row is rolled back too.
    const l = await create({ title: '标题不应被改掉的资源' });
    await t.ds.query(`ALTER TABLE outbox ADD CONSTRAINT ck_outbox_test_refuse CHECK (consumer = 'nobody') NOT VALID`);
    try {
      expect((await t.patch(`/api/listings/${l.id}`, { title: '改了一半的标题' }, { token: org.accessToken })).status).toBe(500);
      expect((await t.delete(`/api/listings/${l.id}`, { token: org.accessToken })).status).toBe(500);
    } finally {
      await t.ds.query(`ALTER TABLE outbox DROP CONSTRAINT ck_outbox_test_refuse`);
    }
    const after = await t.get<ListingDto>(`/api/listings/${l.id}`);
    expect(after.status).toBe(200);
    expect(after.body.title).toBe('标题不应被改掉的资源');
  });

  it('applies the same rows twice harmlessly and always sends the current state', async () => {
    const l = await create({ title: '重复投递测试资源' });
    // This test drives the relay itself (the poller would take the rows first, SKIP LOCKED).
    await outbox.stopPolling();
    const docsBefore = await engine.count();
    // Two more rows for the same listing, e.g. a relay that crashed after the engine write but before its commit.
    await enqueueOutbox(t.ds.manager, ['search:embedded'], 'listing', [l.id]);
    await enqueueOutbox(t.ds.manager, ['search:embedded'], 'listing', [l.id]);
    // The row says "listing changed"; the relay reads what the listing is now.
    await t.ds.query(`UPDATE listings SET title = '重复投递测试资源（新标题）' WHERE id = $1`, [l.id]);
    expect(await outbox.drain('search:embedded')).toBe(2);
    expect(await engine.count()).toBe(docsBefore);
    expect((await indexed()).get(l.id)).toBe('重复投递测试资源（新标题）');
    await t.ds.transaction((m) => syncListingsToEngine(m, engine, [l.id, l.id]));
    await t.ds.transaction((m) => syncListingsToEngine(m, engine, [l.id]));
    expect(await engine.count()).toBe(docsBefore);
    expect((await outbox.backlog())['search:embedded'].pending).toBe(0);
    outbox.startPolling();
  });

  it('keeps writing while the engine is down; the backlog grows and drains when it is back', async () => {
    // The poller would retry in the background; this test drives the relay itself.
    await outbox.stopPolling();
    const down = new SwitchableEngine(engine);
    sync.bind(down, 'search:embedded');
    const stays = await create({ title: '故障期间创建的资源' });
    const removed = await create({ title: '故障期间删除的资源' });
    expect((await t.patch(`/api/listings/${stays.id}`, { title: '故障期间修改的资源' }, { token: org.accessToken })).status).toBe(200);
    expect((await t.delete(`/api/listings/${removed.id}`, { token: org.accessToken })).status).toBe(204);
    expect((await t.get<ListingDto>(`/api/listings/${stays.id}`)).body.title).toBe('故障期间修改的资源');
    expect(down.writes).toBeGreaterThanOrEqual(4);

    const backlog = (await outbox.backlog())['search:embedded'];
    expect(backlog.pending).toBe(4);
    expect(backlog.failing).toBe(4);
    expect(backlog.lastError).toContain('search engine embedded unavailable');
    const kept = await rows(stays.id);
    expect(kept).toHaveLength(2);
    expect(kept.every((r) => r.consumer === 'search:embedded' && r.aggregate === 'listing' && r.attempts >= 1 && r.last_error)).toBe(true);
    // Still failing: the rows are rescheduled, not lost.
    await expect(outbox.relayBatch('search:embedded', { ignoreBackoff: true })).rejects.toThrow('unavailable');
    expect((await outbox.backlog())['search:embedded'].pending).toBe(4);
    const attempts = (await rows(stays.id)).map((r) => r.attempts);
    expect(Math.min(...attempts)).toBeGreaterThanOrEqual(2);
    const [{ later }] = await t.ds.query(`SELECT bool_and(available_at > now()) AS later FROM outbox WHERE aggregate_id = $1 AND consumer LIKE 'search:%'`, [stays.id]);
    expect(later).toBe(true);

    down.down = false;
    expect(await outbox.drain('search:embedded', { ignoreBackoff: true })).toBe(4);
    expect((await outbox.backlog())['search:embedded']).toMatchObject({ pending: 0, failing: 0 });
    const now = await indexed();
    expect(now.get(stays.id)).toBe('故障期间修改的资源');
    expect(now.has(removed.id)).toBe(false);
    outbox.startPolling();
  });

  it('drains rows written by others in the background (the poller)', async () => {
    const { ids } = await t.ds.transaction((m) =>
      insertListings(m, outbox.consumers('listing'), [
        { organizationId: org.organization!.id, createdBy: null, kind: 'need', title: '批量导入的需求一', summary: '由导入程序写入，没有人调用 API 等待投递。', domains: ['family'], regionCode: '440606' },
        { organizationId: org.organization!.id, createdBy: null, kind: 'need', title: '批量导入的需求二', summary: '由导入程序写入，没有人调用 API 等待投递。', domains: ['family'], regionCode: '440606' },
      ]),
    );
    // No deadline: the poller runs every few hundred milliseconds; the jest timeout is the only bound.
    while ((await outbox.backlog())['search:embedded'].pending > 0) await new Promise((r) => setTimeout(r, 50));
    const now = await indexed();
    expect(ids.map((id) => now.get(id))).toEqual(['批量导入的需求一', '批量导入的需求二']);
  });

  it('lets concurrent relays share a backlog: every row delivered once (SKIP LOCKED)', async () => {
    await outbox.stopPolling();
    try {
      // The real engine; the handler only records which listings each delivery carried.
      const delivered: string[] = [];
      outbox.handle('search:embedded', async (m, ids) => {
        delivered.push(...ids);
        await syncListingsToEngine(m, engine, ids);
      });
      const many = Array.from({ length: 60 }, (_, i) => ({
        organizationId: org.organization!.id,
        createdBy: null,
        kind: 'offer' as const,
        title: `并发投递测试资源 ${i}`,
        summary: '用于检验两个并发的投递进程不会重复处理同一行。',
        domains: ['volunteering' as const],
        regionCode: '440606',
      }));
      const { ids } = await t.ds.transaction((m) => insertListings(m, outbox.consumers('listing'), many));
      outbox.configure({ batchSize: 7 });
      const [a, b] = await Promise.all([outbox.drain('search:embedded'), outbox.drain('search:embedded')]);
      expect(a + b).toBe(60);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      expect(delivered).toHaveLength(60);
      expect(new Set(delivered)).toEqual(new Set(ids));
      const found = await engine.search(searchListingsQuery.parse({ q: '并发投递测试资源', organizationId: org.organization!.id, perPage: 100 }));
      expect(found.total).toBe(60);
    } finally {
      outbox.configure({ batchSize: 500 });
      outbox.startPolling();
    }
  });

  it('serialises deliveries of one listing: a delivery waits for another holding its lock', async () => {
    const l = await create({ title: '加锁测试资源' });
    const [enqueued] = await enqueueOutbox(t.ds.manager, ['search:embedded'], 'listing', [l.id]);
    await t.ds.query(`UPDATE listings SET title = '加锁测试资源（最新）' WHERE id = $1`, [l.id]);
    const runner = t.ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    let delivered: Promise<boolean> | null = null;
    try {
      await lockAggregates(runner.manager, 'search:embedded', [l.id]);
      delivered = outbox.deliverNow('search:embedded', [enqueued]);
      // Wait (no deadline) until the delivery is blocked on the advisory lock we hold.
      for (;;) {
        const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        if (n > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      expect((await indexed()).get(l.id)).toBe('加锁测试资源');
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    expect(await delivered).toBe(true);
    expect((await indexed()).get(l.id)).toBe('加锁测试资源（最新）');
  });

  it('stops polling cleanly: the batch in flight finishes and commits before stop resolves', async () => {
    let entered!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    outbox.handle('search:embedded', async (m, ids) => {
      entered();
      await released;
      await syncListingsToEngine(m, engine, ids);
    });
    const { ids } = await t.ds.transaction((m) =>
      insertListings(m, outbox.consumers('listing'), [
        { organizationId: org.organization!.id, createdBy: null, kind: 'offer', title: '停机时正在投递的资源', summary: '检验应用关闭时，正在进行的投递会完成并提交。', domains: ['family'], regionCode: '440606' },
      ]),
    );
    await inHandler; // the poller picked the row up
    let stopped = false;
    const stopping = outbox.stopPolling().then(() => (stopped = true));
    await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false); // waits for the batch
    release();
    await stopping;
    expect((await outbox.backlog())['search:embedded'].pending).toBe(0);
    expect((await indexed()).get(ids[0])).toBe('停机时正在投递的资源');
    outbox.startPolling();
  });

  it('reports the backlog of every consumer, zero when up to date', async () => {
    await outbox.drain('matching');
    const zero = { pending: 0, failing: 0, oldestSeconds: 0, lastError: null };
    expect(await outbox.backlog()).toEqual({ 'search:embedded': zero, matching: zero });
  });
});
