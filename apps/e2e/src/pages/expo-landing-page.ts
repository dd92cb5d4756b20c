import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from '../support/antd.js';

/** /expos/:slug — hero, zone chips, filters, booth grid (the state lives in the URL). */
export class ExpoLandingPage {
  readonly root: Locator;
  readonly name: Locator;
  readonly boothCount: Locator;
  readonly applyCta: Locator;
  readonly zoneChips: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly domainFilter: Locator;
  readonly orgTypeFilter: Locator;
  readonly clearFilters: Locator;
  readonly resultCount: Locator;
  readonly grid: Locator;
  readonly cards: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('expo-landing');
    this.name = page.getByTestId('expo-name');
    this.boothCount = page.getByTestId('expo-booth-count');
    this.applyCta = page.getByTestId('expo-apply');
    this.zoneChips = page.getByTestId('zone-chips').getByTestId('zone-chip');
    this.filters = page.getByTestId('booth-filters');
    this.search = page.getByTestId('booth-search').locator('input');
    this.domainFilter = page.getByTestId('filter-domain');
    this.orgTypeFilter = page.getByTestId('filter-org-type');
    this.clearFilters = page.getByTestId('clear-filters');
    this.resultCount = page.getByTestId('booth-result-count');
    this.grid = page.getByTestId('booth-grid');
    this.cards = this.grid.getByTestId('booth-card');
    this.empty = page.getByTestId('booth-empty');
  }

  async goto(slug: string, query = ''): Promise<void> {
    await this.page.goto(`/expos/${slug}${query}`);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.resultCount).not.toBeEmpty();
  }

  zoneChip(code: string): Locator {
    return this.page.locator(`[data-testid="zone-chip"][data-zone="${code}"]`);
  }

  /** The number in a zone chip (its booth count). */
  async zoneChipCount(code: string): Promise<number> {
    return Number(await this.zoneChip(code).locator('span').last().innerText());
  }

  /** The number in "共 N 个展位" / "符合条件的展位 N 个" (any language). */
  async resultTotal(): Promise<number> {
    const text = await this.resultCount.innerText();
    const m = /(\d+)/.exec(text);
    if (!m) throw new Error(`no number in result count "${text}"`);
    return Number(m[1]);
  }

  async cardIds(): Promise<string[]> {
    await expect(this.cards.first()).toBeVisible();
    return this.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-booth-id') ?? ''));
  }

  card(boothId: string): Locator {
    return this.grid.locator(`[data-testid="booth-card"][data-booth-id="${boothId}"]`);
  }

  async filterDomain(label: string): Promise<void> {
    await chooseOption(this.domainFilter, label);
  }

  async filterOrgType(label: string): Promise<void> {
    await chooseOption(this.orgTypeFilter, label);
  }

  /** Types a keyword and lets the search run (after the typing pause); waits until the URL carries it. */
  async searchFor(keyword: string): Promise<void> {
    await this.search.fill(keyword);
    await expect.poll(() => new URL(this.page.url()).searchParams.get('q'), { message: `search for "${keyword}"` }).toBe(keyword);
  }

  /** Types a keyword and presses Enter (searches at once). */
  async searchAndEnter(keyword: string): Promise<void> {
    await this.search.fill(keyword);
    await this.search.press('Enter');
  }

  /** The filters in the URL query string. */
  query(): Record<string, string> {
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }
}
