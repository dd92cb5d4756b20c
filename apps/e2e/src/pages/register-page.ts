import { expect, type Locator, type Page } from '@playwright/test';
import type { OrgType } from '@yiqia/domain';

/** /register: organisation (type, name, 统一社会信用代码, region) + the admin account. */
export class RegisterPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly orgName: Locator;
  readonly creditCode: Locator;
  readonly creditCodeHelp: Locator;
  readonly region: Locator;
  readonly displayName: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('register-page');
    this.form = page.getByTestId('register-form');
    this.orgName = this.form.getByTestId('organization.name');
    this.creditCode = this.form.getByTestId('organization.creditCode');
    this.creditCodeHelp = page.locator('#register_organization_creditCode_help');
    this.region = this.form.getByTestId('organization.regionCode');
    this.displayName = this.form.getByTestId('displayName');
    this.email = this.form.getByTestId('email');
    this.password = this.form.getByTestId('password');
    this.submit = page.getByTestId('register-submit');
    this.formError = page.getByTestId('form-error');
  }

  async goto(): Promise<void> {
    await this.page.goto('/register');
    await expect(this.root).toBeVisible();
  }

  async chooseOrgType(type: OrgType): Promise<void> {
    await this.form.getByTestId(`org-type-${type}`).click();
    await expect(this.form.locator('.ant-radio-button-wrapper-checked')).toContainText(await this.form.getByTestId(`org-type-${type}`).innerText());
  }

  /** Types the code and leaves the field (the check runs on blur). */
  async fillCreditCode(code: string): Promise<void> {
    await this.creditCode.fill(code);
    await this.creditCode.blur();
  }

  /** Picks province → city → district in the cascader, by their names. */
  async pickRegion(path: readonly string[]): Promise<void> {
    await this.region.click();
    for (const [level, name] of path.entries()) {
      const menu = this.page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu').nth(level);
      await menu.locator('.ant-cascader-menu-item', { hasText: new RegExp(`^${name}$`) }).click();
    }
    await expect(this.region).toContainText(path.join(' / '));
  }

  async fillAccount(displayName: string, email: string, password: string): Promise<void> {
    await this.displayName.fill(displayName);
    await this.email.fill(email);
    await this.password.fill(password);
  }
}
