import { expect, type Locator, type Page } from '@playwright/test';

/** The shell's header: brand, navigation, language switch, login/register or the user menu. */
export class Header {
  readonly root: Locator;
  readonly brand: Locator;
  readonly navHome: Locator;
  readonly navMyBooths: Locator;
  readonly navReview: Locator;
  readonly navOrg: Locator;
  readonly navLogin: Locator;
  readonly navRegister: Locator;
  readonly langSwitch: Locator;
  readonly userMenu: Locator;
  readonly userName: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('app-header');
    this.brand = this.root.getByTestId('brand');
    this.navHome = this.root.getByTestId('nav-home');
    this.navMyBooths = this.root.getByTestId('nav-my-booths');
    this.navReview = this.root.getByTestId('nav-review');
    this.navOrg = this.root.getByTestId('nav-org');
    this.navLogin = this.root.getByTestId('nav-login');
    this.navRegister = this.root.getByTestId('nav-register');
    this.langSwitch = this.root.getByTestId('lang-switch');
    this.userMenu = this.root.getByTestId('user-menu');
    this.userName = this.root.getByTestId('user-name');
  }

  async expectLoggedInAs(displayName: string): Promise<void> {
    await expect(this.userName).toHaveText(displayName);
    await expect(this.navLogin).toBeHidden();
  }

  async expectLoggedOut(): Promise<void> {
    await expect(this.navLogin).toBeVisible();
    await expect(this.navRegister).toBeVisible();
    await expect(this.userMenu).toBeHidden();
  }

  /** The identity block of the open user menu (name, e-mail, organisation · type · role). */
  async openUserMenu(): Promise<Locator> {
    await this.userMenu.click();
    const identity = this.page.getByTestId('user-menu-identity');
    await expect(identity).toBeVisible();
    return identity;
  }

  async logout(): Promise<void> {
    await this.openUserMenu();
    await this.page.getByTestId('logout').click();
    await this.expectLoggedOut();
  }

  async switchLanguage(to: 'zh' | 'en'): Promise<void> {
    await expect(this.langSwitch).toHaveAttribute('data-lang', to === 'en' ? 'zh' : 'en');
    await this.langSwitch.click();
    await expect(this.langSwitch).toHaveAttribute('data-lang', to);
  }
}
