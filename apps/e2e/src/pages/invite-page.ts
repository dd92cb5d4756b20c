import { expect, type Locator, type Page } from '@playwright/test';

/** /invite/:token: who invites to which organisation, and the form to create the account. */
export class InvitePage {
  readonly root: Locator;
  readonly preview: Locator;
  readonly orgName: Locator;
  readonly role: Locator;
  readonly form: Locator;
  readonly invalid: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('invite-page');
    this.preview = page.getByTestId('invite-preview');
    this.orgName = page.getByTestId('invite-org-name');
    this.role = page.getByTestId('invite-role');
    this.form = page.getByTestId('invite-form');
    this.invalid = page.getByTestId('invite-invalid');
  }

  async goto(pathOrUrl: string): Promise<void> {
    await this.page.goto(pathOrUrl);
  }

  async accept(displayName: string, email: string, password: string): Promise<void> {
    await expect(this.form).toBeVisible();
    await this.form.getByTestId('displayName').fill(displayName);
    await this.form.getByTestId('email').fill(email);
    await this.form.getByTestId('password').fill(password);
    await this.page.getByTestId('invite-submit').click();
  }
}
