import {
  applySearchPatch,
  availableSorts,
  effectiveSort,
  emptyState,
  isFiltered,
  parseSearchState,
  searchStateToApiQuery,
  searchStateToParams,
  selectedFacetCount,
  toggleFacetValue,
  widenOptions,
} from './search-state.js';

const parse = (qs: string) => parseSearchState(new URLSearchParams(qs));

describe('search state ⇄ URL query string', () => {
  it('reads the query, repeated facet values, sort and page', () => {
    const s = parse('q=%E5%85%BB%E8%80%81&kind=need&domain=elderly&domain=community_service&orgType=foundation&region=510100&region=440606&resourceType=funding&targetGroup=elderly&amountBand=50k_200k&sort=amount_desc&page=3');
    expect(s).toEqual({
      q: '养老',
      kind: ['need'],
      domain: ['elderly', 'community_service'],
      orgType: ['foundation'],
      region: ['510100', '440606'],
      resourceType: ['funding'],
      targetGroup: ['elderly'],
      amountBand: ['50k_200k'],
      sort: 'amount_desc',
      page: 3,
    });
  });

  it('drops unknown, malformed and duplicate values instead of failing', () => {
    const s = parse('kind=gift&domain=astrology&domain=elderly&domain=elderly&region=51&region=abcdef&orgType=&sort=random&page=-1');
    expect(s).toEqual({ ...emptyState(), domain: ['elderly'] });
    expect(parse('page=abc').page).toBe(1);
    expect(parse('page=0').page).toBe(1);
    expect(parse('page=5000').page).toBe(1000);
  });

  it('trims and caps the query; relevance needs a query', () => {
    expect(parse(`q=${encodeURIComponent('  社区yl  ')}`).q).toBe('社区yl');
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
    expect(parse('sort=relevance').sort).toBeUndefined();
    expect(parse('q=x&sort=relevance').sort).toBe('relevance');
  });

  it('round-trips through the URL with a stable order and no defaults', () => {
    const qs = 'q=%E5%9E%83%E5%9C%BE%E5%88%86%E7%B1%BB&kind=offer&domain=environment&domain=community_service&region=510000&sort=newest&page=2';
    expect(searchStateToParams(parse(qs)).toString()).toBe(qs);
    // Defaults stay out: page 1, relevance with a query, newest without.
    expect(searchStateToParams(parse('q=a&sort=relevance&page=1')).toString()).toBe('q=a');
    expect(searchStateToParams(parse('sort=newest')).toString()).toBe('');
    expect(searchStateToParams(emptyState()).toString()).toBe('');
  });

  it('builds the API query with the effective sort, page and page size', () => {
    expect(searchStateToApiQuery(parse('q=yl&domain=elderly&domain=children&page=2'))).toEqual({
      q: 'yl',
      domain: ['elderly', 'children'],
      sort: 'relevance',
      page: 2,
      perPage: 20,
    });
    expect(searchStateToApiQuery(emptyState(), 1)).toEqual({ sort: 'newest', page: 1, perPage: 1 });
  });
});

describe('sorting', () => {
  it('defaults to relevance with a query and newest without', () => {
    expect(effectiveSort({ q: '养老' })).toBe('relevance');
    expect(effectiveSort({ q: '' })).toBe('newest');
    expect(effectiveSort({ q: '', sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ q: '', sort: 'amount_asc' })).toBe('amount_asc');
  });

  it('offers relevance only with a query', () => {
    expect(availableSorts('')).toEqual(['newest', 'amount_desc', 'amount_asc']);
    expect(availableSorts('养老')).toEqual(['relevance', 'newest', 'amount_desc', 'amount_asc']);
  });
});

describe('changing the search', () => {
  const onPage3 = { ...parse('q=养老&domain=elderly'), page: 3 };

  it('returns to page 1 when what is searched changes, not when only the page does', () => {
    expect(applySearchPatch(onPage3, { q: '助老' }).page).toBe(1);
    expect(applySearchPatch(onPage3, { domain: ['elderly', 'children'] }).page).toBe(1);
    expect(applySearchPatch(onPage3, { sort: 'newest' }).page).toBe(1);
    expect(applySearchPatch(onPage3, { page: 4 }).page).toBe(4);
    // The same values are no change.
    expect(applySearchPatch(onPage3, { q: ' 养老 ', domain: ['elderly'] }).page).toBe(3);
  });

  it('drops the relevance sort when the query is cleared', () => {
    const s = applySearchPatch({ ...emptyState(), q: 'x', sort: 'relevance' }, { q: '' });
    expect(s.sort).toBeUndefined();
  });

  it('toggles facet values (OR within a facet)', () => {
    let s = toggleFacetValue(emptyState(), 'domain', 'elderly');
    s = toggleFacetValue(s, 'domain', 'children');
    expect(s.domain).toEqual(['elderly', 'children']);
    s = toggleFacetValue(s, 'domain', 'elderly');
    expect(s.domain).toEqual(['children']);
    expect(selectedFacetCount(s)).toBe(1);
    expect(isFiltered(s)).toBe(true);
    expect(isFiltered(emptyState())).toBe(false);
  });
});

describe('widening an empty search', () => {
  it('drops one filter value at a time, latest facet first, then the query', () => {
    const s = parse('q=%E5%85%BB%E8%80%81&domain=elderly&domain=children&orgType=foundation');
    const options = widenOptions(s);
    expect(options.map((o) => o.key)).toEqual(['orgType:foundation', 'domain:children', 'domain:elderly', 'q']);
    expect(options[0].state).toMatchObject({ q: '养老', domain: ['elderly', 'children'], orgType: [] });
    expect(options[1].state.domain).toEqual(['elderly']);
    expect(options[3].state).toMatchObject({ q: '', domain: ['elderly', 'children'], orgType: ['foundation'] });
  });

  it('suggests the first word of a query of several words', () => {
    const options = widenOptions(parse('q=%E7%A4%BE%E5%8C%BA+%E9%AA%91%E8%A1%8C'));
    expect(options.map((o) => o.key)).toEqual(['word:社区', 'q']);
    expect(options[0].state.q).toBe('社区');
  });

  it('offers nothing for a single word alone (the page suggests other words instead)', () => {
    expect(widenOptions(parse('q=xyz'))).toEqual([]);
    expect(widenOptions(emptyState())).toEqual([]);
  });
});
