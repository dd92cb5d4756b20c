// Realistic, deterministic bench data: organisations of every type in a spread of regions, and
// needs (需求) and offers (资源) whose Chinese titles and summaries are combined from per-domain
// vocabulary, with every domain, target group, resource type, amount band and status represented.
// Same seed → same data, so runs compare.

/** A small fast seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => next() < p;
  /** k distinct items (k ≤ xs.length). */
  const some = (xs, k) => {
    const copy = [...xs];
    const out = [];
    while (out.length < k && copy.length) out.push(copy.splice(int(copy.length), 1)[0]);
    return out;
  };
  /** A deterministic v4-shaped UUID. */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = ((int(4) + 8) | 0).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, chance, some, uuid };
}

/** Per service domain: who it serves, what is done, and the labels the listing carries. */
const DOMAIN_VOCAB = {
  social_assistance: { who: ['困难家庭', '低保户', '临时困难群众', '流浪乞讨人员'], what: ['救助帮扶', '物资发放', '政策咨询', '个案帮扶', '冬季送温暖'], groups: ['low_income', 'families'] },
  community_service: { who: ['社区居民', '老旧小区居民', '新市民', '楼栋邻里'], what: ['便民服务', '邻里互助', '社区议事', '四点半课堂', '社区食堂'], groups: ['community_residents', 'migrant_workers'] },
  family: { who: ['困境家庭', '单亲家庭', '新手父母', '隔代抚养家庭'], what: ['亲子关系辅导', '家庭教育讲座', '家风建设', '婚姻家庭调解'], groups: ['families', 'children'] },
  children: { who: ['留守儿童', '流动儿童', '困境儿童', '自闭症儿童'], what: ['课后托管', '儿童阅读推广', '儿童安全教育', '心理陪伴', '暑期夏令营'], groups: ['children', 'left_behind_children'] },
  youth: { who: ['青少年', '大学生', '闲散青年', '青年志愿者'], what: ['职业规划', '成长营', '心理健康辅导', '创新创业训练', 'STEM 科学营'], groups: ['youth', 'students'] },
  women: { who: ['农村妇女', '职业女性', '单亲妈妈', '女性创业者'], what: ['技能培训', '反家暴援助', '两癌筛查', '巾帼创业扶持'], groups: ['women'] },
  elderly: { who: ['独居老人', '失能老人', '高龄老人', '空巢老人', '认知症老人'], what: ['居家养老', '助餐服务', '助浴服务', '陪诊服务', '智能手机教学', '适老化改造'], groups: ['elderly'] },
  disability: { who: ['残障人士', '视障人士', '听障青少年', '心智障碍者'], what: ['康复训练', '辅助器具适配', '就业支持', '无障碍出行', '融合教育'], groups: ['people_with_disabilities'] },
  school: { who: ['中小学生', '住校生', '特殊需要学生', '新生'], what: ['学校社工驻点', '防欺凌教育', '生涯辅导', '家校共育'], groups: ['students', 'youth'] },
  medical: { who: ['住院患者', '重症患儿家庭', '慢病患者', '临终病人'], what: ['医务社工', '病房陪伴', '安宁疗护', '医疗救助', '康复随访'], groups: ['patients', 'families'] },
  disaster: { who: ['受灾群众', '山区村民', '社区应急队员'], what: ['应急物资储备', '防灾减灾演练', '灾后重建', '心理援助'], groups: ['rural_residents', 'community_residents'] },
  corrections: { who: ['社区矫正对象', '刑满释放人员', '涉罪未成年人'], what: ['社区矫正', '安置帮教', '法治教育', '就业帮扶'], groups: ['youth', 'low_income'] },
  veterans: { who: ['退役军人', '军属', '烈士家属'], what: ['优抚安置', '就业创业培训', '关爱慰问', '退役军人服务站'], groups: ['veterans', 'families'] },
  workplace: { who: ['外来务工人员', '新业态劳动者', '快递小哥', '一线员工'], what: ['企业社工', '员工关爱', '职工心理疏导', '劳动权益咨询'], groups: ['migrant_workers'] },
  environment: { who: ['社区居民', '中小学生', '农村居民'], what: ['垃圾分类', '垃圾减量', '环境教育', '河道保护', '旧衣回收', '低碳生活倡导'], groups: ['community_residents', 'students'] },
  rural_education: { who: ['乡村儿童', '乡村教师', '山区学校学生'], what: ['乡村教育', '乡村图书角', '美育课程', '支教', '营养午餐'], groups: ['children', 'rural_residents', 'left_behind_children'] },
  community_building: { who: ['社区居民', '社区自组织', '老街坊'], what: ['社区营造', '社区花园', '公共空间改造', '社区基金', '睦邻节'], groups: ['community_residents'] },
  volunteering: { who: ['志愿者', '企业员工志愿者', '大学生志愿者'], what: ['志愿服务', '志愿者招募', '志愿者培训', '时间银行'], groups: ['volunteers'] },
};

