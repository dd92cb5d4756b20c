import type { AuthResponse, CreateListingRequest, ListingDto, SearchListingsResponse } from '@yiqia/contracts';
import { TestApp } from './support/test-app.js';

/**
 * Read-your-writes through the public search API on the embedded engine: a listing is found as
 * soon as POST returns, its edit as soon as PATCH returns, and it is gone as soon as DELETE returns.
 */
describe('listings are searchable the moment a write returns', () => {
  let t: TestApp;
  let org: AuthResponse;

  const listing = (overrides: Partial<CreateListingRequest> = {}): CreateListingRequest => ({
    kind: 'need',
    title: '顺德区垃圾分类宣传志愿者招募',
    summary: '社区需要 30 名志愿者在周末开展垃圾分类入户宣传和桶边督导，提供培训与保险。',
    body: '<p>Waste sorting campaign in 容桂街道, weekends.</p>',
    domains: ['environment', 'volunteering'],
    resourceTypes: ['volunteers'],
    regionCode: '440606',
    ...overrides,
  });

  async function search(q: string, extra: Record<string, string> = {}): Promise<SearchListingsResponse> {
    const res = await t.get<SearchListingsResponse>('/api/search/listings', { query: { q, ...extra } });
    expect(res.status).toBe(200);
    return res.body;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.registerOrg({ orgName: '佛山市顺德区容桂街道绿色家园社工站' });
  });
  afterAll(() => t.stop());

  it('finds a new listing right after POST, its edit right after PATCH, nothing after DELETE', async () => {
    const created = await t.post<ListingDto>('/api/listings', listing(), { token: org.accessToken });
    expect(created.status).toBe(201);
    const id = created.body.id;

    expect((await search('桶边督导')).hits.map((h) => h.id)).toEqual([id]);
    const found = await search('垃圾分类');
    expect(found.engine).toBe('embedded');
    expect(found.hits.map((h) => h.id)).toEqual([id]);
    expect(found.hits[0]).toMatchObject({ title: '顺德区垃圾分类宣传志愿者招募', organization: { id: org.organization!.id, type: 'social_org' }, regionCode: '440606' });
    expect((await search('分类')).hits.map((h) => h.id)).toContain(id); // a sub-word
    expect((await search('waste')).hits.map((h) => h.id)).toContain(id); // English in the body

    const patched = await t.patch(`/api/listings/${id}`, { title: '顺德区旧衣回收环保志愿者招募', summary: '社区需要志愿者在周末开展旧衣回收和环保宣传，提供培训与保险，欢迎企业团队参加。' }, { token: org.accessToken });
    expect(patched.status).toBe(200);
    expect((await search('旧衣回收')).hits.map((h) => h.id)).toEqual([id]);
    expect((await search('桶边督导')).hits.map((h) => h.id)).not.toContain(id); // only in the old summary

    expect((await t.patch(`/api/listings/${id}`, { status: 'closed' }, { token: org.accessToken })).status).toBe(200);
    expect((await search('旧衣回收')).total).toBe(0);
    expect((await search('旧衣回收', { status: 'closed' })).hits.map((h) => h.id)).toEqual([id]);
    expect((await t.patch(`/api/listings/${id}`, { status: 'open' }, { token: org.accessToken })).status).toBe(200);
    expect((await search('旧衣回收')).total).toBe(1);

    expect((await t.delete(`/api/listings/${id}`, { token: org.accessToken })).status).toBe(204);
    expect((await search('旧衣回收')).total).toBe(0);
    expect((await search('旧衣回收', { status: 'closed' })).total).toBe(0);
  });

  it('indexes the organisation and facets as they are at delivery', async () => {
    const created = await t.post<ListingDto>('/api/listings', listing({ title: '社区养老助餐点志愿者招募', domains: ['elderly'], regionCode: '510104' }), { token: org.accessToken });
    expect(created.status).toBe(201);
    const res = await search('养老', { domain: 'elderly', region: '510000' });
    expect(res.hits.map((h) => h.id)).toEqual([created.body.id]);
    expect(res.hits[0]).toMatchObject({ regionName: '四川省成都市锦江区', domains: ['elderly'], organization: { name: '佛山市顺德区容桂街道绿色家园社工站' } });
    expect(res.facets.domain).toMatchObject({ elderly: 1 });
  });
});
