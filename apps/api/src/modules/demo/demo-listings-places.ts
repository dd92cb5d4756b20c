/**
 * Places for the demo listings: every district the demo organisations sit in, plus a few cities the
 * fair's partners work in (重庆, 西安, 广州, 杭州, 凉山, 阿坝). GB/T 2260 codes; the tests check each
 * code and name against '@yiqia/domain/regions'.
 */

export interface ListingArea {
  /** District (or county) code. */
  code: string;
  /** 锦江区, 都江堰市, 浦东新区. */
  name: string;
  /** 锦江, 都江堰, 浦东. */
  short: string;
  /** 成都市; the city level as GB/T 2260 lists it (municipalities: 北京市 …). */
  city: string;
  cityCode: string;
  province: string;
  provinceCode: string;
  /** Streets and towns (街道, 镇) of the district; empty when none is used. */
  streets: string[];
  /** Rural or mountain county (乡村 topics fit here). */
  rural?: boolean;
}

const cd = (code: string, name: string, short: string, streets: string[], rural = false): ListingArea => ({
  code,
  name,
  short,
  city: '成都市',
  cityCode: '510100',
  province: '四川省',
  provinceCode: '510000',
  streets,
  rural,
});

export const LISTING_AREAS: readonly ListingArea[] = [
  cd('510104', '锦江区', '锦江', ['春熙路街道', '书院街街道', '合江亭街道', '水井坊街道', '牛市口街道', '双桂路街道', '沙河街道', '东光街道', '狮子山街道', '成龙路街道', '三圣街道']),
  cd('510105', '青羊区', '青羊', ['少城街道', '草市街街道', '西御河街道', '汪家拐街道', '府南街道', '光华街道', '金沙街道', '黄田坝街道', '苏坡街道', '文家街道', '蔡桥街道']),
  cd('510106', '金牛区', '金牛', ['荷花池街道', '西安路街道', '驷马桥街道', '茶店子街道', '抚琴街道', '九里堤街道', '营门口街道', '金泉街道', '沙河源街道', '天回镇街道']),
  cd('510107', '武侯区', '武侯', ['玉林街道', '浆洗街街道', '望江路街道', '红牌楼街道', '簇桥街道', '机投桥街道', '金花桥街道', '晋阳街道', '跳伞塔街道', '火车南站街道']),
  cd('510108', '成华区', '成华', ['猛追湾街道', '府青路街道', '二仙桥街道', '跳蹬河街道', '双桥子街道', '建设路街道', '保和街道', '青龙街道', '龙潭街道', '白莲池街道']),
  cd('510112', '龙泉驿区', '龙泉驿', ['龙泉街道', '大面街道', '十陵街道', '同安街道', '东安街道']),
  cd('510113', '青白江区', '青白江', ['大弯街道', '大同街道', '弥牟镇']),
  cd('510114', '新都区', '新都', ['新都街道', '大丰街道', '三河街道', '桂湖街道']),
  cd('510115', '温江区', '温江', ['柳城街道', '公平街道', '天府街道', '涌泉街道']),
  cd('510116', '双流区', '双流', ['东升街道', '西航港街道', '黄甲街道', '九江街道']),
  cd('510117', '郫都区', '郫都', ['郫筒街道', '犀浦街道', '安德街道', '唐昌镇']),
  cd('510118', '新津区', '新津', ['五津街道', '花源街道', '安西镇'], true),
  cd('510121', '金堂县', '金堂', ['赵镇街道', '淮口街道'], true),
  cd('510129', '大邑县', '大邑', ['晋原街道', '安仁镇'], true),
  cd('510131', '蒲江县', '蒲江', ['鹤山街道', '甘溪镇'], true),
  cd('510181', '都江堰市', '都江堰', ['灌口街道', '幸福街道', '银杏街道', '奎光塔街道'], true),
  cd('510182', '彭州市', '彭州', ['天彭街道', '致和街道', '龙门山镇'], true),
  cd('510183', '邛崃市', '邛崃', ['临邛街道', '文君街道', '平乐镇'], true),
  cd('510184', '崇州市', '崇州', ['崇阳街道', '道明镇', '街子镇'], true),
  cd('510185', '简阳市', '简阳', ['简城街道', '射洪坝街道'], true),
  { code: '510703', name: '涪城区', short: '涪城', city: '绵阳市', cityCode: '510700', province: '四川省', provinceCode: '510000', streets: ['城厢街道', '工区街道'] },
  { code: '513221', name: '汶川县', short: '汶川', city: '阿坝藏族羌族自治州', cityCode: '513200', province: '四川省', provinceCode: '510000', streets: ['威州镇', '映秀镇'], rural: true },
  { code: '513431', name: '昭觉县', short: '昭觉', city: '凉山彝族自治州', cityCode: '513400', province: '四川省', provinceCode: '510000', streets: [], rural: true },
  { code: '110105', name: '朝阳区', short: '朝阳', city: '北京市', cityCode: '110100', province: '北京市', provinceCode: '110000', streets: ['东风地区', '劲松街道', '八里庄街道', '望京街道'] },
  { code: '110101', name: '东城区', short: '东城', city: '北京市', cityCode: '110100', province: '北京市', provinceCode: '110000', streets: ['前门街道', '东四街道', '交道口街道'] },
  { code: '110108', name: '海淀区', short: '海淀', city: '北京市', cityCode: '110100', province: '北京市', provinceCode: '110000', streets: ['学院路街道', '中关村街道'] },
  { code: '440606', name: '顺德区', short: '顺德', city: '佛山市', cityCode: '440600', province: '广东省', provinceCode: '440000', streets: ['大良街道', '容桂街道', '伦教街道', '勒流街道', '北滘镇', '陈村镇', '乐从镇', '龙江镇', '杏坛镇', '均安镇'] },
  { code: '440304', name: '福田区', short: '福田', city: '深圳市', cityCode: '440300', province: '广东省', provinceCode: '440000', streets: ['沙头街道', '园岭街道', '华富街道', '香蜜湖街道', '莲花街道'] },
  { code: '440106', name: '天河区', short: '天河', city: '广州市', cityCode: '440100', province: '广东省', provinceCode: '440000', streets: ['石牌街道', '五山街道', '天河南街道'] },
  { code: '440104', name: '越秀区', short: '越秀', city: '广州市', cityCode: '440100', province: '广东省', provinceCode: '440000', streets: ['北京街道', '东山街道', '农林街道'] },
  { code: '310115', name: '浦东新区', short: '浦东', city: '上海市', cityCode: '310100', province: '上海市', provinceCode: '310000', streets: ['金杨新村街道', '洋泾街道', '陆家嘴街道', '潍坊新村街道', '花木街道'] },
  { code: '310104', name: '徐汇区', short: '徐汇', city: '上海市', cityCode: '310100', province: '上海市', provinceCode: '310000', streets: ['徐家汇街道', '枫林路街道'] },
  { code: '330106', name: '西湖区', short: '西湖', city: '杭州市', cityCode: '330100', province: '浙江省', provinceCode: '330000', streets: ['北山街道', '翠苑街道', '文新街道'] },
  { code: '330102', name: '上城区', short: '上城', city: '杭州市', cityCode: '330100', province: '浙江省', provinceCode: '330000', streets: ['湖滨街道', '小营街道'] },
  { code: '500103', name: '渝中区', short: '渝中', city: '重庆市', cityCode: '500100', province: '重庆市', provinceCode: '500000', streets: ['解放碑街道', '七星岗街道', '大坪街道'] },
  { code: '500112', name: '渝北区', short: '渝北', city: '重庆市', cityCode: '500100', province: '重庆市', provinceCode: '500000', streets: ['龙溪街道', '回兴街道', '双龙湖街道'] },
  { code: '610113', name: '雁塔区', short: '雁塔', city: '西安市', cityCode: '610100', province: '陕西省', provinceCode: '610000', streets: ['小寨路街道', '大雁塔街道', '电子城街道'] },
  { code: '610103', name: '碑林区', short: '碑林', city: '西安市', cityCode: '610100', province: '陕西省', provinceCode: '610000', streets: ['南院门街道', '张家村街道'] },
];

const BY_CODE = new Map(LISTING_AREAS.map((a) => [a.code, a]));

export function listingArea(code: string): ListingArea {
  const a = BY_CODE.get(code);
  if (!a) throw new Error(`demo listing area ${code} missing`);
  return a;
}

/** Districts outside the home city where an organisation of that city plausibly runs projects too. */
export const FAR_AREAS: Readonly<Record<string, readonly string[]>> = {
  // 成渝 and the western triangle 成渝西, the 凉山 and 阿坝 mountain counties.
  成都市: ['500103', '500112', '513431', '513221', '510703', '610113'],
  北京市: ['513431', '610113', '610103', '500103', '510104', '330106'],
  深圳市: ['440106', '440104', '440606', '330102'],
  佛山市: ['440106', '440104', '440304', '330106'],
  广州市: ['440606', '440304', '440104'],
  // 长三角
  上海市: ['330106', '330102', '310104'],
  杭州市: ['310115'],
  重庆市: ['510107'],
  西安市: ['513431'],
  绵阳市: ['510106', '513221'],
};
