/**
 * Demo listings (需求 and 资源) for the 2026 成都三社互动公益洽谈汇: about 1,150 needs and offers over the
 * demo organisations (demo-content.ts), each plausible for its organisation — foundations and companies
 * mostly offer funding, goods, volunteers and venues; government departments publish 政府购买服务,
 * 公益创投 and policies and look for providers; social organisations need funding, venues and volunteers
 * and offer professional services; communities need services and offer space; universities offer
 * research, evaluation and students.
 *
 * Pure and deterministic: a fixed seed, no I/O, no clock. Every listing has a stable key and a
 * UUID derived from it (`demoListingId`), so seeding twice adds nothing. Texts are combined from the
 * vocabulary in demo-listings-vocab.ts (topics from the real fair reports) × places × templates.
 */
import { createHash } from 'node:crypto';
import {
  TARGET_GROUP_LABELS,
  type ListingKind,
  type ListingStatus,
  type OrgType,
  type ResourceType,
  type ServiceDomain,
  type TargetGroup,
} from '@yiqia/domain';
import { DEMO_ACCOUNTS, type DemoOrganization } from './demo-content.js';
import { FAR_AREAS, LISTING_AREAS, listingArea, type ListingArea } from './demo-listings-places.js';
import { LISTING_TOPICS, type ListingTopic } from './demo-listings-vocab.js';

// ---------------------------------------------------------------------------------------------
// Public shape
// ---------------------------------------------------------------------------------------------

export interface DemoListing {
  /** Stable key, e.g. 'lst-0001' or 'lst-exhibitor-1'. */
  key: string;
  /** UUID derived from the key (see demoListingId). */
  id: string;
  /** DemoOrganization.key of the publishing organisation. */
  orgKey: string;
  kind: ListingKind;
  title: string;
  summary: string;
  /** Short HTML: p, ul/li, strong. */
  body: string;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  amountMin: number | null;
  amountMax: number | null;
  /** YYYY-MM-DD or null. */
  startsAt: string | null;
  endsAt: string | null;
  status: ListingStatus;
  /** Attach to the organisation's approved booth at the demo expo (it has one). */
  atBooth: boolean;
  /** Published this many minutes before seeding (spreads "newest first" over a month). */
  ageMinutes: number;
}

/** At least this many listings are generated (the issue asks for 1,000). */
export const DEMO_LISTING_TARGET = 1150;

const LISTING_SEED = 0x1157_2026;
/** Namespace of the demo listing UUIDs (a random UUID, fixed forever). */
const ID_NAMESPACE = 'b7d0c4e2-5a1f-4c3e-9d2b-6f8e1a7c3b90';

/** A name-based UUID (RFC 4122 version 5, SHA-1) of the key: the same key always gives the same id. */
export function demoListingId(key: string): string {
  const ns = Buffer.from(ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(key, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (mulberry32, like demo-content.ts)
// ---------------------------------------------------------------------------------------------

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1][0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(n, items.length)));
  }
}

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

function fmtCount(n: number): string {
  return n >= 10000 ? `${Math.round(n / 1000) / 10}万` : String(n);
}

/** 5000元, 3.5万元, 120万元. */
export function yuan(n: number): string {
  if (n >= 10000) return `${wan(n)}万元`;
  return `${n}元`;
}

function wan(n: number): string {
  return (n / 10000).toFixed(1).replace(/\.0$/, '');
}

