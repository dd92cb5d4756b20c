import {
  AMOUNT_BANDS,
  LISTING_KINDS,
  ORG_TYPES,
  RESOURCE_TYPES,
  SERVICE_DOMAINS,
  TARGET_GROUPS,
  amountBandOf,
  type ListingKind,
  type OrgType,
  type ResourceType,
} from '@yiqia/domain';
import { regionCodePath, regionFullName, regionLevel } from '@yiqia/domain/regions';
import { createListingRequest } from '@yiqia/contracts';
import { sanitizeIntro } from '../../booths/sanitize-intro.js';
import { DEMO_ACCOUNTS, buildDemoFair, type DemoOrganization } from '../demo-content.js';
import { DEMO_LISTING_TARGET, buildDemoListings, demoListingId, yuan, type DemoListing } from '../demo-listings.js';
import { FAR_AREAS, LISTING_AREAS } from '../demo-listings-places.js';
import { LISTING_TOPICS } from '../demo-listings-vocab.js';

const NOW = new Date('2026-06-16T10:30:00+08:00');
/** uuid v5 of 'lst-exhibitor-1' in the demo namespace (computed independently with Python's uuid.uuid5). */
const EXHIBITOR_1_ID = 'faf4f5a3-6cc2-505d-a8b4-93c516649716';

/** Keys below `min`, with their counts (an empty list passes and a failure names them). */
const below = (counts: Record<string, number>, keys: readonly string[], min: number) => keys.filter((k) => (counts[k] ?? 0) < min).map((k) => `${k}: ${counts[k] ?? 0}`);

const countBy = <T, K extends string>(items: readonly T[], key: (t: T) => K | K[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) for (const k of ([] as K[]).concat(key(item))) out[k] = (out[k] ?? 0) + 1;
  return out;
};

