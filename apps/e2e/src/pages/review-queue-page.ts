import { expect, type Locator, type Page } from '@playwright/test';

/** /review — the organizer's queue of submitted booths, with approve / reject. */
export class ReviewQueuePage {
  readonly root: Locator;
  readonly items: Locator;
  readonly refresh: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('review-queue');
    this.items = page.getByTestId('review-item');
    this.refresh = page.getByTestId('review-refresh');
    this.panel = page.getByTestId('review-panel');
  }

  async goto(): Promise<void> {
    await this.page.goto('/review');
    await expect(this.root).toBeVisible();
  }

  item(boothId: string): Locator {
    return this.page.locator(`[data-testid="review-item"][data-booth-id="${boothId}"]`);
  }

  async open(boothId: string): Promise<void> {
    await this.item(boothId).click();
    await expect(this.page.locator(`[data-testid="review-panel"][data-booth-id="${boothId}"]`)).toBeVisible();
  }

  async reject(reason: string): Promise<void> {
    await this.panel.getByTestId('review-reject').click();
    const modal = this.page.getByTestId('reject-modal').getByRole('dialog');
    await expect(modal).toBeVisible();
    await modal.getByTestId('reject-reason').fill(reason);
    await this.page.getByTestId('reject-submit').click();
    await expect(modal).toBeHidden();
  }

  async approve(): Promise<void> {
    await this.panel.getByTestId('review-approve').click();
    await this.page.getByTestId('approve-confirm').click();
  }
}