/** 5万—20万元 */
function yuanRange(min: number, max: number): string {
  if (min >= 10000 && max >= 10000) return `${wan(min)}万—${wan(max)}万元`;
  return `${yuan(min)}—${yuan(max)}`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const strip = (s: string) => s.replace(/<[^>]+>/g, '');
const cn = (items: string[]) => items.join('、');
/** A service domain as a field in a sentence (资助…等养老服务项目, 有助残服务经验). */
const FIELD: Record<ServiceDomain, string> = {
  social_assistance: '社会救助',
  community_service: '社区服务',
  family: '家庭服务',
  children: '儿童服务',
  youth: '青少年服务',
  women: '妇女发展',
  elderly: '养老服务',
  disability: '助残服务',
  school: '学校社会工作',
  medical: '医务社会工作',
  disaster: '防灾减灾',
  corrections: '司法社会工作',
  veterans: '优抚安置',
  workplace: '企业社会工作',
  environment: '环境保护',
  rural_education: '乡村教育',
  community_building: '社区营造',
  volunteering: '志愿服务',
};
const label = (d: ServiceDomain) => FIELD[d];
const groupLabel = (g: TargetGroup) => TARGET_GROUP_LABELS[g].zh;

/** Joins sentences (each without its final 。) as long as the whole fits in `max` characters. */
function sentences(parts: (string | null | undefined | false)[], max = 290): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    const s = `${p}。`;
    if (out.length + s.length > max) continue;
    out += s;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Organisations as the generator sees them
// ---------------------------------------------------------------------------------------------

type Scope = 'district' | 'city' | 'province';

interface Org {
  src: DemoOrganization;
  type: OrgType;
  domains: ServiceDomain[];
  area: ListingArea;
  scope: Scope;
  /** Street or town in the organisation's name (communities, street offices). */
  street: string | null;
  /** 芳草社区, 明月村 (communities only). */
  unit: string | null;
  /** Department, industry or kind of 'other' organisation (see roleOf). */
  role: string;
  /** Short name used in texts: 邻里同心社工中心, 熊猫电器. */
  short: string;
  boothApproved: boolean;
}

const DOMAIN_HINTS: [RegExp, ServiceDomain[]][] = [
  [/退役军人|拥军/, ['veterans', 'volunteering']],
  [/生态环境|城市管理|环保|零废弃|绿色/, ['environment', 'community_building']],
  [/司法|矫正|律师/, ['corrections', 'social_assistance']],
  [/卫生健康|医|健康|心理/, ['medical', 'elderly']],
  [/教育局|小学|学校/, ['school', 'children']],
  [/应急|防灾/, ['disaster', 'volunteering']],
  [/养老|长者|老年|乐龄/, ['elderly', 'community_service']],
  [/儿童|童/, ['children', 'family']],
  [/青少年|青年/, ['youth', 'volunteering']],
  [/残|康复/, ['disability', 'family']],
  [/妇女|女性|巾帼/, ['women', 'family']],
  [/家庭|婚姻/, ['family', 'children']],
  [/乡村|农业/, ['rural_education', 'community_building']],
  [/志愿/, ['volunteering', 'community_service']],
  [/融媒体|传播/, ['volunteering', 'community_building']],
  [/建筑设计|物业|营造/, ['community_building', 'community_service']],
  [/民政/, ['community_service', 'social_assistance', 'elderly']],
  [/社区发展治理|社区发展基金/, ['community_building', 'community_service']],
];

const TYPE_DEFAULT_DOMAINS: Record<OrgType, ServiceDomain[]> = {
  government: ['community_service', 'community_building'],
  foundation: ['community_service', 'children', 'elderly'],
  company: ['workplace', 'volunteering', 'community_service'],
  social_org: ['community_service', 'community_building'],
  community: ['community_building', 'community_service'],
  university: ['community_service', 'volunteering'],
  other: ['community_service', 'volunteering'],
};

function domainsOf(o: DemoOrganization): ServiceDomain[] {
  if (o.booth && o.booth.domainCodes.length > 0) return [...o.booth.domainCodes];
  for (const [re, ds] of DOMAIN_HINTS) if (re.test(o.name)) return [...ds];
  return [...TYPE_DEFAULT_DOMAINS[o.type]];
}

const ROLE_PATTERNS: [RegExp, string][] = [
  // government
  [/社会组织管理中心/, 'socorg'],
  [/民政和人力资源社会保障局|民政局/, 'civil'],
  [/社区发展治理委员会/, 'cgov'],
  [/退役军人事务局/, 'veterans'],
  [/司法局/, 'justice'],
  [/卫生健康局/, 'health'],
  [/教育局/, 'education'],
  [/应急管理局/, 'emergency'],
  [/城市管理局|生态环境局/, 'urban'],
  [/办事处|人民政府/, 'street'],
  // companies
  [/物业服务/, 'property'],
  [/养老产业/, 'eldercare'],
  [/环保科技/, 'recycling'],
  [/信息技术/, 'it'],
  [/餐饮管理/, 'catering'],
  [/建筑设计/, 'design'],
  [/文化传播/, 'media'],
  [/农业开发/, 'agri'],
  [/医药连锁/, 'pharmacy'],
  [/电器/, 'appliance'],
  [/商业管理/, 'mall'],
  [/快递服务/, 'courier'],
  // others
  [/残疾人联合会/, 'disabled'],
  [/妇女联合会/, 'women'],
  [/共青团/, 'league'],
  [/总工会/, 'union'],
  [/红十字会/, 'redcross'],
  [/医院/, 'hospital'],
  [/小学/, 'school'],
  [/社区教育学院/, 'college'],
  [/律师事务所/, 'law'],
  [/融媒体/, 'newsroom'],
  // social organisations
  [/协会|联合会|慈善会/, 'association'],
];

function roleOf(o: DemoOrganization): string {
  for (const [re, role] of ROLE_PATTERNS) if (re.test(o.name)) return role;
  return o.type;
}

function scopeOf(o: DemoOrganization): Scope {
  if (o.type === 'foundation' && /^四川/.test(o.name)) return 'province';
  if (/^(成都市|北京市)(民政局|城乡社区发展治理委员会|退役军人事务局|生态环境局|社会组织管理中心|残疾人联合会|妇女联合会|总工会)$/.test(o.name)) return 'city';
  if (/^共青团成都市/.test(o.name) || /^成都市[^区县市]{2,3}公益慈善基金会$/.test(o.name)) return 'city';
  return 'district';
}

function shortNameOf(o: DemoOrganization): string {
  const title = o.booth?.title.split(' · ')[0];
  const stripPlace = (n: string) => n.replace(/^(成都市|四川|北京市?|上海市?|深圳市|佛山市顺德区|佛山市|广州市)/, '');
  switch (o.type) {
    case 'government':
    case 'other':
      return o.name.replace(/^成都市(?=\S{2,3}区)/, '');
    case 'university':
      return o.name;
    case 'company':
      return title ?? stripPlace(o.name).replace(/(股份)?有限公司$/, '');
    case 'community':
      return title ?? o.name;
    default:
      return (title && title.length <= 18 ? title : stripPlace(o.name).replace(/^\S{1,3}(区|县|市)(?=\S{4,})/, '')).replace(/社会工作服务中心$/, '社工中心');
  }
}

function toOrg(o: DemoOrganization): Org {
  const area = listingArea(o.regionCode);
  const m = o.name.match(/([^区县市]{2,6}(?:街道|镇|地区))([^街道镇]{1,4}(?:社区|村))(?:居民委员会|村民委员会)$/);
  const streetOffice = o.name.match(/([^区县市]{2,6}(?:街道|镇|地区))(?:办事处|人民政府)$/);
  return {
    src: o,
    type: o.type,
    domains: domainsOf(o),
    area,
    scope: scopeOf(o),
    street: m?.[1] ?? streetOffice?.[1] ?? null,
    unit: m?.[2] ?? null,
    role: roleOf(o),
    short: shortNameOf(o),
    boothApproved: o.booth?.status === 'approved',
  };
}

// ---------------------------------------------------------------------------------------------
// Where a listing is
// ---------------------------------------------------------------------------------------------

interface Where {
  code: string;
  level: Scope;
  /** 青羊区 / 成都市 / 四川省 */
  name: string;
  /** 青羊 / 成都 / 四川 */
  short: string;
  street: string | null;
  area: ListingArea | null;
}

function districtWhere(a: ListingArea, street: string | null): Where {
  return { code: a.code, level: 'district', name: a.name, short: a.short, street, area: a };
}

function cityWhere(a: ListingArea): Where {
  return { code: a.cityCode, level: 'city', name: a.city, short: a.city.replace(/(市|藏族羌族自治州|彝族自治州)$/, ''), street: null, area: null };
}

function provinceWhere(a: ListingArea): Where {
  return { code: a.provinceCode, level: 'province', name: a.province, short: a.province.replace(/(省|市)$/, ''), street: null, area: null };
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

type Draft = Omit<DemoListing, 'key' | 'id' | 'orgKey' | 'status' | 'atBooth' | 'ageMinutes'> & { status?: ListingStatus };
type Archetype = (g: Gen, o: Org) => Draft | null;

const TOPICS_BY_DOMAIN = new Map<ServiceDomain, ListingTopic[]>();
for (const t of LISTING_TOPICS) TOPICS_BY_DOMAIN.set(t.domain, [...(TOPICS_BY_DOMAIN.get(t.domain) ?? []), t]);

const YEAR = 2026;

/**
 * Programmes some organisations run in another city (a 北京 foundation in 西安, a 上海 university
 * in 杭州 …): their first listings go there, so the spread of the fair's partners is always shown.
 */
const PARTNER_REACH: [RegExp, string[]][] = [
  [/^北京光和公益基金会$/, ['610113', '610100', '610103']],
  [/^北京博善公益基金会$/, ['330102', '330100']],
  [/^北京师范大学/, ['610100', '513431']],
  [/^华东理工大学/, ['330106', '330100']],
  [/^上海浦东潍坊社区公益基金会$/, ['330106']],
  [/^华南师范大学/, ['440100', '440104']],
  [/^深圳市鹏城公益基金会$/, ['440100', '440106']],
  [/^四川嘉善公益基金会$/, ['500112', '500100', '510000']],
  [/^四川(德源|恒善)公益基金会$/, ['510000']],
  [/^四川大学公共管理学院$/, ['510000']],
  [/^西南财经大学/, ['510000']],
  [/^四川农业大学/, ['510000', '513221']],
];

function reachWhere(code: string): Where {
  const district = LISTING_AREAS.find((a) => a.code === code);
  if (district) return districtWhere(district, district.streets[0] ?? null);
  const inCity = LISTING_AREAS.find((a) => a.cityCode === code);
  if (inCity) return cityWhere(inCity);
  const inProvince = LISTING_AREAS.find((a) => a.provinceCode === code);
  if (!inProvince) throw new Error(`demo reach ${code} missing`);
  return provinceWhere(inProvince);
}

/** How far an organisation strays from its own fields: any domain at all, or a related one. */
const SPREAD: Record<OrgType, { any: number; related: number }> = {
  government: { any: 0, related: 0 },
  other: { any: 0, related: 0.05 },
  company: { any: 0.03, related: 0.1 },
  community: { any: 0.05, related: 0.15 },
  social_org: { any: 0.08, related: 0.18 },
  university: { any: 0.1, related: 0.2 },
  foundation: { any: 0.3, related: 0.2 },
};

/** Who takes up rural topics even when based in a city. */
const RURAL_REACH: OrgType[] = ['social_org', 'foundation', 'university', 'company'];

/** 社区服务 → 社区服务经验, 养老 → 养老服务经验. */
const experience = (d: string) => `${d}${d.endsWith('服务') ? '' : '服务'}经验`;

class Gen {
  readonly titles = new Set<string>();
  readonly summaries = new Set<string>();
  /** How often each topic was used, to spread listings over the whole vocabulary. */
  private readonly topicUse = new Map<string, number>();
  private readonly domainUse = new Map<ServiceDomain, number>();
  /** Partner cities still to show, per organisation key (see PARTNER_REACH). */
  private readonly reach = new Map<string, string[]>();

  constructor(readonly rng: Rng) {}

  // --- choices ---------------------------------------------------------------------------------

  /** A topic in the organisation's fields (sometimes a related one) that can ask for `resource`. */
  topic(o: Org, resource?: ResourceType, opts: { anyDomain?: number } = {}): ListingTopic {
    const r = this.rng;
    const spread = SPREAD[o.type];
    const fits = (t: ListingTopic) =>
      (!resource || !!t.asks[resource]) && (!t.by || t.by.includes(o.type)) && (!t.rural || o.area.rural || RURAL_REACH.includes(o.type));
    let domain: ServiceDomain;
    if (r.chance(opts.anyDomain ?? spread.any)) {
      // Outside its own fields an organisation goes where few have gone: the rare domains catch up.
      const byUse = [...TOPICS_BY_DOMAIN.keys()].sort((x, y) => (this.domainUse.get(x) ?? 0) - (this.domainUse.get(y) ?? 0));
      domain = r.pick(byUse.slice(0, 4));
    }
    else {
      const weights = o.domains.map((d, i) => [d, i === 0 ? 5 : 3] as const);
      domain = r.weighted(weights);
      if (r.chance(spread.related)) {
        const related = (TOPICS_BY_DOMAIN.get(domain) ?? []).flatMap((t) => t.also);
        if (related.length) domain = r.pick(related);
      }
    }
    let pool = (TOPICS_BY_DOMAIN.get(domain) ?? []).filter(fits);
    if (pool.length === 0) pool = o.domains.flatMap((d) => TOPICS_BY_DOMAIN.get(d) ?? []).filter(fits);
    if (pool.length === 0) pool = LISTING_TOPICS.filter(fits);
    // Prefer the least used topics of the pool, so every topic gets its share.
    const least = Math.min(...pool.map((t) => this.topicUse.get(t.key) ?? 0));
    const candidates = pool.filter((t) => (this.topicUse.get(t.key) ?? 0) <= least + 2);
    const t = r.pick(candidates);
    this.topicUse.set(t.key, (this.topicUse.get(t.key) ?? 0) + 1);
    this.domainUse.set(t.domain, (this.domainUse.get(t.domain) ?? 0) + 1);
    return t;
  }

  /**
   * Where a listing is: mostly the organisation's own district. Government departments stay in
   * their jurisdiction; city-level bodies post for the whole city; foundations, companies and
   * universities also reach other districts and cities; rural topics go to rural counties.
   */
  where(o: Org, t?: ListingTopic): Where {
    const r = this.rng;
    const a = o.area;
    const street = () => (o.street && r.chance(0.8) ? o.street : a.streets.length ? r.pick(a.streets) : null);
    const home = () => districtWhere(a, street());
    if (o.type === 'community') return districtWhere(a, o.street ?? street());
    if (o.type === 'government' || o.type === 'other') {
      if (o.scope === 'city') return r.chance(0.85) ? cityWhere(a) : this.otherDistrict(a, t);
      if (o.type === 'government') return home();
      return r.chance(0.85) ? home() : cityWhere(a);
    }
    if (!this.reach.has(o.src.key)) this.reach.set(o.src.key, [...(PARTNER_REACH.find(([re]) => re.test(o.src.name))?.[1] ?? [])]);
    const partner = this.reach.get(o.src.key)?.shift();
    if (partner) return reachWhere(partner);
    if (t?.rural && !a.rural) {
      const rural = LISTING_AREAS.filter((x) => x.rural && x.cityCode === a.cityCode);
      if (rural.length && r.chance(0.7)) {
        const b = r.pick(rural);
        return districtWhere(b, b.streets.length ? r.pick(b.streets) : null);
      }
      return this.far(a, t);
    }
    if (o.scope === 'province') {
      return r.weighted<() => Where>([
        [() => provinceWhere(a), 4],
        [() => cityWhere(a), 3],
        [() => this.otherDistrict(a, t), 3],
      ])();
    }
    if (o.scope === 'city') {
      return r.weighted<() => Where>([
        [() => cityWhere(a), 7],
        [() => this.otherDistrict(a, t), 2],
        [() => (a.city === '成都市' ? provinceWhere(a) : cityWhere(a)), 1],
      ])();
    }
    const reach = o.type === 'foundation' || o.type === 'company' || o.type === 'university';
    return r.weighted<() => Where>([
      [home, 70],
      [() => cityWhere(a), reach ? 10 : 6],
      [() => this.otherDistrict(a, t), reach ? 10 : 8],
      [() => this.far(a, t), reach ? 10 : 2],
      // Universities of 成都 research and train across the province.
      [() => provinceWhere(a), o.type === 'university' && a.city === '成都市' ? 6 : 0],
    ])();
  }

  /** The background of a topic fitting the place (no 村里 in a city centre). */
  bg(t: ListingTopic, w: Where, n = 1): string[] {
    const rural = w.area?.rural ?? false;
    const pool = t.background.filter((b) => rural || !/村里|村民|乡村|农村/.test(b));
    return this.rng.sample(pool.length ? pool : t.background, n).map((b) => {
      // A sentence without a place or a number gets the place in front, so it is not the same everywhere.
      const general = !/[{\d]/.test(b);
      return (general && this.rng.chance(0.6) ? `在${this.place(w)}，` : '') + this.fill(b, w);
    });
  }

  private otherDistrict(a: ListingArea, t?: ListingTopic): Where {
    const r = this.rng;
    const rural = t?.domain === 'rural_education';
    const same = LISTING_AREAS.filter((x) => x.cityCode === a.cityCode && (!rural || x.rural));
    const pool = same.length ? same : LISTING_AREAS.filter((x) => x.cityCode === a.cityCode);
    const b = r.pick(pool);
    return districtWhere(b, b.streets.length ? r.pick(b.streets) : null);
  }

  private far(a: ListingArea, t?: ListingTopic): Where {
    const r = this.rng;
    const codes = FAR_AREAS[a.city] ?? [];
    if (!codes.length) return districtWhere(a, a.streets.length ? r.pick(a.streets) : null);
    const ruralCodes = codes.filter((c) => listingArea(c).rural);
    const code = t?.domain === 'rural_education' && ruralCodes.length && r.chance(0.8) ? r.pick(ruralCodes) : r.pick(codes);
    const b = listingArea(code);
    return r.chance(0.25) ? cityWhere(b) : districtWhere(b, b.streets.length ? r.pick(b.streets) : null);
  }

  /** A place phrase for a title: street, district or short name (city/province: its name). */
  at(w: Where): string {
    if (w.level !== 'district') return w.name;
    const r = this.rng;
    if (w.street && r.chance(0.45)) return w.street;
    return r.chance(0.6) ? w.name : w.short;
  }

  /** The place named in a sentence: 青羊区少城街道 / 成都市. */
  place(w: Where): string {
    return w.level === 'district' && w.street ? `${w.name}${w.street}` : w.name;
  }

  /** Fills {a-b} and place tokens. */
  fill(text: string, w: Where): string {
    const r = this.rng;
    return text
      .replace(/\{street\}/g, w.street ?? w.name)
      .replace(/\{district\}/g, w.name)
      .replace(/\{short\}/g, w.short)
      .replace(/\{(\d+)-(\d+)\}/g, (_, a: string, b: string) => fmtCount(r.int(Number(a), Number(b))));
  }

  money(lo: number, hi: number): number {
    const n = this.rng.int(lo, Math.max(lo, hi));
    const step = n < 10_000 ? 500 : n < 100_000 ? 1_000 : n < 1_000_000 ? 10_000 : 100_000;
    return Math.max(step, Math.round(n / step) * step);
  }

  /** A project period within 2026–2027 (or none). */
  period(p: number, months: [number, number] = [3, 14]): { startsAt: string | null; endsAt: string | null } {
    const r = this.rng;
    if (!r.chance(p)) return { startsAt: null, endsAt: null };
    const start = new Date(Date.UTC(YEAR, r.int(2, 11), 1));
    if (r.chance(0.4)) start.setUTCDate(r.pick([10, 15, 20]));
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + r.int(months[0], months[1]));
    end.setUTCDate(end.getUTCDate() - 1);
    const last = new Date(Date.UTC(2027, 11, 31));
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return { startsAt: iso(start), endsAt: iso(end > last ? last : end) };
  }

  groups(t: ListingTopic, extra: TargetGroup[] = []): TargetGroup[] {
    const r = this.rng;
    const base = r.sample(t.groups, r.int(1, Math.min(3, t.groups.length)));
    return [...new Set([...base, ...extra])];
  }

  domains(t: ListingTopic, o: Org): ServiceDomain[] {
    const r = this.rng;
    const out = [t.domain];
    if (t.also.length && r.chance(0.55)) out.push(r.pick(t.also));
    if (r.chance(0.2) && !out.includes(o.domains[0])) out.push(o.domains[0]);
    return [...new Set(out)].slice(0, 3);
  }

  /** The first candidate title not used yet (null if all are). */
  title(candidates: (string | false | null)[]): string | null {
    for (const c of this.rng.shuffle(candidates.filter((x): x is string => !!x))) {
      const t = c.replace(/\s+/g, ' ').trim();
      if (t.length < 4 || t.length > 80 || this.titles.has(t)) continue;
      return t;
    }
    return null;
  }

  /** A project brand that does not repeat the service name (「四点半课堂」“四点半课堂” reads badly). */
  brand(t: ListingTopic, name: string): string | null {
    const plain = name.replace(/[“”]/g, '');
    const ok = t.brands.filter((b) => !plain.includes(b) && !b.includes(plain));
    return ok.length ? this.rng.pick(ok) : null;
  }

  en(t: ListingTopic, p: number): string | null {
    return t.en && this.rng.chance(p) ? this.rng.pick(t.en) : null;
  }

  // --- bodies ----------------------------------------------------------------------------------

  heading(options: string[]): string {
    return `<p><strong>${this.rng.pick(options)}</strong></p>`;
  }

  ul(items: string[]): string {
    return `<ul>${items.map((i) => `<li>${i.startsWith('<') ? i : esc(i)}</li>`).join('')}</ul>`;
  }

  p(text: string): string {
    return `<p>${text}</p>`;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of needs and offers
// ---------------------------------------------------------------------------------------------

/** Background, content and results of a project on a topic, as body sections. */
function projectSections(g: Gen, t: ListingTopic, w: Where, opts: { background?: boolean; results?: boolean } = {}): string {
  const r = g.rng;
  const bg = g.bg(t, w, r.int(1, 2));
  const acts = r.sample(t.activities, r.int(3, Math.min(5, t.activities.length)));
  const outs = r.sample(t.outcomes, r.int(2, Math.min(3, t.outcomes.length))).map((x) => g.fill(x, w));
  let html = '';
  if (opts.background !== false) html += g.heading(['项目背景', '问题与需求', '我们看到的问题', '背景']) + g.p(`${esc(bg.join('；'))}。`);
  html += g.heading(['服务内容', '项目内容', '我们怎么做', '主要活动']) + g.ul(acts);
  if (opts.results !== false) {
    const asList = r.chance(0.5);
    html += g.heading(['预期成效', '项目目标', '预期成果']) + (asList ? g.ul(outs) : g.p(`${esc(outs.join('；'))}。`));
  }
  return html;
}

const CONTACT_LINES: Record<ListingKind, string[]> = {
  need: [
    '欢迎到我们的展位面谈，或在平台上发起洽谈。',
    '有意向的伙伴请在平台上联系我们，我们会在三个工作日内回复。',
    '欢迎基金会、企业和爱心人士洽谈合作，可先约线上沟通。',
    '洽谈汇期间项目负责人每天在展位值守，欢迎现场交流。',
    '可提供详细项目书和预算表，欢迎索取。',
    '合作方式灵活，可以整体资助，也可以认领其中一部分。',
  ],
  offer: [
    '欢迎来展位咨询细节。',
    '有意向的机构请在平台上发起洽谈，我们会尽快回复。',
    '洽谈汇期间工作人员每天在展位值守，欢迎现场交流。',
    '可先约线上沟通，了解具体要求。',
    '详细说明可在展位索取，也可在平台上留言。',
    '名额有限，先沟通先对接。',
  ],
};

/** A paragraph with one of the topic's English-term sentences, now and then. */
function enPara(g: Gen, t: ListingTopic, p: number): string {
  const sentence = g.en(t, p);
  return sentence ? g.p(esc(`${sentence}。`)) : '';
}

function closing(g: Gen, kind: ListingKind): string {
  return g.p(g.rng.pick(CONTACT_LINES[kind]));
}

const WE: Record<OrgType, string[]> = {
  government: ['我们', '本单位'],
  foundation: ['基金会', '我们'],
  company: ['公司', '我们'],
  social_org: ['我们', '机构', '本中心'],
  community: ['社区', '我们'],
  university: ['学院', '我们', '团队'],
  other: ['我们', '本单位'],
};

function we(g: Gen, o: Org): string {
  if (o.type === 'community' && o.unit?.endsWith('村')) return g.rng.pick(['村里', '我们']);
  return g.rng.pick(WE[o.type]);
}

function fundingAmount(g: Gen, o: Org, t: ListingTopic): number {
  const [lo, hi] = t.budget;
  const r = g.rng;
  const band = r.weighted<[number, number]>([
    [[3_000, 9_500], o.type === 'community' ? 2 : 1],
    [[5_000, 20_000], o.type === 'community' ? 4 : 2],
    [[lo, Math.min(hi, lo * 3)], 5],
    [[lo, hi], 4],
  ]);
  return g.money(Math.min(band[0], band[1]), Math.max(band[0], band[1]));
}

// ---------------------------------------------------------------------------------------------
// Needs
// ---------------------------------------------------------------------------------------------

const needFunding: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, 'funding');
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const brand = g.brand(t, name);
  const ask = r.pick(t.asks.funding ?? ['项目经费']);
  const amount = fundingAmount(g, o, t);
  const P = g.at(w);
  // Who the project serves (not the volunteers or social workers who run it).
  const served = t.groups.filter((x) => x !== 'volunteers' && x !== 'social_workers');
  const group = served.length ? groupLabel(r.pick(served)) : null;
  const title = g.title([
    `${P}${name}项目寻求资金支持`,
    brand && `「${brand}」${name}项目募集${yuan(amount)}`,
    `${P}${name}服务项目寻找资助方`,
    `${name}项目（${P}）经费缺口${yuan(amount)}`,
    group && `为${group}开展${name}：寻求基金会资助`,
    `${P}${name}二期项目筹资`,
    brand && `「${brand}」${P}${name}项目寻求配套资金`,
    `${P}${name}：${ask}募集`,
    `${YEAR}年${P}${name}项目寻求资助`,
    brand && `「${brand}」${name}（${w.short}）寻找资助伙伴`,
  ]);
  if (!title) return null;
  const [a1, a2] = r.sample(t.activities, 2);
  const withRange = r.chance(0.25);
  const amountMin = withRange ? g.money(amount * 0.5, amount * 0.8) : null;
  const amountText = withRange && amountMin ? yuanRange(amountMin, amount) : yuan(amount);
  const summary = sentences([
    g.bg(t, w)[0],
    r.pick([`项目计划${a1}，并${a2}`, `${we(g, o)}将${a1}，同时${a2}`, `拟在${g.place(w)}${a1}`]),
    r.pick([
      `现寻求${amountText}资金支持，主要用于${ask}`,
      `项目尚缺${amountText}，用于${ask}`,
      `希望与基金会或爱心企业合作，募集${ask}${amountText}`,
      `需要${ask}约${amountText}`,
    ]),
    r.chance(0.6) && `预计${g.fill(r.pick(t.outcomes), w).replace(/<[^>]+>/g, '')}`,
  ]);
  const budgetItems = r.sample(['人员与督导', '活动物料', '志愿者保险与补贴', '场地与设备', '宣传与评估'], 3);
  const body =
    projectSections(g, t, w) +
    g.heading(['资金需求', '希望对接', '资金用途']) +
    g.p(`本项目需要<strong>${amountText}</strong>${esc(ask)}，预算主要包括${cn(budgetItems)}。${esc(r.pick(['可接受分期拨付，按季度提交进展报告和财务报告。', '资助方可冠名项目，我们提供季度报告和结项评估。', '也欢迎以物资和志愿服务的形式参与。']))}`) +
    enPara(g, t, 0.45) +
    closing(g, 'need');
  const resourceTypes: ResourceType[] = r.chance(0.25) && t.asks.goods ? ['funding', 'goods'] : r.chance(0.15) && t.asks.volunteers ? ['funding', 'volunteers'] : ['funding'];
  return {
    kind: 'need',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes,
    regionCode: w.code,
    amountMin,
    amountMax: amount,
    ...g.period(0.55),
  };
};

const SCHEDULES = ['每周六上午', '工作日下午4点—6点', '每月第二个周末', '寒暑假期间', '每周两次、每次2小时', '时间灵活，可线上参与', '长期（至少服务半年）'];

const needVolunteers: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, 'volunteers');
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const brand = g.brand(t, name);
  const ask = r.pick(t.asks.volunteers ?? ['志愿者']);
  const when = r.pick(SCHEDULES);
  const n = r.pick([5, 8, 10, 12, 15, 20, 30, 40, 50]);
  const P = g.at(w);
  const askShort = ask.replace(/（.*）$/, '');
  const title = g.title([
    `招募${askShort}（${P}）`,
    `${P}${name}项目招募志愿者`,
    brand && `「${brand}」长期志愿者招募`,
    `${name}志愿者招募：${when}`,
    `${P}招募${n}名${askShort}`,
    `${name}需要你：${askShort}招募`,
    brand && `「${brand}」${P}${askShort}招募`,
  ]);
  if (!title) return null;
  const skills = r.sample(['有耐心、有责任心', '有相关专业背景者优先', '能坚持服务三个月以上', '年满18周岁', '熟悉周边社区', '会说四川话更好', '有社工证或心理咨询证书者优先'], 2);
  const summary = sentences([
    g.bg(t, w)[0],
    `现招募${askShort}${n}名，${when}，协助开展${name}`,
    r.pick([
      `要求${cn(skills)}`,
      '提供岗前培训、志愿者保险和服务时长证明',
      '服务时长可记入“志愿中国”并兑换社区积分',
      '表现优秀的志愿者年底将获得社区表彰',
      '交通和餐食由项目承担',
      '欢迎企业和高校团队整队报名',
      '每位志愿者都有一名社工带教',
      '首次参加前需完成1小时线上培训',
      '可开具志愿服务证明，用于评优和实践学分',
    ]),
  ]);
  const body =
    projectSections(g, t, w, { results: r.chance(0.5) }) +
    g.heading(['志愿者岗位', '招募说明', '我们需要']) +
    g.ul([`岗位：${ask}`, `人数：${n}名`, `时间：${when}`, `地点：${g.place(w)}`, `要求：${cn(skills)}`]) +
    g.p(esc(r.pick(['我们提供岗前培训、志愿者保险、服务证明和交通补贴。', '服务满20小时可获得志愿服务证书，优秀志愿者年底表彰。', '欢迎企业员工志愿者团队和高校社团整队报名。']))) +
    closing(g, 'need');
  return {
    kind: 'need',
    title,
    summary,
    body,
    domains: [...new Set([...g.domains(t, o), ...(r.chance(0.5) ? (['volunteering'] as ServiceDomain[]) : [])])].slice(0, 3),
    targetGroups: g.groups(t, ['volunteers']),
    resourceTypes: ['volunteers'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.5, [2, 8]),
  };
};

