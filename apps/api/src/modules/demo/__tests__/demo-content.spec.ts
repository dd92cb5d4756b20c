import sanitizeHtml from 'sanitize-html';
import { ORG_TYPES, SERVICE_DOMAINS, creditCodeProblem } from '@yiqia/domain';
import { isLeafRegionCode, regionNames } from '@yiqia/domain/regions';
import { createExpoRequest, organizationInput, updateBoothRequest, zoneInput, email as emailSchema } from '@yiqia/contracts';
import { CREDIT_CODE_PREFIXES, DEMO_ACCOUNTS, DEMO_REGION_NAMES, buildDemoFair, startOfChinaDay, type DemoFair } from '../demo-content.js';

const NOW = new Date('2026-06-16T10:30:00+08:00');

describe('buildDemoFair', () => {
  let fair: DemoFair;
  beforeAll(() => {
    fair = buildDemoFair(NOW);
  });
  const booths = () => fair.organizations.flatMap((o) => (o.booth ? [{ org: o, booth: o.booth }] : []));

  it('is deterministic: the same `now` gives the same fair', () => {
    expect(JSON.stringify(buildDemoFair(new Date(NOW)))).toBe(JSON.stringify(fair));
  });

  it('keeps the organisations stable across days; only the dates move', () => {
    const later = buildDemoFair(new Date('2026-09-01T03:00:00Z'));
    expect(later.organizations).toEqual(fair.organizations);
    expect(later.expo.startsAt.getTime()).not.toBe(fair.expo.startsAt.getTime());
  });

  it('is live: from the start of yesterday to the end of tomorrow, China time', () => {
    const { expo } = fair;
    expect(expo.name).toBe('2026 成都三社互动公益洽谈汇');
    expect(expo.slug).toBe('2026-chengdu-sanshe');
    expect(expo.location).toContain('成都');
    expect(expo.startsAt.toISOString()).toBe('2026-06-14T16:00:00.000Z'); // 2026-06-15 00:00 +08:00
    expect(expo.endsAt.toISOString()).toBe('2026-06-17T16:00:00.000Z'); // 2026-06-18 00:00 +08:00
    expect(expo.startsAt.getTime()).toBeLessThan(NOW.getTime());
    expect(expo.endsAt.getTime()).toBeGreaterThan(NOW.getTime());
    expect(expo.description).toMatch(/三社互动/);
  });

  it('takes the day in China time, whatever the clock says', () => {
    // 23:30 UTC is already the next day in 成都.
    expect(startOfChinaDay(new Date('2026-06-15T23:30:00Z')).toISOString()).toBe('2026-06-15T16:00:00.000Z');
    expect(startOfChinaDay(new Date('2026-06-15T15:59:59Z')).toISOString()).toBe('2026-06-14T16:00:00.000Z');
  });

  it('passes the expo contract, with 8–12 zones by service domain', () => {
    const { expo } = fair;
    const parsed = createExpoRequest.safeParse({ ...expo, startsAt: expo.startsAt.toISOString(), endsAt: expo.endsAt.toISOString() });
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(expo.zones.length).toBeGreaterThanOrEqual(8);
    expect(expo.zones.length).toBeLessThanOrEqual(12);
    for (const z of expo.zones) {
      expect(zoneInput.safeParse(z).success).toBe(true);
      expect(SERVICE_DOMAINS).toContain(z.domainCode);
      expect(z.name).toMatch(/展区$/);
    }
    expect(new Set(expo.zones.map((z) => z.code)).size).toBe(expo.zones.length);
  });

  it('has at least 170 organisations of every type', () => {
    expect(fair.organizations.length).toBeGreaterThanOrEqual(170);
    const types = new Set(fair.organizations.map((o) => o.type));
    for (const t of ORG_TYPES) expect(types).toContain(t);
    const count = (t: string) => fair.organizations.filter((o) => o.type === t).length;
    expect(count('social_org')).toBeGreaterThan(count('government'));
  });

  it('has at least 150 approved booths, a review queue, drafts and 2–3 rejections with reasons', () => {
    const by = (s: string) => booths().filter((b) => b.booth.status === s);
    expect(by('approved').length).toBeGreaterThanOrEqual(150);
    expect(by('submitted').length).toBeGreaterThanOrEqual(3);
    expect(by('submitted').length).toBeLessThanOrEqual(10);
    expect(by('draft').length).toBeGreaterThanOrEqual(2);
    expect(by('rejected').length).toBeGreaterThanOrEqual(2);
    expect(by('rejected').length).toBeLessThanOrEqual(3);
    for (const { booth } of by('rejected')) expect(booth.reviewReason).toMatch(/请.+后重新提交/);
    for (const { booth } of booths()) if (booth.status !== 'rejected') expect(booth.reviewReason).toBeUndefined();
  });

  it('gives every organisation a valid, unique credit code that fits its type and region', () => {
    const codes = new Set<string>();
    for (const o of fair.organizations) {
      expect({ key: o.key, problem: creditCodeProblem(o.creditCode) }).toEqual({ key: o.key, problem: null });
      expect(o.creditCode).toHaveLength(18);
      expect(CREDIT_CODE_PREFIXES[o.type]).toContain(o.creditCode.slice(0, 2));
      expect(o.creditCode.slice(2, 8)).toBe(o.regionCode);
      codes.add(o.creditCode);
    }
    expect(codes.size).toBe(fair.organizations.length);
    // The 组织机构代码 in positions 9–17 carries its own GB 11714 check character.
    const weights = [3, 7, 9, 10, 5, 8, 4, 2];
    for (const o of fair.organizations) {
      const body = o.creditCode.slice(8, 16);
      const sum = [...body].reduce((s, ch, i) => s + (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55) * weights[i], 0);
      const c = 11 - (sum % 11);
      expect(o.creditCode[16]).toBe(c === 10 ? 'X' : c === 11 ? '0' : String(c));
    }
  });

  it('places every organisation in a real district, mostly in 成都', () => {
    for (const o of fair.organizations) {
      expect({ key: o.key, leaf: isLeafRegionCode(o.regionCode) }).toEqual({ key: o.key, leaf: true });
    }
    const chengdu = fair.organizations.filter((o) => o.regionCode.startsWith('5101')).length;
    expect(chengdu / fair.organizations.length).toBeGreaterThan(0.6);
    for (const prefix of ['1101', '4406', '3101', '4403']) expect(fair.organizations.some((o) => o.regionCode.startsWith(prefix))).toBe(true);
  });

  it('names the districts as the region package does', () => {
    for (const [code, name] of Object.entries(DEMO_REGION_NAMES)) expect(regionNames(code).at(-1)).toBe(name);
  });

  it('passes the organisation contract and has unique, realistic names', () => {
    for (const o of fair.organizations) {
      const parsed = organizationInput.safeParse({ name: o.name, type: o.type, creditCode: o.creditCode, regionCode: o.regionCode });
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(o.name).not.toMatch(/测试|test|\d/i);
    }
    expect(new Set(fair.organizations.map((o) => o.name)).size).toBe(fair.organizations.length);
    expect(new Set(fair.organizations.map((o) => o.key)).size).toBe(fair.organizations.length);
    const names = fair.organizations.map((o) => o.name);
    expect(names).toContain('成都市民政局');
    expect(names).toContain('成都市青羊区民政局');
    expect(names).toContain('四川大学公共管理学院');
    expect(names.some((n) => n.endsWith('街道办事处'))).toBe(true);
    expect(names.some((n) => n.endsWith('社区居民委员会'))).toBe(true);
    expect(names.some((n) => n.endsWith('村民委员会'))).toBe(true);
    expect(names.some((n) => n.endsWith('社会工作服务中心'))).toBe(true);
    expect(names.some((n) => n.endsWith('基金会'))).toBe(true);
  });

  it('gives every admin a unique @yiqia.demo address; only the named accounts have passwords', () => {
    const emails = fair.organizations.map((o) => o.admin.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const o of fair.organizations) {
      expect(emailSchema.safeParse(o.admin.email).success).toBe(true);
      expect(o.admin.email).toMatch(/@yiqia\.demo$/);
      expect(o.admin.email).toBe(o.admin.email.toLowerCase());
      expect(o.admin.displayName.length).toBeGreaterThan(0);
    }
    const withPassword = fair.organizations.filter((o) => o.admin.password).map((o) => o.admin.email);
    expect(withPassword.sort()).toEqual(['exhibitor@yiqia.demo', 'foundation@yiqia.demo']);
  });

  it('has the two named accounts, each admin of an organisation with an approved booth', () => {
    const exhibitor = fair.organizations.find((o) => o.admin.email === 'exhibitor@yiqia.demo')!;
    expect(exhibitor.type).toBe('social_org');
    expect(exhibitor.regionCode).toBe('510105'); // 成都市青羊区
    expect(exhibitor.admin.password).toBe('Exhibitor2026');
    expect(exhibitor.booth?.status).toBe('approved');

    const foundation = fair.organizations.find((o) => o.admin.email === 'foundation@yiqia.demo')!;
    expect(foundation.type).toBe('foundation');
    expect(foundation.admin.password).toBe('Foundation2026');
    expect(foundation.booth?.status).toBe('approved');

    for (const a of DEMO_ACCOUNTS) {
      const org = fair.organizations.find((o) => o.admin.email === a.email)!;
      expect(org.name).toBe(a.organizationName);
      expect(org.type).toBe(a.orgType);
      expect(org.admin.password).toBe(a.password);
    }
  });

  it('puts every booth in a zone that exists, with known domains', () => {
    const zones = new Set(fair.expo.zones.map((z) => z.code));
    for (const { booth } of booths()) {
      expect(zones).toContain(booth.zoneCode);
      expect(booth.domainCodes.length).toBeGreaterThan(0);
      for (const d of booth.domainCodes) expect(SERVICE_DOMAINS).toContain(d);
      expect(new Set(booth.domainCodes).size).toBe(booth.domainCodes.length);
    }
    // Every zone has approved booths.
    for (const z of zones) expect(booths().some((b) => b.booth.zoneCode === z && b.booth.status === 'approved')).toBe(true);
  });

  it('passes the booth contract; intros are 2–4 short paragraphs of plain allowed HTML', () => {
    const allowed = { allowedTags: ['p', 'strong', 'ul', 'li'], allowedAttributes: {} };
    for (const { org, booth } of booths()) {
      const { status: _s, reviewReason: _r, logoSeed: _l, ...content } = booth;
      const parsed = updateBoothRequest.safeParse(content);
      expect({ key: org.key, issues: parsed.error?.issues ?? [] }).toEqual({ key: org.key, issues: [] });
      expect(sanitizeHtml(booth.introHtml, allowed)).toBe(booth.introHtml);
      expect(booth.introHtml).toContain(org.name.length > 0 ? '<strong>' : '');
      const paragraphs = booth.introHtml.match(/<p>/g)?.length ?? 0;
      if (booth.status === 'draft') expect(paragraphs).toBeGreaterThanOrEqual(1);
      else {
        expect(paragraphs).toBeGreaterThanOrEqual(2);
        expect(paragraphs).toBeLessThanOrEqual(5); // a heading <p> may precede a list
        expect(booth.introHtml).not.toMatch(/\{|\}|undefined|NaN/);
      }
      expect(Number.isInteger(booth.logoSeed) && booth.logoSeed >= 0).toBe(true);
    }
  });

  it('writes intros in the vocabulary of the fair reports, varied by domain', () => {
    const all = booths()
      .map((b) => b.booth.introHtml)
      .join('\n');
    for (const word of ['三社', '社区营造', '志愿', '居家养老', '四点半课堂', '垃圾分类', '人次', '个社区']) expect(all).toContain(word);
    const intros = booths().map((b) => b.booth.introHtml);
    expect(new Set(intros).size).toBe(intros.length);
  });

  it('gives submitted and approved booths at least one contact with a plausible phone', () => {
    for (const { booth } of booths()) {
      if (booth.status === 'approved' || booth.status === 'submitted') expect(booth.contacts.length).toBeGreaterThanOrEqual(1);
      for (const c of booth.contacts) {
        expect(c.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
        if (c.phone) expect(c.phone).toMatch(/^(1[3-9]\d{9}|0\d{2,3}-\d{7,8})$/);
      }
    }
  });

  it('gives booths distinct logo seeds', () => {
    const seeds = booths().map((b) => b.booth.logoSeed);
    expect(new Set(seeds).size).toBe(seeds.length);
  });
});
