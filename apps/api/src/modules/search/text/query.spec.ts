import { analyzeQuery } from './query.js';

const terms = (q: string) => analyzeQuery(q).terms.map((t) => (t.kind === 'han' ? `han:${t.text}` : `latin:${t.text}${t.prefix ? '*' : ''}`));

describe('analyzeQuery', () => {
  it('splits mixed Chinese and Latin runs', () => {
    expect(terms('社区yl')).toEqual(['han:社区', 'latin:yl*']);
    expect(terms('yingji物资')).toEqual(['latin:yingji*', 'han:物资']);
  });

  it('segments Chinese with jieba; long words also match by their bigrams', () => {
    expect(terms('垃圾分类')).toEqual(['han:垃圾', 'han:分类']);
    const [bank] = analyzeQuery('农业发展银行').terms;
    expect(bank).toEqual({ kind: 'han', text: '农业发展银行', bigrams: ['农业', '业发', '发展', '展银', '银行'] });
  });

  it('drops one-character function words unless nothing else is left', () => {
    expect(terms('为留守儿童的项目')).toEqual(['han:留守', 'han:儿童', 'han:项目']);
    expect(terms('的')).toEqual(['han:的']);
  });

  it('lower-cases, folds full-width and diacritics, strips English plurals; single letters match exactly', () => {
    expect(terms('Volunteers ＳＴＥＭ yǎnglǎo y')).toEqual(['latin:volunteer*', 'latin:stem*', 'latin:yanglao*', 'latin:y']);
  });

  it('treats SQL, HTML and tsquery syntax as separators', () => {
    expect(terms("'; DROP TABLE x; -- <b>养老</b> a:* & !b")).toEqual(['latin:drop*', 'latin:table*', 'latin:x', 'latin:b', 'han:养老', 'latin:a']);
    expect(terms('！？。，…')).toEqual([]);
    expect(analyzeQuery(undefined).terms).toEqual([]);
  });

  it('keeps each word once and at most 24 words', () => {
    expect(terms('养老 养老 yl yl')).toEqual(['han:养老', 'latin:yl*']);
    expect(analyzeQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(24);
  });
});
