import { highlightSegments } from './highlight.js';

describe('highlightSegments', () => {
  it('marks the ranges and keeps the rest as plain runs', () => {
    expect(highlightSegments('社区垃圾分类宣传', [[2, 6]])).toEqual([
      { text: '社区', mark: false },
      { text: '垃圾分类', mark: true },
      { text: '宣传', mark: false },
    ]);
  });

  it('returns the whole text unmarked without ranges, nothing for empty text', () => {
    expect(highlightSegments('养老服务', [])).toEqual([{ text: '养老服务', mark: false }]);
    expect(highlightSegments('养老服务', undefined)).toEqual([{ text: '养老服务', mark: false }]);
    expect(highlightSegments('', [[0, 3]])).toEqual([]);
  });

  it('sorts, merges overlapping and touching ranges', () => {
    expect(highlightSegments('abcdefgh', [[5, 7], [0, 2], [1, 3], [3, 4]])).toEqual([
      { text: 'abcd', mark: true },
      { text: 'e', mark: false },
      { text: 'fg', mark: true },
      { text: 'h', mark: false },
    ]);
  });

  it('clamps out-of-range and drops empty or malformed ranges', () => {
    expect(highlightSegments('abc', [[-5, 1], [2, 99], [2, 2], [3, 1], [NaN, 2] as [number, number]])).toEqual([
      { text: 'a', mark: true },
      { text: 'b', mark: false },
      { text: 'c', mark: true },
    ]);
  });

  it('never cuts a surrogate pair in half (UTF-16 units)', () => {
    const text = 'a😀b';
    // 😀 is two UTF-16 units (1, 2); a range ending in the middle is widened.
    expect(highlightSegments(text, [[1, 2]])).toEqual([
      { text: 'a', mark: false },
      { text: '😀', mark: true },
      { text: 'b', mark: false },
    ]);
    expect(highlightSegments(text, [[2, 4]])).toEqual([
      { text: 'a', mark: false },
      { text: '😀b', mark: true },
    ]);
  });

  it('keeps markup as text', () => {
    const segs = highlightSegments('<b>x</b>', [[3, 4]]);
    expect(segs.map((s) => s.text).join('')).toBe('<b>x</b>');
    expect(segs[1]).toEqual({ text: 'x', mark: true });
  });
});
