import {
  amountBandOf,
  type ListingKind,
  type ListingStatus,
  type OrgType,
  type ResourceType,
  type ServiceDomain,
  type TargetGroup,
} from '@yiqia/domain';
import { regionCodePath, regionFullName } from '@yiqia/domain/regions';
import type { ListingSearchDoc } from '../search-engine.js';
import { analyzeListingText } from '../text/analyze.js';
import { listingLabels } from '../text/labels.js';

/**
 * Fixed listings for the relevance evaluation (queries.ts) and the engine contract tests: realistic
 * needs and offers of a 公益洽谈汇, across every service domain, organisation type, resource type
 * and a spread of regions, with some English words. Keys (L001…) are what the labelled queries name.
 */

interface FixtureOrg {
  name: string;
  type: OrgType;
  region: string;
}

export const FIXTURE_ORGS = {
  O01: { name: '成都市锦江区乐邻社会工作服务中心', type: 'social_org', region: '510104' },
  O02: { name: '中国农业发展银行四川省分行', type: 'company', region: '510107' },
  O04: { name: '北京春苗儿童救助基金会', type: 'foundation', region: '110105' },
  O05: { name: '上海市浦东新区洋泾街道社区服务中心', type: 'community', region: '310115' },
  O06: { name: '深圳市福田区民政局', type: 'government', region: '440304' },
  O07: { name: '佛山市顺德区德胜社区基金会', type: 'foundation', region: '440606' },
  O08: { name: '四川大学社会发展与西部开发研究院', type: 'university', region: '510107' },
  O09: { name: '腾讯公益慈善基金会', type: 'foundation', region: '440305' },
  O10: { name: '成都市武侯区玉林街道玉林社区', type: 'community', region: '510107' },
  O11: { name: '北京市海淀区学院路街道办事处', type: 'government', region: '110108' },
  O12: { name: '四川大学华西医院社会工作部', type: 'other', region: '510107' },
  O13: { name: '成都市郫都区农业农村局', type: 'government', region: '510117' },
  O14: { name: '佛山市顺德区创美电器有限公司', type: 'company', region: '440606' },
  O15: { name: '深圳绿色回收科技有限公司', type: 'company', region: '440304' },
  O16: { name: '上海浦东新区乐龄养老服务中心', type: 'social_org', region: '310115' },
  O17: { name: '成都市成华区阳光助残服务中心', type: 'social_org', region: '510108' },
  O18: { name: '北京师范大学社会学院', type: 'university', region: '110102' },
  O19: { name: '上海交通大学学生志愿者协会', type: 'university', region: '310104' },
  O20: { name: '凉山彝族自治州昭觉县教育局', type: 'government', region: '513431' },
  O21: { name: '深圳市福田区华强北社区党群服务中心', type: 'community', region: '440304' },
  O22: { name: '成都市应急管理局', type: 'government', region: '510104' },
  O23: { name: '四川省退役军人事务厅', type: 'government', region: '510104' },
  O24: { name: '成都市武侯区司法局', type: 'government', region: '510107' },
  O25: { name: '广州市天河区心翼企业社工服务中心', type: 'social_org', region: '440106' },
  O26: { name: '杭州市西湖区绿水青山环保公益促进会', type: 'social_org', region: '330106' },
  O27: { name: '南京市鼓楼区妇女联合会', type: 'other', region: '320106' },
  O28: { name: '重庆市渝中区家庭教育指导中心', type: 'social_org', region: '500103' },
  O29: { name: '武汉市江汉区青少年宫', type: 'other', region: '420103' },
  O30: { name: '西安市雁塔区红十字会', type: 'other', region: '610113' },
  O31: { name: '成都乐享科技有限公司', type: 'company', region: '510107' },
  O32: { name: '北京益行志愿服务发展中心', type: 'social_org', region: '110105' },
  O33: { name: '佛山市顺德区大良街道办事处', type: 'government', region: '440606' },
  O34: { name: '上海陆家嘴金融城企业联合会', type: 'other', region: '310115' },
  O35: { name: '深圳市慈善会', type: 'foundation', region: '440304' },
  O36: { name: '成都市锦江区书院街社区', type: 'community', region: '510104' },
  O37: { name: '中国乡村发展基金会', type: 'foundation', region: '110102' },
  O38: { name: '西南财经大学', type: 'university', region: '510115' },
  O39: { name: '成都市新都区宝光社区', type: 'community', region: '510114' },
} satisfies Record<string, FixtureOrg>;

export type FixtureOrgKey = keyof typeof FIXTURE_ORGS;

export interface RelevanceFixture {
  key: string;
  kind: ListingKind;
  org: FixtureOrgKey;
  title: string;
  summary: string;
  body?: string;
  domains: ServiceDomain[];
  resourceTypes: ResourceType[];
  targetGroups: TargetGroup[];
  /** Default: the organisation's region. */
  region?: string;
  amount?: [number | null, number | null];
  /** Default: open. */
  status?: ListingStatus;
}

const f = (
  key: string,
  kind: ListingKind,
  org: FixtureOrgKey,
  title: string,
  summary: string,
  rest: Omit<RelevanceFixture, 'key' | 'kind' | 'org' | 'title' | 'summary'>,
): RelevanceFixture => ({ key, kind, org, title, summary, ...rest });