const needVenue: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, 'venue');
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const ask = r.pick(t.asks.venue ?? ['活动场地']);
  const area = r.pick([40, 60, 80, 100, 120, 150, 200]);
  const P = g.at(w);
  const title = g.title([
    `寻找${P}${ask}`,
    `${name}项目急需${ask}`,
    `${P}${name}：寻找约${area}平方米活动场地`,
    `${name}场地需求（${P}，可长期合作）`,
    `求借${P}${ask}用于${name}`,
  ]);
  if (!title) return null;
  const summary = sentences([
    g.bg(t, w)[0],
    `我们希望在${g.place(w)}找到${ask}，面积约${area}平方米，${r.pick(['每周使用3—4个半天', '工作日白天使用', '晚间和周末使用', '希望能长期固定使用'])}`,
    r.pick(['可承担水电和日常保洁费用', '场地方可共同冠名活动', '可为场地所在社区免费开展服务作为回馈']),
  ]);
  const body =
    projectSections(g, t, w, { results: false }) +
    g.heading(['场地需求', '我们需要的空间']) +
    g.ul([`面积：约${area}平方米`, `位置：${g.place(w)}及周边`, `用途：${name}`, r.pick(['要求：一楼或有电梯，方便老人和轮椅进出', '要求：有独立卫生间和饮水设施', '要求：安全、通风，能摆放桌椅和书架'])]) +
    closing(g, 'need');
  return {
    kind: 'need',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes: ['venue'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.35),
  };
};

const needGoods: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, 'goods');
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const brand = g.brand(t, name);
  const ask = r.pick(t.asks.goods ?? ['活动物资']);
  const P = g.at(w);
  const title = g.title([
    `募集${ask}（${P}${name}项目）`,
    `${name}项目物资需求：${ask}`,
    brand && `「${brand}」募集${ask}`,
    `${P}${name}急需${ask}`,
    `${ask}募集 · ${P}`,
  ]);
  if (!title) return null;
  const value = r.chance(0.55) ? g.money(2_000, r.chance(0.4) ? 9_500 : 60_000) : null;
  const summary = sentences([
    g.bg(t, w)[0],
    `为开展${name}，现募集${ask}${value ? `，折合约${yuan(value)}` : ''}`,
    r.pick([
      '全新或九成新均可',
      '物资将建立台账并向捐赠方反馈去向',
      '可开具公益事业捐赠票据',
      '欢迎企业定向捐赠或居民认捐',
      '也接受按清单认领其中一部分',
      '捐赠方可参与发放，见证物资去向',
    ]),
  ]);
  const body =
    projectSections(g, t, w, { results: r.chance(0.4) }) +
    g.heading(['物资清单', '需要的物资']) +
    g.ul([ask, ...r.sample(['收纳箱与标签', '活动横幅与宣传单', '一次性手套和口罩', '饮用水与小点心'], r.int(0, 2))]) +
    g.p(esc(r.pick(['所有物资登记造册，使用情况在社区公示栏和平台上公开。', '捐赠方可获得捐赠证书，活动照片会反馈给捐赠方。']))) +
    closing(g, 'need');
  return {
    kind: 'need',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes: ['goods'],
    regionCode: w.code,
    amountMin: null,
    amountMax: value,
    ...g.period(0.3, [1, 6]),
  };
};

const needMedia: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, 'media');
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const brand = g.brand(t, name);
  const ask = r.pick(t.asks.media ?? ['项目传播']);
  const P = g.at(w);
  const title = g.title([`${name}项目寻求媒体传播合作`, brand && `「${brand}」寻找公益传播伙伴`, `${P}${name}：${ask}`, `寻找${ask}志愿者（${P}）`]);
  if (!title) return null;
  const summary = sentences([
    `${brand ? `「${brand}」` : '项目'}在${g.place(w)}开展${name}，${g.fill(r.pick(t.outcomes), w).replace(/<[^>]+>/g, '')}`,
    `项目做得扎实却很少被看见，希望寻找${ask}的合作伙伴`,
    r.pick(['需要摄影、短视频剪辑和公众号写作方面的支持', '希望媒体和自媒体帮助讲好服务对象的故事', '可提供采访对接和素材授权']),
  ]);
  const body =
    projectSections(g, t, w, { background: false }) +
    g.heading(['传播需求', '希望对接']) +
    g.ul(r.sample(['拍摄一支3分钟项目短视频', '撰写2—3篇人物故事', '公众号和视频号运营指导', '设计项目海报和年度报告', '对接本地媒体报道'], 3)) +
    closing(g, 'need');
  return {
    kind: 'need',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes: r.chance(0.3) ? ['media', 'volunteers'] : ['media'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    startsAt: null,
    endsAt: null,
  };
};

/** A need for professional services: supervision (social org), a provider (community, government, school), a partner (foundation, company). */
const needExpertise: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, o.type === 'social_org' ? 'expertise' : undefined);
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const P = g.at(w);
  const unit = o.unit ?? '';
  let title: string | null;
  let summary: string;
  let amountMax: number | null = null;
  let amountMin: number | null = null;
  let tail: string;
  if (o.type === 'social_org' || o.type === 'university') {
    const ask = r.pick(t.asks.expertise ?? ['专业督导']);
    title = g.title([`${name}项目寻求${ask}`, `诚邀${ask}为${name}提供支持`, `${P}${name}：寻找${ask}`, `${name}专业支持需求（${ask}）`]);
    summary = sentences([
      `${we(g, o)}在${g.place(w)}开展${name}已有${r.int(1, 6)}年`,
      g.bg(t, w)[0],
      `希望对接${ask}，${r.pick(['每月提供一次个案督导', '为一线社工做系统培训', '共同完善服务标准和工具包'])}`,
    ]);
    tail = g.p(esc(`可以是志愿服务，也可以按专业服务付费（预算约${yuan(g.money(5_000, 40_000))}/年）。`));
  } else if (o.type === 'foundation' || o.type === 'company') {
    const domainName = label(t.domain);
    title = g.title([
      `寻找${P}${name}项目执行伙伴`,
      `${o.short}寻找${domainName}领域社会组织合作`,
      `诚邀社会组织共同设计${name}项目`,
      `${name}项目招募合作机构（${P}）`,
      `寻找可长期合作的${name}社会组织`,
    ]);
    amountMax = g.money(50_000, o.type === 'foundation' ? 500_000 : 300_000);
    amountMin = r.chance(0.5) ? g.money(amountMax * 0.3, amountMax * 0.6) : null;
    summary = sentences([
      o.type === 'foundation' ? `基金会计划在${g.place(w)}支持${name}` : `公司希望在${g.place(w)}长期投入${name}，让员工也能参与其中`,
      `寻找扎根社区、有${experience(domainName)}的社会组织作为执行伙伴`,
      `合作预算${amountMin ? yuanRange(amountMin, amountMax) : `约${yuan(amountMax)}`}，${r.pick(['合作周期一年，表现良好可续签', '可先做三个月试点', '需要提交项目方案和预算'])}`,
    ]);
    tail = g.heading(['对合作机构的期待', '合作要求']) + g.ul(r.sample(['在当地注册满两年', '有专职社工团队', '财务规范，近两年年检合格', '有同类项目经验', '愿意接受第三方评估'], 3));
  } else {
    // community, government, school, 群团: a service to buy
    const buyer = o.type === 'community' ? `${unit || '社区'}` : o.short;
    amountMax = o.type === 'community' ? (r.chance(0.7) ? g.money(20_000, 150_000) : null) : g.money(80_000, o.scope === 'district' ? 800_000 : 2_000_000);
    title = g.title(
      o.type === 'community'
        ? [`${unit}${name}服务诚邀社会组织承接`, `${w.street ?? P}${unit}需求清单：${name}`, `${unit}寻找${name}专业服务机构`, `${unit}${name}项目（社区保障资金）`, `${name}进${unit}：寻找服务团队`]
        : [`${P}${name}服务项目公开征集承接机构`, `${YEAR}年${P}${name}政府购买服务承接机构征集`, `${name}项目寻找专业社会组织承接（${P}）`, `${P}${name}服务采购需求`],
    );
    summary = sentences([
      g.bg(t, w)[0],
      `${buyer}计划${o.type === 'community' ? '使用社区保障资金' : '通过政府购买服务'}引入专业社会组织开展${name}${amountMax ? `，预算${yuan(amountMax)}` : ''}`,
      r.pick([
        `服务内容包括${cn(r.sample(t.activities, 2))}`,
        `要求承接机构${r.pick(['有专职社工驻点', '具备3A及以上评估等级', '有同类服务经验', '在本区设有办公场所', '项目负责人具有中级社工师资格'])}`,
        '鼓励社会组织组成联合体申报',
        `服务期${r.pick(['一年', '两年', '十个月'])}，按季度考核`,
      ]),
    ]);
    tail = g.heading(['承接要求', '申报方式']) + g.ul(r.sample(['依法登记的社会组织', '有同类项目经验', '能安排专职社工驻点', '财务制度健全', '按要求提交服务方案和预算'], 3));
  }
  if (!title) return null;
  const body = projectSections(g, t, w, { results: r.chance(0.6) }) + tail + closing(g, 'need');
  return {
    kind: 'need',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes: r.chance(0.2) ? ['expertise', 'volunteers'] : ['expertise'],
    regionCode: w.code,
    amountMin,
    amountMax,
    ...g.period(0.55),
  };
};

