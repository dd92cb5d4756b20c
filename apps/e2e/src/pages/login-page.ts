import { expect, type Locator, type Page } from '@playwright/test';

/** /login */
export class LoginPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly formError: Locator;
  readonly toRegister: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('login-page');
    this.form = page.getByTestId('login-form');
    this.email = this.form.getByTestId('email');
    this.password = this.form.getByTestId('password');
    this.submit = page.getByTestId('login-submit');
    this.formError = page.getByTestId('form-error');
    this.toRegister = page.getByTestId('login-to-register');
  }

  async goto(redirect?: string): Promise<void> {
    await this.page.goto(redirect ? `/login?redirect=${encodeURIComponent(redirect)}` : '/login');
    await expect(this.root).toBeVisible();
  }

  async login(email: string, password: string): Promise<void> {
    await expect(this.root).toBeVisible();
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
