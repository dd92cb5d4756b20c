
/**
 * Labelled queries over RELEVANCE_FIXTURES: for each, the listings a person typing it means (judged
 * by meaning, not by what an engine happens to match — so some labels are hard on purpose, e.g.
 * "xinlifudao" also means listings about 心理 … 辅导 that are not spelled together).
 */
export const QUERY_CATEGORIES = [
  'subword',
  'phrase',
  'pinyin_full',
  'pinyin_initials',
  'pinyin_prefix',
  'mixed',
  'typo_latin',
  'typo_pinyin',
  'english',
  'organization',
  'filter',
] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

/** Query-string parameters as a client sends them (parsed with searchListingsQuery by the runner). */
export type RelevanceParams = Partial<Record<'kind' | 'domain' | 'orgType' | 'region' | 'resourceType' | 'targetGroup' | 'amountBand' | 'status' | 'sort', string | string[]>> & {
  amountMin?: number;
  amountMax?: number;
};

export interface RelevanceQuery {
  category: QueryCategory;
  q?: string;
  /** Further search parameters (filters); page 1, 10 per page are added by the runner. */
  params?: RelevanceParams;
  /** Keys of the relevant fixtures (order does not matter; all equally relevant). */
  relevant: string[];
}

const YANGLAO = ['L001', 'L002', 'L004', 'L007', 'L010', 'L098', 'L112', 'L113'];
const LAJIFENLEI = ['L013', 'L014', 'L015', 'L018'];
const LIUSHOU_ERTONG = ['L027', 'L029'];
const NONGYE = ['L020', 'L021', 'L023', 'L109', 'L130'];
const CHUNMIAO = ['L027', 'L031', 'L088', 'L119'];
const XIAOCHENGXU = ['L025', 'L111'];
const ZHIYUANZHE = ['L001', 'L011', 'L013', 'L027', 'L050', 'L051', 'L057', 'L076', 'L077', 'L118', 'L030', 'L081'];

