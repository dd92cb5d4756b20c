import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Badge, Button, Card, Col, Drawer, Flex, Grid, Pagination, Row, Select, Typography, theme } from 'antd';
import type { ListingKind } from '@yiqia/domain';
import { ErrorState } from '@yiqia/web-ui';
import { ListingCard } from '../components/listing/listing-card.js';
import { ClearOutlined, FilterOutlined, ThunderboltOutlined } from '../components/listing/icons.js';
import { Recommendations } from '../components/matching/recommendations.js';
import { EmptyResult } from '../components/search/empty-result.js';
import { FacetPanel } from '../components/search/facet-panel.js';
import { FilterChips } from '../components/search/filter-chips.js';
import { KindTabs } from '../components/search/kind-tabs.js';
import { FacetSkeleton, ResultSkeleton } from '../components/search/result-skeleton.js';
import { SearchHero } from '../components/search/search-hero.js';
import { SearchUnavailable } from '../components/search/search-unavailable.js';
import { isSearchUnavailable, useSearchListings, useWidenCounts } from '../data/search.js';
import { useDiscoverLabels } from '../data/taxonomy.js';
import { useDiscoverT } from '../i18n/index.js';
import { usePageTitle } from '../lib/page-title.js';
import { removeRegion, toggleRegion } from '../lib/regions.js';
import {
  applySearchPatch,
  availableSorts,
  effectiveSort,
  emptyState,
  isFiltered,
  MAX_PAGE,
  parseSearchState,
  PER_PAGE,
  searchStateToParams,
  selectedFacetCount,
  toggleFacetValue,
  widenOptions,
  type FacetKey,
  type SearchPatch,
  type SearchState,
} from '../lib/search-state.js';

const TYPING_DELAY_MS = 250;

/**
 * /discover — search needs and offers as you type. The whole state (query, facets, sort, page) lives
 * in the URL query string: a copied link, a reload and back/forward reproduce the same search.
 */
