import { expect, type Locator, type Page } from '@playwright/test';

/** /expos/:slug/booths/:boothId — the public booth (also the preview drawer and review panel render a BoothView). */
export class BoothPage {
  readonly root: Locator;
  readonly view: Locator;
  readonly title: Locator;
  readonly slogan: Locator;
  readonly zone: Locator;
  readonly domains: Locator;
  readonly intro: Locator;
  readonly introCard: Locator;
  readonly organization: Locator;
  readonly contactsCard: Locator;
  readonly contacts: Locator;
  readonly documents: Locator;
  readonly video: Locator;
  readonly banner: Locator;
  readonly notFound: Locator;

  /** `scope` narrows to one BoothView (e.g. the editor's preview drawer). */
  constructor(
    readonly page: Page,
    scope?: Locator,
  ) {
    const within = scope ?? page.locator('body');
    this.root = page.getByTestId('booth-page');
    this.view = within.getByTestId('booth-view');
    this.title = this.view.getByTestId('booth-title');
    this.slogan = this.view.getByTestId('booth-slogan');
    this.zone = this.view.getByTestId('booth-zone');
    this.domains = this.view.getByTestId('booth-domains');
    this.intro = this.view.getByTestId('booth-intro');
    this.introCard = this.view.getByTestId('booth-intro-card');
    this.organization = this.view.getByTestId('booth-organization');
    this.contactsCard = this.view.getByTestId('booth-contacts');
    this.contacts = this.view.getByTestId('booth-contact');
    this.documents = this.view.getByTestId('booth-document');
    this.video = this.view.getByTestId('booth-video');
    this.banner = this.view.getByTestId('booth-banner');
    this.notFound = page.getByTestId('booth-not-found');
  }

  async goto(slug: string, boothId: string): Promise<void> {
    await this.page.goto(`/expos/${slug}/booths/${boothId}`);
    await expect(this.title).toBeVisible();
  }
}
