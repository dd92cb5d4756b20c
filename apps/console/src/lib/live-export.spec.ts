import { EXPORT_ENTITIES } from '@yiqia/contracts';
import { EXPORT_TABS, downloadFraction, exportFileName, exportQueryOf } from './live-export.js';

const EXPO = '11111111-1111-4111-8111-111111111111';

describe('export helpers', () => {
  it('has a tab for every entity of the contract', () => {
    expect(EXPORT_TABS).toEqual(EXPORT_ENTITIES);
  });

  it('sends only the filters of the entity that have a value', () => {
    const filters = { q: '  助老 ', status: 'open', kind: 'need', domain: '', orgType: undefined, region: '510104', from: '2026-11-01' };
    expect(exportQueryOf('listings', EXPO, filters, 'csv')).toEqual({ expoId: EXPO, format: 'csv', q: '助老', status: 'open', kind: 'need', region: '510104', from: '2026-11-01' });
    // rooms have no kind: a value left over from the listings tab is not sent
    expect(exportQueryOf('rooms', EXPO, filters)).toEqual({ expoId: EXPO, q: '助老', status: 'open', region: '510104', from: '2026-11-01' });
  });

  it('names files by entity and local date', () => {
    expect(exportFileName('展位', 'xlsx', new Date(2026, 10, 24, 23, 59))).toBe('展位-2026-11-24.xlsx');
    expect(exportFileName('listings', 'csv', new Date(2026, 0, 5))).toBe('listings-2026-01-05.csv');
  });

  it('reports a fraction only when the size is known', () => {
    expect(downloadFraction(50, 200)).toBe(0.25);
    expect(downloadFraction(300, 200)).toBe(1);
    expect(downloadFraction(50, null)).toBeNull();
    expect(downloadFraction(50, 0)).toBeNull();
  });
});