// ---------------------------------------------------------------------------------------------
// Offers
// ---------------------------------------------------------------------------------------------

const offerService: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o);
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const brand = g.brand(t, name);
  const years = r.int(2, 9);
  const P = w.level === 'district' ? r.pick([w.name, w.short]) : w.name;
  const title = g.title([
    `可承接${P}${name}服务`,
    `${name}专业社工服务（${P}及周边）`,
    `提供${name}项目设计与实施`,
    brand && `「${brand}」${name}服务模式可复制输出`,
    `${name}：专业团队可驻点服务`,
    `${P}${name}服务承接（${years}年经验）`,
    `${o.short}提供${name}服务`,
  ]);
  if (!title) return null;
  const acts = r.sample(t.activities, 2);
  const fee = r.chance(0.3) ? g.money(30_000, 300_000) : null;
  const summary = sentences([
    `${we(g, o)}在${g.place(w)}开展${name}已有${years}年，过往项目中${strip(g.fill(r.pick(t.outcomes), w))}`,
    `可为街道、社区提供${cn(acts.map((a) => a.replace(/^提供/, '')))}等服务`,
    r.pick([
      '可申请政府购买服务或基金会资助，也可按项目协商',
      fee ? `年度服务费用约${yuan(fee)}，可根据服务量调整` : '服务费用按项目协商',
      '首次合作可提供一个月免费试点',
      '也可以只做其中一部分，按次结算',
      '可先免费做一次需求评估',
      '团队可在签约后两周内进驻',
      '已有标准化服务手册和督导体系',
    ]),
  ]);
  const body =
    g.heading(['我们能提供', '服务介绍', '资源说明']) +
    g.p(esc(`${o.src.name}在${g.place(w)}开展${name}已有${years}年，拥有专职社工和稳定的志愿者队伍。`)) +
    projectSections(g, t, w, { background: false }) +
    g.heading(['合作方式', '适合谁']) +
    g.p(esc(r.pick(['适合希望引入专业服务的街道、社区和物业。', '可整体承接项目，也可为社区工作者提供陪伴式督导。', '服务区域以本区为主，周边区县可协商。']))) +
    enPara(g, t, 0.35) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes: ['expertise'],
    regionCode: w.code,
    amountMin: null,
    amountMax: fee,
    ...g.period(0.25),
  };
};

const offerTraining: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o);
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const P = w.level === 'district' ? w.name : w.name;
  const audience = r.pick(['社区工作者', '一线社工', '社区社会组织骨干', '志愿者骨干', '社会组织负责人']);
  const sessions = r.int(3, 12);
  const title = g.title([
    `${name}实务培训（面向${audience}）`,
    `${name}专题工作坊 · 可上门授课`,
    `${P}${audience}${name}能力提升营`,
    `${name}督导与培训服务`,
    `免费开放：${name}系列课程（${sessions}讲）`,
    `${o.short}${name}培训课程`,
  ]);
  if (!title) return null;
  const free = r.chance(0.55);
  const fee = free ? null : g.money(5_000, 60_000);
  const summary = sentences([
    `面向${w.name}的${audience}开设${name}系列培训，共${sessions}讲`,
    `内容包括${cn(r.sample(t.activities, 2))}的实务方法和案例`,
    fee === null ? r.pick(['课程免费，名额有限', '由基金会资助，学员免费参加', '免费，结业颁发培训证书']) : `课程费用约${yuan(fee)}（整班），可上门授课`,
  ]);
  const body =
    g.heading(['课程介绍', '培训内容']) +
    g.ul(r.sample(t.activities, Math.min(4, t.activities.length)).map((a) => `${a}：方法与案例`)) +
    g.heading(['培训对象', '适合谁参加']) +
    g.p(esc(`${audience}，每期${r.int(20, 60)}人；也欢迎高校社工专业学生旁听。`)) +
    (enPara(g, t, 0.35) || (r.chance(0.15) ? g.p(esc('课程使用logic model（逻辑模型）和SROI工具，帮助学员把服务成效讲清楚。')) : '')) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: [...new Set([...g.domains(t, o).slice(0, 2), 'community_service' as ServiceDomain])],
    targetGroups: g.groups(t, ['social_workers']),
    resourceTypes: ['expertise'],
    regionCode: w.code,
    amountMin: null,
    amountMax: fee,
    ...g.period(0.5, [1, 6]),
  };
};

const EVAL_KINDS = ['第三方评估', '成效评估', '中期督导与结项评估', '需求调研与基线评估', '社会影响力评估'];

const offerEvaluation: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, undefined, { anyDomain: 0.4 });
  const w = g.where(o, t);
  const kind = r.pick(EVAL_KINDS);
  const d = label(t.domain);
  const title = g.title([
    `${d}项目${kind}服务`,
    `社会服务项目${kind}（含SROI测算）`,
    `${w.name}公益项目${kind}`,
    `为${d}项目提供${kind}${kind.includes('督导') ? '' : '与督导'}`,
    `${kind}：帮助资助方看清项目成效（${d}）`,
  ]);
  if (!title) return null;
  const fee = r.chance(0.6) ? g.money(20_000, 150_000) : null;
  const summary = sentences([
    `${we(g, o)}可为政府部门、基金会和社会组织提供${d}项目的${kind}`,
    `方法包括问卷调查、深度访谈、焦点小组和${r.pick(['SROI（社会投资回报）测算', '前后测对比', 'logic model（逻辑模型）梳理'])}`,
    fee ? `单个项目评估费用约${yuan(fee)}` : '费用按项目规模协商',
  ]);
  const body =
    g.heading(['服务内容', '我们能提供']) +
    g.ul(['评估框架与指标设计', '数据收集：问卷、访谈、焦点小组', '数据分析（SPSS、Excel、NVivo）', '评估报告与改进建议', r.pick(['SROI社会投资回报测算', '结项路演辅导'])]) +
    g.heading(['过往经验', '团队']) +
    g.p(esc(`近三年完成${d}等领域评估项目${r.int(12, 80)}个，评估报告获资助方采纳。`)) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: [...new Set([t.domain, 'community_service' as ServiceDomain])],
    targetGroups: ['social_workers', ...g.groups(t).slice(0, 1)],
    resourceTypes: ['expertise'],
    regionCode: w.code,
    amountMin: null,
    amountMax: fee,
    ...g.period(0.2),
  };
};

const offerResearch: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o);
  const w = g.where(o, t);
  const name = r.pick(t.names);
  const P = g.at(w);
  const title = g.title([
    `${name}行动研究合作`,
    `${P}${name}需求调研（师生团队免费提供）`,
    `${name}政策研究与咨询`,
    `${o.short}：${name}研究成果转化合作`,
    `与社区共同开展${name}研究`,
  ]);
  if (!title) return null;
  const summary = sentences([
    `${we(g, o)}长期研究${label(t.domain)}，可与社区、社会组织合作开展${name}的需求调研和行动研究`,
    `研究成果以报告、服务手册和政策建议等形式回馈合作方`,
    r.chance(0.4) ? '调研中使用GIS空间分析和问卷数据分析（Python/SPSS）' : r.pick(['师生团队免费参与，差旅自理', '可联合申报课题', '可为一线机构提供文献和工具支持']),
  ]);
  const body =
    g.heading(['研究方向', '可提供']) +
    g.ul([`${name}的需求评估与效果研究`, '社区调研设计与数据分析', '政策咨询与研究报告', r.pick(['服务手册与课程开发', '学术论文与案例集'])]) +
    projectSections(g, t, w, { results: false }) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes: ['expertise'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.4),
  };
};

/** What a company's employee volunteers are good at, by industry. */
const VOLUNTEER_SKILLS: Record<string, string> = {
  catering: '营养配餐和送餐',
  pharmacy: '健康咨询和用药指导',
  eldercare: '老人护理和陪伴',
  it: 'IT和数据分析',
  design: '设计和手绘',
  property: '水电维修和保洁',
  appliance: '家电维修和安全检查',
  courier: '物流配送和驾驶',
  mall: '活动策划和现场服务',
  media: '摄影、剪辑和文案',
  agri: '农技和电商直播',
  recycling: '环保宣讲和分拣',
};

const offerVolunteers: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, 'volunteers');
  const w = g.where(o, t);
  const name = r.pick(t.names);
  // Companies, universities, the Youth League and communities field large teams; others small ones.
  const large = ['company', 'university', 'community'].includes(o.type) || o.role === 'league';
  const n = large ? r.pick([10, 15, 20, 30, 40, 50, 80, 100]) : r.pick([4, 5, 6, 8, 10, 12]);
  const P = g.at(w);
  const who: Record<OrgType, string> = {
    company: `${o.short}员工志愿者`,
    university: `${o.short}学生志愿者`,
    community: `${o.unit ?? '社区'}居民志愿队`,
    social_org: `${o.short}志愿服务队`,
    foundation: `${o.short}志愿者`,
    government: '街道志愿服务队',
    other: `${o.short}志愿者`,
  };
  const team = o.role === 'league' ? '青年志愿者服务队' : who[o.type];
  const title = g.title([
    `${team}可对接${name}`,
    `${team}：每月可组织${n}人参与${name}`,
    `${P}${name}志愿服务资源`,
    `${name}志愿者团队可提供服务（${P}）`,
    `${team}${r.pick(['开放预约', '招募服务项目', '寻找服务点位'])}（${name}）`,
  ]);
  if (!title) return null;
  const skills =
    o.type === 'company'
      ? r.pick([VOLUNTEER_SKILLS[o.role] ?? '活动策划和摄影', '财务、法律和IT'])
      : o.type === 'university'
        ? r.pick(['社会工作、心理学', '教育学、外语', '计算机（Python/数据分析）'])
        : r.pick(['陪伴、探访和活动组织', '文艺表演和手工', '宣传和秩序维护', '摄影和文案', '心理陪伴和倾听', '手语和无障碍服务', '急救和安全知识', '书法、剪纸等传统文化']);
  const summary = sentences([
    `${team}共有${n * (large ? r.int(2, 5) : r.int(2, 3))}人，${r.pick(['每月', '每季度', '每周末'])}可组织${n}人参与${name}`,
    `成员擅长${skills}`,
    r.pick([
      '希望对接有明确岗位和督导的社区项目',
      '可自带物资和交通，需要社区提供场地和服务对象对接',
      '适合长期结对，也可参与一次性活动',
      '可以长期服务同一个社区',
      '需要服务方提前一周告知人数和岗位',
      '周末和节假日均可安排',
      '首次服务前希望先到现场踩点',
      '以老人和儿童为服务对象的项目优先',
    ]),
  ]);
  const body =
    g.heading(['资源说明', '我们可以提供']) +
    g.ul([`志愿者人数：每次${n}人左右`, `擅长：${skills}`, `可服务时间：${r.pick(SCHEDULES)}`, `服务区域：${g.place(w)}及周边`]) +
    g.heading(['希望对接', '合作方式']) +
    g.p(esc(`适合${name}等项目，${r.pick(['希望社会组织提供岗前培训和现场督导。', '活动后请协助出具志愿服务时长证明。', '可长期结对一个社区或一家机构。'])}`)) +
    (o.type === 'company' && r.chance(0.5) ? g.p(esc('员工参与情况将纳入公司CSR/ESG报告。')) : '') +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: [...new Set([t.domain, 'volunteering' as ServiceDomain])],
    targetGroups: g.groups(t),
    resourceTypes: ['volunteers'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.3),
  };
};

