import { expect, type Locator, type Page } from '@playwright/test';
import type { SearchListingsResponse } from '@yiqia/contracts';
import type { DiscoverApi } from '../support/discover-api.js';

/** /discover — the search box, kind tabs, facets, chips, results, sort and pages (state in the URL). */
export class DiscoverSearchPage {
  readonly root: Locator;
  readonly input: Locator;
  readonly examples: Locator;
  readonly kindTabs: Locator;
  readonly total: Locator;
  readonly time: Locator;
  readonly sort: Locator;
  readonly results: Locator;
  readonly cards: Locator;
  readonly marks: Locator;
  readonly chips: Locator;
  readonly clearAll: Locator;
  readonly pagination: Locator;
  readonly empty: Locator;
  readonly widenOptions: Locator;
  readonly facetPanel: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('search-page');
    this.input = page.getByTestId('search-input').locator('input');
    this.examples = page.getByTestId('search-example');
    this.kindTabs = page.getByTestId('kind-tabs');
    this.total = page.getByTestId('search-total');
    this.time = page.getByTestId('search-time');
    this.sort = page.getByTestId('search-sort');
    this.results = page.getByTestId('search-results');
    this.cards = this.results.getByTestId('listing-card');
    this.marks = this.results.locator('mark');
    this.chips = page.getByTestId('filter-chips').getByTestId('filter-chip');
    this.clearAll = page.getByTestId('clear-all');
    this.pagination = page.getByTestId('search-pagination');
    this.empty = page.getByTestId('search-empty');
    this.widenOptions = page.getByTestId('widen-option');
    this.facetPanel = page.getByTestId('facet-panel');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/discover${query ? `?${query.replace(/^\?/, '')}` : ''}`);
    await this.expectSettled();
  }

  /**
   * Results (or the empty state) for the current URL are on screen: the count says which search it
   * belongs to (`data-for`, the page's own query string), and it is the URL's.
   */
  async expectSettled(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.total).toHaveAttribute('data-total', /^\d+$/);
    const normalise = (qs: string) => [...new URLSearchParams(qs)].map(([k, v]) => `${k}=${v}`).sort().join('&');
    // "<results' search> | <URL's search>": the two sides must be the same. Patient: on a loaded
    // machine a search and its render can take a while, and this waits for them, it does not time them.
    await expect
      .poll(async () => `${normalise((await this.total.getAttribute('data-for')) ?? '')} | ${normalise(this.params().toString())}`, {
        message: 'the results shown are those of the URL',
        timeout: 30_000,
      })
      .toMatch(/^(.*) \| \1$/);
  }

  /** The current URL's query string. */
  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** Types into the box (no Enter) and waits for the search it triggers by itself. */
  async typeQuery(q: string): Promise<void> {
    await this.input.fill(q);
    await expect.poll(() => this.params().get('q') ?? '', { message: `URL carries q="${q}" after typing` }).toBe(q.trim());
    await this.expectSettled();
  }

  async totalCount(): Promise<number> {
    await this.expectSettled();
    return Number(await this.total.getAttribute('data-total'));
  }

  async cardIds(): Promise<string[]> {
    return this.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-listing-id') ?? ''));
  }

  card(id: string): Locator {
    return this.results.locator(`[data-testid="listing-card"][data-listing-id="${id}"]`);
  }

  /**
   * The page shows exactly what the API answers for the query string in the URL: the same total and
   * the same hits in the same order. Returns the API's answer.
   */
  async expectMatchesApi(api: DiscoverApi): Promise<SearchListingsResponse> {
    await this.expectSettled();
    const params = this.params();
    const expected = await api.search(params);
    await expect(this.total).toHaveAttribute('data-total', String(expected.total));
    await expect(this.cards).toHaveCount(expected.hits.length);
    await expect.poll(() => this.cardIds(), { message: `hits of ?${params.toString()}` }).toEqual(expected.hits.map((h) => h.id));
    return expected;
  }

  facet(facet: string): Locator {
    return this.page.getByTestId(`facet-${facet}`);
  }

  facetOption(facet: string, value: string): Locator {
    return this.facet(facet).locator(`[data-testid="facet-option"][data-value="${value}"]`);
  }

  /** The count a facet option shows. */
  async facetCount(facet: string, value: string): Promise<number> {
    return Number(await this.facetOption(facet, value).getAttribute('data-count'));
  }

  /** Ticks or unticks a facet option (opens "show more" if it is folded away) and waits for the new results. */
  async toggleFacet(facet: string, value: string): Promise<void> {
    const option = this.facetOption(facet, value);
    if (!(await option.isVisible())) {
      const more = this.page.getByTestId(`facet-${facet}-more`);
      if (await more.isVisible()) await more.click();
    }
    const before = this.page.url();
    await option.getByTestId('facet-checkbox').click();
    await expect.poll(() => this.page.url(), { message: `URL changes after ${facet}=${value}` }).not.toBe(before);
    await this.expectSettled();
  }

  kindTab(kind: 'all' | 'need' | 'offer'): Locator {
    return this.kindTabs.locator(`[data-testid="kind-tab"][data-kind="${kind}"]`);
  }

  async chooseSort(label: string): Promise<void> {
    const before = this.page.url();
    await this.sort.click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: label }).click();
    await expect.poll(() => this.page.url()).not.toBe(before);
    await this.expectSettled();
  }

  async goToPage(n: number): Promise<void> {
    await this.pagination.locator(`.ant-pagination-item-${n}`).click();
    await expect.poll(() => this.params().get('page')).toBe(n === 1 ? null : String(n));
    await this.expectSettled();
  }
}
