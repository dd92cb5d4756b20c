import {
  activeFilterCount,
  applyFilterPatch,
  DEFAULT_PAGE_SIZE,
  filtersToApiQuery,
  filtersToSearchParams,
  parseFilters,
  widenSuggestions,
  type BoothFilters,
} from './filters.js';

const base: BoothFilters = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

describe('booth browser filters ⇄ URL query', () => {
  it('reads every filter from the query string', () => {
    const f = parseFilters(new URLSearchParams('zone=elderly-care&domain=elderly&orgType=social_org&q=%E5%8A%A9%E8%80%81&page=3&pageSize=48'));
    expect(f).toEqual({ zone: 'elderly-care', domain: 'elderly', orgType: 'social_org', q: '助老', page: 3, pageSize: 48 });
  });

  it('ignores unknown or malformed values instead of failing', () => {
    const f = parseFilters(new URLSearchParams('zone=<script>&domain=astrology&orgType=alien&q=%20%20&page=-2&pageSize=1000'));
    expect(f).toEqual(base);
    expect(parseFilters(new URLSearchParams('page=abc')).page).toBe(1);
    expect(parseFilters(new URLSearchParams('page=0')).page).toBe(1);
    expect(parseFilters(new URLSearchParams('page=99999999')).page).toBe(1);
    expect(parseFilters(new URLSearchParams('page=20000')).page).toBe(10000);
  });

  it('trims and caps the keyword', () => {
    expect(parseFilters(new URLSearchParams(`q=${encodeURIComponent('  社区 ')}`)).q).toBe('社区');
    expect(parseFilters(new URLSearchParams(`q=${'x'.repeat(300)}`)).q).toHaveLength(100);
  });

  it('writes short links: defaults are left out, order is stable', () => {
    expect(filtersToSearchParams(base).toString()).toBe('');
    const f: BoothFilters = { q: '养老', orgType: 'foundation', domain: 'elderly', zone: 'z1', page: 2, pageSize: 12 };
    expect(filtersToSearchParams(f).toString()).toBe('zone=z1&domain=elderly&orgType=foundation&q=%E5%85%BB%E8%80%81&page=2&pageSize=12');
  });

  it('round-trips through the URL', () => {
    const f: BoothFilters = { zone: 'children', domain: 'children', orgType: 'community', q: '四点半课堂', page: 4, pageSize: 48 };
    expect(parseFilters(filtersToSearchParams(f))).toEqual(f);
    expect(parseFilters(filtersToSearchParams(base))).toEqual(base);
  });

  it('always sends page and pageSize to the API', () => {
    expect(filtersToApiQuery(base)).toBe('page=1&pageSize=24');
    expect(filtersToApiQuery({ ...base, domain: 'youth' })).toBe('domain=youth&page=1&pageSize=24');
  });
});

describe('changing filters', () => {
  const current: BoothFilters = { zone: 'z1', domain: 'elderly', page: 5, pageSize: 24 };

  it('returns to page 1 when what is shown changes', () => {
    expect(applyFilterPatch(current, { orgType: 'government' })).toEqual({ ...current, orgType: 'government', page: 1 });
    expect(applyFilterPatch(current, { q: '助残' }).page).toBe(1);
    expect(applyFilterPatch(current, { pageSize: 48 })).toEqual({ ...current, pageSize: 48, page: 1 });
  });

  it('keeps the page when nothing really changes', () => {
    expect(applyFilterPatch(current, { zone: 'z1' })).toEqual(current);
    expect(applyFilterPatch(current, { q: '   ' })).toEqual(current);
  });

  it('clears a filter with undefined or an empty string', () => {
    expect(applyFilterPatch(current, { zone: undefined })).toEqual({ domain: 'elderly', page: 1, pageSize: 24 });
    expect(applyFilterPatch(current, { domain: '' as never })).toEqual({ zone: 'z1', page: 1, pageSize: 24 });
  });

  it('moves between pages', () => {
    expect(applyFilterPatch(current, { page: 6 })).toEqual({ ...current, page: 6 });
    expect(applyFilterPatch(current, { page: 0 }).page).toBe(1);
  });

  it('counts active filters and suggests which to drop', () => {
    expect(activeFilterCount(base)).toBe(0);
    const f: BoothFilters = { ...base, zone: 'z', orgType: 'company', q: 'x' };
    expect(activeFilterCount(f)).toBe(3);
    expect(widenSuggestions(f)).toEqual(['q', 'orgType', 'zone']);
  });
});