/** Spaces an organisation can lend, by role or type (none: it has no venue to offer). */
const VENUES: Partial<Record<string, string[]>> = {
  community: ['党群服务中心多功能活动室', '社区闲置用房', '社区综合体二楼空间', '院落议事厅', '社区书屋', '社区广场'],
  village: ['村党群服务中心活动室', '村级文化活动室', '闲置村小校舍', '村民议事厅'],
  civil: ['社会组织孵化基地工位', '公益园区办公空间'],
  cgov: ['社区综合体公共空间', '社区营造中心共享空间'],
  street: ['社区综合体公共空间', '街道社工站会议室', '党群服务中心多功能厅'],
  socorg: ['社会组织发展服务中心共享空间'],
  mall: ['商场中庭与公益快闪场地', '商场三楼社区会客厅', '商业街区户外广场'],
  property: ['小区架空层', '物业会所活动室', '小区闲置配套用房'],
  eldercare: ['养老机构多功能厅'],
  catering: ['门店就餐区（下午闲时）'],
  union: ['职工之家活动中心', '职工服务驿站'],
  women: ['妇女儿童之家活动室'],
  college: ['社区学习点教室', '老年大学教室'],
  school: ['学校操场和图书室（周末开放）'],
  social_org: ['机构运营的社区空间', '机构培训教室'],
  association: ['会员服务中心会议室'],
  university: ['学院会议室与研讨室'],
};

function venuesOf(o: Org): string[] | null {
  if (o.type === 'community') return (o.unit?.endsWith('村') ? VENUES.village : VENUES.community) ?? null;
  return VENUES[o.role] ?? (o.type === 'social_org' || o.type === 'university' ? (VENUES[o.type] ?? null) : null);
}

const offerVenue: Archetype = (g, o) => {
  const r = g.rng;
  const venues = venuesOf(o);
  if (!venues) return null;
  const t = g.topic(o);
  // A venue is somewhere: always a district (the organisation's own when the draw says city).
  const drawn = g.where(o, t);
  const w = drawn.level === 'district' ? drawn : districtWhere(o.area, o.street ?? (o.area.streets.length ? r.pick(o.area.streets) : null));
  const owner = o.type === 'community' ? (o.unit ?? '社区') : o.short;
  // 芳草社区 + 社区书屋 reads 芳草社区书屋.
  const rawVenue = r.pick(venues);
  const venue = owner.endsWith('社区') ? rawVenue.replace(/^社区/, '') : rawVenue;
  const area = r.pick([30, 50, 60, 80, 120, 150, 200, 300, 500]);
  const name = r.pick(t.names);
  const title = g.title(
    o.type === 'community'
      ? [
          `${owner}${venue}免费开放`,
          `${owner}${venue}可用于${name}`,
          `${w.street ?? w.name}${owner}${venue}（${area}平方米）招募使用伙伴`,
          `${rawVenue}开放预约：欢迎社会组织到${owner}开展${name}`,
        ]
      : [
          `${owner}${venue}免费开放`,
          `${owner}${venue}可用于${name}`,
          `${venue}（${area}平方米）招募使用伙伴 · ${w.short}`,
          `${owner}${venue}开放预约：欢迎开展${name}`,
        ],
  );
  if (!title) return null;
  const summary = sentences([
    `${owner}${venue}面积约${area}平方米，${/广场|操场/.test(venue) ? '户外场地，可搭帐篷和小舞台' : r.pick(['配有桌椅、投影和无线网络', '一楼临街，无障碍通道', '有厨房和卫生间，适合开展长者和亲子活动', `可容纳${Math.max(20, Math.round(area / 2.5))}人左右的活动`])}`,
    `${r.pick(['工作日白天', '晚间和周末', '每周二、四下午', '除周一外每天', '每周一、三、五', '寒暑假期间每天'])}可免费预约使用，优先用于${name}等公益服务`,
    r.pick([
      '使用方需为社区居民提供一定时长的公益服务作为回馈',
      '欢迎社会组织长期入驻',
      '需提前一周在平台预约',
      '长期入驻的机构可共用办公设备',
      '活动结束后请恢复场地原状',
      '可提供饮水和简单茶歇',
      '场地有专人管理，钥匙在社区值班室领取',
    ]),
  ]);
  const body =
    g.heading(['场地介绍', '空间说明']) +
    g.ul([`面积：约${area}平方米`, `地址：${g.place(w)}`, `设施：${r.pick(['桌椅40套、投影、音响', '厨房、冰箱、无障碍卫生间', '儿童阅读角和游戏区', '会议桌、白板和无线网络'])}`, `开放时间：${r.pick(['周一至周五 9:00—21:00', '周二至周日 9:00—17:30', '周末全天'])}`]) +
    g.heading(['使用要求', '合作方式']) +
    g.p(esc(r.pick(['开展公益活动免费使用，商业活动不予安排。', '入驻机构每年需为辖区居民提供不少于100小时的公益服务。', '请提前提交活动方案，活动结束后恢复场地原状。']))) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t, ['community_residents']),
    resourceTypes: ['venue'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.2),
  };
};

const PROGRAMS = ['社区伙伴', '益苗', '暖巢', '同行', '星光', '筑巢', '种子', '微光', '共善', '和美', '众创共善', '向阳', '蓉善', '守望', '点亮'];
const DOMAIN_PROGRAMS: Partial<Record<ServiceDomain, string[]>> = {
  elderly: ['乐龄', '银龄'],
  children: ['童行', '护苗'],
  youth: ['青苗'],
  environment: ['绿缘', '绿色家园'],
  rural_education: ['耕读', '乡村师生赋能'],
  disability: ['融合', '星星'],
  community_building: ['和美社区', '耕善'],
};

/** Funding offered: foundation grants, company donations, government purchases and 公益创投, 群团 projects. */
const offerFunding: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o, 'funding');
  const plan = o.type === 'foundation' && r.chance(0.3);
  let w = g.where(o, t);
  // A funding plan covers a city or a province, never one street.
  if (plan && w.level === 'district') w = o.scope === 'province' ? provinceWhere(o.area) : cityWhere(w.area ?? o.area);
  const name = r.pick(t.names);
  const d = label(t.domain);
  // Only a street office funds one street; everybody else names the district or city.
  const P = o.role === 'street' ? (w.street ?? w.name) : w.level === 'district' ? r.pick([w.name, w.short]) : w.name;
  const at = o.role === 'street' ? g.place(w) : w.name;
  const program = r.pick([...PROGRAMS, ...(DOMAIN_PROGRAMS[t.domain] ?? []), ...(DOMAIN_PROGRAMS[t.domain] ?? [])]);
  let title: string | null;
  let amountMin: number | null = null;
  let amountMax: number;
  let lead: string;
  let how: string[];
  const isGov = o.type === 'government' || ['disabled', 'women', 'league', 'union'].includes(o.role);
  if (o.type === 'foundation') {
    if (plan) {
      amountMax = g.money(1_000_000, 12_000_000);
      title = g.title([
        `「${program}」计划${YEAR}年度资助${yuan(amountMax)}：${d}项目征集`,
        `${yuan(amountMax)}${d}资助计划发布（${P}）`,
        `${P}${name}专项资助计划`,
      ]);
      lead = `基金会${YEAR}年投入${yuan(amountMax)}，面向${at}征集${d}领域项目，重点支持${name}`;
    } else {
      amountMin = g.money(10_000, 80_000);
      amountMax = g.money(amountMin * 2, amountMin * 6);
      title = g.title([
        `「${program}」计划：${name}项目资助（单个项目最高${yuan(amountMax)}）`,
        `${d}项目资助：单个项目${yuanRange(amountMin, amountMax)}`,
        `${P}${name}项目资助申请开放`,
        `${YEAR}年${name}项目资助征集`,
        `「${program}」${P}${d}项目征集`,
        `资助${name}：${yuanRange(amountMin, amountMax)}/项目`,
      ]);
      lead = `「${program}」计划面向${at}扎根社区的社会服务机构和社区社会组织，资助${name}等${d}项目，单个项目${yuanRange(amountMin, amountMax)}`;
    }
    how = ['项目征集', '初筛', '尽职调查', '评审会', '公示', '签约资助'];
  } else if (o.type === 'company') {
    amountMax = g.money(30_000, 1_000_000);
    amountMin = r.chance(0.3) ? g.money(amountMax * 0.2, amountMax * 0.5) : null;
    title = g.title([
      `${o.short}公益专项：资助${name}项目`,
      `企业捐赠${yuan(amountMax)}支持${P}${name}`,
      `${o.short}CSR基金：${name}项目征集`,
      `${P}${name}企业资助（${yuan(amountMax)}）`,
      `${o.short}${YEAR}年度公益预算开放申请（${d}）`,
    ]);
    lead = `${o.short}${YEAR}年拿出${yuan(amountMax)}公益预算，支持${at}的${name}项目，优先支持可以让员工参与的项目`;
    how = ['提交项目方案', '企业公益委员会评审', '实地走访', '签约拨款', '季度反馈'];
  } else if (isGov && r.chance(0.45)) {
    // 公益创投
    amountMin = g.money(20_000, 80_000);
    amountMax = g.money(Math.max(amountMin * 2, 100_000), 400_000);
    const total = g.money(500_000, o.scope === 'district' ? 3_000_000 : 10_000_000);
    const nth = r.int(3, 11);
    title = g.title([
      `${P}第${nth}届公益创投大赛（${d}）`,
      `${YEAR}年${P}社区公益创投项目征集`,
      `${P}公益微创投：${name}等项目征集`,
      `${o.short}${YEAR}年公益创投（总额${yuan(total)}）`,
    ]);
    lead = `${YEAR}年${o.short}安排公益创投资金${yuan(total)}，面向社会组织征集${name}等${d}项目，单个项目资助${yuanRange(amountMin, amountMax)}`;
    how = ['发布指南', '申报辅导', '项目路演', '专家评审', '公示', '中期督导与结项评估'];
  } else {
    // 政府购买服务
    amountMax = g.money(o.type === 'government' && o.role === 'street' ? 100_000 : 300_000, o.scope === 'district' ? (o.role === 'street' ? 800_000 : 3_000_000) : 5_000_000);
    title = g.title([
      `${P}${YEAR}年${name}政府购买服务项目`,
      `${name}服务（政府购买）项目发布 · ${P}`,
      `${P}${name}购买服务项目（预算${yuan(amountMax)}）`,
      `${YEAR}年度${P}${d}${d.endsWith('服务') ? '' : '服务'}购买计划`,
    ]);
    lead = `${o.short}${YEAR}年安排${yuan(amountMax)}，通过政府购买服务方式委托专业社会组织在${at}开展${name}`;
    how = ['发布采购公告', '社会组织报名', '评审', '签订服务合同', '季度考核与年度评估'];
  }
  if (!title) return null;
  const summary = sentences([
    lead,
    r.pick([
      `申报机构须依法登记${r.int(1, 3)}年以上，财务制度健全`,
      `优先支持${cn(r.sample(t.groups.map(groupLabel), Math.min(2, t.groups.length)))}服务项目`,
      '欢迎社区与社会组织联合申报',
      '评审注重需求精准、方法专业和可持续性',
      '项目须有明确的服务对象和可衡量的成效',
      '鼓励首次申报的小型机构',
      '已获其他资助的项目可申请配套',
      '不资助单纯的物资发放和一次性活动',
      '申报时需提供近一年的财务报告',
      `${YEAR}年${r.int(7, 11)}月底前截止申报`,
    ]),
    r.chance(0.25) && `资助流程：${how.join('→')}`,
  ]);
  const body =
    g.heading(['资助方向', '项目说明', '资源说明']) +
    g.p(esc(`${lead}。`)) +
    g.ul(r.sample(t.activities, 3).map((a) => `支持${a}`)) +
    g.heading(['申报条件', '对申报机构的要求']) +
    g.ul(r.sample(['依法登记的社会组织或社区社会组织', '有专职工作人员和同类项目经验', '近两年年检合格、无不良记录', '项目实施地在资助区域内', '配套自筹资金不低于10%'], 3)) +
    g.heading(['流程', '资助流程']) +
    g.p(esc(how.join(' → '))) +
    (o.type === 'company' && r.chance(0.4) ? g.p(esc('项目成效将纳入公司年度ESG报告，合作机构需配合提供数据。')) : '') +
    (o.type === 'foundation' && r.chance(0.25) ? g.p(esc('结项评估采用SROI（社会投资回报）方法，基金会承担评估费用。')) : '') +
    closing(g, 'offer');
  const rt: ResourceType[] = isGov && r.chance(0.3) ? ['funding', 'policy'] : o.type === 'foundation' && r.chance(0.25) ? ['funding', 'expertise'] : ['funding'];
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t),
    resourceTypes: rt,
    regionCode: w.code,
    amountMin,
    amountMax,
    ...g.period(0.7, [1, 12]),
  };
};

/** Small grants (微基金, 居民自治微项目) of a few thousand yuan: foundations and community-development bodies. */
const offerMicroGrant: Archetype = (g, o) => {
  const r = g.rng;
  if (o.type === 'government' && !['cgov', 'street', 'civil'].includes(o.role)) return null;
  const t = g.topic(o, 'funding');
  const w = g.where(o, t);
  const amount = r.pick([3_000, 5_000, 5_000, 6_000, 8_000]);
  const n = r.int(10, 60);
  const name = r.pick(t.names);
  const P = o.role === 'street' ? (w.street ?? w.name) : w.level === 'district' ? r.pick([w.name, w.short]) : w.name;
  const program = r.pick(['微光', '微心愿', '邻里微基金', '小种子', '一点点', '微行动']);
  const title = g.title([
    `「${program}」社区微项目资助：每个项目${yuan(amount)}`,
    `${P}居民自治微项目征集（每项${yuan(amount)}以内）`,
    `${P}社区微基金小额资助开放申请（${name}）`,
    `${name}小额资助：${n}个名额，每个${yuan(amount)}`,
  ]);
  if (!title) return null;
  const summary = sentences([
    `面向${o.role === 'street' ? g.place(w) : w.name}的社区自组织和居民骨干，资助${name}等居民自己发起的小项目${n}个，每个不超过${yuan(amount)}`,
    r.pick(['申报只需填写一页表格', '不要求登记注册，由社区推荐即可', '优先支持第一次申报的居民团队', '资助后安排社工陪伴实施']),
    r.chance(0.5) && `${YEAR}年${r.int(7, 11)}月集中评审`,
  ]);
  const body =
    g.heading(['资助内容', '资源说明']) +
    g.ul([`名额：${n}个`, `每个项目：不超过${yuan(amount)}`, `方向：${name}等${label(t.domain)}小项目`, '对象：社区自组织、居民骨干团队']) +
    g.heading(['申请方式']) +
    g.p(esc(r.pick(['填写一页申请表，经社区推荐后两周内答复。', '居民团队在洽谈汇展位现场路演，当场评审。', '每季度集中评审一次，结果在平台公示。']))) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: [...new Set([t.domain, 'community_building' as ServiceDomain])],
    targetGroups: g.groups(t, ['community_residents']),
    resourceTypes: ['funding'],
    regionCode: w.code,
    amountMin: null,
    amountMax: amount,
    ...g.period(0.6, [3, 10]),
  };
};

