import { expect, type Locator, type Page } from '@playwright/test';

/** /listings/:id — a listing with its organisation card, booth card and "contact". */
export class DiscoverListingPage {
  readonly root: Locator;
  readonly kind: Locator;
  readonly status: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly body: Locator;
  readonly region: Locator;
  readonly amount: Locator;
  readonly period: Locator;
  readonly domains: Locator;
  readonly targetGroups: Locator;
  readonly resourceTypes: Locator;
  readonly org: Locator;
  readonly orgName: Locator;
  readonly orgCredit: Locator;
  readonly orgVerified: Locator;
  readonly booth: Locator;
  readonly boothLink: Locator;
  readonly contact: Locator;
  readonly negotiate: Locator;
  readonly edit: Locator;
  readonly notFound: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('listing-page');
    const header = page.getByTestId('listing-header');
    this.kind = header.getByTestId('listing-kind');
    this.status = header.getByTestId('listing-status');
    this.title = page.getByTestId('listing-title');
    this.summary = page.getByTestId('listing-summary');
    this.body = page.getByTestId('listing-body');
    this.region = header.getByTestId('listing-region');
    this.amount = header.getByTestId('listing-amount');
    this.period = header.getByTestId('listing-period');
    this.domains = page.getByTestId('listing-domains').getByTestId('domain-tag');
    this.targetGroups = page.getByTestId('listing-target-groups');
    this.resourceTypes = page.getByTestId('listing-resource-types').getByTestId('resource-type-tag');
    this.org = page.getByTestId('listing-org');
    this.orgName = this.org.getByTestId('listing-org-name');
    this.orgCredit = this.org.getByTestId('listing-org-credit');
    this.orgVerified = this.org.getByTestId('listing-org-verified');
    this.booth = page.getByTestId('listing-booth');
    this.boothLink = page.getByTestId('listing-booth-link');
    this.contact = page.getByTestId('listing-contact');
    this.negotiate = page.getByTestId('listing-negotiate');
    this.edit = page.getByTestId('listing-edit');
    this.notFound = page.getByTestId('listing-not-found');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/listings/${id}`);
    await expect(this.root).toBeVisible();
  }
}