describe('buildDemoListings', () => {
  let orgs: DemoOrganization[];
  let listings: DemoListing[];
  let orgOf: (l: DemoListing) => DemoOrganization;
  beforeAll(() => {
    orgs = buildDemoFair(NOW).organizations;
    listings = buildDemoListings(orgs);
    const byKey = new Map(orgs.map((o) => [o.key, o]));
    orgOf = (l) => {
      const o = byKey.get(l.orgKey);
      if (!o) throw new Error(`no organisation ${l.orgKey}`);
      return o;
    };
  });
  const ofType = (type: OrgType) => listings.filter((l) => orgOf(l).type === type);
  const share = (items: DemoListing[], pred: (l: DemoListing) => boolean) => items.filter(pred).length / items.length;

  it('makes well over a thousand listings', () => {
    expect(listings.length).toBeGreaterThanOrEqual(DEMO_LISTING_TARGET);
    expect(DEMO_LISTING_TARGET).toBeGreaterThanOrEqual(1100);
  });

  it('is deterministic, and does not depend on the day the fair is built', () => {
    expect(JSON.stringify(buildDemoListings(buildDemoFair(NOW).organizations))).toBe(JSON.stringify(listings));
    expect(JSON.stringify(buildDemoListings(buildDemoFair(new Date('2027-01-05T08:00:00Z')).organizations))).toBe(JSON.stringify(listings));
  });

  it('gives every listing a stable key and a UUID derived from it', () => {
    expect(new Set(listings.map((l) => l.key)).size).toBe(listings.length);
    expect(new Set(listings.map((l) => l.id)).size).toBe(listings.length);
    for (const l of listings) {
      expect(l.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(l.id).toBe(demoListingId(l.key));
    }
    // Fixed forever: a changed namespace would make a second start insert every listing again.
    expect(demoListingId('lst-0001')).toBe(demoListingId('lst-0001'));
    expect(demoListingId('lst-0001')).not.toBe(demoListingId('lst-0002'));
    expect(demoListingId('lst-exhibitor-1')).toBe(EXHIBITOR_1_ID);
  });

  it('passes the create-listing contract (title 4–80, summary 10–300, domains 1–5 …)', () => {
    const problems: string[] = [];
    for (const l of listings) {
      const req = {
        kind: l.kind,
        title: l.title,
        summary: l.summary,
        body: l.body,
        domains: l.domains,
        targetGroups: l.targetGroups,
        resourceTypes: l.resourceTypes,
        regionCode: l.regionCode,
        amountMin: l.amountMin,
        amountMax: l.amountMax,
        startsAt: l.startsAt,
        endsAt: l.endsAt,
      };
      const parsed = createListingRequest.safeParse(req);
      if (!parsed.success) problems.push(`${l.key} ${l.title}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      // Already trimmed: what is stored is what was generated.
      if (parsed.success) expect(parsed.data.title).toBe(l.title);
    }
    expect(problems).toEqual([]);
  });

  it('has no duplicate titles or summaries, and no sentence repeated all over', () => {
    expect(new Set(listings.map((l) => l.title)).size).toBe(listings.length);
    expect(new Set(listings.map((l) => l.summary)).size).toBe(listings.length);
    const sentences = countBy(listings, (l) => l.summary.split('。').map((s) => s.trim()).filter(Boolean));
    const worst = Math.max(...Object.values(sentences));
    // Short procedural phrases (申报要求, 志愿者保险 …) recur as on a real fair, but rarely.
    expect(worst / listings.length).toBeLessThan(0.03);
  });

  it('covers every kind, service domain, organisation type, resource type, target group and amount band many times', () => {
    const kinds = countBy(listings, (l) => l.kind);
    const domains = countBy(listings, (l) => l.domains);
    const orgTypes = countBy(listings, (l) => orgOf(l).type);
    const resources = countBy(listings, (l) => l.resourceTypes);
    const groups = countBy(listings, (l) => l.targetGroups);
    const bands = countBy(listings, (l) => amountBandOf(l.amountMin, l.amountMax));
    expect(below(kinds, LISTING_KINDS, 400)).toEqual([]);
    expect(below(domains, SERVICE_DOMAINS, 20)).toEqual([]);
    expect(below(orgTypes, ORG_TYPES, 40)).toEqual([]);
    expect(below(resources, RESOURCE_TYPES, 40)).toEqual([]);
    expect(below(groups, TARGET_GROUPS, 15)).toEqual([]);
    expect(below(bands, AMOUNT_BANDS, 30)).toEqual([]);
    // Every topic of the vocabulary is used.
    const topicsUsed = LISTING_TOPICS.filter((t) => listings.some((l) => t.names.some((n) => l.title.includes(n) || l.summary.includes(n))));
    expect(topicsUsed.map((t) => t.key)).toEqual(LISTING_TOPICS.map((t) => t.key));
  });

  it('fits each kind of organisation: who needs and who offers what', () => {
    const offers = (l: DemoListing) => l.kind === 'offer';
    const gives = (items: DemoListing[], r: ResourceType) => share(items.filter(offers), (l) => l.resourceTypes.includes(r));
    expect(share(ofType('foundation'), offers)).toBeGreaterThanOrEqual(0.7);
    expect(gives(ofType('foundation'), 'funding')).toBeGreaterThanOrEqual(0.6);
    expect(share(ofType('company'), offers)).toBeGreaterThanOrEqual(0.7);
    for (const r of ['funding', 'goods', 'volunteers'] as const) expect(gives(ofType('company'), r)).toBeGreaterThanOrEqual(0.15);
    expect(share(ofType('government'), offers)).toBeGreaterThanOrEqual(0.6);
    for (const l of ofType('government').filter(offers)) expect(['funding', 'policy', 'venue']).toContain(l.resourceTypes[0]);
    expect(share(ofType('social_org'), (l) => l.kind === 'need')).toBeGreaterThanOrEqual(0.55);
    expect(gives(ofType('social_org'), 'expertise')).toBeGreaterThanOrEqual(0.6);
    expect(share(ofType('community'), (l) => l.kind === 'need')).toBeGreaterThanOrEqual(0.6);
    expect(gives(ofType('community'), 'venue')).toBeGreaterThanOrEqual(0.5);
    expect(share(ofType('university'), offers)).toBeGreaterThanOrEqual(0.7);
    for (const l of ofType('university').filter(offers)) expect(['expertise', 'volunteers']).toContain(l.resourceTypes[0]);
    // Needs of social organisations ask mostly for money, volunteers, venues and goods.
    const soNeeds = ofType('social_org').filter((l) => l.kind === 'need');
    expect(share(soNeeds, (l) => ['funding', 'volunteers', 'venue', 'goods'].includes(l.resourceTypes[0]))).toBeGreaterThanOrEqual(0.8);
  });

  it('uses real GB/T 2260 codes, mostly in 成都 and with the fair partners’ cities', () => {
    for (const l of listings) expect({ key: l.key, level: regionLevel(l.regionCode) }).toEqual({ key: l.key, level: expect.any(String) });
    const levels = countBy(listings, (l) => regionLevel(l.regionCode) ?? 'none');
    expect(levels.district / listings.length).toBeGreaterThan(0.7);
    expect(levels.city).toBeGreaterThanOrEqual(30);
    expect(levels.province).toBeGreaterThanOrEqual(10);
    const full = (l: DemoListing) => regionFullName(l.regionCode);
    expect(share(listings, (l) => l.regionCode.startsWith('5101') || l.regionCode === '510000')).toBeGreaterThanOrEqual(0.6);
    const places: [string, RegExp][] = [
      ['北京', /^北京市/],
      ['成都', /^四川省成都市/],
      ['佛山顺德', /佛山市顺德区$/],
      ['上海浦东', /^上海市.*浦东新区$/],
      ['深圳福田', /深圳市福田区$/],
      ['广州', /广州市/],
      ['杭州', /杭州市/],
      ['重庆', /^重庆市/],
      ['西安', /西安市/],
    ];
    const perPlace = Object.fromEntries(places.map(([name, re]) => [name, listings.filter((l) => re.test(full(l))).length]));
    expect(below(perPlace, ['成都'], 700)).toEqual([]);
    expect(below(perPlace, places.map(([name]) => name), 3)).toEqual([]);
  });

  it('names the places of its own table as the region package does', () => {
    for (const a of LISTING_AREAS) {
      expect({ code: a.code, level: regionLevel(a.code) }).toEqual({ code: a.code, level: 'district' });
      expect(regionCodePath(a.code)).toEqual([a.provinceCode, a.cityCode, a.code]);
      const full = regionFullName(a.code);
      expect(full.endsWith(a.name)).toBe(true);
      expect(full).toContain(a.province.replace(/市$/, ''));
      expect(regionLevel(a.cityCode)).toBe('city');
      expect(regionLevel(a.provinceCode)).toBe('province');
    }
    for (const codes of Object.values(FAR_AREAS)) for (const c of codes) expect(LISTING_AREAS.some((a) => a.code === c)).toBe(true);
  });

  it('places listings where their organisation works: mostly its own district or city; departments only in their jurisdiction', () => {
    const home = (l: DemoListing) => {
      const org = orgOf(l);
      const path = regionCodePath(l.regionCode);
      const orgPath = regionCodePath(org.regionCode);
      return path.includes(org.regionCode) || l.regionCode === orgPath[1] || l.regionCode === orgPath[0];
    };
    expect(share(listings, home)).toBeGreaterThanOrEqual(0.8);
    for (const l of ofType('government')) {
      const orgPath = regionCodePath(orgOf(l).regionCode);
      // Its district, or (city-level bureaus) its city and the districts in it.
      expect({ key: l.key, inCity: regionCodePath(l.regionCode).includes(orgPath[1]) }).toEqual({ key: l.key, inCity: true });
    }
    for (const l of ofType('community')) expect(l.regionCode).toBe(orgOf(l).regionCode);
  });

  it('has realistic amounts: from a few thousand yuan to millions, many with none', () => {
    for (const l of listings) {
      if (l.amountMin !== null && l.amountMax !== null) expect(l.amountMin).toBeLessThanOrEqual(l.amountMax);
      for (const v of [l.amountMin, l.amountMax]) {
        if (v === null) continue;
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(500);
        expect(v).toBeLessThanOrEqual(12_000_000);
      }
    }
    expect(share(listings, (l) => l.amountMin === null && l.amountMax === null)).toBeGreaterThanOrEqual(0.3);
    // A government purchase of millions and small grants of a few thousand both appear.
    expect(ofType('government').some((l) => (l.amountMax ?? 0) >= 2_000_000)).toBe(true);
    expect(listings.some((l) => (l.amountMax ?? Infinity) <= 10_000)).toBe(true);
    // The amount named in a title is the amount stored.
    for (const l of listings) {
      const m = l.title.match(/募集(\d+(?:\.\d)?万元|\d+元)$/);
      if (m && l.amountMax !== null) expect(m[1]).toBe(yuan(l.amountMax));
    }
  });

  it('has periods within 2026–2027, ends after starts', () => {
    const dated = listings.filter((l) => l.startsAt || l.endsAt);
    expect(dated.length).toBeGreaterThanOrEqual(300);
    for (const l of dated) {
      expect(l.startsAt).toMatch(/^202[67]-\d\d-\d\d$/);
      expect(l.endsAt).toMatch(/^202[67]-\d\d-\d\d$/);
      expect(String(l.startsAt) <= String(l.endsAt)).toBe(true);
    }
  });

  it('is mostly open, some matched, a few closed', () => {
    const st = countBy(listings, (l) => l.status);
    expect(st.open / listings.length).toBeGreaterThan(0.7);
    expect(st.matched).toBeGreaterThanOrEqual(60);
    expect(st.closed).toBeGreaterThanOrEqual(20);
    expect(st.closed).toBeLessThan(st.matched);
  });

  it('attaches listings only to approved booths, most of them', () => {
    for (const l of listings.filter((x) => x.atBooth)) expect(orgOf(l).booth?.status).toBe('approved');
    const withBooth = listings.filter((l) => orgOf(l).booth?.status === 'approved');
    expect(share(withBooth, (l) => l.atBooth)).toBeGreaterThan(0.75);
    expect(listings.filter((l) => !l.atBooth).length).toBeGreaterThan(100);
  });

  it('writes short HTML bodies that survive the sanitiser unchanged', () => {
    for (const l of listings) {
      expect(l.body).toMatch(/^<p>/);
      expect(l.body.replace(/<\/?(p|ul|li|strong)>/g, '')).not.toMatch(/[<>]/);
      expect(sanitizeIntro(l.body)).toBe(l.body);
      expect(l.body.length).toBeLessThan(3000);
    }
  });

  it('mentions English terms now and then, so English search finds something', () => {
    const en = listings.filter((l) => /\b(STEM|AI|SROI|ESG|CSR|Python|EAP|AED|GIS|Excel)\b/.test(`${l.title} ${l.summary} ${l.body}`));
    expect(en.length).toBeGreaterThanOrEqual(80);
    for (const term of ['STEM', 'SROI', 'ESG', 'CSR', 'Python', 'AI']) expect({ term, found: en.some((l) => l.body.includes(term) || l.summary.includes(term)) }).toEqual({ term, found: true });
  });

  it('gives the named demo accounts a handful of well-written listings, 养老 and 垃圾分类 among them', () => {
    for (const account of DEMO_ACCOUNTS) {
      const org = orgs.find((o) => o.admin.email === account.email);
      const own = listings.filter((l) => l.orgKey === org?.key);
      expect(own.length).toBeGreaterThanOrEqual(5);
      expect(own.length).toBeLessThanOrEqual(10);
      expect(new Set(own.map((l) => l.kind)).size).toBe(2);
      expect(own.some((l) => l.status !== 'open')).toBe(true);
      // They are the newest of the fair, so 我的供需 and "newest first" show them on top.
      expect(Math.max(...own.map((l) => l.ageMinutes))).toBeLessThan(Math.min(...listings.filter((l) => l.orgKey !== org?.key).map((l) => l.ageMinutes)) + 60 * 24);
    }
    const exhibitor = orgs.find((o) => o.admin.email === 'exhibitor@yiqia.demo');
    const mine = listings.filter((l) => l.orgKey === exhibitor?.key);
    expect(mine.some((l) => l.kind === 'need' && l.title.includes('养老'))).toBe(true);
    expect(mine.some((l) => l.title.includes('垃圾分类'))).toBe(true);
  });

  it('spreads publication over about a month', () => {
    const ages = listings.map((l) => l.ageMinutes);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(31 * 24 * 60);
    expect(ages.filter((a) => a > 14 * 24 * 60).length).toBeGreaterThan(100);
  });

  it('makes titles that read like a fair: 需求 ask, 资源 give', () => {
    const kindWords: Record<ListingKind, RegExp> = {
      need: /寻求|寻找|募集|招募|需求|需要|筹资|缺口|征集|诚邀|急需|求借|承接/,
      offer: /资助|提供|可|开放|捐赠|征集|发布|申报|培训|工作坊|评估|服务|合作|政策|课程|资源|支持|基地/,
    };
    for (const k of LISTING_KINDS) {
      const items = listings.filter((l) => l.kind === k);
      expect(share(items, (l) => kindWords[k].test(l.title))).toBeGreaterThan(0.9);
    }
  });
});