/** Goods a company (or the Red Cross) can donate, by industry: [what, quantities]. */
const GOODS: Record<string, { goods: [string, string[]][]; domains: ServiceDomain[]; groups: TargetGroup[] }> = {
  property: { goods: [['小区公共空间维修材料', ['一批']], ['社区微更新用绿植和座椅', ['一批', '{20-60}套座椅']]], domains: ['community_building'], groups: ['community_residents'] },
  eldercare: { goods: [['护理床、轮椅和助行器', ['一批', '{20-120}件']], ['成人纸尿裤等护理用品', ['{100-600}箱']]], domains: ['elderly', 'disability'], groups: ['elderly', 'people_with_disabilities'] },
  recycling: { goods: [['智能分类回收箱', ['{5-40}台']], ['分类垃圾桶与宣传物料', ['{200-1200}套']]], domains: ['environment'], groups: ['community_residents'] },
  it: { goods: [['翻新笔记本电脑', ['{20-120}台']], ['平板电脑和路由器', ['{20-80}套']]], domains: ['rural_education', 'children', 'elderly'], groups: ['students', 'elderly'] },
  catering: { goods: [['长者爱心午餐', ['{2000-12000}份']], ['节日爱心餐和月饼', ['{500-3000}份']]], domains: ['elderly', 'social_assistance'], groups: ['elderly', 'low_income'] },
  agri: { goods: [['大米和菜籽油', ['{2-20}吨']], ['时令水果和蔬菜', ['{1-10}吨']]], domains: ['social_assistance', 'rural_education'], groups: ['low_income', 'rural_residents'] },
  pharmacy: { goods: [['常用药品与家庭药箱', ['{200-1500}份']], ['血压计和血糖仪', ['{50-300}台']]], domains: ['medical', 'elderly'], groups: ['elderly', 'patients'] },
  appliance: { goods: [['电风扇和电暖器', ['{100-800}台']], ['冰箱和洗衣机', ['{20-120}台']]], domains: ['social_assistance', 'elderly'], groups: ['low_income', 'elderly'] },
  mall: { goods: [['商场积分兑换的生活用品', ['一批']], ['儿童玩具和文具', ['{300-2000}份']]], domains: ['community_service', 'children'], groups: ['children', 'community_residents'] },
  courier: { goods: [['公益物资免费运输', ['每月{2-10}吨', '全年不限次']], ['旧纸箱回收与包装材料', ['一批']]], domains: ['social_assistance', 'environment'], groups: ['low_income', 'rural_residents'] },
  media: { goods: [['活动摄影器材借用', ['{5-20}套']]], domains: ['volunteering'], groups: ['volunteers'] },
  design: { goods: [['社区导视牌和宣传展板', ['{20-100}块']]], domains: ['community_building'], groups: ['community_residents'] },
  redcross: { goods: [['应急救灾物资和家庭应急包', ['{300-2000}份']], ['AED与急救训练模型', ['{5-30}台']]], domains: ['disaster', 'medical'], groups: ['community_residents', 'volunteers'] },
};

const offerGoods: Archetype = (g, o) => {
  const r = g.rng;
  const spec = GOODS[o.role];
  if (!spec) return null;
  const [goods, quantities] = r.pick(spec.goods);
  const qtyText = r.pick(quantities).replace(/\{(\d+)-(\d+)\}/, (_, a: string, b: string) => String(r.int(Number(a), Number(b))));
  const domain = r.pick(spec.domains);
  const t = r.pick(TOPICS_BY_DOMAIN.get(domain) ?? LISTING_TOPICS);
  const w = g.where(o, t);
  const P = g.at(w);
  const value = r.chance(0.7) ? g.money(10_000, 300_000) : null;
  const title = g.title([
    `${o.short}${goods.startsWith('公益物资') ? '提供' : '捐赠'}${goods}（${qtyText}）`,
    `${goods}定向捐赠：面向${P}${groupLabel(r.pick(spec.groups))}`,
    `可提供${goods}支持${r.pick(t.names)}`,
    `${P}${goods}捐赠对接`,
    `${goods}开放申领（${P}）`,
  ]);
  if (!title) return null;
  const summary = sentences([
    `${o.short}可${goods.startsWith('公益物资') ? '提供' : '捐赠'}${goods}${qtyText}${value ? `，价值约${yuan(value)}` : ''}`,
    `优先支持${g.place(w)}的${cn(spec.groups.map(groupLabel))}服务项目，如${r.pick(t.names)}`,
    r.pick(['需要受赠机构提供使用计划和反馈照片', '可开具捐赠票据，物流由我们负责', '欢迎社区和社会组织申领']),
  ]);
  const body =
    g.heading(['可提供物资', '资源说明']) +
    g.ul([`${goods}：${qtyText}`, value ? `价值：约${yuan(value)}` : '价值：按实际数量核算', `配送：${r.pick([`免费送达${o.area.city.replace(/市$/, '')}市区`, '受赠方自提', '统一配送到社区'])}`]) +
    g.heading(['申领要求', '对接方式']) +
    g.p(esc(r.pick(['请说明服务对象、数量和使用计划，物资发放后一个月内反馈照片和名单。', '优先对接有长期服务关系的社会组织，避免一次性发放。', '我们会安排员工志愿者一起参与发放。']))) +
    (r.chance(0.3) ? g.p(esc('本次捐赠是公司ESG行动的一部分。')) : '') +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: [...new Set([domain, ...(o.type === 'company' && r.chance(0.5) ? (['workplace'] as ServiceDomain[]) : [])])],
    targetGroups: [...spec.groups],
    resourceTypes: r.chance(0.2) ? ['goods', 'volunteers'] : ['goods'],
    regionCode: w.code,
    amountMin: null,
    amountMax: value,
    ...g.period(0.35, [1, 6]),
  };
};

/** Skills a company (or law firm, Red Cross …) gives pro bono, by industry. */
const SKILLS: Record<string, { skill: string[]; domains: ServiceDomain[]; en?: string }> = {
  property: { skill: ['水电维修与适老化改造施工', '小区公共空间共建共管'], domains: ['community_building', 'elderly'] },
  eldercare: { skill: ['失能老人照护培训', '助浴与康复指导'], domains: ['elderly', 'medical'] },
  recycling: { skill: ['垃圾分类数据分析与督导', '再生资源回收体系设计'], domains: ['environment'], en: '回收数据接入我们的IoT平台，可按月生成小区分类报告' },
  it: { skill: ['公益小程序与数字化工具开发', '数据分析与信息化咨询'], domains: ['community_service', 'volunteering'], en: '团队熟悉Python、SaaS和AI应用，可帮社会组织做数据看板' },
  catering: { skill: ['中央厨房与食品安全管理', '营养配餐指导'], domains: ['elderly'] },
  design: { skill: ['社区规划与微更新设计', '参与式设计工作坊带领'], domains: ['community_building'], en: '设计师可用BIM和SketchUp出方案，并带居民做Design Thinking工作坊' },
  media: { skill: ['公益项目短视频拍摄', '社会组织新媒体运营培训'], domains: ['volunteering', 'community_service'] },
  agri: { skill: ['助农直播与电商运营', '农产品品牌设计'], domains: ['rural_education'] },
  pharmacy: { skill: ['药师义诊与用药咨询', '慢病健康管理讲座'], domains: ['medical', 'elderly'] },
  appliance: { skill: ['家电上门维修与安全检查', '工程师科普课程'], domains: ['elderly', 'children'], en: '工程师志愿者开设STEM科普课，讲电从哪里来' },
  mall: { skill: ['公益市集策划与运营', '会员公益活动招募'], domains: ['community_service'] },
  courier: { skill: ['公益物资仓储与物流', '快递员社区网格协作'], domains: ['social_assistance', 'workplace'] },
  law: { skill: ['公益法律咨询与法律援助', '社会组织合规与合同审查', '社区“法律明白人”培训'], domains: ['corrections', 'social_assistance', 'community_service'] },
  redcross: { skill: ['应急救护员取证培训', '防灾减灾科普'], domains: ['disaster', 'medical'], en: '课程含CPR+AED实操，考核合格颁发救护员证' },
  hospital: { skill: ['医务社工实务培训', '社区健康讲座与义诊'], domains: ['medical'] },
  college: { skill: ['老年教育课程送教上门', '社区教育课程开发'], domains: ['elderly', 'community_service'] },
  newsroom: { skill: ['社区公益故事采访报道', '社区通讯员培训'], domains: ['volunteering', 'community_building'] },
};

const offerSkills: Archetype = (g, o) => {
  const r = g.rng;
  const spec = SKILLS[o.role];
  if (!spec) return offerService(g, o);
  const skill = r.pick(spec.skill);
  const domain = r.pick(spec.domains);
  const t = r.pick(TOPICS_BY_DOMAIN.get(domain) ?? LISTING_TOPICS);
  const w = g.where(o, t);
  const P = g.at(w);
  const hours = r.pick([50, 100, 200, 300, 500]);
  const title = g.title([
    `${o.short}：${skill}（公益）`,
    `${skill}免费提供给社会组织`,
    `${P}${skill}`,
    `专业志愿服务：${skill}`,
    `${skill}，每年${hours}小时公益时长`,
  ]);
  if (!title) return null;
  const summary = sentences([
    `${o.short}可为${g.place(w)}的社区和社会组织提供${skill}`,
    `${YEAR}年计划投入公益服务${hours}小时，${r.pick(['完全免费', '只收取材料成本', '由公司公益预算承担'])}`,
    r.pick([`适合${r.pick(t.names)}等项目`, '请提前两周预约', '可长期结对服务']),
  ]);
  const body =
    g.heading(['可提供的专业服务', '资源说明']) +
    g.ul([skill, ...r.sample(spec.skill.filter((s) => s !== skill), 1), `服务时长：每年约${hours}小时`]) +
    (spec.en && r.chance(0.6) ? g.p(esc(`${spec.en}。`)) : '') +
    g.heading(['对接方式']) +
    g.p(esc(r.pick(['请在平台上说明需求和时间，我们会安排专业人员对接。', '优先支持扎根社区、服务困难群体的小型社会组织。']))) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: [...new Set([domain, ...(o.type === 'company' ? (['workplace'] as ServiceDomain[]) : [])])].slice(0, 3),
    targetGroups: g.groups(t),
    resourceTypes: r.chance(0.3) ? ['expertise', 'volunteers'] : ['expertise'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.3),
  };
};

const POLICIES: Record<string, string[]> = {
  civil: ['社会组织培育扶持资金', '社会工作专业人才奖励', '养老服务机构运营补贴', '社区社会组织登记备案“绿色通道”'],
  cgov: ['社区保障资金使用指引', '社区社会企业培育扶持', '城乡社区发展治理专项资金', '社区营造示范项目奖补'],
  veterans: ['退役军人创业贷款贴息', '退役军人就业岗位补贴', '优抚对象关爱政策'],
  justice: ['社区矫正社会力量参与激励', '公共法律服务购买'],
  health: ['医养结合机构补贴', '安宁疗护试点政策', '心理健康服务体系建设'],
  education: ['家校社协同育人试点', '学校社会工作试点政策'],
  emergency: ['社会应急力量建设扶持', '综合减灾示范社区创建'],
  urban: ['生活垃圾分类激励政策', '垃圾分类示范小区奖补'],
  street: ['社区社会组织孵化扶持', '街道社工站入驻政策'],
  socorg: ['社会组织参与垃圾分类助力计划', '“公益1+1”资助行动申报指引'],
  disabled: ['残疾人辅助性就业扶持', '残疾人居家托养服务补贴'],
  women: ['巾帼创业贷款贴息', '妇女儿童之家建设扶持'],
  league: ['青年志愿服务项目扶持', '青少年之家阵地建设'],
  union: ['新就业形态劳动者关爱阵地扶持', '职工服务项目购买'],
};

const offerPolicy: Archetype = (g, o) => {
  const r = g.rng;
  const list = POLICIES[o.role] ?? POLICIES.civil;
  const policy = r.pick(list);
  const t = g.topic(o);
  // A policy applies in the department's jurisdiction: its district, or its whole city.
  const w = o.scope === 'city' ? cityWhere(o.area) : districtWhere(o.area, null);
  const P = w.name;
  const subsidy = r.chance(0.55) ? g.money(5_000, 200_000) : null;
  const title = g.title([
    `${P}${policy.replace(/政策$/, '')}政策解读`,
    `${policy}申报指南（${YEAR}年）`,
    `${o.short}：${policy}`,
    `${P}${YEAR}年${policy}开始申报`,
    `政策支持：${policy}（${P}）`,
  ]);
  if (!title) return null;
  const summary = sentences([
    `${o.short}${YEAR}年继续实施${policy}，面向${g.place(w)}的${r.pick(['社会组织', '社区社会组织和社会企业', '街道、社区和社会组织', '服务机构'])}`,
    subsidy ? `符合条件的单位最高可获${yuan(subsidy)}支持` : r.pick(['在登记、场地、人才等方面给予支持', '具体条件见政策原文，欢迎咨询']),
    r.pick(['洽谈汇期间在展位提供一对一政策咨询', '可在平台上预约政策解读', '申报材料可在区政务服务网下载']),
  ]);
  const body =
    g.heading(['政策要点', '支持内容']) +
    g.ul(r.sample([`${policy}`, '登记备案和年检指导', '优先参与政府购买服务', '孵化基地免费入驻', '人才培训和职称评定支持', subsidy ? `资金奖补：最高${yuan(subsidy)}` : '按规定给予资金奖补'], 4)) +
    g.heading(['适用对象', '申报方式']) +
    g.p(esc(`在${g.place(w)}开展${label(t.domain)}服务的单位；${r.pick(['全年受理，季度评审。', '每年两批次集中申报。', '先到先审，额满即止。'])}`)) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: g.groups(t, r.chance(0.4) ? ['social_workers'] : []),
    resourceTypes: subsidy ? ['policy', 'funding'] : ['policy'],
    regionCode: w.code,
    amountMin: null,
    amountMax: subsidy,
    ...g.period(0.5, [6, 12]),
  };
};