const DOMAINS = Object.keys(DOMAIN_VOCAB);
export const ORG_TYPES = ['government', 'foundation', 'company', 'social_org', 'community', 'university', 'other'];
export const RESOURCE_TYPES = ['funding', 'goods', 'volunteers', 'venue', 'expertise', 'policy', 'media'];
export const TARGET_GROUPS = [
  'elderly', 'children', 'left_behind_children', 'youth', 'students', 'women', 'families', 'people_with_disabilities',
  'patients', 'low_income', 'migrant_workers', 'veterans', 'community_residents', 'rural_residents', 'volunteers', 'social_workers',
];

const NEED_ENDINGS = ['项目', '计划', '行动', '服务项目', '公益项目', '试点', '筹款', '志愿者招募'];
const OFFER_BY_RESOURCE = {
  funding: ['资助', '公益创投资金', '小额资助', '配捐', '专项基金'],
  goods: ['捐赠物资', '图书捐赠', '爱心物资', '助学包', '防寒衣物'],
  volunteers: ['志愿者团队', '员工志愿服务', '专业志愿者', '大学生志愿服务队'],
  venue: ['活动场地', '会议室', '社区空间', '培训教室'],
  expertise: ['专业培训', '法律咨询', '财务辅导', '项目评估', '设计支持', '心理咨询'],
  policy: ['政策支持', '购买服务', '孵化入驻', '备案指导'],
  media: ['宣传推广', '媒体报道', '短视频传播', '公益广告位'],
};
const OFFER_VERBS = ['提供', '开放', '可对接', '面向公益组织提供', '长期提供'];
const SUMMARY_OPENERS = ['本项目', '我们', '机构', '该计划', '本次对接'];
const SUMMARY_MIDDLES = [
  '已在本地连续开展三年，服务对象覆盖周边多个街道',
  '采用“社工+志愿者”联动模式，注重专业评估和持续跟进',
  '与社区居委会、学校和医院建立了稳定的合作机制',
  '重视数据记录与成效评估，每季度公开项目进展',
  '计划在试点成功后向全市推广',
  'works with local partners and publishes quarterly reports',
];
const SUMMARY_ASKS = {
  need: ['希望对接资金和专业志愿者', '现寻求基金会和企业的资金支持', '诚邀有经验的机构合作', '急需物资和场地支持', '欢迎高校师生参与'],
  offer: ['欢迎符合条件的社会组织申请', '可与社区和学校长期合作', '优先支持初创公益团队', '对接后可签订合作协议', '支持线上和线下两种方式'],
};
const ORG_SUFFIX = {
  government: ['民政局', '社会组织服务中心', '团委', '妇联', '残联', '退役军人事务局'],
  foundation: ['公益基金会', '慈善基金会', '社区基金会', '教育基金会'],
  company: ['科技有限公司', '实业集团', '银行分行', '电器股份有限公司', '文化传媒有限公司'],
  social_org: ['社会工作服务中心', '公益服务中心', '志愿者协会', '社工事务所', '青少年发展中心'],
  community: ['社区居民委员会', '村民委员会', '社区党群服务中心', '街道社区服务站'],
  university: ['大学社会工作系', '学院公益研究中心', '大学志愿者协会', '职业技术学院'],
  other: ['公益联盟', '爱心车队', '读书会', '互助会'],
};
const ORG_THEMES = ['乐龄', '童心', '阳光', '暖心', '绿源', '启明', '善缘', '同行', '益路', '春晖', '向日葵', '彩虹', '幸福里', '心桥', '禾苗', '蓝天'];

/**
 * Districts to place organisations in: the fair's own cities weighted up (北京, 成都, 佛山顺德, 上海浦东,
 * 深圳福田), then every province's districts.
 */
export function regionPool(tree) {
  const districts = [];
  for (const p of tree) for (const c of p.children ?? []) for (const d of c.children ?? [c]) districts.push({ code: d.code, city: c.name, district: d.name === c.name ? '' : d.name });
  const weighted = ['110101', '110105', '110108', '510104', '510107', '510116', '440606', '310115', '440304', '440305', '330106', '420106'];
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const hot = weighted.map((c) => byCode.get(c)).filter(Boolean);
  return { districts, hot };
}

