import { formatAmount, formatCount, percent, splitWaiting } from './live-format.js';

describe('live formatting', () => {
  it('writes amounts in 万元 in Chinese from 10,000 on, in grouped yuan otherwise', () => {
    expect(formatAmount(1_234_500, 'zh')).toEqual({ value: '123.45', unit: 'wan' });
    expect(formatAmount(120_000_000, 'zh')).toEqual({ value: '12,000', unit: 'wan' });
    expect(formatAmount(9_800, 'zh')).toEqual({ value: '¥9,800', unit: 'yuan' });
    expect(formatAmount(1_234_500, 'en')).toEqual({ value: '¥1,234,500', unit: 'yuan' });
    expect(formatAmount(0, 'en')).toEqual({ value: '¥0', unit: 'yuan' });
  });

  it('groups counts by locale', () => {
    expect(formatCount(1221, 'zh')).toBe('1,221');
    expect(formatCount(1221, 'en')).toBe('1,221');
  });

  it('splits a waiting time into the largest useful unit', () => {
    expect(splitWaiting(0)).toEqual({ key: 'minutes', d: 0, h: 0, m: 0 });
    expect(splitWaiting(59)).toEqual({ key: 'minutes', d: 0, h: 0, m: 59 });
    expect(splitWaiting(125)).toEqual({ key: 'hours', d: 0, h: 2, m: 5 });
    expect(splitWaiting(3 * 1440 + 61)).toEqual({ key: 'days', d: 3, h: 1, m: 1 });
    expect(splitWaiting(-4)).toEqual({ key: 'minutes', d: 0, h: 0, m: 0 });
  });

  it('computes whole percentages and never divides by zero', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, 0)).toBe(0);
  });
});
