import { expect, type Locator, type Page } from '@playwright/test';

/** /listings/mine — my organisation's listings with status tabs, kind filter and row actions. */
export class MyListingsPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly empty: Locator;
  readonly emptyPublish: Locator;
  readonly publish: Locator;
  readonly kindFilter: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('my-listings');
    this.rows = page.getByTestId('my-listing');
    this.empty = page.getByTestId('my-listings-empty');
    this.emptyPublish = page.getByTestId('mine-empty-publish');
    this.publish = page.getByTestId('mine-publish');
    this.kindFilter = page.getByTestId('mine-kind-filter');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/listings/mine${query}`);
    await expect(this.root).toBeVisible();
  }

  row(listingId: string): Locator {
    return this.page.locator(`[data-testid="my-listing"][data-listing-id="${listingId}"]`);
  }

  title(listingId: string): Locator {
    return this.row(listingId).getByTestId('listing-card-title');
  }

  status(listingId: string): Locator {
    return this.row(listingId).getByTestId('listing-status');
  }

  tab(key: 'all' | 'open' | 'matched' | 'closed'): Locator {
    return this.page.getByTestId(`mine-tab-${key}`);
  }

  /** The number on a status tab. */
  count(key: 'all' | 'open' | 'matched' | 'closed'): Locator {
    return this.page.getByTestId(`mine-count-${key}`);
  }

  async action(listingId: string, action: 'edit' | 'matched' | 'close' | 'reopen'): Promise<void> {
    await this.row(listingId).getByTestId(`my-listing-${action}`).click();
  }

  /** Delete through the confirmation popover. */
  async delete(listingId: string): Promise<void> {
    await this.row(listingId).getByTestId('my-listing-delete').click();
    const confirm = this.page.getByTestId('my-listing-delete-confirm');
    await expect(confirm).toBeVisible();
    await confirm.click();
  }
}
