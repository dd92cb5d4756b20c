/** A value of a facet as the panel lists it. */
export interface CodedFacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

/**
 * Options of a coded facet: every value with matches plus the selected ones, in the taxonomy's order
 * or biggest first. Counts are disjunctive (this facet's own filter left out), so they say how many
 * results each value would add or keep.
 */
export function facetOptions(
  counts: Partial<Record<string, number>> | undefined,
  selected: readonly string[],
  codes: string[],
  label: (code: string) => string,
  byCount: boolean,
): CodedFacetOption[] {
  const known = new Set(codes);
  const all = [...codes, ...selected.filter((s) => !known.has(s))];
  const options = all
    .map((code, order) => ({ value: code, label: label(code), count: counts?.[code] ?? 0, checked: selected.includes(code), order }))
    .filter((o) => o.count > 0 || o.checked);
  if (byCount) options.sort((a, b) => b.count - a.count || a.order - b.order);
  return options.map(({ order: _order, ...o }) => o);
}

