/**
 * Demo content for the 2026 成都三社互动公益洽谈汇: an expo with zones by service domain and ~190
 * organisations of every type, most with an approved booth. Pure and deterministic: no I/O, no
 * database, no Math.random. The organisations, booths, credit codes and e-mails come from a fixed
 * seed, so they are the same on every run (re-seeding is idempotent); only the expo's dates
 * follow `now` (the fair is always live: yesterday, today and tomorrow, China time).
 *
 * Names are built from parts (place × brand × organisational form × domain), with the vocabulary of
 * the real fair reports (三社互动, 社区营造, 资源对接, 项目路演, 居家养老, 四点半课堂, 垃圾分类 …).
 */
import { creditCodeCheckChar, type OrgType, type ServiceDomain } from '@yiqia/domain';

// ---------------------------------------------------------------------------------------------
// Public shape
// ---------------------------------------------------------------------------------------------

export interface DemoZone {
  code: string;
  name: string;
  nameEn: string;
  domainCode: ServiceDomain;
}

export interface DemoExpo {
  name: string;
  slug: '2026-chengdu-sanshe';
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  zones: DemoZone[];
}

export type DemoBoothStatus = 'approved' | 'submitted' | 'draft' | 'rejected';

export interface DemoContact {
  name: string;
  role?: string;
  phone?: string;
  email?: string;
}

export interface DemoBooth {
  title: string;
  slogan: string;
  introHtml: string;
  zoneCode: string;
  domainCodes: ServiceDomain[];
  contacts: DemoContact[];
  videoUrl?: string;
  status: DemoBoothStatus;
  reviewReason?: string;
  /** Seed for renderLogoPng (logo-png.ts). */
  logoSeed: number;
}

export interface DemoOrganization {
  /** Stable id within the demo data, e.g. 'org-001'. */
  key: string;
  name: string;
  type: OrgType;
  /** 统一社会信用代码, valid (GB 32100-2015), positions 3–8 = regionCode. */
  creditCode: string;
  /** GB/T 2260 district code. */
  regionCode: string;
  admin: { email: string; displayName: string; password?: string };
  booth: DemoBooth | null;
}

export interface DemoFair {
  expo: DemoExpo;
  organizations: DemoOrganization[];
}

export const DEMO_EXPO_SLUG = '2026-chengdu-sanshe' as const;
export const DEMO_EMAIL_DOMAIN = 'yiqia.demo';

/** The two named exhibitor accounts that can log in (the organizer account lives elsewhere). */
export const DEMO_ACCOUNTS = [
  {
    role: 'exhibitor',
    email: 'exhibitor@yiqia.demo',
    password: 'Exhibitor2026',
    displayName: '李晓雯',
    organizationName: '成都市青羊区邻里同心社会工作服务中心',
    orgType: 'social_org',
  },
  {
    role: 'foundation',
    email: 'foundation@yiqia.demo',
    password: 'Foundation2026',
    displayName: '陈思远',
    organizationName: '成都市天府益行公益基金会',
    orgType: 'foundation',
  },
] as const;

/**
 * Which first two characters of a credit code fit which organisation type (GB 32100-2015: the
 * registering authority, then the category): 11 机关, 12 事业单位, 13 群团, 31 律师事务所,
 * 51 社会团体, 52 民办非企业单位/社会服务机构, 53 基金会, 54 基层群众性自治组织, 91 企业.
 */
export const CREDIT_CODE_PREFIXES: Record<OrgType, readonly string[]> = {
  government: ['11'],
  foundation: ['53'],
  company: ['91'],
  social_org: ['51', '52'],
  community: ['54'],
  university: ['12'],
  other: ['12', '13', '31'],
};

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

const CONTENT_SEED = 0x2026_0616;

/** mulberry32: small, fast, good enough for demo data. */
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
  uint32(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }
  /** Integer in [min, max]. */
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
  /** `n` distinct items, in the source order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, n));
    return items.filter((_, i) => chosen.has(i));
  }
}

/** Takes items from a pool without repetition (falls back to reuse if it runs dry). */
class Pool<T> {
  private items: T[];
  constructor(
    private readonly rng: Rng,
    private readonly source: readonly T[],
  ) {
    this.items = rng.shuffle(source);
  }
  /** The next item that satisfies `accept` (any item if none left does). */
  take(accept: (item: T) => boolean = () => true): T {
    if (this.items.length === 0) this.items = this.rng.shuffle(this.source);
    const i = this.items.findLastIndex(accept);
    return this.items.splice(i >= 0 ? i : this.items.length - 1, 1)[0];
  }
}

// ---------------------------------------------------------------------------------------------
// Places (GB/T 2260 district codes; the tests check every code against the region package)
// ---------------------------------------------------------------------------------------------

interface Place {
  code: string;
  /** Prefix used in organisation names, e.g. 成都市青羊区, 都江堰市, 佛山市顺德区. */
  prefix: string;
  /** The district's own name, e.g. 青羊区. */
  district: string;
  /** Short name used in phrases, e.g. 青羊, 顺德. */
  short: string;
  city: string;
  area: string;
  weight: number;
  streets: string[];
}

const CD = (code: string, district: string, short: string, weight: number, streets: string[], cityLevel = false): Place => ({
  code,
  prefix: cityLevel ? district : `成都市${district}`,
  district,
  short,
  city: '成都',
  area: '028',
  weight,
  streets,
});

const PLACES: Place[] = [
  CD('510104', '锦江区', '锦江', 9, ['春熙路街道', '书院街街道', '合江亭街道', '水井坊街道', '牛市口街道', '双桂路街道', '沙河街道', '东光街道', '狮子山街道', '成龙路街道', '三圣街道']),
  CD('510105', '青羊区', '青羊', 9, ['少城街道', '草市街街道', '西御河街道', '汪家拐街道', '府南街道', '光华街道', '金沙街道', '黄田坝街道', '苏坡街道', '文家街道', '蔡桥街道']),
  CD('510106', '金牛区', '金牛', 8, ['荷花池街道', '西安路街道', '驷马桥街道', '茶店子街道', '抚琴街道', '九里堤街道', '营门口街道', '金泉街道', '沙河源街道', '天回镇街道']),
  CD('510107', '武侯区', '武侯', 9, ['玉林街道', '浆洗街街道', '望江路街道', '红牌楼街道', '簇桥街道', '机投桥街道', '金花桥街道', '晋阳街道', '跳伞塔街道', '火车南站街道']),
  CD('510108', '成华区', '成华', 8, ['猛追湾街道', '府青路街道', '二仙桥街道', '跳蹬河街道', '双桥子街道', '建设路街道', '保和街道', '青龙街道', '龙潭街道', '白莲池街道']),
  CD('510112', '龙泉驿区', '龙泉驿', 3, ['龙泉街道', '大面街道', '十陵街道', '同安街道', '东安街道']),
  CD('510113', '青白江区', '青白江', 2, ['大弯街道', '大同街道', '弥牟镇']),
  CD('510114', '新都区', '新都', 3, ['新都街道', '大丰街道', '三河街道', '桂湖街道']),
  CD('510115', '温江区', '温江', 3, ['柳城街道', '公平街道', '天府街道', '涌泉街道']),
  CD('510116', '双流区', '双流', 3, ['东升街道', '西航港街道', '黄甲街道', '九江街道']),
  CD('510117', '郫都区', '郫都', 3, ['郫筒街道', '犀浦街道', '安德街道', '唐昌镇']),
  CD('510118', '新津区', '新津', 2, ['五津街道', '花源街道', '安西镇']),
  CD('510121', '金堂县', '金堂', 1, ['赵镇街道', '淮口街道'], true),
  CD('510129', '大邑县', '大邑', 1, ['晋原街道', '安仁镇'], true),
  CD('510131', '蒲江县', '蒲江', 1, ['鹤山街道', '甘溪镇'], true),
  CD('510181', '都江堰市', '都江堰', 2, ['灌口街道', '幸福街道', '银杏街道', '奎光塔街道'], true),
  CD('510182', '彭州市', '彭州', 1, ['天彭街道', '致和街道', '龙门山镇'], true),
  CD('510183', '邛崃市', '邛崃', 1, ['临邛街道', '文君街道', '平乐镇'], true),
  CD('510184', '崇州市', '崇州', 1, ['崇阳街道', '道明镇', '街子镇'], true),
  CD('510185', '简阳市', '简阳', 1, ['简城街道', '射洪坝街道'], true),
  { code: '110105', prefix: '北京市朝阳区', district: '朝阳区', short: '朝阳', city: '北京', area: '010', weight: 2, streets: ['东风地区', '劲松街道', '八里庄街道', '望京街道'] },
  { code: '110101', prefix: '北京市东城区', district: '东城区', short: '东城', city: '北京', area: '010', weight: 1, streets: ['前门街道', '东四街道', '交道口街道'] },
  { code: '110108', prefix: '北京市海淀区', district: '海淀区', short: '海淀', city: '北京', area: '010', weight: 1, streets: ['学院路街道', '中关村街道'] },
  { code: '440606', prefix: '佛山市顺德区', district: '顺德区', short: '顺德', city: '佛山', area: '0757', weight: 3, streets: ['大良街道', '容桂街道', '伦教街道', '勒流街道', '北滘镇', '陈村镇', '乐从镇', '龙江镇', '杏坛镇', '均安镇'] },
  { code: '310115', prefix: '上海市浦东新区', district: '浦东新区', short: '浦东', city: '上海', area: '021', weight: 2, streets: ['金杨新村街道', '洋泾街道', '陆家嘴街道', '潍坊新村街道', '花木街道'] },
  { code: '440304', prefix: '深圳市福田区', district: '福田区', short: '福田', city: '深圳', area: '0755', weight: 2, streets: ['沙头街道', '园岭街道', '华富街道', '香蜜湖街道', '莲花街道'] },
  { code: '500103', prefix: '重庆市渝中区', district: '渝中区', short: '渝中', city: '重庆', area: '023', weight: 1, streets: ['解放碑街道', '七星岗街道', '大坪街道'] },
  { code: '510703', prefix: '绵阳市涪城区', district: '涪城区', short: '涪城', city: '绵阳', area: '0816', weight: 1, streets: ['城厢街道', '工区街道'] },
  { code: '330106', prefix: '杭州市西湖区', district: '西湖区', short: '西湖', city: '杭州', area: '0571', weight: 1, streets: ['北山街道', '翠苑街道'] },
  { code: '310104', prefix: '上海市徐汇区', district: '徐汇区', short: '徐汇', city: '上海', area: '021', weight: 0, streets: ['徐家汇街道', '枫林路街道'] },
  { code: '440106', prefix: '广州市天河区', district: '天河区', short: '天河', city: '广州', area: '020', weight: 0, streets: ['石牌街道', '五山街道'] },
];

/** Districts the demo uses, for tests and for whoever wants to show the spread. */
export const DEMO_REGION_NAMES: Readonly<Record<string, string>> = Object.fromEntries(PLACES.map((p) => [p.code, p.district]));

const placeByCode = (code: string): Place => {
  const p = PLACES.find((x) => x.code === code);
  if (!p) throw new Error(`demo place ${code} missing`);
  return p;
};

const CHENGDU_CORE = ['510104', '510105', '510106', '510107', '510108'];