const placeOf = (r) => (r.district || r.city).replace(/(市|区|县)$/, '');

/** Organisations of every type; credit codes are valid (check character computed) and unique. */
export function generateOrganizations(count, R, regions, creditCodeCheckChar) {
  const orgs = [];
  const used = new Set();
  for (let i = 0; i < count; i++) {
    const type = ORG_TYPES[i % ORG_TYPES.length];
    const region = R.chance(0.45) ? R.pick(regions.hot) : R.pick(regions.districts);
    const city = region.city.replace(/市$/, '');
    const name = type === 'government' || type === 'community' ? `${region.city}${region.district}${R.pick(ORG_SUFFIX[type])}` : `${city}${R.pick(ORG_THEMES)}${R.pick(ORG_SUFFIX[type])}`;
    let code;
    do {
      const body = `${type === 'government' ? '11' : type === 'company' ? '91' : '52'}${region.code}${Array.from({ length: 9 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[R.int(31)]).join('')}`;
      code = body + creditCodeCheckChar(body);
    } while (used.has(code));
    used.add(code);
    orgs.push({ id: R.uuid(), name, type, creditCode: code, regionCode: region.code, place: placeOf(region) });
  }
  return orgs;
}

const AMOUNT_SHAPES = [
  () => null,
  (R) => 1000 * (1 + R.int(9)), // < 1 万
  (R) => 10_000 * (1 + R.int(4)), // 1–5 万
  (R) => 50_000 + 10_000 * R.int(15), // 5–20 万
  (R) => 200_000 + 50_000 * R.int(16), // 20–100 万
  (R) => 1_000_000 * (1 + R.int(5)), // ≥ 100 万
];

/** One listing row (database column names), created within the last year. */
export function generateListing(R, orgs, regions, now) {
  const org = R.pick(orgs);
  const kind = R.chance(0.55) ? 'need' : 'offer';
  const domains = R.some(DOMAINS, 1 + (R.chance(0.4) ? 1 : 0) + (R.chance(0.1) ? 1 : 0));
  const vocab = DOMAIN_VOCAB[domains[0]];
  const who = R.pick(vocab.who);
  const what = R.pick(vocab.what);
  const resourceTypes = R.some(RESOURCE_TYPES, 1 + R.int(2));
  const place = R.chance(0.5) ? org.place : '';
  let title;
  if (kind === 'need') title = `${place}${who}${what}${R.pick(NEED_ENDINGS)}`;
  else title = `${R.pick(OFFER_VERBS)}${R.pick(OFFER_BY_RESOURCE[resourceTypes[0]])}（${what}）`;
  if (title.length < 4) title += '公益项目';
  title = title.slice(0, 80);
  const summary = `${R.pick(SUMMARY_OPENERS)}面向${who}开展${what}，${R.pick(SUMMARY_MIDDLES)}。${R.pick(SUMMARY_ASKS[kind])}。`.slice(0, 300);
  const body = `<p>${summary}</p><p>服务内容包括${vocab.what.slice(0, 3).join('、')}等，${R.pick(SUMMARY_MIDDLES)}。</p>`;
  const targetGroups = [...new Set([...R.some(vocab.groups, 1), ...(R.chance(0.3) ? [R.pick(TARGET_GROUPS)] : [])])];
  const shape = AMOUNT_SHAPES[R.int(AMOUNT_SHAPES.length)](R);
  let amountMin = null;
  let amountMax = null;
  if (shape !== null) {
    const form = R.int(3);
    if (form === 0) amountMax = shape;
    else if (form === 1) amountMin = shape;
    else [amountMin, amountMax] = [Math.floor(shape / 2), shape];
  }
  const regionCode = R.chance(0.8) ? org.regionCode : R.pick(R.chance(0.4) ? regions.hot : regions.districts).code;
  const roll = R.next();
  const status = roll < 0.8 ? 'open' : roll < 0.92 ? 'matched' : 'closed';
  const createdAt = new Date(now - R.int(365 * 24 * 3600) * 1000);
  return {
    id: R.uuid(),
    organization_id: org.id,
    kind,
    title,
    summary,
    body_html: body,
    domains,
    target_groups: targetGroups,
    resource_types: resourceTypes,
    region_code: regionCode,
    amount_min: amountMin,
    amount_max: amountMax,
    status,
    created_at: createdAt.toISOString(),
  };
}
