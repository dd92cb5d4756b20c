import { facetOptions } from './facets.js';

const codes = ['lt_10k', '10k_50k', '50k_200k', 'gte_1m', 'unspecified'];
const label = (c: string) => `L:${c}`;

describe('facetOptions', () => {
  it('lists values with matches in the taxonomy order, with labels and counts', () => {
    expect(facetOptions({ '50k_200k': 7, lt_10k: 3, gte_1m: 0 }, [], codes, label, false)).toEqual([
      { value: 'lt_10k', label: 'L:lt_10k', count: 3, checked: false },
      { value: '50k_200k', label: 'L:50k_200k', count: 7, checked: false },
    ]);
  });

  it('sorts biggest first when asked, ties in taxonomy order', () => {
    expect(facetOptions({ lt_10k: 3, '10k_50k': 9, gte_1m: 3 }, [], codes, label, true).map((o) => o.value)).toEqual(['10k_50k', 'lt_10k', 'gte_1m']);
  });

  it('keeps selected values without matches, and unknown selected codes at the end', () => {
    expect(facetOptions({ lt_10k: 3 }, ['gte_1m', 'mystery'], codes, label, false)).toEqual([
      { value: 'lt_10k', label: 'L:lt_10k', count: 3, checked: false },
      { value: 'gte_1m', label: 'L:gte_1m', count: 0, checked: true },
      { value: 'mystery', label: 'L:mystery', count: 0, checked: true },
    ]);
    expect(facetOptions(undefined, [], codes, label, true)).toEqual([]);
  });
});