// ---------------------------------------------------------------------------------------------
// Zones
// ---------------------------------------------------------------------------------------------

const ZONES: DemoZone[] = [
  { code: 'elderly', name: '养老服务展区', nameEn: 'Elderly care', domainCode: 'elderly' },
  { code: 'children-youth', name: '儿童与青少年展区', nameEn: 'Children and youth', domainCode: 'children' },
  { code: 'community-building', name: '社区营造展区', nameEn: 'Community building', domainCode: 'community_building' },
  { code: 'disability', name: '残障服务展区', nameEn: 'Disability services', domainCode: 'disability' },
  { code: 'social-assistance', name: '社会救助与专项服务展区', nameEn: 'Social assistance and special services', domainCode: 'social_assistance' },
  { code: 'environment', name: '环境保护展区', nameEn: 'Environment and waste sorting', domainCode: 'environment' },
  { code: 'volunteering', name: '志愿服务展区', nameEn: 'Volunteering', domainCode: 'volunteering' },
  { code: 'csr', name: '企业社会责任展区', nameEn: 'Corporate social responsibility', domainCode: 'workplace' },
  { code: 'family-women', name: '妇女与家庭展区', nameEn: 'Women and families', domainCode: 'family' },
  { code: 'medical-health', name: '医务社工与健康展区', nameEn: 'Medical social work and health', domainCode: 'medical' },
  { code: 'rural-education', name: '乡村振兴与教育展区', nameEn: 'Rural revitalisation and education', domainCode: 'rural_education' },
  { code: 'community-service', name: '社区服务与基层治理展区', nameEn: 'Community services and local governance', domainCode: 'community_service' },
];

const DOMAIN_ZONE: Record<ServiceDomain, string> = {
  elderly: 'elderly',
  children: 'children-youth',
  youth: 'children-youth',
  school: 'children-youth',
  community_building: 'community-building',
  disability: 'disability',
  social_assistance: 'social-assistance',
  disaster: 'social-assistance',
  corrections: 'social-assistance',
  veterans: 'social-assistance',
  environment: 'environment',
  volunteering: 'volunteering',
  workplace: 'csr',
  family: 'family-women',
  women: 'family-women',
  medical: 'medical-health',
  rural_education: 'rural-education',
  community_service: 'community-service',
};

// ---------------------------------------------------------------------------------------------
// Vocabulary by service domain
// ---------------------------------------------------------------------------------------------

interface DomainContent {
  /** Used in phrases: 聚焦{label}. */
  label: string;
  beneficiaries: string;
  missions: string[];
  services: string[];
  /** Number ranges: {a-b} a count (≥10000 shown as 1.2万), {¥a-b} an amount in 万元. */
  results: string[];
  needs: string[];
  slogans: string[];
  projects: string[];
  /** Forms of social-organisation names for this domain. */
  forms: string[];
}