/** Media an organisation can give, by role or type (none: it has no channel of its own). */
const MEDIA: Partial<Record<string, string[]>> = {
  media: ['公益项目短视频拍摄', '公众号和视频号专题报道', '公益海报与年报设计'],
  newsroom: ['社区公益故事征集与报道', '区级融媒体平台公益专栏', '直播间公益时段'],
  mall: ['商场LED屏公益广告位', '商场公益快闪活动档期'],
  foundation: ['公益传播工作坊', '年度公益故事征集与传播', '基金会公众号公益专栏'],
};

const offerMedia: Archetype = (g, o) => {
  const r = g.rng;
  const options = MEDIA[o.role] ?? MEDIA[o.type];
  if (!options) return null;
  const t = g.topic(o);
  const w = g.where(o, t);
  const P = g.at(w);
  const what = r.pick(options);
  const n = r.int(5, 30);
  const title = g.title([
    `免费提供${what}（${n}个名额）`,
    `${o.short}${what}支持公益项目`,
    `${P}公益项目传播支持：${what}`,
    `${what}：讲好${label(t.domain)}故事`,
  ]);
  if (!title) return null;
  const summary = sentences([
    `${o.short}${YEAR}年为${g.place(w)}的公益项目提供${what}，共${n}个名额`,
    `优先支持${r.pick(t.names)}等${label(t.domain)}项目`,
    r.pick(['申请时请附项目简介和服务对象授权', '作品版权归项目方所有，可用于筹款', '名额按申请先后和项目质量确定']),
  ]);
  const body =
    g.heading(['传播资源', '资源说明']) +
    g.ul([what, `名额：${n}个`, `覆盖：${o.role === 'mall' ? `商圈日均客流${r.int(2, 8)}万人次` : o.role === 'newsroom' ? '区级融媒体平台全渠道发布' : `公众号和视频号粉丝约${r.int(3, 30)}万`}`]) +
    g.heading(['申请要求']) +
    g.p(esc('项目须为公益性质，内容真实，涉及服务对象肖像需取得授权。')) +
    closing(g, 'offer');
  return {
    kind: 'offer',
    title,
    summary,
    body,
    domains: [...new Set([t.domain, 'volunteering' as ServiceDomain])],
    targetGroups: g.groups(t),
    resourceTypes: ['media'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.4, [3, 12]),
  };
};

/** University: a practice base or a research partner community. */
const needPractice: Archetype = (g, o) => {
  const r = g.rng;
  const t = g.topic(o);
  const drawn = g.where(o, t);
  // Students practise near the campus.
  const w = drawn.area && drawn.area.cityCode === o.area.cityCode ? drawn : districtWhere(o.area, o.area.streets.length ? r.pick(o.area.streets) : null);
  const name = r.pick(t.names);
  const n = r.pick([4, 6, 8, 10, 12, 20]);
  const title = g.title([
    `社工专业实习基地招募合作机构（${label(t.domain)}方向）`,
    `寻找${name}行动研究合作社区`,
    `${w.name}${name}实践基地共建`,
    `${YEAR}年${name}方向实习岗位需求（${n}人）`,
  ]);
  if (!title) return null;
  const summary = sentences([
    `${o.short}每年有${n * r.int(3, 8)}名社会工作专业学生需要专业实习，希望与${g.place(w)}开展${name}的机构和社区共建实践基地`,
    `每个基地每学期可接收${n}名实习生，学院派老师担任督导`,
    r.pick(['实习生可协助开展需求调研和小组活动', '学院可为基地提供免费培训和评估支持', '合作满一年可挂牌“社会工作实践教学基地”']),
  ]);
  const body =
    g.heading(['合作需求', '我们需要']) +
    g.ul([`实习岗位：${n}名`, `方向：${name}`, '机构督导：持证社工一名', '实习周期：每学期16周，每周3天']) +
    g.heading(['我们可以提供']) +
    g.ul(['学院老师督导和机构员工培训', '需求调研、项目评估支持', '合作申报研究课题']) +
    closing(g, 'need');
  return {
    kind: 'need',
    title,
    summary,
    body,
    domains: g.domains(t, o),
    targetGroups: ['students', 'social_workers'],
    resourceTypes: r.chance(0.5) ? ['venue', 'expertise'] : ['venue'],
    regionCode: w.code,
    amountMin: null,
    amountMax: null,
    ...g.period(0.4, [4, 10]),
  };
};

// ---------------------------------------------------------------------------------------------
// Plans: how many listings of which archetypes each kind of organisation publishes
// ---------------------------------------------------------------------------------------------

interface Plan {
  count: [number, number];
  archetypes: [Archetype, number][];
}

const PLANS: Record<string, Plan> = {
  social_org: {
    count: [5, 8],
    archetypes: [
      [needFunding, 30],
      [needVolunteers, 12],
      [needVenue, 6],
      [needGoods, 8],
      [needMedia, 4],
      [needExpertise, 5],
      [offerService, 18],
      [offerTraining, 6],
      [offerEvaluation, 3],
      [offerVolunteers, 5],
      [offerVenue, 2],
    ],
  },
  association: {
    count: [5, 7],
    archetypes: [
      [offerTraining, 18],
      [offerEvaluation, 6],
      [offerVolunteers, 8],
      [needFunding, 14],
      [needVolunteers, 8],
      [needMedia, 4],
      [offerService, 8],
    ],
  },
  community: {
    count: [5, 8],
    archetypes: [
      [needExpertise, 30],
      [needVolunteers, 12],
      [needGoods, 8],
      [needFunding, 8],
      [needMedia, 2],
      [offerVenue, 18],
      [offerVolunteers, 6],
    ],
  },
  foundation: {
    count: [6, 9],
    archetypes: [
      [offerFunding, 50],
      [offerMicroGrant, 10],
      [offerTraining, 10],
      [offerMedia, 7],
      [needExpertise, 12],
      [needVolunteers, 5],
      [needMedia, 3],
    ],
  },
  company: {
    count: [5, 7],
    archetypes: [
      [offerFunding, 18],
      [offerGoods, 18],
      [offerVolunteers, 18],
      [offerSkills, 12],
      [offerVenue, 5],
      [offerMedia, 3],
      [needExpertise, 14],
    ],
  },
  government: {
    count: [4, 6],
    archetypes: [
      [offerFunding, 40],
      [offerMicroGrant, 6],
      [offerPolicy, 20],
      [offerVenue, 8],
      [needExpertise, 20],
      [needVolunteers, 6],
    ],
  },
  university: {
    count: [4, 6],
    archetypes: [
      [offerResearch, 18],
      [offerEvaluation, 14],
      [offerVolunteers, 18],
      [offerTraining, 12],
      [needPractice, 10],
      [needFunding, 4],
    ],
  },
  // 'other' organisations, by role
  disabled: { count: [4, 6], archetypes: [[offerPolicy, 10], [offerFunding, 10], [needExpertise, 8], [needVolunteers, 5]] },
  women: { count: [4, 6], archetypes: [[offerFunding, 10], [offerPolicy, 6], [needExpertise, 8], [offerVenue, 3]] },
  league: { count: [4, 6], archetypes: [[offerVolunteers, 12], [offerFunding, 8], [offerPolicy, 4], [needExpertise, 6]] },
  union: { count: [4, 6], archetypes: [[offerFunding, 10], [offerVenue, 8], [offerPolicy, 4], [needExpertise, 8]] },
  redcross: { count: [4, 6], archetypes: [[offerSkills, 12], [offerGoods, 8], [needVolunteers, 8], [needFunding, 4]] },
  hospital: { count: [4, 6], archetypes: [[needVolunteers, 10], [needFunding, 8], [offerSkills, 8], [needGoods, 4]] },
  school: { count: [4, 5], archetypes: [[needExpertise, 10], [needVolunteers, 8], [offerVenue, 6], [needGoods, 3]] },
  college: { count: [4, 5], archetypes: [[offerVenue, 10], [offerSkills, 8], [needVolunteers, 6]] },
  law: { count: [4, 6], archetypes: [[offerSkills, 20], [offerVolunteers, 4]] },
  newsroom: { count: [4, 5], archetypes: [[offerMedia, 14], [offerSkills, 6]] },
};

function planOf(o: Org): Plan {
  if (o.type === 'other') return PLANS[o.role] ?? PLANS.social_org;
  if (o.type === 'social_org' && o.role === 'association') return PLANS.association;
  return PLANS[o.type];
}

const STATUS_WEIGHTS: (readonly [ListingStatus, number])[] = [
  ['open', 80],
  ['matched', 14],
  ['closed', 6],
];

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/**
 * The demo listings for the given demo organisations (buildDemoFair(...).organizations). The named
 * accounts get their hand-written listings (NAMED_LISTINGS); everybody else generated ones.
 */