export function SearchPage() {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  const labels = useDiscoverLabels();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(searchParams), [searchParams]);
  const search = useSearchListings(state);
  const data = search.data;
  const stale = search.isPlaceholderData;
  const [keyword, setKeyword] = useState(state.q);
  const [composing, setComposing] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const resultsTop = useRef<HTMLDivElement>(null);
  usePageTitle(state.q ? `${state.q} · ${t('search.title')}` : t('search.title'));

  // Searches while typing replace the history entry that typing created; anything else adds one.
  const typingEntry = useRef(false);
  /** The query string of the last search the typing made (the box must not be reset to it mid-word). */
  const typedNav = useRef<string | null>(null);
  const ownNav = useRef<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelPending = () => {
    clearTimeout(pending.current);
    pending.current = undefined;
  };

  // The box follows the URL (back/forward, a link, a chip or suggestion), but not the searches typing made.
  useEffect(() => {
    const qs = searchParams.toString();
    if (qs !== ownNav.current) typingEntry.current = false; // back/forward or a link: typing starts a new entry
    if (qs === typedNav.current) {
      typedNav.current = null; // only this once: coming back to the same URL later (forward) must fill the box
      return;
    }
    setKeyword((k) => (k.trim() === state.q ? k : state.q));
  }, [searchParams]);

  /**
   * Every change builds on the URL as it is now. Not on this render's `searchParams`: the router
   * renders a navigation as a transition, so a timer or a click can run before the render that
   * carries the previous navigation — building on it would undo that navigation.
   */
  const navigate = (next: (current: SearchState) => SearchState, fromTyping = false) => {
    cancelPending();
    const live = new URLSearchParams(window.location.search);
    const params = searchStateToParams(next(parseSearchState(live)));
    if (params.toString() === live.toString()) return;
    const replace = fromTyping && typingEntry.current;
    typingEntry.current = fromTyping;
    ownNav.current = params.toString();
    typedNav.current = fromTyping ? ownNav.current : null;
    setSearchParams(params, { replace, preventScrollReset: true });
  };

  /** A change from the page: takes a keyword typed but not yet searched along. */
  const update = (patch: SearchPatch | ((s: SearchState) => SearchState)) => {
    const typed = keyword.trim();
    navigate((current) => {
      const withKeyword = typeof patch === 'function' || 'q' in patch ? current : applySearchPatch(current, { q: typed });
      return typeof patch === 'function' ? patch(applySearchPatch(current, { q: typed })) : applySearchPatch(withKeyword, patch);
    });
  };

  const searchNow = (value: string) => {
    setKeyword(value);
    navigate((current) => applySearchPatch(current, { q: value }));
  };

  useEffect(() => {
    const q = keyword.trim();
    if (composing || q === state.q) return;
    pending.current = setTimeout(() => navigate((current) => applySearchPatch(current, { q }), true), TYPING_DELAY_MS);
    return cancelPending;
  }, [keyword, composing, state.q]);

  const clearAll = () => {
    setKeyword('');
    navigate((current) => ({ ...emptyState(), ...(current.sort && current.sort !== 'relevance' ? { sort: current.sort } : {}) }));
  };
  const toggle = (facet: Exclude<FacetKey, 'region'>, value: string) => update((s) => toggleFacetValue(s, facet, value as never));
  const toggleRegionCode = (code: string) => update((s) => applySearchPatch(s, { region: toggleRegion(s.region, code, labels.regions) }));
  const removeChip = (facet: FacetKey, value: string) =>
    update((s) =>
      facet === 'region'
        ? applySearchPatch(s, { region: removeRegion(s.region, value, labels.regions) })
        : applySearchPatch(s, { [facet]: (s[facet] as string[]).filter((v) => v !== value) }),
    );
  const setKind = (kind: ListingKind | undefined) => update({ kind: kind ? [kind] : [] });
  const goToPage = (page: number) => {
    update({ page });
    resultsTop.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const pickExample = (q: string) => searchNow(q);

  const empty = !!data && !stale && data.total === 0;
  const widen = useMemo(() => widenOptions(state).slice(0, 6), [state]);
  const widenCounts = useWidenCounts(widen, empty);
  const filterCount = selectedFacetCount(state) - state.kind.length;
  const sort = effectiveSort(state);
  const sortLabel = (code: string) => (labels.taxonomy?.sorts.some((s) => s.code === code) ? labels.label('sorts', code) : t(`search.sort.${code}`));

  const clearFacets = () => update((s) => ({ ...emptyState(), q: s.q, kind: s.kind, ...(s.sort ? { sort: s.sort } : {}) }));
  const facetPanel = (heading: boolean) => (
    <FacetPanel
      heading={heading}
      state={state}
      facets={data?.facets}
      labels={labels}
      stale={stale}
      onToggle={toggle}
      onToggleRegion={toggleRegionCode}
      onClearAll={clearFacets}
    />
  );

  return (
    <div data-testid="search-page">
      <SearchHero value={keyword} onChange={setKeyword} onSearch={searchNow} onComposingChange={setComposing} onExample={pickExample} busy={search.isFetching && !!data} />
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: wide ? '24px 24px 56px' : '16px 12px 40px' }}>
        {!isFiltered(state) && state.page === 1 && <Recommendations />}
        <Row gutter={[24, 16]} wrap={false}>
          {wide && (data || search.isPending) && (
            <Col flex="272px">
              <Card
                styles={{ body: { padding: '16px 16px 4px', maxHeight: 'calc(100vh - 96px)', overflowY: 'auto', scrollbarWidth: 'thin' } }}
                style={{ position: 'sticky', top: 80 }}
              >
                {data ? facetPanel(true) : <FacetSkeleton />}
              </Card>
            </Col>
          )}
          <Col flex="auto" style={{ minWidth: 0 }}>
            <div ref={resultsTop} style={{ scrollMarginTop: 80 }} />
            <Flex vertical gap={12}>
              <Card styles={{ body: { padding: wide ? '12px 16px' : 12 } }} data-testid="search-toolbar">
                <Flex gap={12} wrap align="center" justify="space-between">
                  <KindTabs value={state.kind} counts={data?.facets.kind} labels={labels} onChange={setKind} block={!wide} />
                  {!wide && (
                    <Badge count={filterCount} size="small" color={token.colorPrimary}>
                      <Button icon={<FilterOutlined />} onClick={() => setDrawerOpen(true)} data-testid="open-filters">
                        {t('search.filters')}
                      </Button>
                    </Badge>
                  )}
                  <span aria-live="polite" style={{ minWidth: 96, display: 'inline-flex', gap: 10, alignItems: 'baseline', ...(wide ? { marginInlineStart: 'auto' } : { order: 3, flexBasis: '100%' }) }}>
                    <Typography.Text
                      strong
                      data-testid="search-total"
                      data-total={data && !stale ? data.total : ''}
                      data-for={data && !stale ? searchStateToParams(state).toString() : ''}
                      aria-busy={stale || search.isPending}
                    >
                      {data && !stale ? t('search.resultCount', { count: data.total }) : search.isError ? '' : t('search.searching')}
                    </Typography.Text>
                    {data && !stale && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="search-time" data-engine={data.engine}>
                        <ThunderboltOutlined /> {t('search.processingTime', { ms: data.processingTimeMs })}
                      </Typography.Text>
                    )}
                  </span>
                  <Select
                    value={sort}
                    onChange={(value) => update({ sort: value })}
                    options={availableSorts(state.q).map((code) => ({ value: code, label: sortLabel(code) }))}
                    style={{ width: 176 }}
                    popupMatchSelectWidth={false}
                    data-testid="search-sort"
                    aria-label={t('search.sortLabel')}
                    prefix={<Typography.Text type="secondary">{t('search.sortLabel')}</Typography.Text>}
                  />
                </Flex>
              </Card>

              <FilterChips state={state} labels={labels} onRemoveQuery={() => searchNow('')} onRemove={removeChip} onClearAll={clearAll} />

              {search.isPending ? (
                <ResultSkeleton />
              ) : search.isError && !data ? (
                isSearchUnavailable(search.error) ? (
                  <SearchUnavailable onRetry={() => void search.refetch()} />
                ) : (
                  <Card>
                    <ErrorState error={search.error} onRetry={() => void search.refetch()} compact />
                  </Card>
                )
              ) : search.isError && isSearchUnavailable(search.error) ? (
                <SearchUnavailable onRetry={() => void search.refetch()} />
              ) : search.isError ? (
                <Card>
                  <ErrorState error={search.error} onRetry={() => void search.refetch()} compact />
                </Card>
              ) : empty ? (
                <EmptyResult state={state} options={widen} counts={widenCounts} labels={labels} onApply={(s) => navigate(() => s)} onClearAll={clearAll} onExample={pickExample} />
              ) : data ? (
                <>
                  <Flex vertical gap={12} data-testid="search-results" aria-busy={stale} style={{ opacity: stale ? 0.55 : 1, transition: 'opacity .2s' }}>
                    {data.hits.map((hit) => (
                      <ListingCard key={hit.id} listing={hit} linkState={{ from: 'search' }} />
                    ))}
                  </Flex>
                  {data.total > PER_PAGE && (
                    <Flex justify="center" style={{ marginTop: 12 }}>
                      <Pagination
                        data-testid="search-pagination"
                        current={state.page}
                        pageSize={PER_PAGE}
                        total={Math.min(data.total, MAX_PAGE * PER_PAGE)}
                        showSizeChanger={false}
                        showTotal={wide ? (_total, [start, end]) => t('search.pagination', { start, end, total: data.total }) : undefined}
                        onChange={goToPage}
                        simple={!wide}
                      />
                    </Flex>
                  )}
                </>
              ) : null}
            </Flex>
          </Col>
        </Row>
      </div>
      {!wide && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="right"
          size={340}
          title={t('search.filtersTitle')}
          data-testid="filter-drawer"
          extra={
            filterCount > 0 ? (
              <Button type="link" icon={<ClearOutlined />} onClick={clearFacets} style={{ paddingInline: 0 }} data-testid="facet-clear">
                {t('search.clearAll')}
              </Button>
            ) : null
          }
          footer={
            <Button type="primary" block onClick={() => setDrawerOpen(false)} data-testid="drawer-show-results">
              {data && !stale ? t('search.showResults', { count: data.total }) : t('search.searching')}
            </Button>
          }
        >
          {data ? facetPanel(false) : <FacetSkeleton />}
        </Drawer>
      )}
    </div>
  );
}