const q = (category: QueryCategory, text: string | undefined, relevant: string[], params?: RelevanceQuery['params']): RelevanceQuery => ({
  category,
  q: text,
  relevant,
  ...(params ? { params } : {}),
});

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Chinese sub-words of compounds (what Meilisearch misses without pre-segmentation)
  q('subword', '分类', LAJIFENLEI),
  q('subword', '农业', NONGYE),
  q('subword', '简单', ['L003', 'L025', 'L026']),
  q('subword', '养老', YANGLAO),
  q('subword', '留守', ['L027', 'L029', 'L098']),
  q('subword', '回收', ['L014', 'L017', 'L093', 'L124']),
  q('subword', '矫正', ['L059', 'L060']),
  q('subword', '堆肥', ['L016']),
  q('subword', '护理', ['L112']),
  q('subword', '电商', ['L021', 'L022', 'L041']),
  q('subword', '图书', ['L024', 'L033', 'L115']),
  q('subword', '发展银行', ['L020', 'L109', 'L130']),
  q('subword', '助餐', ['L001', 'L002']),
  q('subword', '应急', ['L053', 'L055', 'L057', 'L105', 'L117']),
  q('subword', '心理', ['L027', 'L040', 'L060', 'L063', 'L087', 'L125']),
  // Several words, as people type them
  q('phrase', '社区养老志愿者', ['L001', 'L011']),
  q('phrase', '留守儿童心理辅导', LIUSHOU_ERTONG),
  q('phrase', '垃圾分类志愿者', ['L013']),
  q('phrase', '乡村学校图书室', ['L024']),
  q('phrase', '为留守儿童提供课业辅导的项目', ['L029', 'L027']),
  q('phrase', '孤独症儿童康复', ['L049']),
  q('phrase', '企业员工心理关爱', ['L063']),
  q('phrase', '防灾减灾', ['L055', 'L117']),
  q('phrase', '老年人智能手机培训', ['L008', 'L005']),
  q('phrase', '外来务工人员子女', ['L064', 'L089']),
  // Full pinyin
  q('pinyin_full', 'yanglao', YANGLAO),
  q('pinyin_full', 'lajifenlei', LAJIFENLEI),
  q('pinyin_full', 'liushouertong', LIUSHOU_ERTONG),
  q('pinyin_full', 'xiaochengxu', XIAOCHENGXU),
  q('pinyin_full', 'nongye', NONGYE),
  q('pinyin_full', 'anningliaohu', ['L052']),
  q('pinyin_full', 'shequhuayuan', ['L068', 'L016']),
  q('pinyin_full', 'yingjiwuzi', ['L055']),
  q('pinyin_full', 'xinlifudao', ['L027', 'L040', 'L060']),
  q('pinyin_full', 'shoujiweixiu', ['L128']),
  // Pinyin initials
  q('pinyin_initials', 'ljfl', LAJIFENLEI),
  q('pinyin_initials', 'lset', LIUSHOU_ERTONG),
  q('pinyin_initials', 'sqyl', ['L001']),
  q('pinyin_initials', 'ylfw', ['L001', 'L010', 'L113', 'L002', 'L004', 'L112']),
  q('pinyin_initials', 'yjwz', ['L055']),
  q('pinyin_initials', 'hzyl', ['L098']),
  q('pinyin_initials', 'xcx', XIAOCHENGXU),
  q('pinyin_initials', 'shzz', ['L083', 'L114']),
  // Pinyin typed part-way (search as you type)
  q('pinyin_prefix', 'yangl', YANGLAO),
  q('pinyin_prefix', 'lajif', LAJIFENLEI),
  q('pinyin_prefix', 'shequyangl', ['L001']),
  q('pinyin_prefix', 'anning', ['L052']),
  q('pinyin_prefix', 'zhinengshe', ['L003']),
  q('pinyin_prefix', 'liushou', ['L027', 'L029', 'L098']),
  // Chinese and pinyin mixed
  q('mixed', '社区yl', ['L001']),
  q('mixed', '留守ertong', LIUSHOU_ERTONG),
  q('mixed', '垃圾fenlei', LAJIFENLEI),
  q('mixed', 'yingji物资', ['L055']),
  q('mixed', '乡村jiaoshi', ['L066']),
  q('mixed', '智能sheb', ['L003']),
  // Typos in English words
  q('typo_latin', 'volunter', ['L077']),
  q('typo_latin', 'workshp', ['L035', 'L069']),
  q('typo_latin', 'marketting', ['L085']),
  q('typo_latin', 'supervison', ['L084']),
  q('typo_latin', 'plastc', ['L080']),
  q('typo_latin', 'codding', ['L082']),
  // Typos in pinyin
  q('typo_pinyin', 'yanglo', YANGLAO),
  q('typo_pinyin', 'xiaochenxu', XIAOCHENGXU),
  q('typo_pinyin', 'zhiyuanze', ZHIYUANZHE),
  q('typo_pinyin', 'huanbo', ['L019', 'L015', 'L017', 'L080', 'L107']),
  q('typo_pinyin', 'jiaoyo', ['L032', 'L036', 'L044', 'L104', 'L107', 'L126', 'L024', 'L029', 'L066', 'L103']),
  // English words inside Chinese listings
  q('english', 'STEM', ['L030', 'L081']),
  q('english', 'EAP', ['L063']),
  q('english', 'CSR', ['L065']),
  q('english', 'ESG', ['L019', 'L083']),
  q('english', 'Python', ['L034']),
  q('english', 'volunteer', ['L077']),
  q('english', 'AI', ['L008', 'L079']),
  q('english', 'app', ['L023', 'L078']),
  q('english', 'coding', ['L082']),
  q('english', 'workshop', ['L035', 'L069']),
  q('english', 'Employee Assistance', ['L063']),
  q('english', 'plastic free', ['L080']),
  // Organisation names (Chinese, abbreviations, pinyin)
  q('organization', '春苗', CHUNMIAO),
  q('organization', '华西医院', ['L051', 'L052', 'L097', 'L125']),
  q('organization', '乐龄', ['L002', 'L004', 'L010', 'L112']),
  q('organization', 'chunmiao', CHUNMIAO),
  q('organization', '腾讯公益', ['L008', 'L032', 'L056', 'L095']),
  q('organization', '农发行', ['L020', 'L109', 'L130']),
  // With filters
  q('filter', '养老', ['L002', 'L004', 'L010', 'L112'], { region: '310000' }),
  q('filter', '儿童', ['L031', 'L051', 'L088', 'L119'], { domain: 'medical' }),
  q('filter', '培训', ['L021', 'L059', 'L061'], { kind: 'need', region: '510100' }),
  q('filter', '救助', ['L054'], { amountMin: 1_000_000 }),
  q('filter', '儿童', ['L027', 'L031', 'L088', 'L119', 'L045', 'L032', 'L028'], { orgType: 'foundation' }),
  q('filter', 'workshop', ['L035'], { targetGroup: 'students' }),
  q('filter', undefined, ['L059', 'L060', 'L104'], { domain: 'corrections' }),
  q('filter', '社区', ['L045', 'L062', 'L091'], { region: '440606' }),
  q('filter', '志愿者', ['L029', 'L077', 'L089'], { resourceType: 'venue' }),
  q('filter', '资助', ['L091'], { amountBand: '10k_50k' }),
  q('filter', undefined, ['L056', 'L058', 'L100'], { kind: 'offer', domain: 'disaster' }),
];
