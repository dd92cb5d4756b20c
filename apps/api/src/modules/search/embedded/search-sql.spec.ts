import { searchListingsQuery } from '@yiqia/contracts';
import { buildSearchStatement, openRegions } from './search-sql.js';

describe('buildSearchStatement', () => {
  it('binds every value as a parameter; the SQL text holds none of the input', () => {
    const query = searchListingsQuery.parse({ q: "x'); DROP TABLE y; --", kind: 'need', domain: ['elderly', 'children'], region: '510104', amountMin: '1000', expoId: '00000000-0000-4000-8000-000000000001' });
    const { sql, params } = buildSearchStatement(query, "'x' & 'drop'", 'relevance');
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain('510104');
    expect(sql).not.toContain('elderly');
    expect(params).toEqual(expect.arrayContaining(["'x' & 'drop'", ['need'], ['510104'], 1000, '00000000-0000-4000-8000-000000000001']));
  });

  it('defaults to open and matched listings', () => {
    const { params } = buildSearchStatement(searchListingsQuery.parse({}), null, 'newest');
    expect(params[0]).toEqual(['open', 'matched']);
  });
});

describe('openRegions', () => {
  it('opens the province of every selected code and the city of selected cities and districts', () => {
    expect(openRegions(['510104', '440000'])).toEqual({ provinces: ['510000', '440000'], cities: ['510100'] });
    expect(openRegions([])).toEqual({ provinces: [], cities: [] });
  });
});
