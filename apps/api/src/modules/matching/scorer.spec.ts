import { buildProfile, type ProfileSource, textTerms } from './profile.js';
import { reasonText, regionLabel } from './reasons.js';
import { featureHits, scorePair } from './scorer.js';
import { TextModel } from './text-model.js';
import { MATCH_WEIGHTS } from './weights.js';

const base: ProfileSource = {
  id: '00000000-0000-4000-8000-000000000001', kind: 'need', status: 'open', organizationId: 'org-a', orgName: '甲', orgType: 'social_org', creditVerified: false,
  expoId: null, boothId: null, boothApproved: false, domains: ['elderly'], targetGroups: [], resourceTypes: ['funding'], regionCode: '510104',
  amountMin: null, amountMax: null, title: '社区老年食堂', summary: '为独居老人助餐', bodyHtml: '',
};
const need = (o: Partial<ProfileSource> = {}) => buildProfile({ ...base, ...o });
const offer = (o: Partial<ProfileSource> = {}) => buildProfile({ ...base, id: '00000000-0000-4000-8000-000000000002', kind: 'offer', organizationId: 'org-b', ...o });
const model = (...ps: ReturnType<typeof need>[]) => {
  const m = new TextModel();
  for (const p of ps) m.add(p);
  return m;
};

describe('matching scorer', () => {
  it('scores region by the deepest shared level of the GB/T 2260 path', () => {
    const n = need();
    const code = (regionCode: string) => featureHits(n, offer({ regionCode, title: '无关', summary: '完全不同的内容描述' }), model()).find((h) => h.code.startsWith('same_'));
    expect(code('510104')).toMatchObject({ code: 'same_district', points: MATCH_WEIGHTS.sameDistrict });
    expect(code('510107')).toMatchObject({ code: 'same_city', points: MATCH_WEIGHTS.sameCity, params: { region: '510100' } });
    expect(code('513431')).toMatchObject({ code: 'same_province', points: MATCH_WEIGHTS.sameProvince });
    expect(code('440106')).toBeUndefined();
    expect(regionLabel('510104')).toBe('成都市锦江区');
    expect(regionLabel('110101')).toBe('北京市东城区');
    expect(regionLabel('510000')).toBe('四川省');
  });

  it('gives full amount points when the offer covers the need, half when it covers part', () => {
    const n = need({ amountMin: 50_000, amountMax: 100_000 });
    const amount = (amountMax: number) => featureHits(n, offer({ amountMax }), model()).find((h) => h.code === 'amount_fit');
    expect(amount(100_000)?.points).toBe(MATCH_WEIGHTS.amountFit);
    expect(amount(60_000)).toMatchObject({ points: MATCH_WEIGHTS.amountFit / 2, params: { partial: true } });
    expect(amount(10_000)).toBeUndefined();
  });

  it('counts the share of the need\'s resource types the offer gives, in either order', () => {
    const n = need({ resourceTypes: ['funding', 'expertise'] });
    const o = offer({ resourceTypes: ['expertise', 'media'] });
    const m = model(n, o);
    expect(featureHits(n, o, m).find((h) => h.code === 'resources_answer')).toMatchObject({ points: MATCH_WEIGHTS.resourcesAnswer / 2, params: { resourceTypes: ['expertise'] } });
    expect(scorePair(o, n, m).hits.find((h) => h.code === 'resources_answer')?.points).toBe(MATCH_WEIGHTS.resourcesAnswer / 2);
  });

  it('has a score that is exactly the sum of its reasons\' points, strongest first', () => {
    const n = need({ targetGroups: ['elderly'], amountMax: 100_000 });
    const o = offer({ targetGroups: ['elderly'], amountMax: 200_000, creditVerified: true, boothApproved: true, title: '老年食堂资助', summary: '资助独居老人助餐' });
    const { score, hits } = scorePair(n, o, model(n, o, offer({ id: 'x', title: '儿童', summary: '乡村学校' })));
    expect(score).toBeCloseTo(hits.reduce((s, h) => s + h.points, 0), 5);
    expect(hits.map((h) => h.points)).toEqual([...hits.map((h) => h.points)].sort((a, b) => b - a));
    expect(hits.map((h) => h.code)).toEqual(expect.arrayContaining(['shared_domains', 'shared_target_groups', 'same_district', 'amount_fit', 'resources_answer', 'similar_text', 'verified_org', 'approved_booth']));
  });

  it('segments Chinese text into shared words, rarer words weighing more', () => {
    expect(textTerms('居家养老助餐服务')).toEqual(expect.arrayContaining(['养老', '助餐']));
    const a = need({ title: '社区养老助餐', summary: '社区老人助餐点建设' });
    const b = offer({ title: '社区助餐资助', summary: '资助社区助餐点' });
    const c = offer({ id: 'c', title: '社区环保宣传', summary: '社区垃圾分类' });
    const m = model(a, b, c);
    expect(m.sharedWords(a, b)[0]).not.toBe('社区');
    expect(m.cosine(a, b)).toBeGreaterThan(m.cosine(a, c));
  });

  it('writes reasons in Chinese and English', () => {
    expect(reasonText({ code: 'shared_domains', params: { domains: ['elderly', 'children'] } }, 'zh')).toMatch(/^同属.+、.+领域$/);
    expect(reasonText({ code: 'same_city', params: { region: '510100' } }, 'en')).toBe('Same city: 成都市');
    expect(reasonText({ code: 'amount_fit', params: { offerAmount: 200_000, needAmount: 100_000 } }, 'zh')).toBe('资金规模匹配：可提供20 万元，需要10 万元');
    expect(reasonText({ code: 'similar_text', params: { words: ['养老', '助餐'] } }, 'en')).toBe('Similar wording: 养老, 助餐');
  });
});
