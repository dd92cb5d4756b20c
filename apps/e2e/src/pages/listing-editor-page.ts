import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, closeDropdown } from '../support/antd.js';

/** /listings/new and /listings/:id/edit — the listing editor. */
export class ListingEditorPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly kindNeed: Locator;
  readonly kindOffer: Locator;
  readonly kindFixed: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly body: Locator;
  readonly bodyContent: Locator;
  readonly bold: Locator;
  readonly domains: Locator;
  readonly targetGroups: Locator;
  readonly resourceTypes: Locator;
  readonly resourceTypesLabel: Locator;
  readonly region: Locator;
  readonly period: Locator;
  readonly amountMin: Locator;
  readonly amountMax: Locator;
  readonly booth: Locator;
  readonly status: Locator;
  readonly save: Locator;
  readonly error: Locator;
  readonly forbidden: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('listing-editor');
    this.form = page.getByTestId('listing-form');
    this.kindNeed = page.getByRole('radio', { name: /^需求/ });
    this.kindOffer = page.getByRole('radio', { name: /^资源/ });
    this.kindFixed = page.getByTestId('editor-kind-fixed');
    this.title = page.getByTestId('field-title');
    this.summary = page.getByTestId('field-summary');
    this.body = page.getByTestId('field-body');
    this.bodyContent = page.getByTestId('field-body-content');
    this.bold = this.body.getByTestId('rte-bold');
    this.domains = page.getByTestId('field-domains');
    this.targetGroups = page.getByTestId('field-target-groups');
    this.resourceTypes = page.getByTestId('field-resource-types');
    this.resourceTypesLabel = page.getByTestId('field-resource-types-label');
    this.region = page.getByTestId('field-region');
    // The range picker puts its data-testid on an inner element; its root is the only range picker of the form.
    this.period = this.form.locator('.ant-picker-range');
    this.amountMin = page.getByTestId('field-amount-min');
    this.amountMax = page.getByTestId('field-amount-max');
    this.booth = page.getByTestId('field-booth');
    this.status = page.getByTestId('field-status');
    this.save = page.getByTestId('editor-save');
    this.error = page.getByTestId('editor-error');
    this.forbidden = page.getByTestId('listing-forbidden');
  }

  async gotoNew(query = ''): Promise<void> {
    await this.page.goto(`/listings/new${query}`);
    await this.expectLoaded();
  }

  async gotoEdit(id: string): Promise<void> {
    await this.page.goto(`/listings/${id}/edit`);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.bodyContent).toBeVisible();
  }

  /** The error message shown under a form field, found by the field's control. */
  fieldError(control: Locator): Locator {
    return this.form.locator('.ant-form-item').filter({ has: control }).locator('.ant-form-item-explain-error');
  }

  /** Types a paragraph: `plain`, then `bold` in bold (toolbar button), then `rest` in normal weight. */
  async typeBody(plain: string, bold: string, rest: string): Promise<void> {
    await this.bodyContent.click();
    await this.page.keyboard.type(plain);
    await this.bold.click();
    await expect(this.bold).toHaveAttribute('aria-pressed', 'true');
    await this.page.keyboard.type(bold);
    await this.bold.click();
    await expect(this.bold).toHaveAttribute('aria-pressed', 'false');
    await this.page.keyboard.type(rest);
  }

  async chooseMany(select: Locator, labels: string[]): Promise<void> {
    for (const label of labels) await chooseOption(select, label, { search: true });
    await closeDropdown(this.page);
  }

  async checkResourceTypes(labels: string[]): Promise<void> {
    for (const label of labels) {
      const box = this.resourceTypes.locator('label.ant-checkbox-wrapper', { hasText: label });
      await box.click();
      await expect(box.locator('input[type=checkbox]')).toBeChecked();
    }
  }

  /**
   * Picks a region path by names (any level may be the last one: province, city or district) and
   * closes the menu; the field then shows the path.
   */
  async pickRegion(path: readonly string[]): Promise<void> {
    const dropdown = this.page.locator('.ant-cascader-dropdown:visible');
    // A click that lands while the menu is still opening is not taken: then the path is clicked again.
    await expect(async () => {
      if (!(await dropdown.isVisible())) await this.region.click();
      for (const [level, name] of path.entries()) {
        const item = dropdown.locator('.ant-cascader-menu').nth(level).locator('.ant-cascader-menu-item', { hasText: new RegExp(`^${name}$`) });
        await item.click({ timeout: 3_000 });
        await expect(item).toHaveClass(/ant-cascader-menu-item-active/, { timeout: 1_000 });
      }
    }).toPass({ timeout: 15_000 });
    await this.page.keyboard.press('Escape');
    await expect(dropdown).toHaveCount(0);
    await expect(this.region).toContainText(path.join(' / '));
  }

  /** Types both dates of the period (YYYY-MM-DD) into the range picker. */
  async fillPeriod(start: string, end: string): Promise<void> {
    const inputs = this.period.locator('input');
    await inputs.first().click();
    await inputs.first().fill(start);
    await inputs.first().press('Enter');
    await inputs.nth(1).fill(end);
    await inputs.nth(1).press('Enter');
    await expect(inputs.first()).toHaveValue(start);
    await expect(inputs.nth(1)).toHaveValue(end);
  }

  async fillAmount(min: number | null, max: number | null): Promise<void> {
    const minInput = this.amountMin.locator('input').or(this.amountMin.and(this.page.locator('input'))).first();
    const maxInput = this.amountMax.locator('input').or(this.amountMax.and(this.page.locator('input'))).first();
    await minInput.fill(min === null ? '' : String(min));
    await maxInput.fill(max === null ? '' : String(max));
    await maxInput.blur();
  }

  async chooseBooth(title: string): Promise<void> {
    await chooseOption(this.booth, title);
  }

  async chooseStatus(label: string): Promise<void> {
    await this.status.locator('label', { hasText: label }).click();
  }

  /** Saves and waits for the listing page; returns the listing id from the URL. */
  async saveAndOpen(): Promise<string> {
    await this.save.click();
    await expect(this.page).toHaveURL(/\/listings\/[0-9a-f-]{36}$/);
    const id = /\/listings\/([0-9a-f-]{36})$/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no listing id in ${this.page.url()}`);
    return id;
  }
}
