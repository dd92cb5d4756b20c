import { analyzeQuery } from '../text/query.js';
import { toTsquery } from './tsquery.js';

describe('toTsquery', () => {
  it('ANDs terms (or ORs them), long Chinese words with their bigrams, Latin words as prefixes plus corrections', () => {
    const q = analyzeQuery('农业发展银行 yanglo');
    const fixed = { terms: q.terms.map((t) => (t.kind === 'latin' ? { ...t, fuzzy: ['yanglao'] } : t)) };
    expect(toTsquery(fixed, 'all')).toBe("('农业发展银行' | ('农业' & '业发' & '发展' & '展银' & '银行')) & ('yanglo':* | 'yanglao')");
    expect(toTsquery(analyzeQuery('社区 yl'), 'any')).toBe("'社区' | 'yl':*");
  });

  it('never lets query text add operators or quotes', () => {
    const q = toTsquery(analyzeQuery("a' | !b:* & (c) <-> d\\"), 'all')!;
    expect(q).toBe("'a' & 'b' & 'c' & 'd'");
    expect(toTsquery({ terms: [{ kind: 'latin', text: "x' | 'y", prefix: true, fuzzy: ["z'"] }] }, 'all')).toBeNull();
    expect(toTsquery(analyzeQuery('...'), 'all')).toBeNull();
  });
});
