// The mixed query set of the search benchmark: what people type at a 公益洽谈汇 — Chinese words and
// sub-words, pinyin (full, initials, mixed), English, typos — alone and with filters, facets, sorts
// and pages. Each entry is the query string of GET /api/search/listings (arrays repeat the parameter).

export const QUERIES = [
  // Chinese words and sub-words
  { category: 'chinese', params: { q: '养老' } },
  { category: 'chinese', params: { q: '垃圾分类' } },
  { category: 'chinese', params: { q: '儿童阅读推广' } },
  { category: 'chinese', params: { q: '志愿者招募' } },
  { category: 'chinese', params: { q: '心理健康辅导' } },
  { category: 'chinese', params: { q: '留守儿童 课后托管' } },
  { category: 'subword', params: { q: '分类' } },
  { category: 'subword', params: { q: '陪诊' } },
  { category: 'subword', params: { q: '托管' } },
  { category: 'subword', params: { q: '阅读' } },
  // pinyin: full, initials, prefix, mixed with Chinese
  { category: 'pinyin', params: { q: 'yanglao' } },
  { category: 'pinyin', params: { q: 'lajifenlei' } },
  { category: 'pinyin', params: { q: 'yl' } },
  { category: 'pinyin', params: { q: 'ljfl' } },
  { category: 'pinyin', params: { q: 'zhiyuan' } },
  { category: 'pinyin', params: { q: '社区yl' } },
  // English and typos
  { category: 'latin', params: { q: 'STEM' } },
  { category: 'latin', params: { q: 'quarterly reports' } },
  { category: 'typo', params: { q: 'yanglo' } },
  { category: 'typo', params: { q: 'partnrs' } },
  // filters and facets without words (the browse page)
  { category: 'filters', params: {} },
  { category: 'filters', params: { kind: 'need', domain: 'elderly' } },
  { category: 'filters', params: { orgType: 'foundation', resourceType: 'funding' } },
  { category: 'filters', params: { region: '510000' } },
  { category: 'filters', params: { region: '510100', domain: ['children', 'rural_education'] } },
  { category: 'filters', params: { amountBand: 'gte_1m', kind: 'offer' } },
  { category: 'filters', params: { amountMin: '10000', amountMax: '50000' } },
  { category: 'filters', params: { targetGroup: 'left_behind_children', status: ['open', 'matched', 'closed'] } },
  // words with facets
  { category: 'words+facets', params: { q: '养老', region: '510000', kind: 'need' } },
  { category: 'words+facets', params: { q: '社区', domain: ['community_service', 'community_building'], orgType: 'social_org' } },
  { category: 'words+facets', params: { q: 'yl', resourceType: 'volunteers' } },
  // sorts and pages
  { category: 'sort', params: { sort: 'newest', q: '儿童' } },
  { category: 'sort', params: { sort: 'amount_desc', domain: 'medical' } },
  { category: 'sort', params: { sort: 'amount_asc', q: '资助' } },
  { category: 'page', params: { q: '服务', page: '5' } },
  { category: 'page', params: { page: '50', perPage: '20' } },
  { category: 'page', params: { q: '社区', perPage: '50' } },
];

/** `?a=1&b=x&b=y` for a params object (arrays repeat the parameter). */
export function queryString(params) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) s.append(k, x);
  const text = s.toString();
  return text ? `?${text}` : '';
}

/** A short label for tables: the params as the user would read them. */
export function label(params) {
  const parts = Object.entries(params).map(([k, v]) => (k === 'q' ? `"${v}"` : `${k}=${[].concat(v).join('|')}`));
  return parts.length ? parts.join(' ') : '(everything)';
}
