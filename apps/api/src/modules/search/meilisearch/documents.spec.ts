import type { ListingSearchDoc } from '../search-engine.js';
import { regionFacet, toFacets, toHit, toMeiliDocument } from './documents.js';

const sampleDoc: ListingSearchDoc = {
  id: '3b1e7c52-5a0f-4c36-9a53-2f7d1c8e9a01',
  kind: 'need',
  status: 'open',
  title: '社区居家养老上门服务',
  summary: '为锦江区独居老人提供助餐、助浴和陪诊服务，需要资金和志愿者。',
  bodyText: '项目已运行两年，服务 300 位老人。',
  organizationId: '0c4a5d21-7b8e-4f19-8a6b-5e2d9c1f3a77',
  organizationName: '成都市乐龄社会工作服务中心',
  orgType: 'social_org',
  domains: ['elderly', 'community_service'],
  targetGroups: ['elderly'],
  resourceTypes: ['funding', 'volunteers'],
  regionCode: '510104',
  regionPath: ['510000', '510100', '510104'],
  regionName: '四川省成都市锦江区',
  amountMin: 50_000,
  amountMax: null,
  amountBand: '50k_200k',
  expoId: null,
  boothId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  createdAt: new Date('2026-11-20T08:30:00.000Z'),
  updatedAt: new Date('2026-11-21T09:00:00.000Z'),
  tokens: {
    title: '社区 居家 养老 上门 服务 社区 区居 居家 家养 养老 老上 上门 门服 服务',
    organization: '成都 成都市 乐龄 社会 工作 社会工作 服务 中心',
    summary: '锦江 锦江区 独居 老人 助餐 助浴 陪诊 服务 资金 志愿 志愿者',
    body: '项目 运行 两年 服务 300 老人',
    labels: '养老服务 elderly care 社区服务 community services 老年人 older people 资金 funding 志愿者 volunteers 四川省 成都市 锦江区',
    pinyin: 'shequ jujia yanglao shangmen fuwu shequjujiayanglaoshangmenfuwu sq jj yl sm fw sqjjylsmfw',
  },
};

describe('Meilisearch documents', () => {
  it('flattens a listing: numbers for what sorts, the token fields beside the text', () => {
    const doc = toMeiliDocument(sampleDoc);
    expect(doc).toMatchObject({
      id: sampleDoc.id,
      title: '社区居家养老上门服务',
      regionPath: ['510000', '510100', '510104'],
      amountMin: 50_000,
      amountMax: null,
      amount: 50_000,
      createdAt: Date.parse('2026-11-20T08:30:00.000Z'),
      updatedAt: Date.parse('2026-11-21T09:00:00.000Z'),
      titleTokens: sampleDoc.tokens.title,
      pinyin: sampleDoc.tokens.pinyin,
      labelTokens: sampleDoc.tokens.labels,
      bodyTokens: sampleDoc.tokens.body,
    });
    // the body's plain text is matched through its tokens; the document does not carry it
    expect(doc).not.toHaveProperty('bodyText');
    expect(doc).not.toHaveProperty('tokens');
  });

  it('sorts by the same amount the band is made of: the maximum, else the minimum; no amount, no sort value (last)', () => {
    expect(toMeiliDocument({ ...sampleDoc, amountMin: 10, amountMax: 20 }).amount).toBe(20);
    expect(toMeiliDocument({ ...sampleDoc, amountMin: null, amountMax: 20 }).amount).toBe(20);
    expect(toMeiliDocument({ ...sampleDoc, amountMin: null, amountMax: null })).not.toHaveProperty('amount');
  });

  it('turns a returned document into the API hit', () => {
    const { id, kind, status, title, summary, organizationId, organizationName, orgType, domains, targetGroups, resourceTypes, regionCode, regionName, amountMin, amountMax, expoId, boothId, createdAt, pinyin } =
      toMeiliDocument(sampleDoc);
    const hit = toHit(
      { id, kind, status, title, summary, organizationId, organizationName, orgType, domains, targetGroups, resourceTypes, regionCode, regionName, amountMin, amountMax, expoId, boothId, createdAt, pinyin },
      { title: [[4, 6]], summary: [] },
    );
    expect(hit).toEqual({
      id: sampleDoc.id,
      kind: 'need',
      title: '社区居家养老上门服务',
      summary: sampleDoc.summary,
      highlight: { title: [[4, 6]], summary: [] },
      organization: { id: sampleDoc.organizationId, name: '成都市乐龄社会工作服务中心', type: 'social_org' },
      domains: ['elderly', 'community_service'],
      targetGroups: ['elderly'],
      resourceTypes: ['funding', 'volunteers'],
      regionCode: '510104',
      regionName: '四川省成都市锦江区',
      amountMin: 50_000,
      amountMax: null,
      status: 'open',
      expoId: null,
      boothId: sampleDoc.boothId,
      createdAt: '2026-11-20T08:30:00.000Z',
    });
  });
});

describe('Meilisearch facet counts', () => {
  // regionPath counts of: 3 listings in 成都锦江, 1 in 成都武侯, 2 in 佛山顺德, 1 in 北京东城
  const regionCounts = {
    '510000': 4,
    '510100': 4,
    '510104': 3,
    '510107': 1,
    '440000': 2,
    '440600': 2,
    '440606': 2,
    '110000': 1,
    '110100': 1,
    '110101': 1,
  };

  it('shows only provinces when no region is selected', () => {
    expect(regionFacet(regionCounts, [])).toEqual({ '510000': 4, '440000': 2, '110000': 1 });
  });

  it('shows the cities of a selected province', () => {
    expect(regionFacet(regionCounts, ['510000'])).toEqual({ '510000': 4, '440000': 2, '110000': 1, '510100': 4 });
  });

  it('shows the districts of a selected city, and the cities of its province', () => {
    expect(regionFacet(regionCounts, ['510100'])).toEqual({ '510000': 4, '440000': 2, '110000': 1, '510100': 4, '510104': 3, '510107': 1 });
  });

  it('a selected district shows the cities of its province and the districts of its city', () => {
    expect(regionFacet(regionCounts, ['510107'])).toEqual({ '510000': 4, '440000': 2, '110000': 1, '510100': 4, '510104': 3, '510107': 1 });
  });

  it('several selections open each of their provinces and cities', () => {
    expect(regionFacet(regionCounts, ['440606', '110000'])).toEqual({ '510000': 4, '440000': 2, '110000': 1, '440600': 2, '440606': 2, '110100': 1 });
  });

  it('takes each selected facet from its own query, the others from the main query', () => {
    const main = { kind: { need: 3 }, domains: { elderly: 3, school: 0 }, orgType: { social_org: 3 }, regionPath: { '510000': 3, '510100': 3, '510104': 3 } };
    const facets = toFacets(main, { kind: { kind: { need: 3, offer: 5 } }, region: { regionPath: regionCounts } }, ['510000']);
    expect(facets).toEqual({
      kind: { need: 3, offer: 5 },
      domain: { elderly: 3 },
      orgType: { social_org: 3 },
      region: { '510000': 4, '440000': 2, '110000': 1, '510100': 4 },
      resourceType: {},
      targetGroup: {},
      amountBand: {},
    });
  });
});
