import { amountText, formatDate } from './format.js';

describe('amountText', () => {
  it('names both ends of a range in the language', () => {
    expect(amountText(50_000, 200_000, 'zh')).toEqual({ key: 'range', min: '5 万元', max: '20 万元' });
    expect(amountText(50_000, 200_000, 'en')).toEqual({ key: 'range', min: '¥50,000', max: '¥200,000' });
  });

  it('handles a single amount, open ends and no amount', () => {
    expect(amountText(30_000, 30_000, 'zh')).toEqual({ key: 'exact', value: '3 万元' });
    expect(amountText(100_000, null, 'zh')).toEqual({ key: 'from', min: '10 万元' });
    expect(amountText(null, 8_000, 'zh')).toEqual({ key: 'upTo', max: '8,000 元' });
    expect(amountText(0, 8_000, 'zh')).toEqual({ key: 'upTo', max: '8,000 元' });
    expect(amountText(null, null, 'zh')).toEqual({ key: 'none' });
    expect(amountText(undefined, undefined, 'en')).toEqual({ key: 'none' });
  });
});

describe('formatDate', () => {
  it('formats instants in China time and bare days as that day', () => {
    expect(formatDate('2026-05-19T16:30:00Z', 'zh')).toBe('2026年5月20日');
    expect(formatDate('2026-05-20', 'zh')).toBe('2026年5月20日');
    expect(formatDate('2026-05-20', 'en')).toBe('20 May 2026');
    expect(formatDate(null, 'zh')).toBe('');
    expect(formatDate('nonsense', 'zh')).toBe('');
  });
});
