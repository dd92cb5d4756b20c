import { cnyUppercase, exactWan, formatAmount, groupDigits } from './money.js';

describe('人民币大写', () => {
  it.each([
    [0, '零元整'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [15, '壹拾伍元整'],
    [101, '壹佰零壹元整'],
    [110, '壹佰壹拾元整'],
    [1001, '壹仟零壹元整'],
    [1010, '壹仟零壹拾元整'],
    [1200, '壹仟贰佰元整'],
    [10000, '壹万元整'],
    [10001, '壹万零壹元整'],
    [10100, '壹万零壹佰元整'],
    [11000, '壹万壹仟元整'],
    [200000, '贰拾万元整'],
    [1000001, '壹佰万零壹元整'],
    [1200000, '壹佰贰拾万元整'],
    [1234567, '壹佰贰拾叁万肆仟伍佰陆拾柒元整'],
    [100000000, '壹亿元整'],
    [100010000, '壹亿零壹万元整'],
    [100001000, '壹亿零壹仟元整'],
    [100000001, '壹亿零壹元整'],
    [1000100000, '壹拾亿零壹拾万元整'],
    [10_000_000_000, '壹佰亿元整'],
  ])('%d → %s', (yuan, text) => {
    expect(cnyUppercase(yuan)).toBe(text);
  });

  it('refuses fractions and negative amounts', () => {
    expect(() => cnyUppercase(1.5)).toThrow(RangeError);
    expect(() => cnyUppercase(-1)).toThrow(RangeError);
  });
});

describe('amount formatting', () => {
  it('groups digits and gives exact 万元 without rounding', () => {
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(groupDigits(999)).toBe('999');
    expect(exactWan(1200000)).toBe('120');
    expect(exactWan(1234567)).toBe('123.4567');
    expect(exactWan(15000)).toBe('1.5');
    expect(exactWan(123_450_000)).toBe('12,345');
  });

  it('prints yuan, 万元 and the uppercase amount in Chinese; CNY in English', () => {
    expect(formatAmount(1200000, 'zh')).toBe('1,200,000 元（120 万元；大写：壹佰贰拾万元整）');
    expect(formatAmount(5000, 'zh')).toBe('5,000 元（大写：伍仟元整）');
    expect(formatAmount(1500000, 'en')).toBe('CNY 1,500,000 (1.5 million yuan); 壹佰伍拾万元整');
  });
});
