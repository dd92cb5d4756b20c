import { mapScaleMax, provinceMapData } from './live-map.js';

const FEATURES = [
  { properties: { id: '51', name: '四川' } },
  { properties: { id: '11', name: '北京' } },
  { properties: { name: '香港' } },
  { properties: { id: '', name: '南海诸岛' } },
];

describe('province map data', () => {
  it('matches provinces to map features by the 2-digit code and totals needs and offers', () => {
    const data = provinceMapData(
      [
        { regionCode: '510000', name: '四川省', needs: 40, offers: 12 },
        { regionCode: '110000', name: '北京市', needs: 0, offers: 3 },
        { regionCode: '810000', name: '香港特别行政区', needs: 1, offers: 0 },
      ],
      FEATURES,
    );
    expect(data).toEqual([
      { name: '四川', value: 52, needs: 40, offers: 12, label: '四川省' },
      { name: '北京', value: 3, needs: 0, offers: 3, label: '北京市' },
    ]);
    expect(mapScaleMax(data)).toBe(52);
  });

  it('keeps a scale for an empty expo', () => {
    expect(mapScaleMax(provinceMapData([], FEATURES))).toBe(1);
  });
});