const D: Record<ServiceDomain, DomainContent> = {
  elderly: {
    label: '养老服务',
    beneficiaries: '高龄、独居、空巢及失能半失能老人',
    missions: ['让长者在家门口安享幸福晚年', '推动居家养老、社区养老与机构养老融合发展', '构建“15分钟养老服务圈”'],
    services: [
      '居家养老上门服务（助餐、助洁、助浴、助医）',
      '社区长者食堂运营与老年助餐配送',
      '独居老人“一键呼叫”与定期探访',
      '失能老人家庭照护者培训',
      '老年大学与长者兴趣社团',
      '“时间银行”低龄助高龄互助养老',
      '认知症早期筛查与非药物干预',
      '适老化居家改造评估',
    ],
    results: [
      '建成社区长者食堂<strong>{2-9}个</strong>，日均供餐{120-680}份',
      '为{60-420}户困难老人家庭完成适老化改造',
      '组建低龄老人互助队{4-18}支，“时间银行”存储服务时长{3000-26000}小时',
      '累计开展独居老人上门探访{2000-18000}次',
    ],
    needs: [
      '长者助餐补贴资金与食材捐赠',
      '周末探访志愿者（每月两次，每次2小时）',
      '社区嵌入式养老服务场地',
      '认知症照护专业督导',
      '适老化改造的物资与施工合作企业',
      '智慧养老设备（紧急呼叫器、智能手环）',
    ],
    slogans: ['让每一位长者都被温柔以待', '家门口的幸福晚年', '老有所养，老有所乐，老有所为', '陪伴是最长情的告白', '守护夕阳，温暖邻里'],
    projects: ['银龄乐享', '夕阳红驿站', '长者幸福食堂', '时光陪伴', '老有所为', '桑榆互助'],
    forms: ['养老服务中心', '长者服务中心', '居家养老服务中心', '老年事业发展中心'],
  },
  children: {
    label: '儿童服务',
    beneficiaries: '留守儿童、困境儿童和双职工家庭的孩子',
    missions: ['让每个孩子都在安全、友好的社区里成长', '推动儿童友好社区建设', '为困境儿童编织一张社区保护网'],
    services: [
      '“四点半课堂”课后托管与作业辅导',
      '困境儿童个案管理与家庭探访',
      '儿童友好社区营造与儿童议事会',
      '儿童防性侵与安全自护教育',
      '亲子阅读与社区图书角',
      '暑期公益托管班',
    ],
    results: [
      '开设“四点半课堂”<strong>{3-16}个</strong>，服务儿童{300-2600}人',
      '建立困境儿童个案档案{40-360}份，持续跟进率达{85-98}%',
      '培育社区儿童议事会{2-12}个，儿童参与社区提案{10-80}项',
      '开展亲子阅读与安全教育活动{60-420}场',
    ],
    needs: ['课后托管场地与桌椅、图书物资', '大学生志愿者（学业辅导、兴趣课程）', '困境儿童助学金与营养餐资助', '儿童心理咨询专业支持', '儿童友好空间改造资金'],
    slogans: ['让每个孩子都能被看见', '守护童年，点亮未来', '一起陪孩子慢慢长大', '儿童友好，从社区开始'],
    projects: ['童心港湾', '四点半课堂', '小小议事员', '护苗行动', '彩虹桥'],
    forms: ['儿童发展中心', '儿童服务中心', '家庭教育服务中心'],
  },
  youth: {
    label: '青少年服务',
    beneficiaries: '青少年及其家庭',
    missions: ['陪伴青少年健康成长', '为青少年搭建参与社区的舞台', '预防和减少青少年偏差行为'],
    services: ['青少年成长小组与生涯规划', '青少年心理健康支持与危机干预', '社区青年志愿者培育', '闲散青少年就业技能培训', '青少年网络素养教育', '“青春驿站”社区青年空间运营'],
    results: ['服务青少年<strong>{2000-30000}人次</strong>', '开展青少年成长小组{20-140}期', '培育青年志愿者{150-1200}名', '协助{20-160}名闲散青少年返校或就业'],
    needs: ['青少年心理咨询师与督导', '企业实习与职业体验岗位', '青年空间运营经费', '网络素养课程合作学校'],
    slogans: ['陪伴青春，成就成长', '每个青春都值得被倾听', '青年在社区，社区有青年'],
    projects: ['青春驿站', '追光少年', '成长合伙人', '青苗计划'],
    forms: ['青少年服务中心', '青少年发展中心', '青年成长服务中心'],
  },
  school: {
    label: '学校社会工作',
    beneficiaries: '中小学生、家长与教师',
    missions: ['推动家校社协同育人', '让校园成为孩子温暖的港湾'],
    services: ['驻校社工个案辅导', '校园欺凌预防与同伴支持小组', '家校社协同育人工作坊', '新生适应与升学减压小组', '特殊需要学生融合支持'],
    results: ['驻校社工进驻中小学<strong>{4-28}所</strong>', '开展个案辅导{80-600}人', '举办家长课堂{30-240}场'],
    needs: ['驻校社工岗位购买经费', '学校心理辅导室物资', '家庭教育讲师志愿者'],
    slogans: ['让校园成为温暖的港湾', '家校社携手，护航每一个孩子'],
    projects: ['校园守护者', '成长加油站', '同伴同行'],
    forms: ['学校社会工作服务中心', '青少年社会工作服务中心'],
  },
  community_building: {
    label: '社区营造',
    beneficiaries: '社区居民与社区自组织',
    missions: ['让居民成为社区的主人', '以社区营造激发居民参与、重建邻里关系', '推动共建共治共享的社区治理'],
    services: [
      '社区微更新与公共空间营造（院落、楼道、口袋公园）',
      '居民议事会与院落自治',
      '社区自组织孵化与能力建设',
      '社区营造项目路演与公益微创投',
      '社区规划师与参与式设计工作坊',
      '社区市集与邻里节',
    ],
    results: [
      '完成院落、楼道微更新<strong>{8-60}处</strong>',
      '孵化社区自组织{12-80}支，其中{3-20}支已登记备案',
      '举办邻里节、社区市集{20-160}场，参与居民{5000-40000}人次',
      '推动居民议事{40-300}次，解决停车、加装电梯等“关键小事”{20-120}件',
    ],
    needs: ['社区微更新项目资金', '景观与建筑设计专业志愿者', '社区营造带头人培训', '可长期运营的社区公共空间', '社区基金冠名与配捐合作'],
    slogans: ['社区是我家，营造靠大家', '让陌生人成为邻居，让邻居成为朋友', '人人参与，共建共治共享', '从一个院落开始改变'],
    projects: ['院落微更新', '邻里节', '社区合伙人', '街巷共治', '楼道花园'],
    forms: ['社区营造促进中心', '社区发展中心', '邻里营造服务中心'],
  },
  disability: {
    label: '助残服务',
    beneficiaries: '残障人士及其家庭',
    missions: ['推动残障人士平等参与社会生活', '让心智障碍者在社区里有尊严地生活', '减轻残障家庭的照护压力'],
    services: ['心智障碍者社区融合与日间照料', '残障儿童康复训练与家长喘息服务', '残障人士辅助性就业与技能培训', '无障碍环境评估与倡导', '助残志愿者培训与“一对一”陪伴'],
    results: ['服务残障人士及家庭<strong>{120-900}户</strong>', '协助{15-120}名残障人士实现辅助性就业', '完成社区无障碍环境评估{10-80}处', '提供家长喘息服务{600-5000}小时'],
    needs: ['辅助性就业岗位与合作企业', '康复设备与辅具捐赠', '家长喘息服务志愿者', '日间照料中心运营经费'],
    slogans: ['看见不同，拥抱多元', '融合从身边开始', '让每一种生命都有尊严'],
    projects: ['融合同行', '星星的家', '阳光工坊', '无碍社区'],
    forms: ['残障人士服务中心', '康复服务中心', '心智障碍者关爱中心', '助残服务中心'],
  },
  social_assistance: {
    label: '社会救助',
    beneficiaries: '低保、特困及临时遭遇困难的家庭',
    missions: ['推动“物质+服务”的社会救助', '让困难群众感受到社会的温度', '帮助困难家庭走出困境、增能自强'],
    services: ['低保、特困家庭“物质+服务”救助', '困难群众需求评估与个案管理', '临时救助与急难救助转介', '“微心愿”认领与爱心物资发放', '救助对象能力提升与就业帮扶'],
    results: ['完成困难家庭需求评估<strong>{300-2400}户</strong>', '链接救助资金和物资{¥30-420}', '帮助困难群众实现“微心愿”{200-1500}个', '协助{20-200}名救助对象实现就业'],
    needs: ['困难家庭应急救助资金', '米面油等生活物资捐赠', '就业帮扶岗位', '法律援助与心理支持志愿者'],
    slogans: ['兜住底线，传递温暖', '救急难，助自强', '不让一个困难家庭掉队'],
    projects: ['暖心计划', '微心愿', '春风行动', '温暖万家'],
    forms: ['社会救助服务中心', '困境家庭帮扶中心', '公益服务中心'],
  },
  environment: {
    label: '环境保护与垃圾分类',
    beneficiaries: '社区居民、物业与学校',
    missions: ['推动可持续社区环境建设', '让垃圾分类成为居民的生活习惯', '以环保议题撬动社区参与'],
    services: [
      '社区垃圾分类入户宣传与桶前值守',
      '厨余垃圾就地堆肥与社区花园',
      '“零废弃”院落与无塑社区试点',
      '环境教育进校园、进社区',
      '旧衣回收与闲置物品公益市集',
      '河湖巡护与自然观察',
    ],
    results: [
      '推动<strong>{6-40}个小区</strong>垃圾分类准确率提升至{70-95}%',
      '建成社区堆肥点和社区花园{4-30}处',
      '回收再利用旧衣物{5-60}吨',
      '开展环境教育课程{80-600}节',
    ],
    needs: ['社区堆肥设备与花园改造资金', '垃圾分类桶前值守志愿者', '环保课程合作学校', '再生资源回收企业合作'],
    slogans: ['垃圾分类，从我做起', '让社区更绿一点', '减量、分类、再利用', '向“零废弃”社区出发'],
    projects: ['零废弃院落', '绿色家园', '社区堆肥', '旧衣新生'],
    forms: ['环保公益发展中心', '生态环境保护促进中心', '零废弃社区发展中心', '绿色家园环保服务中心'],
  },
  volunteering: {
    label: '志愿服务',
    beneficiaries: '社区居民与志愿者',
    missions: ['让志愿服务成为社区的日常', '培育扎根社区的志愿服务队伍'],
    services: ['社区志愿者招募、培训与积分激励', '志愿服务项目设计与品牌打造', '大型活动志愿服务保障', '“邻里互助”志愿服务队建设', '志愿服务时长记录与嘉许'],
    results: ['注册志愿者<strong>{500-12000}名</strong>', '累计志愿服务时长{20000-260000}小时', '培育志愿服务队{10-90}支'],
    needs: ['志愿者保险与培训经费', '志愿服务积分兑换物资', '志愿者骨干培训讲师', '企业员工志愿者团队'],
    slogans: ['奉献、友爱、互助、进步', '人人可志愿，处处有温暖', '有一种温暖叫志愿红'],
    projects: ['邻里互助', '志愿红', '益起来', '公益召集令'],
    forms: ['志愿服务中心', '志愿服务发展中心', '公益志愿者服务中心'],
  },
  workplace: {
    label: '企业社会工作',
    beneficiaries: '企业职工与新就业形态劳动者',
    missions: ['把企业社会责任融入社区', '关爱一线职工与新就业形态劳动者'],
    services: ['员工心理关爱与EAP服务', '新就业形态劳动者（外卖、快递骑手）关爱驿站', '员工志愿者团队组建与运营', '企业社区共建与公益项目对接', '职工子女暑期托管'],
    results: ['服务职工<strong>{2000-30000}人次</strong>', '建成“骑手驿站”“爱心驿站”{3-24}个', '员工志愿服务{2000-30000}小时'],
    needs: ['可长期合作的社区公益项目', '企业社工专业督导', '员工公益活动场地与社区对接'],
    slogans: ['企业向善，社区更美好', '让责任成为企业的底色', '做社区里的好邻居'],
    projects: ['骑手驿站', '职工之家', '向善同行'],
    forms: ['职工服务中心', '企业社会工作服务中心'],
  },
  family: {
    label: '家庭服务',
    beneficiaries: '社区家庭，特别是困境家庭和隔代抚养家庭',
    missions: ['支持家庭、建设和谐社区', '以家庭为单位增强社区支持网络'],
    services: ['婚姻家庭辅导与家庭关系调适', '家庭教育指导与父母成长课堂', '隔代抚养家庭支持', '家庭暴力预防与干预转介', '“家风家训”社区家庭文化活动'],
    results: ['开展家庭教育讲座<strong>{40-300}场</strong>', '完成家庭个案辅导{60-480}个', '服务家庭{800-6000}户'],
    needs: ['家庭教育讲师与心理咨询师志愿者', '家庭服务中心运营经费', '亲子活动场地'],
    slogans: ['家和万事兴', '好家庭，好社区', '陪伴每一个家庭成长'],
    projects: ['幸福家庭', '父母学堂', '家庭支持'],
    forms: ['家庭服务中心', '婚姻家庭服务中心', '家庭发展服务中心'],
  },
  women: {
    label: '妇女发展',
    beneficiaries: '社区妇女、单亲母亲与女性创业者',
    missions: ['支持妇女自立自强、参与社区', '为困境妇女提供就业与心理支持'],
    services: ['妇女就业创业技能培训（家政、电商、手工）', '单亲母亲互助小组', '女性健康讲座与“两癌”筛查转介', '巾帼志愿服务队建设', '妇女议事会与社区参与'],
    results: ['培训妇女<strong>{600-6000}人次</strong>', '帮助{40-400}名妇女实现就业或创业', '组建巾帼志愿服务队{4-30}支'],
    needs: ['妇女技能培训经费', '手工艺品销售渠道与电商合作', '女性健康筛查资源'],
    slogans: ['她力量，让社区更美好', '自立自强，携手同行', '每一位女性都值得被支持'],
    projects: ['她力量', '巾帼工坊', '姐妹同行'],
    forms: ['妇女发展服务中心', '女性发展中心', '巾帼公益服务中心'],
  },
  medical: {
    label: '医务社会工作',
    beneficiaries: '住院患者、慢病人群及其家属',
    missions: ['让医疗更有温度', '为患者和家属提供心理、社会与资源支持'],
    services: ['患者及家属心理支持', '大病患者救助资源链接', '慢病管理小组与社区健康讲座', '安宁疗护与哀伤辅导', '医院志愿者服务管理'],
    results: ['服务患者及家属<strong>{3000-40000}人次</strong>', '链接大病救助资金{¥20-600}', '开展社区健康讲座{50-400}场'],
    needs: ['大病患者救助基金', '安宁疗护志愿者', '社区健康筛查合作医疗机构'],
    slogans: ['有时去治愈，常常去帮助，总是去安慰', '医路同行，温暖相伴'],
    projects: ['医路同行', '安宁守护', '健康小屋'],
    forms: ['医务社会工作服务中心', '健康服务中心', '心理健康服务中心', '安宁疗护服务中心'],
  },
  rural_education: {
    label: '乡村教育',
    beneficiaries: '乡村学校师生与留守儿童',
    missions: ['让乡村孩子拥有更好的教育', '为乡村教师专业发展持续赋能'],
    services: ['乡村教师社会情感课程培训', '乡村学校图书室与阅读推广', '留守儿童“幸福课”与心理陪伴', '乡村学校美育与体育支教', '大学生暑期支教'],
    results: ['覆盖乡村学校<strong>{12-133}所</strong>', '培训乡村教师{60-929}名', '受益学生{2000-29445}人'],
    needs: ['乡村学校图书与文体器材', '长期支教志愿者', '乡村教师培训经费'],
    slogans: ['一起为乡村教育点灯', '让每一所乡村学校都有光'],
    projects: ['乡村师生赋能', '幸福课', '乡村图书角', '山里的课堂'],
    forms: ['乡村发展中心', '乡村教育发展中心', '助学服务中心'],
  },
  community_service: {
    label: '社区服务与基层治理',
    beneficiaries: '社区居民与社区社会组织',
    missions: ['以社区为平台、社会组织为载体、社工为支撑，推动“三社互动”', '让社区服务更精准、更有温度'],
    services: [
      '党群服务中心（社区综合体）社会化运营',
      '社区社会组织孵化与公益创投',
      '“需求清单—资源清单—项目清单”三单对接',
      '社区基金设立与运营辅导',
      '社工站建设与社区工作者培训',
    ],
    results: ['运营社区综合体、社工站<strong>{3-24}个</strong>', '孵化社区社会组织{20-160}家', '促成资源对接{30-240}项'],
    needs: ['社区综合体运营合作伙伴', '社会组织能力建设培训资源', '社区公益基金配捐'],
    slogans: ['三社联动，服务到家', '需求菜单对接供给菜单', '让社区服务更有温度'],
    projects: ['三社互动', '社区伙伴', '公益微创投', '社区合伙人'],
    forms: ['社区服务中心', '社会组织发展中心', '公益组织发展中心', '社会组织孵化中心'],
  },
  disaster: {
    label: '防灾减灾与应急救援',
    beneficiaries: '社区居民与学校师生',
    missions: ['提升社区防灾减灾和应急救援能力', '让每个家庭都有备无患'],
    services: ['社区防灾减灾宣传与应急演练', '应急救援志愿队伍训练', '灾后心理援助与社区重建', '家庭应急包配置与急救培训'],
    results: ['开展社区应急演练<strong>{30-260}场</strong>', '培训持证急救员{200-2400}名', '参与应急救援行动{10-90}次'],
    needs: ['应急救援装备', '急救培训场地与教具', '灾害心理援助督导'],
    slogans: ['有备无患，守护平安', '防灾减灾，人人有责'],
    projects: ['安全社区', '应急先锋', '平安家园'],
    forms: ['应急救援服务中心', '防灾减灾服务中心'],
  },
  corrections: {
    label: '司法社会工作',
    beneficiaries: '社区矫正对象、刑满释放人员及其家庭',
    missions: ['帮助矫正对象顺利回归社会', '预防青少年违法犯罪'],
    services: ['社区矫正对象心理疏导与行为矫治', '刑满释放人员安置帮教与就业支持', '青少年犯罪预防与法治教育', '社区戒毒康复服务', '矫正对象家庭关系修复'],
    results: ['服务社区矫正对象<strong>{120-900}人</strong>', '协助{30-260}名帮教对象稳定就业', '开展法治教育进校园{20-160}场'],
    needs: ['帮教就业岗位', '心理咨询专业督导', '法治教育志愿律师'],
    slogans: ['给迷途者一次重新出发的机会', '矫正心灵，回归社会'],
    projects: ['新航计划', '阳光回归', '护航青春'],
    forms: ['司法社会工作服务中心', '社区矫正服务中心'],
  },
  veterans: {
    label: '优抚安置',
    beneficiaries: '退役军人、军属及优抚对象',
    missions: ['让退役军人在社区里有归属、有作为', '关爱优抚对象的精神与生活'],
    services: ['退役军人就业创业指导', '优抚对象走访慰问与精神关爱', '退役军人志愿服务队建设', '军休老干部文化活动', '伤残军人康复陪伴'],
    results: ['走访优抚对象<strong>{200-1600}户</strong>', '帮助{30-240}名退役军人就业创业', '组建退役军人志愿服务队{3-20}支'],
    needs: ['退役军人就业岗位', '优抚对象关爱资金', '心理关爱专业服务'],
    slogans: ['崇尚英雄，关爱老兵', '退役不褪色，服务在社区'],
    projects: ['老兵驿站', '拥军同心', '戎耀之家'],
    forms: ['退役军人关爱服务中心', '拥军优属服务中心'],
  },
};

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['罗', 'luo'], ['高', 'gao'], ['林', 'lin'], ['郑', 'zheng'], ['谢', 'xie'], ['唐', 'tang'], ['冯', 'feng'],
  ['邓', 'deng'], ['曾', 'zeng'], ['彭', 'peng'], ['肖', 'xiao'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'],
  ['叶', 'ye'], ['苏', 'su'], ['魏', 'wei'], ['吕', 'lyu'], ['丁', 'ding'], ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'],
  ['卢', 'lu'], ['钟', 'zhong'], ['田', 'tian'], ['付', 'fu'], ['袁', 'yuan'], ['邱', 'qiu'], ['熊', 'xiong'], ['向', 'xiang'],
  ['雷', 'lei'], ['税', 'shui'], ['文', 'wen'], ['廖', 'liao'], ['岑', 'cen'], ['梁', 'liang'],
];

