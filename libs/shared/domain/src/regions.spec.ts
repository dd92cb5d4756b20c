import { isLeafRegionCode, regionCodePath, regionFullName, regionLevel, regionTree } from './regions.js';

describe('GB/T 2260 regions', () => {
  it('has the 34 provincial-level divisions', () => {
    expect(regionTree()).toHaveLength(34);
  });

  it('walks province → city → district', () => {
    expect(regionCodePath('510104')).toEqual(['510000', '510100', '510104']);
    expect(regionFullName('510104')).toBe('四川省成都市锦江区');
    expect(regionLevel('510100')).toBe('city');
  });

  it('puts a city level under municipalities so every district has three levels', () => {
    expect(regionCodePath('110101')).toEqual(['110000', '110100', '110101']);
    expect(regionFullName('110101')).toBe('北京市东城区');
  });

  it('knows 顺德区 of 佛山市', () => {
    expect(regionFullName('440606')).toBe('广东省佛山市顺德区');
    expect(isLeafRegionCode('440606')).toBe(true);
  });

  it('treats cities with districts as non-leaf and unknown codes as unknown', () => {
    expect(isLeafRegionCode('440600')).toBe(false);
    expect(regionLevel('999999')).toBeNull();
  });
});