export const RELEVANCE_FIXTURES: RelevanceFixture[] = [
  // 养老 (elderly care)
  f('L001', 'need', 'O01', '社区养老服务站志愿者招募', '锦江区乐邻社区养老服务站为独居老人提供上门探访、陪同就医和助餐服务，长期招募有爱心的志愿者。', {
    domains: ['elderly', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['elderly', 'volunteers'],
    body: '服务时间为每周六上午，志愿者需参加两小时岗前培训，机构提供保险和交通补贴。',
  }),
  f('L002', 'need', 'O16', '居家养老助餐点建设资金需求', '浦东洋泾街道计划新建3个老年助餐点，每天为800位高龄老人提供午餐，缺口资金约30万元。', {
    domains: ['elderly', 'community_service'], resourceTypes: ['funding'], targetGroups: ['elderly'], amount: [200_000, 300_000],
  }),
  f('L003', 'offer', 'O14', '适老化智能设备捐赠', '创美电器捐赠500套适老化智能设备（一键呼叫、跌倒报警、燃气监测），安装简单，支持子女手机远程查看。', {
    domains: ['elderly'], resourceTypes: ['goods'], targetGroups: ['elderly', 'families'], amount: [null, 250_000],
  }),
  f('L004', 'need', 'O16', '失智老人认知症照护培训', '为社区照护者开设认知症（阿尔茨海默病）照护技能培训，需要医学和社工专业讲师。', {
    domains: ['elderly', 'medical'], resourceTypes: ['expertise'], targetGroups: ['elderly', 'social_workers'],
  }),
  f('L005', 'offer', 'O08', '老年大学课程共建', '四川大学开放老年教育课程资源，可为社区老年大学提供书法、智能手机使用、健康讲座等课程。', {
    domains: ['elderly', 'community_service'], resourceTypes: ['expertise'], targetGroups: ['elderly'],
  }),
  f('L006', 'need', 'O10', '玉林社区老年食堂运营合作', '玉林社区老年食堂每日供餐200份，寻找有餐饮经验的企业或社会组织合作运营，降低老人用餐成本。', {
    domains: ['elderly', 'community_service'], resourceTypes: ['expertise', 'funding'], targetGroups: ['elderly', 'community_residents'],
  }),
  f('L007', 'need', 'O33', '大良街道养老院适老化改造', '对辖区两家公办养老院进行无障碍和适老化改造，包括扶手、防滑地面和呼叫系统，预算120万元。', {
    domains: ['elderly', 'disability'], resourceTypes: ['funding'], targetGroups: ['elderly'], amount: [1_000_000, 1_200_000],
  }),
  f('L008', 'offer', 'O09', '银发数字课堂 AI 助老项目资助', '腾讯公益慈善基金会资助社区开展老年人智能手机与 AI 应用培训，单个项目最高资助5万元。', {
    domains: ['elderly'], resourceTypes: ['funding'], targetGroups: ['elderly'], amount: [null, 50_000],
  }),
  f('L009', 'need', 'O05', '高龄独居老人紧急呼叫服务', '为洋泾街道300位高龄独居老人安装紧急呼叫设备并提供7×24小时响应服务。', {
    domains: ['elderly', 'social_assistance'], resourceTypes: ['goods', 'funding'], targetGroups: ['elderly', 'low_income'], amount: [100_000, 150_000],
  }),
  f('L010', 'offer', 'O16', '乐龄养老服务中心开放日参访', '欢迎兄弟机构来浦东参访嵌入式养老服务模式，可提供运营经验分享和实地带教。', {
    domains: ['elderly'], resourceTypes: ['expertise'], targetGroups: ['social_workers'],
  }),
  f('L011', 'need', 'O21', '华强北社区长者饭堂志愿者', '社区长者饭堂需要午间配餐和送餐志愿者，每周至少服务一次。', {
    domains: ['elderly', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['elderly', 'volunteers'],
  }),
  f('L012', 'offer', 'O38', '银龄金融防诈骗讲座', '为社区老年人提供防范养老诈骗、非法集资的金融知识讲座，已覆盖40个社区。', {
    domains: ['elderly', 'community_service'], resourceTypes: ['expertise'], targetGroups: ['elderly'],
  }),
  // 垃圾分类与环保 (environment)
  f('L013', 'need', 'O01', '垃圾分类进社区宣传志愿者招募', '在锦江区12个小区开展垃圾分类入户宣传和定时定点督导，招募周末志愿者。', {
    domains: ['environment', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['community_residents', 'volunteers'],
  }),
  f('L014', 'offer', 'O15', '智能垃圾分类回收箱投放合作', '绿色回收科技提供智能分类回收箱及运维，居民投放可回收物获积分兑换生活用品。', {
    domains: ['environment', 'community_service'], resourceTypes: ['goods'], targetGroups: ['community_residents'],
  }),
  f('L015', 'need', 'O26', '西湖区校园垃圾分类课程开发', '为20所小学开发垃圾分类和资源循环课程包，需要环境教育专家和设计支持。', {
    domains: ['environment', 'school'], resourceTypes: ['expertise'], targetGroups: ['children', 'students'],
  }),
  f('L016', 'need', 'O39', '厨余垃圾社区堆肥花园', '宝光社区计划利用厨余垃圾堆肥建设社区花园，需要堆肥箱、种苗和园艺指导。', {
    domains: ['environment', 'community_building'], resourceTypes: ['goods', 'expertise'], targetGroups: ['community_residents'], amount: [20_000, 40_000],
  }),
  f('L017', 'offer', 'O26', '旧衣物回收再利用公益项目', '绿水青山促进会在社区设置旧衣回收点，整理后捐赠给山区学校和困难家庭。', {
    domains: ['environment', 'social_assistance'], resourceTypes: ['goods'], targetGroups: ['low_income', 'children'],
  }),
  f('L018', 'need', 'O06', '福田区垃圾分类督导员培训', '面向物业和社区工作者开展垃圾分类督导员培训，提升分类准确率。', {
    domains: ['environment'], resourceTypes: ['expertise'], targetGroups: ['community_residents'], amount: [50_000, 80_000],
  }),
  f('L019', 'offer', 'O34', 'ESG 与企业环保志愿服务对接', '陆家嘴金融城企业联合会组织会员企业员工参与河道清洁、植树和低碳宣传等 ESG 志愿活动。', {
    domains: ['environment', 'volunteering', 'workplace'], resourceTypes: ['volunteers'], targetGroups: ['volunteers'],
  }),
  // 农业与乡村振兴 (agriculture, rural revitalisation)
  f('L020', 'offer', 'O02', '中国农业发展银行乡村振兴公益贷款贴息', '农发行四川省分行为乡村振兴公益项目提供贷款贴息支持，重点支持农产品加工和村集体经济。', {
    domains: ['social_assistance', 'community_building'], resourceTypes: ['funding', 'policy'], targetGroups: ['rural_residents'], amount: [1_000_000, 5_000_000],
  }),
  f('L021', 'need', 'O13', '郫都区农业技术培训讲师招募', '为返乡青年和新型职业农民开展现代农业技术、农产品电商培训，需要专业讲师。', {
    domains: ['rural_education', 'youth'], resourceTypes: ['expertise'], targetGroups: ['rural_residents', 'youth'],
  }),
  f('L022', 'need', 'O37', '乡村振兴农产品电商直播培训', '中国乡村发展基金会在凉山开展农产品电商直播培训，需要直播运营和品牌设计志愿者。', {
    domains: ['community_building', 'youth'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['rural_residents'], region: '513431',
  }),
  f('L023', 'offer', 'O31', '农业物联网监测设备支持', '乐享科技为合作社免费提供农业物联网土壤墒情监测设备和 App 使用培训。', {
    domains: ['community_building'], resourceTypes: ['goods', 'expertise'], targetGroups: ['rural_residents'],
  }),
  f('L024', 'need', 'O20', '昭觉县乡村学校图书室建设', '昭觉县15所村小需要建设图书室，每所需图书2000册、书架和阅读推广培训。', {
    domains: ['rural_education', 'children'], resourceTypes: ['goods', 'funding'], targetGroups: ['children', 'students'], amount: [300_000, 450_000],
  }),
  // 简单 inside longer words (安装简单, 操作简单, 佩戴简单)
  f('L025', 'offer', 'O31', '操作简单的志愿服务管理小程序', '乐享科技开发的志愿服务小程序操作简单，支持活动发布、签到和服务时长统计，免费提供给社会组织。', {
    domains: ['volunteering', 'community_service'], resourceTypes: ['expertise'], targetGroups: ['volunteers'],
  }),
  f('L026', 'offer', 'O14', '便携式助听器捐赠', '创美电器捐赠300台便携式助听器，佩戴简单、续航长，优先用于听障老人。', {
    domains: ['disability', 'elderly'], resourceTypes: ['goods'], targetGroups: ['elderly', 'people_with_disabilities'],
  }),
  // 儿童 (children)
  f('L027', 'need', 'O04', '留守儿童心理辅导志愿者', '春苗基金会在四川凉山开展留守儿童心理陪伴项目，招募心理学专业志愿者远程辅导。', {
    domains: ['children', 'volunteering'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['left_behind_children'],
  }),
  f('L028', 'offer', 'O37', '乡村儿童营养午餐资助', '为乡村学校儿童提供营养午餐补助，每生每天补助5元。', {
    domains: ['children', 'rural_education'], resourceTypes: ['funding'], targetGroups: ['children', 'rural_residents'], amount: [500_000, 2_000_000],
  }),
  f('L029', 'need', 'O20', '昭觉县留守儿童四点半课堂', '为放学后无人照看的留守儿童提供课业辅导和兴趣课程，需要场地和志愿者。', {
    domains: ['children', 'rural_education'], resourceTypes: ['volunteers', 'venue'], targetGroups: ['left_behind_children'],
  }),
  f('L030', 'offer', 'O19', '上海交大暑期支教团', '上海交通大学学生志愿者协会暑期组织支教团，可为乡村学校提供 STEM 科学课和英语课。', {
    domains: ['rural_education', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['children', 'students'],
  }),
  f('L031', 'need', 'O04', '先天性心脏病患儿手术救助', '春苗基金会为贫困家庭先心病患儿筹集手术费用，每例约3万元。', {
    domains: ['children', 'medical', 'social_assistance'], resourceTypes: ['funding'], targetGroups: ['children', 'patients', 'families'], amount: [30_000, 30_000],
  }),
  f('L032', 'offer', 'O09', '儿童安全教育动画课程', '提供防溺水、防拐骗等儿童安全教育动画课程，免费授权学校和社区使用。', {
    domains: ['children', 'school'], resourceTypes: ['media', 'expertise'], targetGroups: ['children'],
  }),
  f('L033', 'need', 'O36', '书院街社区儿童友好空间改造', '将社区闲置用房改造为儿童友好空间，需要设计师、玩具图书和改造资金约8万元。', {
    domains: ['children', 'community_building'], resourceTypes: ['funding', 'goods', 'expertise'], targetGroups: ['children', 'families'], amount: [80_000, 80_000],
  }),
  // 青少年 (youth)
  f('L034', 'need', 'O29', '青少年 Python 编程夏令营导师', '江汉区青少年宫举办 Python 编程与机器人夏令营，招募计算机专业大学生导师。', {
    domains: ['youth'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['youth', 'students'],
  }),
  f('L035', 'offer', 'O31', '青少年互联网职业体验日', '乐享科技每月开放一次办公室，为中学生提供互联网职业体验和产品经理 workshop。', {
    domains: ['youth', 'school'], resourceTypes: ['venue', 'expertise'], targetGroups: ['youth', 'students'],
  }),
  f('L036', 'need', 'O28', '青少年网络素养与防沉迷教育', '渝中区家庭教育指导中心为初中生开展网络素养和防沉迷教育，需要课程和讲师。', {
    domains: ['youth', 'family'], resourceTypes: ['expertise'], targetGroups: ['youth', 'families'],
  }),
  f('L037', 'need', 'O11', '大学生参与社区治理项目督导', '组织辖区高校大学生参与社区议事、老旧小区改造调研，需要项目督导。', {
    domains: ['youth', 'community_building', 'volunteering'], resourceTypes: ['expertise'], targetGroups: ['youth', 'students'],
  }),
  // 学校社工 (school social work)
  f('L038', 'need', 'O18', '中小学校园防欺凌社工服务', '北师大社会学院联合海淀区中小学开展校园防欺凌小组和个案服务，寻求资金支持。', {
    domains: ['school', 'children'], resourceTypes: ['funding'], targetGroups: ['students', 'children'], amount: [150_000, 200_000],
  }),
  f('L039', 'offer', 'O08', '学校社会工作督导培训', '川大社会工作专业教师提供学校社会工作督导和继续教育培训。', {
    domains: ['school'], resourceTypes: ['expertise'], targetGroups: ['social_workers'],
  }),
  f('L040', 'need', 'O29', '中学生心理健康筛查与团体辅导', '为江汉区中学生开展心理健康筛查和团体辅导，需要心理咨询师。', {
    domains: ['school', 'youth', 'medical'], resourceTypes: ['expertise'], targetGroups: ['students', 'youth'],
  }),
  // 妇女 (women)
  f('L041', 'need', 'O27', '鼓楼区妇女就业技能培训', '为失业和待业妇女开展家政、育婴师和电商客服技能培训，培训后推荐就业。', {
    domains: ['women'], resourceTypes: ['funding', 'expertise'], targetGroups: ['women', 'low_income'], amount: [60_000, 100_000],
  }),
  f('L042', 'offer', 'O27', '反家暴法律援助热线', '鼓楼区妇联提供反家庭暴力法律咨询和庇护转介服务。', {
    domains: ['women', 'family'], resourceTypes: ['expertise', 'policy'], targetGroups: ['women', 'families'],
  }),
  f('L043', 'offer', 'O35', '她力量女性创业支持计划', '深圳市慈善会为低收入女性创业者提供小额资助和创业导师。', {
    domains: ['women'], resourceTypes: ['funding'], targetGroups: ['women', 'low_income'], amount: [10_000, 50_000],
  }),
  // 家庭 (family)
  f('L044', 'need', 'O28', '家庭教育讲师团招募', '招募家庭教育指导师，为渝中区家长开展亲子沟通和科学育儿讲座。', {
    domains: ['family'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['families'],
  }),
  f('L045', 'offer', 'O07', '困境家庭儿童微心愿', '德胜社区基金会为辖区困境家庭儿童实现微心愿，每个心愿不超过500元。', {
    domains: ['family', 'social_assistance'], resourceTypes: ['funding'], targetGroups: ['families', 'children'], amount: [null, 500],
  }),
  f('L046', 'need', 'O05', '亲子阅读空间运营', '洋泾街道社区服务中心亲子阅读空间寻找运营合作伙伴和绘本捐赠。', {
    domains: ['family', 'community_service'], resourceTypes: ['goods', 'expertise'], targetGroups: ['families', 'children'],
  }),
  // 残障 (disability)
  f('L047', 'need', 'O17', '心智障碍青年辅助性就业', '阳光助残服务中心为心智障碍青年提供烘焙、洗车等辅助性就业岗位，需要企业提供实习机会。', {
    domains: ['disability'], resourceTypes: ['venue', 'expertise'], targetGroups: ['people_with_disabilities', 'youth'],
  }),
  f('L048', 'offer', 'O14', '无障碍设施改造技术支持', '创美电器工程团队提供无障碍坡道、扶手和智能门铃改造的技术方案。', {
    domains: ['disability', 'elderly'], resourceTypes: ['expertise'], targetGroups: ['people_with_disabilities', 'elderly'],
  }),
  f('L049', 'need', 'O17', '孤独症儿童康复训练资助', '为成华区低收入家庭孤独症儿童提供康复训练补贴，每人每年1.2万元。', {
    domains: ['disability', 'children', 'social_assistance'], resourceTypes: ['funding'], targetGroups: ['people_with_disabilities', 'children', 'low_income'], amount: [120_000, 240_000],
  }),
  f('L050', 'offer', 'O32', '手语翻译志愿者服务', '北京益行志愿服务发展中心提供手语翻译志愿者，支持听障人士参加公共活动。', {
    domains: ['disability', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['people_with_disabilities'],
  }),
  // 医务 (medical)
  f('L051', 'need', 'O12', '华西医院儿科病房陪伴志愿者', '华西医院社会工作部招募儿科病房游戏陪伴和学业辅导志愿者。', {
    domains: ['medical', 'children', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['patients', 'children'],
  }),
  f('L052', 'offer', 'O12', '安宁疗护社工培训名额', '华西医院社工部开放安宁疗护与哀伤辅导培训名额，面向社区社工。', {
    domains: ['medical'], resourceTypes: ['expertise'], targetGroups: ['social_workers', 'patients'],
  }),
  f('L053', 'need', 'O30', '社区应急救护培训场地', '为社区居民、学校老师开展心肺复苏和 AED 使用培训，需要培训场地。', {
    domains: ['medical', 'disaster'], resourceTypes: ['venue'], targetGroups: ['community_residents'],
  }),
  f('L054', 'need', 'O35', '大病患者医疗救助基金', '深圳市慈善会为大病困难患者提供医疗费用救助，寻找企业联合出资。', {
    domains: ['medical', 'social_assistance'], resourceTypes: ['funding'], targetGroups: ['patients', 'low_income'], amount: [1_000_000, 3_000_000],
  }),
  // 灾害 (disaster)
  f('L055', 'need', 'O22', '社区应急物资储备', '为100个社区配备应急包、发电机和急救箱，提升防灾减灾能力。', {
    domains: ['disaster', 'community_service'], resourceTypes: ['goods'], targetGroups: ['community_residents'], amount: [500_000, 800_000],
  }),
  f('L056', 'offer', 'O09', '救灾快速响应资金', '发生自然灾害后72小时内提供快速响应资金，支持社会组织开展紧急救援。', {
    domains: ['disaster'], resourceTypes: ['funding'], targetGroups: ['community_residents'], amount: [null, 500_000],
  }),
  f('L057', 'need', 'O30', '校园地震应急演练志愿者', '雁塔区红十字会在学校开展地震应急演练，招募志愿者扮演伤员和疏散引导。', {
    domains: ['disaster', 'school', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['students', 'volunteers'],
  }),
  f('L058', 'offer', 'O32', '防汛救灾志愿队', '益行志愿队具备水上救援和物资搬运能力，可在汛期支援受灾社区。', {
    domains: ['disaster', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['community_residents'],
  }),
  // 司法矫正 (corrections)
  f('L059', 'need', 'O24', '社区矫正对象就业帮扶', '武侯区司法局为社区矫正对象提供职业技能培训，寻找愿意提供岗位的企业。', {
    domains: ['corrections'], resourceTypes: ['expertise', 'venue'], targetGroups: [],
  }),
  f('L060', 'offer', 'O25', '矫正对象心理评估与团体辅导', '心翼企业社工服务中心提供社区矫正对象心理评估与团体辅导。', {
    domains: ['corrections'], resourceTypes: ['expertise'], targetGroups: ['social_workers'],
  }),
  // 优抚安置 (veterans)
  f('L061', 'need', 'O23', '退役军人创业就业培训导师', '四川省退役军人事务厅联合高校开展退役军人创业就业培训，需要创业导师。', {
    domains: ['veterans'], resourceTypes: ['expertise'], targetGroups: ['veterans'],
  }),
  f('L062', 'offer', 'O07', '退役军人关爱基金', '为生活困难的退役军人及其家属提供临时救助。', {
    domains: ['veterans', 'social_assistance'], resourceTypes: ['funding'], targetGroups: ['veterans', 'families'], amount: [null, 20_000],
  }),
  // 企业社工 (workplace)
  f('L063', 'offer', 'O25', 'EAP 员工帮助计划', '心翼企业社工服务中心为企业提供 EAP 员工心理关爱、压力管理和危机干预服务。', {
    domains: ['workplace'], resourceTypes: ['expertise'], targetGroups: ['migrant_workers'],
    body: 'Employee Assistance Program：包括心理热线、经理人培训和年度员工满意度调研。',
  }),
  f('L064', 'need', 'O14', '外来务工人员子女暑期托管', '创美电器顺德工厂为员工子女开设暑期托管班，需要社工机构承接和大学生志愿者。', {
    domains: ['workplace', 'children'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['migrant_workers', 'children'],
  }),
  f('L065', 'offer', 'O34', 'CSR 企业公益合作对接会', '陆家嘴金融城企业联合会每季度举办 CSR 对接会，帮助社会组织对接企业资源。', {
    domains: ['workplace', 'volunteering'], resourceTypes: ['funding', 'media'], targetGroups: [],
  }),
  // 乡村教育 (rural education)
  f('L066', 'need', 'O20', '乡村教师信息化教学培训', '昭觉县乡村教师普通话和信息化教学能力培训，需要师范院校合作。', {
    domains: ['rural_education'], resourceTypes: ['expertise'], targetGroups: [],
  }),
  f('L067', 'offer', 'O18', '研究生乡村支教', '北京师范大学社会学院组织研究生赴乡村学校开展为期一学期的支教。', {
    domains: ['rural_education'], resourceTypes: ['volunteers'], targetGroups: ['students', 'children'],
  }),
  // 社区营造与社区服务 (community building, community services)
  f('L068', 'need', 'O10', '玉林社区花园共建', '玉林社区招募居民和志愿者共建社区花园，需要园艺专家指导和种子、工具。', {
    domains: ['community_building', 'environment'], resourceTypes: ['goods', 'expertise'], targetGroups: ['community_residents'],
  }),
  f('L069', 'offer', 'O08', '参与式规划工作坊', '川大研究院为社区提供参与式规划 workshop，帮助居民共同设计公共空间。', {
    domains: ['community_building'], resourceTypes: ['expertise'], targetGroups: ['community_residents'],
  }),
  f('L070', 'need', 'O36', '老旧小区加装电梯议事协商', '书院街社区推动老旧小区加装电梯，需要专业社工引导居民协商议事。', {
    domains: ['community_building', 'elderly'], resourceTypes: ['expertise'], targetGroups: ['community_residents', 'elderly'],
  }),
  f('L071', 'need', 'O21', '社区便民服务集市', '华强北社区每月举办便民服务集市，邀请企业提供义剪、家电维修、法律咨询。', {
    domains: ['community_service', 'volunteering'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['community_residents'],
  }),
  f('L072', 'offer', 'O10', '社区活动场地免费开放', '玉林社区党群服务中心多功能厅可免费借用，适合开展讲座和培训。', {
    domains: ['community_service'], resourceTypes: ['venue'], targetGroups: ['community_residents'],
  }),
  // 社会救助 (social assistance)
  f('L073', 'need', 'O06', '困难群众冬季关怀物资', '为辖区低保和特困人员发放冬季棉被、米油等生活物资。', {
    domains: ['social_assistance'], resourceTypes: ['goods'], targetGroups: ['low_income'], amount: [150_000, 150_000],
  }),
  f('L074', 'offer', 'O35', '急难临时救助专项基金', '深圳市慈善会为遭遇突发事件的困难家庭提供临时救助，最高2万元。', {
    domains: ['social_assistance', 'family'], resourceTypes: ['funding'], targetGroups: ['families', 'low_income'], amount: [null, 20_000],
  }),
  f('L075', 'need', 'O33', '流浪乞讨人员寻亲救助', '为流浪乞讨人员提供寻亲、临时安置和返乡援助，需要志愿者和物资。', {
    domains: ['social_assistance'], resourceTypes: ['volunteers', 'goods'], targetGroups: ['low_income'],
  }),
  // 志愿服务 (volunteering)
  f('L076', 'offer', 'O32', '志愿者管理培训课程', '益行志愿服务发展中心为社会组织提供志愿者招募、培训、激励的系统课程。', {
    domains: ['volunteering'], resourceTypes: ['expertise'], targetGroups: ['volunteers', 'social_workers'],
  }),
  f('L077', 'need', 'O19', '国际志愿者日 Volunteer Day 活动合作', '上海交大学生志愿者协会筹备 International Volunteer Day 主题活动，寻找合作机构和场地。', {
    domains: ['volunteering'], resourceTypes: ['venue'], targetGroups: ['volunteers', 'students'],
  }),
  f('L078', 'offer', 'O31', '志愿服务时长认证 App', '为志愿服务组织提供服务时长记录与认证 App，支持对接全国志愿服务信息系统。', {
    domains: ['volunteering'], resourceTypes: ['expertise'], targetGroups: ['volunteers'],
  }),
  // English words, technology
  f('L079', 'offer', 'O31', 'AI 智能客服公益版', '乐享科技向公益组织免费开放 AI 智能客服系统，自动回答捐赠人常见问题。', {
    domains: ['community_service'], resourceTypes: ['expertise'], targetGroups: [],
  }),
  f('L080', 'need', 'O26', 'Plastic Free 无塑西湖行动', '绿水青山促进会发起 plastic free 行动，招募志愿者清理西湖周边塑料垃圾。', {
    domains: ['environment', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['volunteers'],
  }),
  f('L081', 'offer', 'O19', 'STEM 科学实验箱捐赠', '上海交大学生团队设计 STEM 科学实验箱，可捐赠给乡村学校并提供线上指导。', {
    domains: ['rural_education', 'school'], resourceTypes: ['goods'], targetGroups: ['children', 'students'],
  }),
  f('L082', 'need', 'O29', '机器人 coding 课程教具', '江汉区青少年宫需要机器人 coding 教具30套，用于公益编程课。', {
    domains: ['youth', 'school'], resourceTypes: ['goods'], targetGroups: ['youth'], amount: [45_000, 45_000],
  }),
  f('L083', 'offer', 'O34', '社会组织 ESG 信息披露咨询', '为中小社会组织提供 ESG 信息披露和财务透明度咨询。', {
    domains: ['workplace'], resourceTypes: ['expertise'], targetGroups: ['social_workers'],
  }),
  f('L084', 'need', 'O01', '一线社工 supervision 督导', '乐邻社工中心寻求资深社工提供一对一 supervision 督导，提升一线社工专业能力。', {
    domains: ['community_service'], resourceTypes: ['expertise'], targetGroups: ['social_workers'], amount: [30_000, 50_000],
  }),
  f('L085', 'offer', 'O38', '大学生 marketing 公益传播志愿团', '西南财经大学学生为公益组织提供新媒体运营和 marketing 策划支持。', {
    domains: ['volunteering'], resourceTypes: ['media', 'volunteers'], targetGroups: ['students'],
  }),
  f('L086', 'need', 'O37', 'Water Cellar 山区集雨水窖', '为凉山缺水山区家庭修建集雨水窖，每口水窖约3000元。', {
    domains: ['social_assistance', 'environment'], resourceTypes: ['funding'], targetGroups: ['rural_residents', 'families'], amount: [3_000, 300_000], region: '513431',
  }),
  // more regions and topics
  f('L087', 'need', 'O11', '海淀区社区心理服务站建设', '学院路街道建设社区心理服务站，需要心理咨询师定期坐诊。', {
    domains: ['community_service', 'medical'], resourceTypes: ['expertise'], targetGroups: ['community_residents'],
  }),
  f('L088', 'offer', 'O04', '困境婴幼儿营养包', '为0-3岁困境儿童提供营养包和养育指导。', {
    domains: ['children', 'medical'], resourceTypes: ['goods'], targetGroups: ['children', 'families'],
  }),
  f('L089', 'need', 'O05', '外来务工人员子女暑期课堂', '洋泾街道为外来务工人员子女开设暑期课堂，需要大学生志愿者和教室。', {
    domains: ['children', 'community_service'], resourceTypes: ['volunteers', 'venue'], targetGroups: ['migrant_workers', 'children'],
  }),
  f('L090', 'need', 'O06', '志愿服务积分兑换商品', '福田区建立志愿服务积分兑换机制，需要企业提供兑换商品。', {
    domains: ['volunteering', 'community_service'], resourceTypes: ['goods'], targetGroups: ['volunteers'],
  }),
  f('L091', 'offer', 'O07', '顺德社区基金会小额资助', '德胜社区基金会面向顺德社区社会组织开放小额资助，单项最高3万元。', {
    domains: ['community_building'], resourceTypes: ['funding'], targetGroups: ['community_residents'], amount: [null, 30_000],
  }),
  f('L092', 'need', 'O33', '顺德双皮奶非遗青少年课堂', '大良街道邀请非遗传承人为青少年开设双皮奶制作和粤剧体验课堂，需要场地和资金。', {
    domains: ['youth', 'community_building'], resourceTypes: ['venue', 'funding'], targetGroups: ['youth'], amount: [20_000, 40_000],
  }),
  f('L093', 'offer', 'O15', '电子废弃物上门回收', '提供废旧手机、电脑等电子废弃物上门回收和数据销毁服务。', {
    domains: ['environment'], resourceTypes: ['expertise'], targetGroups: ['community_residents'],
  }),
  f('L094', 'need', 'O21', '独居老人智能水表监测', '试点为独居老人安装智能水表，用水异常自动提醒网格员。', {
    domains: ['elderly', 'community_service'], resourceTypes: ['goods', 'funding'], targetGroups: ['elderly'], amount: [60_000, 90_000],
  }),
  f('L095', 'offer', 'O09', '99公益日配捐与传播资源', '99公益日期间为优质公益项目提供配捐和传播资源。', {
    domains: ['community_building'], resourceTypes: ['funding', 'media'], targetGroups: [], amount: [null, 1_000_000],
  }),
  f('L096', 'need', 'O39', '老年人防跌倒评估', '为社区65岁以上老人开展防跌倒风险评估和居家环境改造。', {
    domains: ['elderly', 'medical'], resourceTypes: ['expertise', 'funding'], targetGroups: ['elderly'], amount: [40_000, 60_000],
  }),
  f('L097', 'offer', 'O12', '华西医院慢病管理义诊', '华西医院医护志愿者定期进社区开展高血压、糖尿病慢病管理义诊。', {
    domains: ['medical', 'community_service'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['patients', 'elderly'],
  }),
  f('L098', 'need', 'O13', '农村留守老人互助养老点', '在郫都区农村推广互助养老模式，建设村级互助养老点，需要运营资金。', {
    domains: ['elderly', 'social_assistance'], resourceTypes: ['funding'], targetGroups: ['elderly', 'rural_residents'], amount: [200_000, 400_000],
  }),
  f('L099', 'need', 'O01', '春节社区团圆饭活动物资', '为社区孤寡老人举办春节团圆饭，需要食材和场地。', {
    domains: ['elderly', 'community_service'], resourceTypes: ['goods', 'venue'], targetGroups: ['elderly'], status: 'closed',
  }),
  f('L100', 'offer', 'O35', '防疫物资定向捐赠', '深圳市慈善会库存口罩、消毒液等防疫物资可定向捐赠给社区。', {
    domains: ['disaster', 'medical'], resourceTypes: ['goods'], targetGroups: ['community_residents'], status: 'matched',
  }),
  f('L101', 'need', 'O17', '轮椅使用者出行陪伴', '为轮椅使用者提供出行陪伴，帮助其参加社区活动和就医。', {
    domains: ['disability', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['people_with_disabilities', 'volunteers'],
  }),
  f('L102', 'offer', 'O18', '社会工作专业实习生派驻', '北师大社会学院每学期向社会组织派驻社会工作专业实习生。', {
    domains: ['community_service'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['students', 'social_workers'],
  }),
  f('L103', 'need', 'O28', '单亲家庭子女成长陪伴', '为单亲家庭儿童提供一对一成长导师陪伴，每月至少两次。', {
    domains: ['family', 'children'], resourceTypes: ['volunteers'], targetGroups: ['families', 'children'],
  }),
  f('L104', 'need', 'O24', '青少年普法教育进校园', '武侯区司法局组织律师志愿者进校园开展普法和预防未成年人犯罪教育。', {
    domains: ['corrections', 'youth', 'school'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['youth', 'students'],
  }),
  f('L105', 'offer', 'O23', '退役军人志愿服务队', '退役军人志愿服务队可参与社区应急、交通疏导和国防教育。', {
    domains: ['veterans', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['veterans'],
  }),
  f('L106', 'need', 'O25', '快递外卖骑手关爱驿站', '为天河区外卖和快递骑手提供休息驿站、健康体检和法律咨询。', {
    domains: ['workplace'], resourceTypes: ['venue', 'funding', 'expertise'], targetGroups: ['migrant_workers'], amount: [80_000, 120_000],
  }),
  f('L107', 'offer', 'O26', '西湖湿地自然教育课程', '面向中小学生的湿地自然教育和观鸟课程，可入校或户外开展。', {
    domains: ['environment', 'school'], resourceTypes: ['expertise'], targetGroups: ['students', 'children'],
  }),
  f('L108', 'need', 'O10', '邻里共享工具屋', '建立邻里共享工具屋，需要电钻、梯子等工具捐赠和志愿管理员。', {
    domains: ['community_building'], resourceTypes: ['goods', 'volunteers'], targetGroups: ['community_residents'],
  }),
  f('L109', 'offer', 'O02', '农发行金融知识下乡', '中国农业发展银行四川省分行为农户提供惠农贷款政策和金融知识宣讲。', {
    domains: ['social_assistance'], resourceTypes: ['policy', 'expertise'], targetGroups: ['rural_residents'],
  }),
  f('L110', 'need', 'O37', '凉山高中女生助学金', '为凉山高中女生提供每年5000元助学金，帮助其完成学业。', {
    domains: ['rural_education', 'women'], resourceTypes: ['funding'], targetGroups: ['women', 'students'], amount: [5_000, 500_000], region: '513431',
  }),
  f('L111', 'offer', 'O31', '公益组织官网与小程序免费开发', '乐享科技工程师志愿者为公益组织免费开发官网和微信小程序。', {
    domains: ['volunteering'], resourceTypes: ['expertise'], targetGroups: [],
  }),
  f('L112', 'need', 'O16', '养老护理员技能提升培训', '乐龄养老服务中心需要养老护理员技能培训和职业资格考证支持。', {
    domains: ['elderly', 'workplace'], resourceTypes: ['expertise', 'funding'], targetGroups: ['social_workers'], amount: [50_000, 100_000],
  }),
  f('L113', 'offer', 'O06', '政府购买居家养老服务项目', '福田区民政局面向社会组织公开招标居家养老服务项目，年度预算200万元。', {
    domains: ['elderly'], resourceTypes: ['funding', 'policy'], targetGroups: ['elderly'], amount: [2_000_000, 2_000_000],
  }),
  f('L114', 'offer', 'O11', '社会组织孵化基地入驻', '学院路街道社会组织孵化基地提供免费办公场地和能力建设培训。', {
    domains: ['community_building'], resourceTypes: ['venue', 'policy'], targetGroups: [],
  }),
  f('L115', 'need', 'O36', '社区图书漂流站', '书院街社区建设图书漂流站，需要图书捐赠和志愿管理员。', {
    domains: ['community_service', 'family'], resourceTypes: ['goods', 'volunteers'], targetGroups: ['community_residents', 'families'],
  }),
  f('L116', 'offer', 'O38', '农村妇女微型金融培训', '为农村妇女和小微经营者提供微型金融与记账培训。', {
    domains: ['women', 'social_assistance'], resourceTypes: ['expertise'], targetGroups: ['women', 'rural_residents'],
  }),
  f('L117', 'need', 'O22', '防灾减灾宣传周社区演练', '成都市应急管理局组织防灾减灾宣传周，需要社会组织承接社区演练。', {
    domains: ['disaster'], resourceTypes: ['expertise'], targetGroups: ['community_residents'], amount: [100_000, 100_000],
  }),
  f('L118', 'need', 'O30', '无偿献血宣传志愿者招募', '雁塔区红十字会无偿献血宣传和服务志愿者招募。', {
    domains: ['medical', 'volunteering'], resourceTypes: ['volunteers'], targetGroups: ['volunteers'],
  }),
  f('L119', 'offer', 'O04', '孤儿先天性疾病手术资助', '为孤儿和困境儿童提供先天性疾病手术资助。', {
    domains: ['children', 'medical'], resourceTypes: ['funding'], targetGroups: ['children', 'patients'], amount: [null, 50_000],
  }),
  f('L120', 'need', 'O27', '妇女儿童维权服务站律师', '在鼓楼区各街道设立妇女儿童维权服务站，需要律师志愿者。', {
    domains: ['women', 'children'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['women', 'children'],
  }),
  f('L121', 'need', 'O39', '老年舞蹈队演出服装', '宝光社区老年舞蹈队参加比赛需要演出服装和音响设备。', {
    domains: ['elderly', 'community_service'], resourceTypes: ['goods'], targetGroups: ['elderly'], amount: [8_000, 8_000],
  }),
  f('L122', 'offer', 'O33', '美食节公益摊位', '大良街道在顺德美食节为社会组织免费提供公益摊位，展示和筹款。', {
    domains: ['community_building'], resourceTypes: ['venue', 'media'], targetGroups: [],
  }),
  f('L123', 'need', 'O05', '社区健身步道建设', '洋泾街道建设社区健身步道和智能健身器材，需要企业资助。', {
    domains: ['community_service'], resourceTypes: ['funding'], targetGroups: ['community_residents'], amount: [300_000, 500_000],
  }),
  f('L124', 'offer', 'O15', '废旧电池回收箱投放', '免费投放废旧电池回收箱并定期清运，适合学校和社区。', {
    domains: ['environment'], resourceTypes: ['goods'], targetGroups: ['students', 'community_residents'],
  }),
  f('L125', 'need', 'O12', '住院患者家属喘息服务', '为长期住院患者家属提供喘息服务和心理支持。', {
    domains: ['medical', 'family'], resourceTypes: ['volunteers', 'expertise'], targetGroups: ['patients', 'families'],
  }),
  f('L126', 'offer', 'O28', '家庭教育公益讲座进校园', '渝中区家庭教育指导中心可为学校和社区提供家庭教育公益讲座。', {
    domains: ['family', 'school'], resourceTypes: ['expertise'], targetGroups: ['families'],
  }),
  f('L127', 'need', 'O34', '白领公益跑为自闭症儿童筹款', '组织金融城白领公益跑，为自闭症儿童筹款，需要赛事合作和媒体传播。', {
    domains: ['disability', 'volunteering'], resourceTypes: ['media', 'volunteers'], targetGroups: ['people_with_disabilities', 'children'],
  }),
  f('L128', 'offer', 'O21', '手机维修技能培训', '华强北社区联合商户为青年和残障人士开展手机维修技能培训。', {
    domains: ['youth', 'disability', 'workplace'], resourceTypes: ['expertise'], targetGroups: ['youth', 'people_with_disabilities'],
  }),
  f('L129', 'need', 'O13', '川芎种植合作社品牌设计', '帮助川芎种植合作社做品牌设计和包装，提升农产品附加值。', {
    domains: ['community_building'], resourceTypes: ['expertise', 'media'], targetGroups: ['rural_residents'],
  }),
  f('L130', 'offer', 'O02', '乡村学校课桌椅和电脑捐赠', '中国农业发展银行四川省分行向乡村学校捐赠课桌椅和电脑。', {
    domains: ['rural_education'], resourceTypes: ['goods'], targetGroups: ['students', 'rural_residents'], amount: [500_000, 500_000],
  }),
];

/** A stable UUID per fixture key: L001 → 00000000-0000-4000-8000-000000000001. */
export function fixtureId(key: string): string {
  return `00000000-0000-4000-8000-${key.slice(1).padStart(12, '0')}`;
}

export function fixtureKeyOf(id: string): string {
  return `L${String(Number(id.slice(-12))).padStart(3, '0')}`;
}

/** Organisation ids are stable too: O04 → 00000000-0000-4000-9000-000000000004. */
export function fixtureOrgId(key: FixtureOrgKey): string {
  return `00000000-0000-4000-9000-${key.slice(1).padStart(12, '0')}`;
}

/** Listings are spread over the last 200 days (deterministically), newest first by key order mixed. */
function createdAt(index: number, now: Date): Date {
  const daysAgo = (index * 37) % 200;
  return new Date(now.getTime() - daysAgo * 86_400_000 - index * 60_000);
}

export function fixtureDoc(fixture: RelevanceFixture, index: number, now = new Date()): ListingSearchDoc {
  const org: FixtureOrg = FIXTURE_ORGS[fixture.org];
  const regionCode = fixture.region ?? org.region;
  const [amountMin, amountMax] = fixture.amount ?? [null, null];
  const when = createdAt(index, now);
  const bodyText = fixture.body ?? '';
  return {
    id: fixtureId(fixture.key),
    kind: fixture.kind,
    status: fixture.status ?? 'open',
    title: fixture.title,
    summary: fixture.summary,
    bodyText,
    organizationId: fixtureOrgId(fixture.org),
    organizationName: org.name,
    orgType: org.type,
    domains: fixture.domains,
    targetGroups: fixture.targetGroups,
    resourceTypes: fixture.resourceTypes,
    regionCode,
    regionPath: regionCodePath(regionCode),
    regionName: regionFullName(regionCode),
    amountMin,
    amountMax,
    amountBand: amountBandOf(amountMin, amountMax),
    expoId: null,
    boothId: null,
    createdAt: when,
    updatedAt: when,
    tokens: analyzeListingText({
      title: fixture.title,
      summary: fixture.summary,
      bodyText,
      organizationName: org.name,
      labels: listingLabels({ domains: fixture.domains, targetGroups: fixture.targetGroups, resourceTypes: fixture.resourceTypes, regionCode }),
    }),
  };
}

/** Every fixture as a search document, ready for `engine.upsert`. */
export function fixtureDocs(now = new Date()): ListingSearchDoc[] {
  return RELEVANCE_FIXTURES.map((fx, i) => fixtureDoc(fx, i, now));
}
