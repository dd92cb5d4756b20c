import { SERVICE_DOMAINS, TARGET_GROUPS } from '@yiqia/domain';
import { maskOf, regionLevels, valuesOf } from './codes.js';

describe('facet codes', () => {
  it('turns code lists into bit sets and back, in list order', () => {
    const mask = maskOf(SERVICE_DOMAINS, ['elderly', 'social_assistance', 'volunteering']);
    expect(valuesOf(SERVICE_DOMAINS, mask)).toEqual(['social_assistance', 'elderly', 'volunteering']);
    expect(maskOf(TARGET_GROUPS, [])).toBe(0);
    expect(valuesOf(TARGET_GROUPS, maskOf(TARGET_GROUPS, [...TARGET_GROUPS]))).toEqual([...TARGET_GROUPS]);
  });

  it('fits every list in a 32-bit integer', () => {
    expect(SERVICE_DOMAINS.length).toBeLessThanOrEqual(31);
    expect(TARGET_GROUPS.length).toBeLessThanOrEqual(31);
  });

  it('splits a region into its levels', () => {
    expect(regionLevels('510104')).toEqual({ province: '510000', city: '510100', district: '510104' });
    expect(regionLevels('510100')).toEqual({ province: '510000', city: '510100', district: null });
    expect(regionLevels('110000')).toEqual({ province: '110000', city: null, district: null });
  });
});
