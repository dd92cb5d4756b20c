import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** /negotiate/schedule — 我的日程: tabs of meeting cards, the agenda, ICS downloads. */
export class SchedulePage {
  readonly root: Locator;
  readonly tabs: Locator;
  readonly list: Locator;
  readonly empty: Locator;
  readonly agenda: Locator;
  readonly downloadAll: Locator;
  readonly liveNotice: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('schedule-page');
    this.tabs = page.getByTestId('schedule-tabs');
    this.list = page.getByTestId('schedule-list');
    this.empty = page.getByTestId('schedule-empty');
    this.agenda = page.getByTestId('schedule-agenda');
    this.downloadAll = page.getByTestId('schedule-ics');
    this.liveNotice = page.getByTestId('schedule-live-notice');
  }

  async goto(tab?: 'incoming' | 'outgoing' | 'accepted' | 'all'): Promise<void> {
    await this.page.goto(tab ? `/negotiate/schedule?tab=${tab}` : '/negotiate/schedule');
    await expect(this.root).toBeVisible();
  }

  async openTab(tab: 'incoming' | 'outgoing' | 'accepted' | 'all'): Promise<void> {
    await this.page.getByTestId(`schedule-tab-${tab}`).click();
    await expect(this.page).toHaveURL(new RegExp(`tab=${tab}`));
  }

  card(meetingId: string): MeetingCard {
    return new MeetingCard(this.page.locator(`[data-testid="meeting-card"][data-meeting-id="${meetingId}"]`));
  }

  /** The card of the (only) meeting with this topic in the current tab. */
  cardByTopic(topic: string): MeetingCard {
    return new MeetingCard(this.page.getByTestId('meeting-card').filter({ has: this.page.getByTestId('meeting-topic').getByText(topic, { exact: true }) }));
  }

  /** Clicks a download button and answers the saved file's text. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}

export class MeetingCard {
  readonly topic: Locator;
  readonly status: Locator;
  readonly counterpart: Locator;
  readonly slots: Locator;
  readonly agreed: Locator;
  readonly clash: Locator;
  readonly accept: Locator;
  readonly decline: Locator;
  readonly ics: Locator;
  readonly cancel: Locator;
  readonly declineReason: Locator;

  constructor(readonly root: Locator) {
    this.topic = root.getByTestId('meeting-topic');
    this.status = root.getByTestId('meeting-status');
    this.counterpart = root.getByTestId('meeting-counterpart');
    this.slots = root.getByTestId('meeting-slot');
    this.agreed = root.getByTestId('meeting-agreed');
    this.clash = root.getByTestId('meeting-clash');
    this.accept = root.getByTestId('meeting-accept');
    this.decline = root.getByTestId('meeting-decline');
    this.ics = root.getByTestId('meeting-ics');
    this.cancel = root.getByTestId('meeting-cancel');
    this.declineReason = root.getByTestId('meeting-decline-reason');
  }

  slot(index: number): Locator {
    return this.root.locator(`[data-testid="meeting-slot"][data-index="${index}"]`);
  }

  /** Chooses proposed slot `index` (0-based) and accepts it. */
  async acceptSlot(index: number): Promise<void> {
    await this.root.getByTestId('meeting-slot-radio').nth(index).click();
    await expect(this.accept).toBeEnabled();
    await this.accept.click();
  }

  /** Declines with a reason; without one the modal says a reason is required first. */
  async declineWith(reason: string): Promise<void> {
    const page = this.root.page();
    await this.decline.click();
    const modal = page.getByRole('dialog', { name: '婉拒洽谈预约' });
    await expect(modal).toBeVisible();
    await page.getByTestId('meeting-decline-ok').click();
    await expect(modal.locator('.ant-form-item-explain-error')).toHaveText('请填写婉拒原因');
    await modal.getByTestId('meeting-decline-reason-input').fill(reason);
    await page.getByTestId('meeting-decline-ok').click();
    await expect(modal).toBeHidden();
  }
}