const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['晓燕', 'xiaoyan'], ['建华', 'jianhua'], ['丽娟', 'lijuan'], ['志强', 'zhiqiang'], ['海燕', 'haiyan'], ['静', 'jing'], ['伟', 'wei'],
  ['敏', 'min'], ['磊', 'lei'], ['婷婷', 'tingting'], ['雪梅', 'xuemei'], ['红梅', 'hongmei'], ['明', 'ming'], ['军', 'jun'],
  ['勇', 'yong'], ['芳', 'fang'], ['娜', 'na'], ['秀英', 'xiuying'], ['桂兰', 'guilan'], ['宇', 'yu'], ['浩然', 'haoran'],
  ['子涵', 'zihan'], ['欣怡', 'xinyi'], ['文博', 'wenbo'], ['嘉怡', 'jiayi'], ['佳琪', 'jiaqi'], ['梦瑶', 'mengyao'],
  ['俊杰', 'junjie'], ['晓东', 'xiaodong'], ['国庆', 'guoqing'], ['蓉', 'rong'], ['川', 'chuan'], ['德明', 'deming'],
  ['小梅', 'xiaomei'], ['雨萱', 'yuxuan'], ['立新', 'lixin'], ['亚楠', 'yanan'], ['婉清', 'wanqing'], ['一鸣', 'yiming'],
  ['琳', 'lin'], ['慧', 'hui'], ['倩', 'qian'], ['鹏', 'peng'], ['涛', 'tao'], ['超', 'chao'], ['丹', 'dan'], ['璐', 'lu'],
  ['洁', 'jie'], ['颖', 'ying'], ['斌', 'bin'], ['蕾', 'lei'], ['春燕', 'chunyan'], ['玉兰', 'yulan'], ['永红', 'yonghong'],
  ['晓雯', 'xiaowen'], ['思远', 'siyuan'], ['佑军', 'youjun'], ['艳英', 'yanying'], ['莹莹', 'yingying'],
];

const MOBILE_PREFIXES = ['138', '139', '135', '136', '137', '150', '151', '152', '158', '159', '180', '181', '182', '183', '187', '188', '189', '177', '199', '133', '153', '173'];

interface Person {
  name: string;
  pinyin: string;
}

