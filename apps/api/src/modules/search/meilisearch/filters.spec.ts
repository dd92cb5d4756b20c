import { searchListingsQuery, type SearchListingsQuery } from '@yiqia/contracts';
import { amountOverlap, anyOf, combineFilter, equals, filterParts, quoteValue } from './filters.js';

const query = (params: Record<string, unknown> = {}): SearchListingsQuery => searchListingsQuery.parse(params);

describe('Meilisearch filter values', () => {
  it('double-quotes every value and escapes backslashes and double quotes', () => {
    expect(quoteValue('need')).toBe('"need"');
    expect(quoteValue('a"b')).toBe('"a\\"b"');
    expect(quoteValue('a\\b')).toBe('"a\\\\b"');
    // an escaped backslash before a quote cannot end the literal early
    expect(quoteValue('x\\" OR status = "closed')).toBe('"x\\\\\\" OR status = \\"closed"');
  });

  it('keeps syntax characters inside the literal', () => {
    expect(equals('expoId', "') OR (1=1")).toBe('expoId = "\') OR (1=1"');
    expect(anyOf('domains', ['a b', 'NOT', 'x]y'])).toBe('domains IN ["a b", "NOT", "x]y"]');
  });

  it('ORs the values of one facet in one IN, without duplicates, and has no condition for no value', () => {
    expect(anyOf('kind', ['need', 'offer', 'need'])).toBe('kind IN ["need", "offer"]');
    expect(anyOf('kind', [])).toBeNull();
  });

  it('accepts only filterable attributes', () => {
    expect(() => anyOf('title' as never, ['x'])).toThrow(/not a filterable attribute/);
  });

  it('writes amounts only as integers', () => {
    expect(amountOverlap(10_000, 50_000)).toEqual([
      '(amountMax >= 10000 OR (amountMax IS NULL AND amountMin >= 10000))',
      '(amountMin <= 50000 OR (amountMin IS NULL AND amountMax <= 50000))',
    ]);
    expect(amountOverlap(undefined, undefined)).toEqual([]);
    expect(() => amountOverlap(1.5, undefined)).toThrow(/integer/);
    expect(() => amountOverlap(Number.NaN, undefined)).toThrow(/integer/);
  });
});

describe('Meilisearch filter of a search query', () => {
  it('searches open and matched listings unless statuses are named', () => {
    expect(combineFilter(filterParts(query()))).toBe('status IN ["open", "matched"]');
    expect(combineFilter(filterParts(query({ status: 'closed' })))).toBe('status IN ["closed"]');
  });

  it('ANDs across facets, ORs within one, in a fixed order', () => {
    const parts = filterParts(
      query({
        kind: 'need',
        domain: ['elderly', 'school'],
        region: ['510000', '440606'],
        orgType: 'foundation',
        expoId: '7f0c1a52-58b6-4d6e-9a38-0d8a1f4b2c11',
        amountMin: '5000',
      }),
    );
    expect(combineFilter(parts)).toBe(
      [
        'status IN ["open", "matched"]',
        'expoId = "7f0c1a52-58b6-4d6e-9a38-0d8a1f4b2c11"',
        '(amountMax >= 5000 OR (amountMax IS NULL AND amountMin >= 5000))',
        'kind IN ["need"]',
        'domains IN ["elderly", "school"]',
        'orgType IN ["foundation"]',
        'regionPath IN ["510000", "440606"]',
      ].join(' AND '),
    );
  });

  it('leaves out exactly one facet for its disjunctive counts, never the other filters', () => {
    const parts = filterParts(query({ kind: 'offer', domain: 'school', organizationId: '7f0c1a52-58b6-4d6e-9a38-0d8a1f4b2c11' }));
    expect(Object.keys(parts.facets)).toEqual(['kind', 'domain']);
    expect(combineFilter(parts, 'domain')).toBe(
      'status IN ["open", "matched"] AND organizationId = "7f0c1a52-58b6-4d6e-9a38-0d8a1f4b2c11" AND kind IN ["offer"]',
    );
    expect(combineFilter(parts, 'kind')).toBe(
      'status IN ["open", "matched"] AND organizationId = "7f0c1a52-58b6-4d6e-9a38-0d8a1f4b2c11" AND domains IN ["school"]',
    );
  });

  it('maps every facet to its document attribute', () => {
    const parts = filterParts(
      query({ resourceType: 'funding', targetGroup: 'elderly', amountBand: 'gte_1m', boothId: '7f0c1a52-58b6-4d6e-9a38-0d8a1f4b2c11' }),
    );
    expect(parts.facets).toEqual({
      resourceType: 'resourceTypes IN ["funding"]',
      targetGroup: 'targetGroups IN ["elderly"]',
      amountBand: 'amountBand IN ["gte_1m"]',
    });
    expect(parts.base).toContain('boothId = "7f0c1a52-58b6-4d6e-9a38-0d8a1f4b2c11"');
  });
});