export function buildDemoListings(organizations: readonly DemoOrganization[]): DemoListing[] {
  const rng = new Rng(LISTING_SEED);
  const g = new Gen(rng);
  const out: DemoListing[] = [];
  const named = new Set<string>(DEMO_ACCOUNTS.map((a) => a.email));

  for (const n of namedListings(organizations)) {
    g.titles.add(n.title);
    out.push(n);
  }

  const orgs = organizations.filter((o) => !named.has(o.admin.email)).map(toOrg);
  const counts = orgs.map((o) => rng.int(...planOf(o).count));
  // Top up to the target, favouring the organisations that publish most on a real fair.
  const total = () => out.length + counts.reduce((s, c) => s + c, 0);
  while (total() < DEMO_LISTING_TARGET) {
    const i = rng.int(0, orgs.length - 1);
    if (['social_org', 'community', 'foundation', 'company'].includes(orgs[i].type)) counts[i]++;
  }

  let seq = 0;
  orgs.forEach((o, i) => {
    const plan = planOf(o);
    let made = 0;
    let attempts = 0;
    while (made < counts[i] && attempts < counts[i] * 8) {
      attempts++;
      const draft = rng.weighted(plan.archetypes)(g, o);
      if (!draft || g.summaries.has(draft.summary) || draft.summary.length < 10) continue;
      g.titles.add(draft.title);
      g.summaries.add(draft.summary);
      seq++;
      const key = `lst-${String(seq).padStart(4, '0')}`;
      const { status, ...rest } = draft;
      out.push({
        key,
        id: demoListingId(key),
        orgKey: o.src.key,
        ...rest,
        status: status ?? rng.weighted(STATUS_WEIGHTS),
        atBooth: o.boothApproved && rng.chance(0.85),
        ageMinutes: Math.floor(rng.next() ** 1.6 * 30 * 24 * 60),
      });
      made++;
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hand-written listings of the named demo accounts (so 我的供需 looks good in a demo)
// ---------------------------------------------------------------------------------------------

type NamedDraft = Omit<DemoListing, 'id' | 'orgKey' | 'ageMinutes' | 'atBooth'> & { atBooth?: boolean };

const EXHIBITOR_LISTINGS: NamedDraft[] = [
  {
    key: 'lst-exhibitor-1',
    kind: 'need',
    title: '少城街道高龄独居老人居家养老服务项目寻求资金支持',
    summary:
      '少城街道60岁以上老人占户籍人口29%，独居高龄老人312人。项目将为其中120位老人提供每周上门探访、助餐配送和“一键呼叫”紧急响应，并培育低龄老人互助队。现寻求15万元资金支持，用于助餐补贴、呼叫设备和社工服务。',
    body:
      '<p><strong>项目背景</strong></p><p>少城街道是成都最早的老城区之一，院落老旧、电梯少，独居高龄老人买菜做饭难、突发疾病无人知晓的风险高。去年冬天，我们在探访中发现两位老人在家摔倒后长时间无人发现。</p>' +
      '<p><strong>服务内容</strong></p><ul><li>每周一次社工和志愿者上门探访，建立“一人一档”</li><li>与长者食堂合作，为行动不便的老人送餐上门</li><li>为高风险老人安装紧急呼叫器，24小时响应</li><li>组建低龄老人互助队，“时间银行”记录服务时长</li></ul>' +
      '<p><strong>预期成效</strong></p><ul><li>120位独居高龄老人获得常态化探访，年探访5,000人次以上</li><li>高风险老人紧急呼叫设备覆盖率100%</li><li>培育互助队3支、低龄老人志愿者40名</li></ul>' +
      '<p><strong>资金需求</strong></p><p>项目周期一年，总预算<strong>21万元</strong>，已获街道社区保障资金6万元，尚缺<strong>15万元</strong>：助餐补贴6万元、呼叫设备与平台3万元、社工服务与督导5万元、志愿者保险与培训1万元。</p><p>欢迎到我们的展位面谈，可提供详细项目书和预算表。</p>',
    domains: ['elderly', 'community_service', 'volunteering'],
    targetGroups: ['elderly', 'low_income', 'volunteers'],
    resourceTypes: ['funding', 'volunteers'],
    regionCode: '510105',
    amountMin: 120_000,
    amountMax: 150_000,
    startsAt: '2026-07-01',
    endsAt: '2027-06-30',
    status: 'open',
  },
  {
    key: 'lst-exhibitor-2',
    kind: 'need',
    title: '草市街街道院落垃圾分类宣传志愿者招募（每周六上午）',
    summary: '草市街街道8个无物业老院落正在推行垃圾分类，居民分类准确率不到五成。现招募20名志愿者，每周六上午参与入户宣传和桶前值守，提供培训、志愿者保险和服务时长证明。',
    body:
      '<p><strong>背景</strong></p><p>老院落没有物业，垃圾分类只能靠居民自治。我们已在8个院落设置了分类投放点，培育了12名楼栋督导员，但入户宣传和早晚值守的人手远远不够。</p>' +
      '<p><strong>志愿者岗位</strong></p><ul><li>入户宣传：发放分类指南，讲解厨余垃圾怎么分</li><li>桶前值守：周六上午8点—10点，在投放点指导居民</li><li>“绿色账户”积分登记与兑换</li></ul>' +
      '<p><strong>我们提供</strong></p><p>岗前培训、志愿者保险、服务时长证明和午餐补贴；服务满20小时颁发志愿服务证书。欢迎企业员工志愿者团队和高校社团整队报名。</p>',
    domains: ['environment', 'volunteering', 'community_building'],
    targetGroups: ['community_residents', 'volunteers'],
    resourceTypes: ['volunteers'],
    regionCode: '510105',
    amountMin: null,
    amountMax: null,
    startsAt: '2026-06-20',
    endsAt: '2026-12-31',
    status: 'open',
  },
  {
    key: 'lst-exhibitor-3',
    kind: 'need',
    title: '宽窄巷子周边老院落微更新 · 寻求景观与建筑设计专业支持',
    summary: '居民议事会决定把两个院落闲置的自行车棚改成“院落客厅”，需要景观和建筑专业人士陪伴居民完成参与式设计。可以是志愿服务，也可以按专业服务付费（预算约3万元）。',
    body:
      '<p><strong>项目背景</strong></p><p>少城街道有38个老旧院落，无物业、公共空间杂物堆放。我们用“院落坝坝会”收集居民意见，两个院落已经形成改造共识。</p>' +
      '<p><strong>需要的支持</strong></p><ul><li>带领2—3场参与式设计工作坊（Design Thinking方法优先）</li><li>出具简单可施工的方案和材料清单</li><li>施工期间现场指导居民共建</li></ul>' +
      '<p>设计完成后由居民共同施工、共同维护，我们负责组织与协调。欢迎设计院、高校建筑学院团队联系。</p>',
    domains: ['community_building', 'community_service'],
    targetGroups: ['community_residents', 'elderly'],
    resourceTypes: ['expertise', 'volunteers'],
    regionCode: '510105',
    amountMin: null,
    amountMax: 30_000,
    startsAt: '2026-08-01',
    endsAt: '2026-11-30',
    status: 'open',
  },
  {
    key: 'lst-exhibitor-4',
    kind: 'need',
    title: '长者食堂食材与保温餐箱募集',
    summary: '我们运营的西御河长者食堂日均供餐180份，其中60份送餐上门。现募集米面油、时令蔬菜和30个保温餐箱，价值约2万元。已由成都顺捷餐饮管理有限公司认捐，感谢！',
    body:
      '<p><strong>物资清单</strong></p><ul><li>大米、面条、菜籽油（按月配送）</li><li>保温餐箱30个</li><li>一次性环保餐盒</li></ul><p>本需求已对接成功，物资使用情况会在社区公示栏和平台上公开。</p>',
    domains: ['elderly', 'social_assistance'],
    targetGroups: ['elderly', 'low_income'],
    resourceTypes: ['goods'],
    regionCode: '510105',
    amountMin: null,
    amountMax: 20_000,
    startsAt: null,
    endsAt: null,
    status: 'matched',
  },
  {
    key: 'lst-exhibitor-5',
    kind: 'offer',
    title: '社区营造项目路演辅导与公益微创投陪伴（面向青羊区社区自组织）',
    summary: '我们已陪伴52支社区自组织完成公益微项目，可为青羊区的社区和自组织提供项目设计、预算编制和路演辅导，每期4次工作坊，免费。',
    body:
      '<p><strong>我们能提供</strong></p><ul><li>社区需求调研与问题树梳理</li><li>公益微项目设计与预算编制</li><li>路演PPT与演讲辅导</li><li>项目实施期间的陪伴式督导</li></ul>' +
      '<p><strong>过往成效</strong></p><p>近三年辅导自组织项目64个，其中41个获得社区公益微创投资助。</p><p>每期招收10支团队，欢迎社区推荐。</p>',
    domains: ['community_building', 'community_service'],
    targetGroups: ['community_residents', 'volunteers'],
    resourceTypes: ['expertise'],
    regionCode: '510105',
    amountMin: null,
    amountMax: null,
    startsAt: '2026-09-01',
    endsAt: '2026-12-15',
    status: 'open',
  },
  {
    key: 'lst-exhibitor-6',
    kind: 'offer',
    title: '可承接“时间银行”互助养老服务（青羊区及周边）',
    summary: '我们在少城、草市街运营“时间银行”六年，存储互助服务时长1.8万小时。可为街道、社区提供机制设计、储户招募、服务记录和兑换全流程服务，费用可按项目协商。',
    body:
      '<p><strong>服务介绍</strong></p><p>“时间银行”让低龄老人帮助高龄老人，服务时长存起来，将来自己需要时兑换。我们已形成一套可复制的运营手册。</p>' +
      '<ul><li>时间银行规则设计与社区动员</li><li>储户招募、培训和保险</li><li>服务记录（小程序）与季度兑换日</li></ul>' +
      '<p>适合低龄老人多、有互助基础的社区。欢迎来展位了解。</p>',
    domains: ['elderly', 'volunteering', 'community_building'],
    targetGroups: ['elderly', 'volunteers'],
    resourceTypes: ['expertise'],
    regionCode: '510105',
    amountMin: null,
    amountMax: null,
    startsAt: null,
    endsAt: null,
    status: 'open',
  },
  {
    key: 'lst-exhibitor-7',
    kind: 'need',
    title: '西御河街道社区自组织议事与活动场地需求',
    summary: '西御河街道新孵化的5支社区自组织需要每周一次的议事和活动场地，约40平方米。已由街道社区综合体解决，本需求关闭。',
    body: '<p>感谢西御河街道社区综合体提供场地，自组织每周三晚上在二楼议事室活动。</p>',
    domains: ['community_building'],
    targetGroups: ['community_residents'],
    resourceTypes: ['venue'],
    regionCode: '510105',
    amountMin: null,
    amountMax: null,
    startsAt: null,
    endsAt: null,
    status: 'closed',
  },
];

const FOUNDATION_LISTINGS: NamedDraft[] = [
  {
    key: 'lst-foundation-1',
    kind: 'offer',
    title: '「社区伙伴」计划2026年度项目征集：社区营造与社区服务，单个项目5万—20万元',
    summary: '「社区伙伴」计划2026年投入300万元，面向成都市扎根社区的社会服务机构和社区社会组织，资助社区营造、三社联动和社区服务项目，单个项目5万—20万元，资助周期一年。',
    body:
      '<p><strong>资助方向</strong></p><ul><li>院落微更新与居民自治</li><li>“三社联动”需求清单—资源清单对接</li><li>社区基金与公益微创投</li></ul>' +
      '<p><strong>申报条件</strong></p><ul><li>在成都市依法登记满一年</li><li>项目实施地在成都市内</li><li>有专职工作人员和财务制度</li></ul>' +
      '<p><strong>资助流程</strong></p><p>征集 → 初筛 → 尽职调查 → 评审会 → 公示 → 资助。结项评估采用SROI方法，评估费用由基金会承担。</p><p>洽谈汇期间项目官员在展位值守，欢迎面谈。</p>',
    domains: ['community_building', 'community_service'],
    targetGroups: ['community_residents', 'social_workers'],
    resourceTypes: ['funding', 'expertise'],
    regionCode: '510100',
    amountMin: 50_000,
    amountMax: 200_000,
    startsAt: '2026-07-01',
    endsAt: '2027-06-30',
    status: 'open',
  },
  {
    key: 'lst-foundation-2',
    kind: 'offer',
    title: '「乐龄」计划：居家养老与长者助餐项目资助',
    summary: '「乐龄」计划资助成都市居家养老、长者助餐、认知症友好社区和“时间银行”互助养老项目，单个项目3万—15万元，全年受理、每季度评审一次。',
    body:
      '<p><strong>资助方向</strong></p><ul><li>长者食堂与送餐上门</li><li>独居高龄老人探访与紧急呼叫</li><li>认知症早期筛查与家属支持</li><li>低龄助高龄互助养老</li></ul>' +
      '<p><strong>我们重视</strong></p><p>扎根社区、有居民参与、能持续下去的养老服务。欢迎社区与社会组织联合申报。</p>',
    domains: ['elderly', 'community_service'],
    targetGroups: ['elderly', 'families'],
    resourceTypes: ['funding'],
    regionCode: '510100',
    amountMin: 30_000,
    amountMax: 150_000,
    startsAt: '2026-06-15',
    endsAt: '2027-06-14',
    status: 'open',
  },
  {
    key: 'lst-foundation-3',
    kind: 'offer',
    title: '「童行」计划：困境儿童关爱与“四点半课堂”小额资助',
    summary: '面向锦江、成华、金牛等区的社区和社会组织，小额资助“四点半课堂”、困境儿童个案服务和儿童友好空间，每个项目1万—5万元，简化申报，两周内答复。',
    body:
      '<p><strong>资助内容</strong></p><ul><li>课后托管与作业辅导</li><li>困境儿童个案管理与家庭探访</li><li>儿童安全自护教育</li></ul><p>申报只需填写两页申请表，附社区推荐意见。</p>',
    domains: ['children', 'family'],
    targetGroups: ['children', 'left_behind_children', 'families'],
    resourceTypes: ['funding'],
    regionCode: '510100',
    amountMin: 10_000,
    amountMax: 50_000,
    startsAt: '2026-06-15',
    endsAt: '2026-12-31',
    status: 'open',
  },
  {
    key: 'lst-foundation-4',
    kind: 'need',
    title: '寻找锦江区社区垃圾分类与厨余堆肥项目执行伙伴',
    summary: '基金会计划在锦江区3个社区试点垃圾分类与厨余就地堆肥，寻找有社区动员经验的社会组织作为执行伙伴，合作预算25万元，周期一年。',
    body:
      '<p><strong>合作内容</strong></p><ul><li>入户宣传与桶前值守志愿者培育</li><li>社区堆肥点建设与维护</li><li>分类准确率月度监测与公开</li></ul>' +
      '<p><strong>对合作机构的期待</strong></p><ul><li>在成都登记满两年，有环境或社区营造项目经验</li><li>愿意接受第三方评估</li></ul><p>欢迎来展位洽谈。</p>',
    domains: ['environment', 'community_building'],
    targetGroups: ['community_residents', 'volunteers'],
    resourceTypes: ['expertise'],
    regionCode: '510104',
    amountMin: null,
    amountMax: 250_000,
    startsAt: '2026-09-01',
    endsAt: '2027-08-31',
    status: 'open',
  },
  {
    key: 'lst-foundation-5',
    kind: 'offer',
    title: '社会组织财务规范与项目管理赋能工作坊（免费）',
    summary: '为受资助伙伴和有意申报的社会组织开设财务规范、项目预算、logic model与SROI入门4次工作坊，免费参加，每期30人。',
    body:
      '<p><strong>课程安排</strong></p><ul><li>第一讲：社会组织财务制度与票据</li><li>第二讲：项目预算编制</li><li>第三讲：logic model（逻辑模型）与指标设计</li><li>第四讲：SROI社会投资回报入门</li></ul><p>地点：锦江区公益园区；也可线上参加。</p>',
    domains: ['community_service'],
    targetGroups: ['social_workers'],
    resourceTypes: ['expertise'],
    regionCode: '510104',
    amountMin: null,
    amountMax: null,
    startsAt: '2026-07-10',
    endsAt: '2026-08-28',
    status: 'open',
  },
  {
    key: 'lst-foundation-6',
    kind: 'offer',
    title: '社区微基金1:1配捐（锦江区试点）',
    summary: '社区每募集1元，基金会配捐1元，每个社区最高配捐2万元，试点10个社区。首批10个社区已全部对接。',
    body: '<p>试点社区名单已公示，第二批配捐计划将于2027年初发布。</p>',
    domains: ['community_building', 'community_service'],
    targetGroups: ['community_residents'],
    resourceTypes: ['funding'],
    regionCode: '510104',
    amountMin: 5_000,
    amountMax: 20_000,
    startsAt: '2026-03-01',
    endsAt: '2026-12-31',
    status: 'matched',
  },
  {
    key: 'lst-foundation-7',
    kind: 'need',
    title: '资助项目故事征集：寻找公益摄影与短视频志愿者',
    summary: '基金会资助的40个社区项目需要记录和传播，寻找会摄影、剪辑短视频的志愿者，每人跟拍1—2个项目，提供交通补贴。',
    body: '<p><strong>我们需要</strong></p><ul><li>跟拍项目活动并拍摄人物故事</li><li>剪辑3分钟以内的短视频</li></ul><p>作品将在基金会公众号、视频号和年报中使用，署名作者。</p>',
    domains: ['volunteering', 'community_service'],
    targetGroups: ['volunteers'],
    resourceTypes: ['media', 'volunteers'],
    regionCode: '510104',
    amountMin: null,
    amountMax: null,
    startsAt: null,
    endsAt: null,
    status: 'open',
  },
];

function namedListings(organizations: readonly DemoOrganization[]): DemoListing[] {
  const byEmail = new Map(organizations.map((o) => [o.admin.email, o]));
  const out: DemoListing[] = [];
  const sets: [string, NamedDraft[]][] = [
    ['exhibitor@yiqia.demo', EXHIBITOR_LISTINGS],
    ['foundation@yiqia.demo', FOUNDATION_LISTINGS],
  ];
  for (const [email, drafts] of sets) {
    const org = byEmail.get(email);
    if (!org) continue;
    drafts.forEach((d, i) => {
      out.push({
        ...d,
        id: demoListingId(d.key),
        orgKey: org.key,
        atBooth: d.atBooth ?? org.booth?.status === 'approved',
        // The newest of the fair: a demo of 我的供需 shows them on top, in this order.
        ageMinutes: 30 + i * 47,
      });
    });
  }
  return out;
}