function person(rng: Rng): Person {
  const [s, sp] = rng.pick(SURNAMES);
  const [g, gp] = rng.pick(GIVEN_NAMES);
  return { name: s + g, pinyin: `${sp}.${gp}` };
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

function landline(rng: Rng, place: Place): string {
  const first: Record<string, string[]> = { '028': ['8', '6'], '010': ['6', '8'], '021': ['5', '6'], '0755': ['8', '2'], '0757': ['2'], '023': ['6'], '0816': ['2'], '0571': ['8'], '020': ['8', '3'] };
  const lead = rng.pick(first[place.area] ?? ['8']);
  return `${place.area}-${lead}${digits(rng, 7)}`;
}

// ---------------------------------------------------------------------------------------------
// Credit codes
// ---------------------------------------------------------------------------------------------

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character 组织机构代码 body. */
function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body[i];
    const v = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    sum += v * ORG_CODE_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function creditCode(rng: Rng, prefix: string, regionCode: string, style: 'digits' | 'MA' | 'MJ'): string {
  let body: string;
  if (style === 'digits') body = String(rng.int(1, 9)) + digits(rng, 7);
  else {
    body = style;
    for (let i = 0; i < 6; i++) body += CODE_ALPHABET[rng.int(0, CODE_ALPHABET.length - 1)];
  }
  const first17 = prefix + regionCode + body + orgCodeCheckChar(body);
  return first17 + creditCodeCheckChar(first17);
}

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

function fmtCount(n: number): string {
  if (n >= 10000) {
    const w = Math.round(n / 1000) / 10;
    return `${w}万`;
  }
  return String(n);
}

function fmtMoneyWan(n: number): string {
  if (n >= 10000) return `${Math.round(n / 1000) / 10}亿元`;
  return `${n}万元`;
}

/** Fills {a-b} (a count) and {¥a-b} (an amount in 万元) with numbers. */
function fill(rng: Rng, template: string): string {
  return template.replace(/\{(¥?)(\d+)-(\d+)\}/g, (_, money: string, a: string, b: string) => {
    const n = rng.int(Number(a), Number(b));
    return money ? fmtMoneyWan(n) : fmtCount(n);
  });
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function joinCn(items: string[]): string {
  return items.join('、');
}

function ul(items: string[]): string {
  return `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

// ---------------------------------------------------------------------------------------------
// Organisation specs
// ---------------------------------------------------------------------------------------------

interface OrgSpec {
  name: string;
  type: OrgType;
  place: Place;
  domains: ServiceDomain[];
  prefix: string;
  codeStyle: 'digits' | 'MA' | 'MJ';
  /** Booth title (short name). */
  title: string;
  /** Organisation-type specific facts for the intro. */
  about: (rng: Rng) => string;
  services?: string[];
  results?: string[];
  needs?: string[];
  /** Heading of the needs paragraph (funders offer rather than ask). */
  needsHeading?: string;
  noBooth?: boolean;
  fixedAccount?: (typeof DEMO_ACCOUNTS)[number];
}

const SOCIAL_BRANDS = [
  '乐邻', '和美', '启航', '童心', '晨曦', '长青', '暖阳', '芙蓉', '锦绣', '蜀光', '善行', '众合', '知行', '恒爱', '青禾', '荷塘',
  '星火', '彩虹', '安澜', '仁爱', '悦邻', '常青藤', '绿芽', '大树', '蒲公英', '向日葵', '萤火虫', '木棉', '桑榆', '朗月', '久安',
  '融爱', '益家', '乐活', '心悦', '欣和', '暖心', '同行', '新禾', '善邻', '点滴', '稻草人', '微光', '致远', '筑梦', '守望', '沐阳',
  '明德', '厚德', '博爱', '惠民', '睦邻', '百合', '春晖', '朝晖', '格桑花', '竹林', '拾穗', '一米阳光', '小橘灯', '梧桐', '山海',
  '益心', '嘉禾', '同益', '乐龄', '金色年华', '爱心桥', '彩云', '和光', '慧心', '携手', '知音', '蓝鲸', '晴川', '云朵', '锦鲤',
  '满天星', '红枫', '初心', '合欢', '安心', '与邻', '清源', '自在', '乐仁', '新芽',
];

/** Brands that suggest a field; they only go with organisations working in it. */
const BRAND_THEMES: Record<string, ServiceDomain[]> = {
  乐龄: ['elderly'], 金色年华: ['elderly'], 桑榆: ['elderly'], 长青: ['elderly', 'environment'], 童心: ['children', 'school', 'family'],
  小橘灯: ['children', 'school', 'rural_education'], 蒲公英: ['children', 'youth', 'rural_education'], 新芽: ['children', 'youth', 'environment', 'rural_education'],
  绿芽: ['environment', 'children'], 青禾: ['youth', 'rural_education', 'environment'], 格桑花: ['rural_education', 'children', 'women'],
  稻草人: ['rural_education', 'children', 'community_building'], 拾穗: ['rural_education', 'social_assistance', 'elderly'], 一米阳光: ['children', 'disability', 'youth'],
  启航: ['youth', 'children', 'school', 'corrections'], 萤火虫: ['children', 'rural_education', 'volunteering'], 百合: ['women', 'family'],
};
const brandFits = (brand: string, domain: ServiceDomain) => !BRAND_THEMES[brand] || BRAND_THEMES[brand].includes(domain);

const FOUNDATION_BRANDS: Record<string, string[]> = {
  成都: ['蓉善', '锦善', '嘉善', '致善', '善源', '德善', '乐善', '恒善', '仁善', '德源', '善缘'],
  北京: ['京善', '博善', '明善', '众善', '光和'],
  深圳: ['鹏善', '源和', '鹏城'],
};

const COMPANY_BRANDS = [
  '蜀锦', '天鹰', '瑞达', '宏远', '蓉欣', '川信', '恒丰', '顺捷', '佳和', '绿源', '蓝天', '云帆', '锦程', '德康', '美嘉', '悦康',
  '启明', '汇邻', '邻家', '智汇', '星河', '鼎诚', '华兴', '安居', '万家', '云锦', '锦城', '熊猫', '银杏', '青城',
];

interface Industry {
  suffix: string;
  desc: string;
  domain: ServiceDomain;
  csr: string[];
}

const INDUSTRIES: Industry[] = [
  { suffix: '物业服务有限公司', desc: '社区物业服务', domain: 'community_building', csr: ['“红色物业”与小区院落共治', '物业服务进院落，公共空间共建', '员工志愿者参与楼道微更新'] },
  { suffix: '养老产业有限公司', desc: '社区养老与健康照护', domain: 'elderly', csr: ['社区长者食堂公益运营', '失能老人照护培训进社区', '困难老人免费助浴'] },
  { suffix: '环保科技有限公司', desc: '再生资源回收与环保技术', domain: 'environment', csr: ['垃圾分类智能回收站进小区', '环保课堂进校园', '旧衣回收与公益再生'] },
  { suffix: '信息技术有限公司', desc: '智慧社区软件与数据服务', domain: 'community_service', csr: ['为社会组织免费提供数字化工具', '智慧养老“一键呼叫”公益部署', '志愿服务积分平台技术支持'] },
  { suffix: '餐饮管理有限公司', desc: '团餐与社区餐饮', domain: 'elderly', csr: ['长者助餐公益配送', '困难家庭节日爱心餐', '厨余减量与光盘行动'] },
  { suffix: '建筑设计有限公司', desc: '城市更新与社区规划设计', domain: 'community_building', csr: ['社区规划师公益陪伴', '口袋公园参与式设计', '老旧院落微更新设计'] },
  { suffix: '文化传播有限公司', desc: '文化活动策划与新媒体传播', domain: 'volunteering', csr: ['公益项目传播与微电影拍摄', '社会组织新媒体培训', '公益市集策划'] },
  { suffix: '农业开发有限公司', desc: '乡村特色农业与农产品电商', domain: 'rural_education', csr: ['助农直播与消费帮扶', '乡村学校营养午餐', '返乡青年创业培训'] },
  { suffix: '医药连锁有限公司', desc: '社区药房与健康管理', domain: 'medical', csr: ['社区义诊与慢病筛查', '困难患者药品捐赠', '急救知识进社区'] },
  { suffix: '电器股份有限公司', desc: '家电制造', domain: 'workplace', csr: ['职工子女暑期托管', '员工志愿者服务社区长者', '困难职工帮扶基金'] },
  { suffix: '商业管理有限公司', desc: '社区商业综合体运营', domain: 'community_service', csr: ['商场公共空间向社区活动开放', '社区市集与公益快闪', '“骑手驿站”爱心服务点'] },
  { suffix: '快递服务有限公司', desc: '城市配送与快递', domain: 'workplace', csr: ['快递小哥关爱驿站', '快递员参与社区网格应急', '包装回收减量'] },
];

const GOV_TEMPLATES: { name: (p: Place) => string; domains: ServiceDomain[]; desc: string }[] = [
  { name: (p) => `${p.prefix}民政局`, domains: ['community_service', 'social_assistance', 'elderly'], desc: '统筹全区社会救助、养老服务、社区治理和社会组织培育工作' },
  { name: (p) => `${p.prefix}社区发展治理委员会`, domains: ['community_building', 'community_service'], desc: '牵头推进城乡社区发展治理，统筹社区营造、社区保障资金和社区社会组织发展' },
  { name: (p) => `${p.prefix}退役军人事务局`, domains: ['veterans'], desc: '负责退役军人服务保障、优抚安置和褒扬纪念工作' },
  { name: (p) => `${p.prefix}司法局`, domains: ['corrections'], desc: '负责社区矫正、安置帮教、公共法律服务和人民调解工作' },
  { name: (p) => `${p.prefix}卫生健康局`, domains: ['medical', 'elderly'], desc: '推进医养结合、医务社会工作和基层健康服务' },
  { name: (p) => `${p.prefix}教育局`, domains: ['school', 'children'], desc: '推进家校社协同育人和学校社会工作试点' },
  { name: (p) => `${p.prefix}应急管理局`, domains: ['disaster'], desc: '负责防灾减灾、应急救援队伍建设和社区安全宣传' },
  { name: (p) => `${p.prefix}城市管理局`, domains: ['environment'], desc: '统筹生活垃圾分类与减量、市容环境治理' },
];

const COMMUNITY_NAMES = [
  '芳草', '枣子巷', '文翁', '锦官驿', '桐梓林', '清水河', '紫荆', '百花', '玉沙', '望江', '双林', '新鸿', '圣灯', '府河', '银杏',
  '光华', '蜀汉', '桂湖', '和平', '翠湖', '长寿', '龙池', '杉板桥', '万年场', '双水碾', '海棠', '书香', '新华', '东篱', '梨花',
  '水井', '太平', '青龙', '白鹭', '锦华', '福兴', '沙湾', '玉林', '红星',
];
const VILLAGE_NAMES = ['竹艺', '青杠树', '白鹤', '五星', '宝山', '高山', '红光', '柑梓', '桃源', '花园', '永安', '天府'];

interface CuratedOrg {
  name: string;
  type: OrgType;
  code: string;
  prefix: string;
  domains: ServiceDomain[];
  about: string;
  services: string[];
  results: string[];
  needs: string[];
  noBooth?: boolean;
}

const UNIVERSITY_SERVICES = ['社会工作专业实习生输送与实习督导', '社会组织项目评估与第三方监测', '社区需求调研与行动研究', '社工继续教育与督导培训', '政策咨询与研究报告'];
const UNIVERSITY_RESULTS = [
  '建有社会工作实习基地<strong>{12-60}个</strong>，每年输送实习生{80-400}人次',
  '为{30-200}家社会组织提供督导与评估',
  '承接政府委托课题{8-60}项，培训社工和社区工作者{1000-12000}人次',
];
const UNIVERSITY_NEEDS = ['愿意合作开展行动研究的社区与社会组织', '可接收实习生的社会服务机构', '研究成果转化与政策倡导的合作伙伴'];

const UNIVERSITIES: Omit<CuratedOrg, 'type' | 'prefix' | 'services' | 'results' | 'needs'>[] = [
  { name: '四川大学公共管理学院', code: '510107', domains: ['community_service', 'community_building'], about: '长期开展社会工作与社会治理教学研究，师生团队扎根成都社区开展“三社互动”行动研究' },
  { name: '西南财经大学社会发展研究院', code: '510115', domains: ['social_assistance', 'community_service'], about: '聚焦社会保障、社会救助与基层治理研究，持续开展城乡家庭追踪调查' },
  { name: '四川师范大学社会工作系', code: '510104', domains: ['school', 'children'], about: '以学校社会工作和儿童青少年服务为特色，建有多个驻校社工实践基地' },
  { name: '西南民族大学社会学与心理学学院', code: '510116', domains: ['rural_education', 'disaster'], about: '关注民族地区社区发展、乡村教育与灾害社会工作' },
  { name: '成都理工大学文法学院社会工作系', code: '510108', domains: ['environment', 'community_building'], about: '结合学校地学与环境学科优势，开展社区环境教育和社区营造研究' },
  { name: '西华大学社会工作系', code: '510117', domains: ['elderly', 'disability'], about: '聚焦养老服务与助残服务的专业人才培养，与郫都区多个社区共建实践基地' },
  { name: '成都大学社会工作系', code: '510112', domains: ['youth', 'volunteering'], about: '开展青少年社会工作与志愿服务研究，组织师生常年参与社区志愿服务' },
  { name: '四川农业大学乡村振兴研究院', code: '510115', domains: ['rural_education', 'community_building'], about: '围绕乡村振兴开展乡村社区营造、乡村人才培养和农村社会工作研究' },
  { name: '电子科技大学公共管理学院', code: '510108', domains: ['community_service', 'volunteering'], about: '研究数字化社区治理与智慧社区服务，开发社区需求与资源匹配工具' },
  { name: '北京师范大学社会发展与公共政策学院', code: '110108', domains: ['children', 'rural_education'], about: '长期开展儿童福利与乡村教育研究，参与研发乡村学校社会情感课程' },
  { name: '北京工业大学文法学院社会工作系', code: '110105', domains: ['environment', 'community_service'], about: '参与可持续社区环境建设行动研究，为社会服务机构提供专业支持' },
  { name: '华东理工大学社会与公共管理学院', code: '310104', domains: ['community_service', 'medical'], about: '社会工作专业教育的先行者之一，持续关注社会组织融入社区的路径' },
  { name: '华南师范大学政治与公共管理学院', code: '440106', domains: ['community_service', 'youth'], about: '研究公益组织参与社会治理的路径，长期服务珠三角社会组织' },
];

const OTHERS: Omit<CuratedOrg, 'services' | 'results' | 'needs'>[] = [
  { name: '成都市残疾人联合会', type: 'other', code: '510105', prefix: '13', domains: ['disability'], about: '代表残疾人共同利益，推动残疾人康复、就业、教育和无障碍环境建设' },
  { name: '成都市妇女联合会', type: 'other', code: '510104', prefix: '13', domains: ['women', 'family'], about: '联系和服务全市妇女儿童，推动家庭教育、家风建设和妇女创业就业' },
  { name: '共青团成都市委员会', type: 'other', code: '510104', prefix: '13', domains: ['youth', 'volunteering'], about: '统筹全市青年志愿服务和青少年成长服务，推进“青少年之家”阵地建设' },
  { name: '成都市总工会', type: 'other', code: '510106', prefix: '13', domains: ['workplace'], about: '维护职工合法权益，推进新就业形态劳动者关爱服务和职工服务阵地建设' },
  { name: '成都市金牛区红十字会', type: 'other', code: '510106', prefix: '13', domains: ['disaster', 'medical'], about: '开展应急救护培训、人道救助和无偿献血宣传' },
  { name: '成都市武侯区人民医院医务社工部', type: 'other', code: '510107', prefix: '12', domains: ['medical'], about: '在院内开展医务社会工作，为住院患者和家属提供心理支持、救助资源链接和出院衔接服务' },
  { name: '成都市金牛区星辰实验小学', type: 'other', code: '510106', prefix: '12', domains: ['school', 'children'], about: '较早引入驻校社工的公办小学，探索家校社协同育人' },
  { name: '成都市锦江区社区教育学院', type: 'other', code: '510104', prefix: '12', domains: ['community_service', 'elderly'], about: '承担全区社区教育和老年教育，运营社区学习点和老年大学分校' },
  { name: '四川锦衡律师事务所', type: 'other', code: '510107', prefix: '31', domains: ['corrections', 'social_assistance'], about: '长期参与公益法律服务，为困难群众提供法律援助，为社区矫正对象提供法律咨询' },
  { name: '成都市青白江区融媒体中心', type: 'other', code: '510113', prefix: '12', domains: ['volunteering', 'community_building'], about: '以新闻传播服务基层治理，开设社区公益栏目，记录社区营造故事', noBooth: true },
];

const OTHER_SERVICES: Record<string, string[]> = {
  '13': ['政策倡导与资源整合', '服务阵地建设与社会化运营', '购买社会组织专业服务', '志愿服务队伍培育'],
  '12': ['专业服务进社区', '与社会组织合作开展项目', '公益课程与培训'],
  '31': ['公益法律咨询与法律援助', '社区“法律明白人”培训', '社会组织合规辅导'],
};

// ---------------------------------------------------------------------------------------------
// Building the organisations
// ---------------------------------------------------------------------------------------------

const SOCIAL_DOMAIN_WEIGHTS: (readonly [ServiceDomain, number])[] = [
  ['elderly', 16], ['children', 9], ['youth', 5], ['school', 3], ['community_building', 10], ['disability', 7], ['social_assistance', 5],
  ['environment', 6], ['volunteering', 6], ['workplace', 2], ['family', 4], ['women', 3], ['medical', 4], ['rural_education', 3],
  ['community_service', 6], ['disaster', 2], ['corrections', 3], ['veterans', 2],
];

const GENERIC_SOCIAL_FORMS = ['社会工作服务中心', '社会工作服务中心', '社工服务中心', '公益服务中心', '社区发展中心'];

const ASSOCIATION_FORMS: { form: string; domain: ServiceDomain }[] = [
  { form: '社会工作协会', domain: 'community_service' },
  { form: '志愿者协会', domain: 'volunteering' },
  { form: '养老服务协会', domain: 'elderly' },
  { form: '社区社会组织联合会', domain: 'community_building' },
  { form: '慈善会', domain: 'social_assistance' },
  { form: '公益慈善联合会', domain: 'community_service' },
];

function placeWeights(filter: (p: Place) => boolean = () => true): (readonly [Place, number])[] {
  return PLACES.filter((p) => p.weight > 0 && filter(p)).map((p) => [p, p.weight] as const);
}

function extraDomains(rng: Rng, primary: ServiceDomain, max: number): ServiceDomain[] {
  const out: ServiceDomain[] = [primary];
  const n = rng.int(0, max);
  const related: Partial<Record<ServiceDomain, ServiceDomain[]>> = {
    elderly: ['community_service', 'volunteering', 'medical', 'family'],
    children: ['family', 'youth', 'school', 'volunteering'],
    youth: ['school', 'volunteering', 'children'],
    school: ['children', 'youth', 'family'],
    community_building: ['community_service', 'volunteering', 'environment', 'elderly'],
    disability: ['family', 'volunteering', 'medical'],
    social_assistance: ['family', 'community_service', 'disaster'],
    environment: ['community_building', 'volunteering', 'children'],
    volunteering: ['community_service', 'elderly', 'community_building'],
    workplace: ['volunteering', 'community_service'],
    family: ['children', 'women', 'elderly'],
    women: ['family', 'children', 'volunteering'],
    medical: ['elderly', 'disability', 'social_assistance'],
    rural_education: ['children', 'volunteering'],
    community_service: ['community_building', 'volunteering', 'elderly'],
    disaster: ['volunteering', 'community_service'],
    corrections: ['youth', 'family', 'social_assistance'],
    veterans: ['volunteering', 'elderly'],
  };
  for (const d of rng.shuffle(related[primary] ?? [])) {
    if (out.length > n) break;
    out.push(d);
  }
  return out;
}

function orgIntroForSocial(spec: { name: string; place: Place; domain: DomainContent; association: boolean }) {
  return (rng: Rng) => {
    const year = rng.int(2008, 2021);
    const staff = rng.int(8, 60);
    const kind = spec.association ? `在${spec.place.district}民政局登记的社会团体，现有会员单位${rng.int(30, 180)}家` : `在${spec.place.district}民政局登记的社会服务机构，现有专职社工${staff}名（其中持证社工${Math.max(3, Math.round(staff * (rng.int(45, 85) / 100)))}名）`;
    return `<p><strong>${esc(spec.name)}</strong>成立于${year}年，是${kind}，长期扎根${spec.place.short}社区，服务${spec.domain.beneficiaries}，致力于${rng.pick(spec.domain.missions)}。</p>`;
  };
}

function buildSpecs(rng: Rng): OrgSpec[] {
  const specs: OrgSpec[] = [];
  const usedNames = new Set<string>();
  const add = (s: OrgSpec) => {
    if (usedNames.has(s.name)) return false;
    usedNames.add(s.name);
    specs.push(s);
    return true;
  };

  // --- The two named accounts -----------------------------------------------------------------
  const qingyang = placeByCode('510105');
  const [exhibitorAccount, foundationAccount] = DEMO_ACCOUNTS;
  add({
    name: exhibitorAccount.organizationName,
    type: 'social_org',
    place: qingyang,
    domains: ['community_building', 'elderly', 'volunteering'],
    prefix: '52',
    codeStyle: 'MJ',
    title: '邻里同心社会工作服务中心',
    about: () =>
      `<p><strong>${exhibitorAccount.organizationName}</strong>成立于2014年，是在青羊区民政局登记的社会服务机构，现有专职社工26名（其中持证社工19名），扎根少城、草市街、西御河等街道，以“三社联动”推动院落自治和社区营造，为高龄独居老人提供居家养老服务。</p>`,
    services: ['院落微更新与居民议事会', '社区自组织孵化与公益微创投', '独居老人探访与长者助餐', '“时间银行”低龄助高龄志愿服务', '社区营造项目路演辅导'],
    results: [
      '近三年累计服务<strong>4.6万人次</strong>，覆盖<strong>23个社区</strong>',
      '完成院落、楼道微更新<strong>38处</strong>，孵化社区自组织<strong>52支</strong>',
      '“时间银行”存储志愿服务时长1.8万小时',
    ],
    needs: ['院落微更新配套资金（约30万元）', '景观设计与建筑专业志愿者', '长者食堂食材与助餐补贴合作企业'],
    fixedAccount: exhibitorAccount,
  });
  const jinjiang = placeByCode('510104');
  add({
    name: foundationAccount.organizationName,
    type: 'foundation',
    place: jinjiang,
    domains: ['community_service', 'children', 'elderly'],
    prefix: '53',
    codeStyle: 'MJ',
    title: '天府益行公益基金会',
    about: () =>
      `<p><strong>${foundationAccount.organizationName}</strong>成立于2016年，是在成都市民政局登记的地方性公益基金会，秉持“资源共享、伙伴共生、价值共创”的理念，资助扎根社区的社会服务机构和社区社会组织。</p>`,
    services: [
      '「社区伙伴」计划：资助社区营造与社区服务项目，单个项目5万—20万元',
      '「童行」计划：资助困境儿童关爱与“四点半课堂”',
      '「乐龄」计划：资助居家养老与长者助餐',
      '资助全流程：征集 → 初筛 → 尽职调查 → 评审会 → 公示 → 资助',
    ],
    results: ['累计资助项目<strong>186个</strong>，资助金额<strong>4280万元</strong>', '支持社会组织97家，覆盖成都12个区（市）县的143个村（社区）'],
    needs: ['发布<strong>600万元</strong>资助计划，面向成都市征集社区服务、儿童和养老领域项目', '单个项目最高资助20万元，欢迎来展位洽谈'],
    needsHeading: '本届洽谈汇可提供：',
    fixedAccount: foundationAccount,
  });

  // --- Government -------------------------------------------------------------------------------
  const cityGov: { name: string; code: string; domains: ServiceDomain[]; desc: string; noBooth?: boolean }[] = [
    { name: '成都市民政局', code: '510105', domains: ['community_service', 'social_assistance', 'elderly'], desc: '主管全市社会救助、养老服务、社会组织登记管理和社区建设，是“三社互动”机制的主要推动者' },
    { name: '成都市城乡社区发展治理委员会', code: '510104', domains: ['community_building', 'community_service'], desc: '统筹全市城乡社区发展治理，推进社区营造、社区保障资金和社区社会企业发展' },
    { name: '成都市退役军人事务局', code: '510106', domains: ['veterans'], desc: '负责全市退役军人服务保障和优抚安置工作', noBooth: true },
    { name: '成都市生态环境局', code: '510107', domains: ['environment'], desc: '推进生态环境保护、环境教育和公众参与', noBooth: true },
    { name: '佛山市顺德区民政和人力资源社会保障局', code: '440606', domains: ['community_service', 'elderly'], desc: '指导“众创共善”“和美社区”等资助计划，推动社区营造、社区照顾和长者综合服务中心建设' },
    { name: '北京市社会组织管理中心', code: '110105', domains: ['community_service', 'environment'], desc: '指导“公益1+1”资助行动，为基金会与社会服务机构搭建合作桥梁' },
    { name: '上海市浦东新区民政局', code: '310115', domains: ['community_service'], desc: '推进社区社会组织服务平台建设，引导社会组织融入社区', noBooth: true },
    { name: '深圳市福田区民政局', code: '440304', domains: ['community_service', 'volunteering'], desc: '推进社区党群服务中心社会化运营，建设社区需求和资源“两个数据库”' },
  ];
  for (const g of cityGov) {
    const place = placeByCode(g.code);
    add({ name: g.name, type: 'government', place, domains: g.domains, prefix: '11', codeStyle: 'digits', title: g.name, about: govAbout(g.name, g.desc), noBooth: g.noBooth });
  }
  // District departments across Chengdu, one template per district (no duplicates).
  const govPlaces = rng.shuffle(PLACES.filter((p) => p.city === '成都'));
  const templates = rng.shuffle(GOV_TEMPLATES);
  for (let i = 0; i < 9; i++) {
    const t = i < 2 ? GOV_TEMPLATES[i] : templates[i % templates.length];
    const place = i < 2 ? placeByCode(CHENGDU_CORE[i + 1]) : govPlaces[i];
    const name = t.name(place);
    add({ name, type: 'government', place, domains: t.domains, prefix: '11', codeStyle: 'digits', title: name, about: govAbout(name, t.desc) });
  }
  // Street offices and town governments.
  const streetOffices: [string, string][] = [
    ['510107', '玉林街道'], ['510105', '少城街道'], ['510108', '猛追湾街道'], ['510104', '水井坊街道'], ['510106', '抚琴街道'],
    ['110105', '东风地区'], ['310115', '金杨新村街道'], ['440304', '沙头街道'],
  ];
  for (const [code, street] of streetOffices) {
    const place = placeByCode(code);
    const name = `${place.prefix}${streetOfficeName(street)}`;
    add({
      name,
      type: 'government',
      place,
      domains: rng.pick<ServiceDomain[]>([['community_building', 'community_service'], ['community_service', 'elderly'], ['community_building', 'volunteering']]),
      prefix: '11',
      codeStyle: 'digits',
      title: streetOfficeName(street),
      about: govAbout(name, `统筹辖区${rng.int(6, 14)}个社区的社区发展治理，运营街道社工站和社区综合体`),
    });
  }

  // --- Foundations ------------------------------------------------------------------------------
  const fBrands = Object.fromEntries(Object.entries(FOUNDATION_BRANDS).map(([city, list]) => [city, new Pool(rng, list)]));
  const foundationNames: ((p: Place) => string)[] = [
    () => `成都市${fBrands['成都'].take()}公益慈善基金会`,
    () => `四川${fBrands['成都'].take()}公益基金会`,
    (p) => `成都市${p.short}社区发展基金会`,
    () => `北京${fBrands['北京'].take()}公益基金会`,
    (p) => `${p.prefix}${rng.pick(['容桂', '北滘', '勒流', '杏坛', '均安', '龙江', '乐从'])}社区慈善基金会`,
    () => `上海浦东${rng.pick(['陆家嘴', '潍坊', '花木', '金杨'])}社区公益基金会`,
    () => `深圳市${fBrands['深圳'].take()}公益基金会`,
    () => `${rng.pick(COMPANY_BRANDS)}公益基金会`,
  ];
  const foundationPlaces: Record<number, (r: Rng) => Place> = {
    0: (r) => placeByCode(r.pick(CHENGDU_CORE)),
    1: (r) => placeByCode(r.pick(CHENGDU_CORE)),
    2: (r) => r.pick(PLACES.filter((p) => p.city === '成都' && p.code !== '510107')),
    3: (r) => placeByCode(r.pick(['110105', '110101', '110108'])),
    4: () => placeByCode('440606'),
    5: () => placeByCode('310115'),
    6: () => placeByCode('440304'),
    7: (r) => placeByCode(r.pick(CHENGDU_CORE)),
  };
  const foundationKinds = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 7];
  for (const kind of foundationKinds) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const place = foundationPlaces[kind](rng);
      const name = foundationNames[kind](place);
      const primary = rng.weighted(SOCIAL_DOMAIN_WEIGHTS);
      const domains = extraDomains(rng, primary, 2);
      if (add({ name, type: 'foundation', place, domains, prefix: '53', codeStyle: rng.chance(0.5) ? 'MJ' : 'digits', title: name.replace(/^(成都市|四川|北京|深圳市|上海|佛山市)/, ''), about: foundationAbout(name, place, domains), ...foundationContent(domains), noBooth: kind === 7 && rng.chance(0.5) }))
        break;
    }
  }

  // --- Companies --------------------------------------------------------------------------------
  const cBrands = new Pool(rng, COMPANY_BRANDS);
  for (let i = 0; i < 24; i++) {
    const industry = i < INDUSTRIES.length ? INDUSTRIES[i] : rng.pick(INDUSTRIES);
    const place =
      industry.suffix === '电器股份有限公司' ? placeByCode('440606') : i % 9 === 8 ? placeByCode('440304') : rng.weighted(placeWeights((p) => p.city === '成都'));
    const brand = cBrands.take();
    const head = place.city === '成都' ? rng.pick(['成都', '成都', '四川']) : place.code === '440606' ? '佛山市顺德区' : '深圳市';
    const name = `${head}${brand}${industry.suffix}`;
    // The industry's field leads (it drives the wording); every company booth stands in the CSR zone.
    const domains: ServiceDomain[] = industry.domain === 'workplace' ? ['workplace', 'volunteering'] : [industry.domain, 'workplace'];
    if (rng.chance(0.3) && !domains.includes('volunteering')) domains.push('volunteering');
    add({
      name,
      type: 'company',
      place,
      domains,
      prefix: '91',
      codeStyle: rng.chance(0.7) ? 'MA' : 'digits',
      title: `${brand}${industry.suffix.replace(/(股份)?有限公司$/, '')}`,
      about: companyAbout(name, industry),
      services: rng.sample(industry.csr, 3).concat(rng.sample(D[industry.domain].services, 1)),
      results: ['员工志愿服务累计<strong>{2000-36000}小时</strong>', '捐赠资金和物资价值<strong>{¥20-800}</strong>，惠及{3000-60000}人次', `与{5-40}个社区建立长期共建关系`],
      needs: [`寻找可长期合作的${D[industry.domain].label}公益项目`, `每年可开放员工志愿者{50-600}名、企业场地和专业技能服务`, '希望与社会组织共同设计员工参与的社区公益活动'],
      needsHeading: '本次洽谈：',
      noBooth: i === 5 || i === 17,
    });
  }

  // --- Social organisations -------------------------------------------------------------------
  const sBrands = new Pool(rng, SOCIAL_BRANDS);
  const assocPlaces = rng.shuffle(PLACES.filter((p) => p.city === '成都')).slice(0, ASSOCIATION_FORMS.length);
  ASSOCIATION_FORMS.forEach((a, i) => {
    const place = assocPlaces[i];
    const name = `${place.prefix}${a.form}`;
    const domains = extraDomains(rng, a.domain, 2);
    add({
      name,
      type: 'social_org',
      place,
      domains,
      prefix: '51',
      codeStyle: rng.chance(0.5) ? 'MJ' : 'digits',
      title: `${place.district}${a.form}`,
      about: orgIntroForSocial({ name, place, domain: D[a.domain], association: true }),
    });
  });
  let socialCount = 0;
  while (socialCount < 70) {
    const primary = rng.weighted(SOCIAL_DOMAIN_WEIGHTS);
    const place = rng.weighted(placeWeights());
    const brand = sBrands.take((b) => brandFits(b, primary));
    let form = rng.chance(0.55) ? rng.pick(D[primary].forms) : rng.pick(GENERIC_SOCIAL_FORMS);
    if (place.city === '北京' && form === '社会工作服务中心' && rng.chance(0.5)) form = '社会工作事务所';
    if (place.city === '上海' && form === '社会工作服务中心' && rng.chance(0.5)) form = '社会工作服务社';
    const name = `${place.prefix}${brand}${form}`;
    const domains = extraDomains(rng, primary, 2);
    if (add({ name, type: 'social_org', place, domains, prefix: '52', codeStyle: rng.chance(0.6) ? 'MJ' : 'digits', title: `${brand}${form}`, about: orgIntroForSocial({ name, place, domain: D[primary], association: false }) }))
      socialCount++;
  }

  // --- Communities ------------------------------------------------------------------------------
  const cNames = new Pool(rng, COMMUNITY_NAMES);
  const vNames = new Pool(rng, VILLAGE_NAMES);
  const fixedCommunities: [string, string, string, boolean][] = [
    ['440304', '沙头街道', '金地', false],
    ['440606', '容桂街道', '幸福', false],
    ['440606', '勒流街道', '东风', true],
    ['310115', '金杨新村街道', '金杨', false],
    ['510131', '甘溪镇', '明月', true],
  ];
  const communityPlans: [Place, string, string, boolean][] = fixedCommunities.map(([code, street, nm, village]) => [placeByCode(code), street, nm, village]);
  while (communityPlans.length < 32) {
    const village = communityPlans.length % 6 === 5;
    const place = village ? rng.pick(PLACES.filter((p) => p.city === '成都' && !CHENGDU_CORE.includes(p.code))) : rng.weighted(placeWeights((p) => p.city === '成都'));
    communityPlans.push([place, rng.pick(place.streets), village ? vNames.take() : cNames.take(), village]);
  }
  for (const [place, street, nm, village] of communityPlans) {
    const unit = village ? `${nm}村` : `${nm}社区`;
    const name = `${place.prefix}${street}${unit}${village ? '村民委员会' : '居民委员会'}`;
    const primary = rng.weighted<ServiceDomain>([['community_building', 6], ['community_service', 4], ['elderly', 3], ['children', 2], ['environment', 2], ['volunteering', 2], ...(village ? ([['rural_education', 3]] as const) : [])]);
    const domains = extraDomains(rng, primary, 2);
    add({
      name,
      type: 'community',
      place,
      domains,
      prefix: '54',
      codeStyle: 'digits',
      title: `${street}${unit}`,
      about: communityAbout(`${street}${unit}`, place, street, village, D[primary]),
      services: ['党群服务中心“一站式”便民服务', rng.pick(['居民议事会与院落自治', '“社区合伙人”计划', '社区需求清单与资源清单发布'])].concat(rng.sample(D[primary].services, 2)),
      needs: rng.sample(D[primary].needs, 2).concat(['能够长期驻点的专业社会组织']),
      needsHeading: '社区需求清单：',
      results: [
        '孵化社区自组织<strong>{6-45}支</strong>，登记志愿者<strong>{120-1800}名</strong>',
        '全年开展社区活动{60-260}场次，参与居民{3000-24000}人次',
        ...D[primary].results.slice(0, 2),
      ],
    });
  }

  // --- Universities -----------------------------------------------------------------------------
  for (const u of UNIVERSITIES) {
    const place = placeByCode(u.code);
    add({
      name: u.name,
      type: 'university',
      place,
      domains: u.domains,
      prefix: '12',
      codeStyle: 'digits',
      title: u.name,
      about: () => `<p><strong>${esc(u.name)}</strong>${u.about}，关注${joinCn(u.domains.map((d) => D[d].label))}等领域。</p>`,
      services: UNIVERSITY_SERVICES,
      results: UNIVERSITY_RESULTS,
      needs: UNIVERSITY_NEEDS,
      needsHeading: '可提供与寻求合作：',
    });
  }

  // --- Others -----------------------------------------------------------------------------------
  for (const o of OTHERS) {
    const place = placeByCode(o.code);
    add({
      name: o.name,
      type: o.type,
      place,
      domains: o.domains,
      prefix: o.prefix,
      codeStyle: 'digits',
      title: o.name,
      about: () => `<p><strong>${esc(o.name)}</strong>${o.about}。</p>`,
      services: (OTHER_SERVICES[o.prefix] ?? []).slice(0, 2).concat(D[o.domains[0]].services.slice(0, 2)),
      results: D[o.domains[0]].results,
      needs: D[o.domains[0]].needs.concat(['与社会组织合作共建服务项目']),
      noBooth: o.noBooth,
    });
  }
  return specs;
}

function streetOfficeName(street: string): string {
  if (street.endsWith('镇')) return `${street}人民政府`;
  return `${street}办事处`;
}

function govAbout(name: string, desc: string) {
  return (rng: Rng) =>
    `<p><strong>${esc(name)}</strong>${desc}。按照“政府引导、社会协同、多元参与”的原则，以政府购买服务为牵引、居民需求为导向，以社区为平台、社会组织为载体、社工为骨干，推动“三社互动”基层治理新机制${rng.chance(0.5) ? '，促进政府职能转变和社区职能回归' : ''}。</p>`;
}

function govContent(domains: ServiceDomain[]) {
  return {
    services: ['政府购买社会工作服务', '“三社互动”专项资金与公益创投', '社会组织培育孵化与等级评估'].concat(D[domains[0]].services.slice(0, 2)),
    results: [
      '{2014-2020}年以来累计投入“三社互动”专项资金<strong>{¥300-6100}</strong>，实施项目<strong>{40-584}个</strong>',
      '培育社区社会组织{60-600}家，建成社工站{3-30}个',
      ...D[domains[0]].results.slice(0, 1),
    ],
    needs: [`发布政府购买服务项目{3-12}个，诚邀专业社会组织承接${D[domains[0]].label}等服务`, '希望与基金会、企业共建社区公益基金，撬动社会资源参与社区发展治理'],
    needsHeading: '本次洽谈：',
  };
}

function foundationAbout(name: string, place: Place, domains: ServiceDomain[]) {
  return (rng: Rng) => {
    const scope = place.city === '成都' ? '成都市民政局' : `${place.city}市民政局`;
    return `<p><strong>${esc(name)}</strong>成立于${rng.int(2010, 2020)}年，是在${scope}登记的${rng.chance(0.4) ? '具有公开募捐资格的' : ''}基金会，秉持“资源共享、伙伴共生、价值共创”的理念，重点资助${joinCn(domains.map((d) => D[d].label))}领域扎根社区的社会服务机构和社区社会组织。</p>`;
  };
}

const PROGRAM_NAMES = ['益苗', '暖巢', '社区伙伴', '童行', '乐龄', '同行', '星光', '筑巢', '种子', '微光', '共善', '和美'];

function foundationContent(domains: ServiceDomain[]) {
  return {
    services: [
      ...domains.slice(0, 2).map((d, i) => `「${PROGRAM_NAMES[(d.length * 7 + i * 5) % PROGRAM_NAMES.length]}」计划：资助${D[d].label}项目，单个项目{3-10}万—{12-30}万元`),
      '社会组织能力建设：赋能工作坊、专题培训、圆桌辅导',
      '资助全流程陪伴：征集 → 初筛 → 尽职调查 → 评审会 → 公示 → 资助',
    ],
    results: ['累计资助项目<strong>{30-2007}个</strong>，资助金额<strong>{¥300-35000}</strong>', '支持社会组织{20-220}家，覆盖{8-205}个村（社区）', '开展专业支持活动{20-90}次'],
    needs: [`发布<strong>{¥100-1200}</strong>资助计划，征集${D[domains[0]].label}领域项目`, '单个项目最高资助{8-30}万元，欢迎扎根社区的社会服务机构来展位洽谈'],
    needsHeading: '本届洽谈汇可提供：',
  };
}

function companyAbout(name: string, industry: Industry) {
  return (rng: Rng) =>
    `<p><strong>${esc(name)}</strong>是一家深耕${industry.desc}的企业，成立${rng.int(5, 26)}年来坚持把企业社会责任融入经营，${rng.pick(['成立了员工志愿者协会', '设立了企业公益专项基金', '与多家社会组织建立了长期伙伴关系'])}，积极参与社区治理和公益慈善。</p>`;
}

function communityAbout(unitName: string, place: Place, street: string, village: boolean, d: DomainContent) {
  return (rng: Rng) => {
    const pop = village ? rng.int(1800, 6500) : rng.int(6000, 32000);
    const area = village ? (rng.int(30, 120) / 10).toFixed(1) : (rng.int(4, 30) / 10).toFixed(1);
    return `<p><strong>${esc(unitName)}</strong>位于${place.district}${street}，辖区面积${area}平方公里，常住人口${fmtCount(pop)}人，其中60岁以上老年人占${rng.int(14, 32)}%。${village ? '村' : '社区'}以党建引领“三社联动”，与社会组织、社工和志愿者携手，致力于${d.missions[0]}。</p>`;
  };
}

// ---------------------------------------------------------------------------------------------
// Booths
// ---------------------------------------------------------------------------------------------

const CONTACT_ROLES: Record<OrgType, string[]> = {
  government: ['科长', '副科长', '工作人员', '社区建设科负责人'],
  foundation: ['秘书长', '项目总监', '项目官员', '项目经理'],
  company: ['社会责任部经理', '公益项目负责人', '品牌部主管', '工会主席'],
  social_org: ['机构负责人', '理事长', '项目主管', '社工督导', '项目社工'],
  community: ['社区党委书记', '居委会主任', '社区工作者', '村党总支书记'],
  university: ['系主任', '副教授', '讲师', '实习督导'],
  other: ['部门负责人', '项目联系人', '工作人员'],
};

const REJECT_REASONS: Partial<Record<OrgType, string[]>> & { social_org: string[] } = {
  social_org: ['展位介绍过于简略，缺少服务成果和具体需求，请补充后重新提交。', '联系电话无法接通，且未上传机构登记证书，请核实联系方式并补充资质材料后重新提交。'],
  company: ['展位内容以产品推广为主，与公益洽谈汇的定位不符，请修改为企业公益实践和合作需求后重新提交。'],
};

function buildIntro(rng: Rng, spec: OrgSpec, draft: boolean): string {
  const primary = D[spec.domains[0]];
  const services = spec.services ? (spec.services.length > 4 ? rng.sample(spec.services, 4) : spec.services) : rng.sample(primary.services, rng.int(3, 4));
  const resultPool = spec.results ?? primary.results;
  const needsPool = spec.needs ?? primary.needs;

  const about = spec.about(rng);
  const servicesHtml = `<p><strong>${spec.type === 'foundation' ? '资助方向' : spec.type === 'university' ? '专业支持' : spec.type === 'company' ? '企业公益实践' : '主要服务'}</strong></p>${ul(services.map((s) => fill(rng, s)))}`;

  const resultParts = rng.sample(resultPool, Math.min(2, resultPool.length)).map((r) => fill(rng, r));
  const lead = spec.type === 'social_org' && !spec.results ? [`近三年累计服务<strong>${fmtCount(rng.int(1200, 86000))}人次</strong>，覆盖<strong>${rng.int(3, 60)}个社区</strong>`] : [];
  const resultsHtml = `<p>${[...lead, ...resultParts].join('；')}。</p>`;

  const needs = rng.sample(needsPool, Math.min(needsPool.length, rng.int(2, 3))).map((n) => fill(rng, n));
  const partnerChoices: Record<OrgType, string[]> = {
    government: ['社会组织、基金会和企业'],
    foundation: [],
    company: ['社会组织、社区和基金会', '社会组织和社区'],
    social_org: ['基金会、企业和爱心人士', '政府部门、基金会与企业', '各方伙伴'],
    community: ['社会组织、企业和基金会', '各方伙伴', '驻区单位和社会组织'],
    university: ['社区、社会组织和基金会'],
    other: ['社会组织与各方伙伴'],
  };
  const choices = partnerChoices[spec.type];
  const partners = choices.length ? `欢迎${rng.pick(choices)}与我们洽谈对接。` : '';
  const needsHtml = `<p><strong>${spec.needsHeading ?? '本次洽谈需求：'}</strong>${needs.join('；')}。${partners}</p>`;

  if (draft) return about;
  const n = rng.int(2, 4);
  const optional = [servicesHtml, resultsHtml, needsHtml];
  // Needs are what a fair is about: keep them unless the intro is at its longest.
  const chosen = n === 4 ? optional : n === 3 ? [rng.pick([servicesHtml, resultsHtml]), needsHtml] : [needsHtml];
  const ordered = optional.filter((x) => chosen.includes(x));
  return [about, ...ordered].join('');
}

function buildContacts(rng: Rng, spec: OrgSpec, admin: { email: string; displayName: string }): DemoContact[] {
  const roles = CONTACT_ROLES[spec.type];
  const contacts: DemoContact[] = [{ name: admin.displayName, role: rng.pick(roles), phone: mobile(rng), email: admin.email }];
  const extra = rng.int(0, 2);
  for (let i = 0; i < extra; i++) {
    const p = person(rng);
    contacts.push(rng.chance(0.6) ? { name: p.name, role: rng.pick(roles), phone: landline(rng, spec.place) } : { name: p.name, role: rng.pick(roles), phone: mobile(rng) });
  }
  return contacts;
}

/**
 * Video embeds (bilibili player URLs, the only frame source the CSP allows) for a few booths. Empty on
 * purpose: made-up video ids would show a broken player. Put real, public 公益 videos here to get them
 * on the first approved booths that are not the named accounts'.
 */
export const DEMO_VIDEO_URLS: readonly string[] = [];

// ---------------------------------------------------------------------------------------------
// Expo
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Midnight (China time, UTC+8, no DST) of the day `now` falls on. */
export function startOfChinaDay(now: Date): Date {
  const t = now.getTime();
  return new Date(Math.floor((t + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS);
}

const EXPO_DESCRIPTION =
  '2026 成都三社互动公益洽谈汇由成都市民政局指导，以“三社互动、资源对接、共建共治”为主题，邀请成都地区的街道、社区，' +
  '具有影响力的基金会，在践行企业社会责任方面经验丰富的企业，开展社会工作教学与研究的高校，以及北京、上海、深圳、佛山顺德等地的公益伙伴，' +
  '设立一百余个线上展位，集中展示社会救助、社区、家庭、儿童、青少年、妇女、老年、残障、学校、医务、灾害、司法矫正、优抚安置、企业等十余个社会工作专业领域的服务成果与需求。' +
  '\n\n本届洽谈汇按服务领域设立养老服务、儿童与青少年、社区营造、残障服务、环境保护、志愿服务、企业社会责任等展区，' +
  '同期举办项目路演、资助计划发布、沙龙培训、公益市集和线上展示，让需求菜单对接供给菜单，实现政府、社区、社会组织、企业、基金会等多方资源的有效对接，' +
  '推动公益慈善服务向本土化、专业化、可持续方向发展。';

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export function buildDemoFair(now: Date): DemoFair {
  const rng = new Rng(CONTENT_SEED);
  const day = startOfChinaDay(now);
  const expo: DemoExpo = {
    name: '2026 成都三社互动公益洽谈汇',
    slug: DEMO_EXPO_SLUG,
    description: EXPO_DESCRIPTION,
    location: '成都市成华区东郊记忆艺术区 · 线上展厅同步开放',
    startsAt: new Date(day.getTime() - DAY_MS),
    endsAt: new Date(day.getTime() + 2 * DAY_MS),
    zones: ZONES.map((z) => ({ ...z })),
  };

  const specs = buildSpecs(rng);

  // Review states: a handful submitted (the review queue), a few drafts, 2–3 rejected. The named
  // accounts keep approved booths.
  const eligible = specs.map((s, i) => ({ s, i })).filter(({ s }) => !s.noBooth && !s.fixedAccount && s.type !== 'government' && s.type !== 'university');
  const order = rng.shuffle(eligible.map((e) => e.i));
  const status = new Map<number, DemoBoothStatus>();
  const take = (n: number, st: DemoBoothStatus, types: OrgType[]) => {
    for (const i of order) {
      if (n === 0) break;
      if (status.has(i) || !types.includes(specs[i].type)) continue;
      status.set(i, st);
      n--;
    }
  };
  take(6, 'submitted', ['social_org', 'community', 'company', 'foundation']);
  take(4, 'draft', ['social_org', 'community', 'other']);
  take(3, 'rejected', ['social_org', 'company']);

  const usedEmails = new Set<string>();
  const usedCodes = new Set<string>();
  const usedSeeds = new Set<number>();
  let rejectIndex = 0;
  let videoCount = 0;

  const organizations = specs.map((spec, index): DemoOrganization => {
    const key = `org-${String(index + 1).padStart(3, '0')}`;

    let code: string;
    do code = creditCode(rng, spec.prefix, spec.place.code, spec.codeStyle);
    while (usedCodes.has(code));
    usedCodes.add(code);

    let admin: DemoOrganization['admin'];
    if (spec.fixedAccount) {
      admin = { email: spec.fixedAccount.email, displayName: spec.fixedAccount.displayName, password: spec.fixedAccount.password };
    } else {
      const p = person(rng);
      admin = { email: `${p.pinyin}.${String(index + 1).padStart(3, '0')}@${DEMO_EMAIL_DOMAIN}`, displayName: p.name };
    }
    usedEmails.add(admin.email);

    let booth: DemoBooth | null = null;
    if (!spec.noBooth) {
      const st = status.get(index) ?? 'approved';
      const primary = spec.domains[0];
      const d = D[primary];
      const fixedContent = spec.type === 'government' ? govContent(spec.domains) : {};
      const contentSpec: OrgSpec = { ...spec, ...fixedContent, ...pickDefined(spec) };
      const project = rng.pick(d.projects);
      const title = rng.chance(0.25) && (spec.type === 'social_org' || spec.type === 'community') ? `${spec.title} · ${project}` : spec.title;
      let logoSeed: number;
      do logoSeed = rng.uint32();
      while (usedSeeds.has(logoSeed));
      usedSeeds.add(logoSeed);
      booth = {
        title: title.length <= 60 ? title : spec.title.slice(0, 60),
        slogan: rng.pick(d.slogans),
        introHtml: buildIntro(rng, contentSpec, st === 'draft'),
        zoneCode: spec.type === 'company' ? 'csr' : DOMAIN_ZONE[primary],
        domainCodes: [...spec.domains],
        contacts: st === 'draft' && rng.chance(0.5) ? [] : buildContacts(rng, spec, admin),
        status: st,
        logoSeed,
      };
      if (st === 'approved' && !spec.fixedAccount && videoCount < DEMO_VIDEO_URLS.length) booth.videoUrl = DEMO_VIDEO_URLS[videoCount++];
      if (st === 'rejected') {
        const reasons = REJECT_REASONS[spec.type] ?? REJECT_REASONS.social_org;
        booth.reviewReason = reasons[rejectIndex++ % reasons.length];
      }
    }

    return { key, name: spec.name, type: spec.type, creditCode: code, regionCode: spec.place.code, admin, booth };
  });

  return { expo, organizations };
}

/** The spec's own services/results/needs win over the type defaults. */
function pickDefined(spec: OrgSpec): Partial<OrgSpec> {
  const out: Partial<OrgSpec> = {};
  if (spec.services) out.services = spec.services;
  if (spec.results) out.results = spec.results;
  if (spec.needs) out.needs = spec.needs;
  if (spec.needsHeading) out.needsHeading = spec.needsHeading;
  return out;
}
