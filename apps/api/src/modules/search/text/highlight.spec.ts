import { highlightRanges, mergeRanges } from './highlight.js';
import { analyzeQuery } from './query.js';

const marked = (q: string, text: string, pinyin = true) => highlightRanges(analyzeQuery(q), text, { pinyin }).map(([s, e]) => text.slice(s, e));

describe('highlightRanges', () => {
  it('marks Chinese words and sub-words', () => {
    expect(marked('分类', '垃圾分类进社区，分类督导')).toEqual(['分类', '分类']);
    expect(marked('农业发展银行', '中国农业发展银行')).toEqual(['农业发展银行']);
  });

  it('falls back to the bigrams of a long word the text does not contain whole', () => {
    expect(marked('养老院', '社区养老服务站')).toEqual(['养老']);
    expect(marked('养老院', '社区养老院')).toEqual(['养老院']);
  });

  it('marks Latin words the query word starts, whole, whatever the case', () => {
    expect(marked('volunt', 'International Volunteer Day, volunteers welcome')).toEqual(['Volunteer', 'volunteers']);
    expect(marked('y', 'y yes')).toEqual(['y']);
  });

  it('maps pinyin back to the characters it spells, in titles', () => {
    expect(marked('yl', '社区养老服务站')).toEqual(['养老']);
    expect(marked('yangl', '社区养老服务站')).toEqual(['养老']);
    expect(marked('shequyanglao', '社区养老服务站')).toEqual(['社区养老']);
    expect(marked('社区yl', '社区养老服务站')).toEqual(['社区养老']);
    expect(marked('yl', '社区养老服务站', false)).toEqual([]);
  });

  it('marks spelling corrections found by the engine', () => {
    const query = analyzeQuery('volunter yanglo');
    const fixed = { terms: query.terms.map((t) => (t.kind === 'latin' ? { ...t, fuzzy: t.text === 'volunter' ? ['volunteer'] : ['yanglao'] } : t)) };
    const text = '社区养老 volunteer';
    expect(highlightRanges(fixed, text, { pinyin: true }).map(([s, e]) => text.slice(s, e))).toEqual(['养老', 'volunteer']);
  });

  it('uses UTF-16 offsets of the original text', () => {
    const text = '𠀾 ＳＴＥＭ 养老';
    expect(highlightRanges(analyzeQuery('stem 养老'), text)).toEqual([
      [3, 7],
      [8, 10],
    ]);
  });

  it('answers nothing for an empty query or text', () => {
    expect(marked('', '养老')).toEqual([]);
    expect(marked('养老', '')).toEqual([]);
  });
});

describe('mergeRanges', () => {
  it('sorts and merges overlapping and touching ranges, drops empty ones', () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [2, 3],
        [6, 9],
        [12, 12],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });
});
