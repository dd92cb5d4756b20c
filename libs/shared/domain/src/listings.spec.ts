import { AMOUNT_BANDS, AMOUNT_BAND_LABELS, TARGET_GROUPS, TARGET_GROUP_LABELS, amountBandOf } from './listings.js';

describe('amountBandOf', () => {
  it('uses the maximum, else the minimum, with [min, max) bounds', () => {
    expect(amountBandOf(null, null)).toBe('unspecified');
    expect(amountBandOf(undefined, 9_999)).toBe('lt_10k');
    expect(amountBandOf(5_000, 10_000)).toBe('10k_50k');
    expect(amountBandOf(60_000, null)).toBe('50k_200k');
    expect(amountBandOf(0, 999_999)).toBe('200k_1m');
    expect(amountBandOf(null, 1_000_000)).toBe('gte_1m');
  });
  it('has a label for every band and target group', () => {
    for (const band of AMOUNT_BANDS) expect(AMOUNT_BAND_LABELS[band].zh).toBeTruthy();
    for (const group of TARGET_GROUPS) expect(TARGET_GROUP_LABELS[group].en).toBeTruthy();
  });
});
