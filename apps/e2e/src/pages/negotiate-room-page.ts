import { expect, type Locator, type Page } from '@playwright/test';

/** The header's 洽谈 item and its live unread badge (any page). */
export class NegotiateNav {
  readonly link: Locator;
  readonly badge: Locator;

  constructor(readonly page: Page) {
    this.link = page.getByTestId('app-header').getByTestId('nav-negotiate');
    this.badge = page.getByTestId('app-header').getByTestId('unread-badge');
  }

  async expectUnread(count: number): Promise<void> {
    if (count === 0) await expect(this.badge).toHaveCount(0);
    else await expect(this.badge).toHaveAttribute('data-count', String(count));
  }
}

/** /negotiate: the conversation list (and the room beside it on desktops). */
export class NegotiateInbox {
  readonly list: Locator;
  readonly items: Locator;
  readonly empty: Locator;
  readonly newRoom: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId('room-list');
    this.items = this.list.getByTestId('room-item');
    this.empty = page.getByTestId('rooms-empty');
    this.newRoom = page.getByTestId('inbox-new-room');
  }

  async goto(): Promise<void> {
    await this.page.goto('/negotiate');
    await expect(this.list).toBeVisible();
  }

  item(roomId: string): Locator {
    return this.list.locator(`[data-testid="room-item"][data-room-id="${roomId}"]`);
  }
}

/** One room: header, messages, composer, side, search, dialogs. */
export class NegotiateRoom {
  readonly view: Locator;
  readonly title: Locator;
  readonly status: Locator;
  readonly messages: Locator;
  readonly list: Locator;
  readonly outgoing: Locator;
  readonly input: Locator;
  readonly send: Locator;
  readonly fileInput: Locator;
  readonly typing: Locator;
  readonly readMarkers: Locator;
  readonly presence: Locator;
  readonly banner: Locator;
  readonly closedBanner: Locator;
  readonly composer: Locator;
  readonly forbidden: Locator;
  readonly parties: Locator;
  readonly systemMessages: Locator;
  readonly historyStart: Locator;
  readonly searchInput: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId('room-view');
    this.title = page.getByTestId('room-title');
    this.status = page.getByTestId('room-header').getByTestId('room-status');
    this.list = page.getByTestId('message-list');
    this.messages = this.list.getByTestId('message');
    this.outgoing = this.list.getByTestId('outgoing-message');
    this.input = page.getByTestId('composer-input');
    this.send = page.getByTestId('composer-send');
    this.fileInput = page.getByTestId('composer-file');
    this.typing = page.getByTestId('typing-indicator');
    this.readMarkers = this.list.getByTestId('read-marker');
    this.presence = page.getByTestId('presence');
    this.banner = page.getByTestId('rt-banner');
    this.closedBanner = page.getByTestId('room-closed-banner');
    this.composer = page.getByTestId('composer');
    this.forbidden = page.getByTestId('room-forbidden');
    this.parties = page.getByTestId('room-side').getByTestId('room-party');
    this.systemMessages = this.list.getByTestId('system-message');
    this.historyStart = this.list.getByTestId('history-start');
    this.searchInput = page.getByTestId('room-search-input').locator('input');
  }

  async goto(roomId: string): Promise<void> {
    await this.page.goto(`/negotiate/rooms/${roomId}`);
  }

  async expectOpen(roomId: string): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`/negotiate/rooms/${roomId}$`));
    await expect(this.view).toHaveAttribute('data-room-id', roomId);
  }

  /** The room id from the URL. */
  roomId(): string {
    const m = /\/negotiate\/rooms\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!m) throw new Error(`not a room URL: ${this.page.url()}`);
    return m[1];
  }

  /** Types and presses Enter (the way people send). */
  async say(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** Shown messages whose body contains `text`. */
  withText(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }

  /** seq of every shown message, in page order. */
  async seqs(): Promise<number[]> {
    return (await this.list.locator('[data-seq]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq'))))) as number[];
  }

  /** Scrolls the message list to its top (loads the previous page). */
  async scrollToTop(): Promise<void> {
    await this.list.evaluate((el) => {
      el.scrollTop = 0;
    });
  }

  async search(q: string): Promise<Locator> {
    if (!(await this.searchInput.isVisible())) await this.page.getByTestId('room-search-open').click();
    const input = this.searchInput;
    await input.fill(q);
    await input.press('Enter');
    return this.page.getByTestId('room-search-result');
  }

  async closeRoom(): Promise<void> {
    await this.page.getByTestId('room-more').click();
    await this.page.getByTestId('room-close').click();
    await this.page.getByTestId('close-confirm').click();
  }
}
