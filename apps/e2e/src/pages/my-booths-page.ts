import { expect, type Locator, type Page } from '@playwright/test';

/** /my/booths — my organisation's booths and the apply dialog. */
export class MyBoothsPage {
  readonly root: Locator;
  readonly booths: Locator;
  readonly applyButton: Locator;
  readonly applyModal: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('my-booths');
    this.booths = page.getByTestId('my-booth');
    this.applyButton = page.getByTestId('apply-booth');
    this.applyModal = page.getByTestId('apply-modal').getByRole('dialog');
  }

  async goto(): Promise<void> {
    await this.page.goto('/my/booths');
    await expect(this.root).toBeVisible();
  }

  booth(boothId: string): Locator {
    return this.page.locator(`[data-testid="my-booth"][data-booth-id="${boothId}"]`);
  }

  status(boothId: string): Locator {
    return this.booth(boothId).getByTestId('booth-status');
  }

  rejectReason(boothId: string): Locator {
    return this.booth(boothId).getByTestId('my-booth-reject-reason');
  }

  /** In the open apply dialog: name the booth and create it (the expo is preselected). Lands in the editor. */
  async applyWithTitle(title: string, expoName: string): Promise<void> {
    await expect(this.applyModal.getByTestId('apply-expo')).toContainText(expoName);
    await this.applyWithTitleNoWait(title);
    await expect(this.page).toHaveURL(/\/my\/booths\/[0-9a-f-]+\/edit$/);
  }

  /** Fills the booth name in the open apply dialog and submits it, without waiting for the outcome. */
  async applyWithTitleNoWait(title: string): Promise<void> {
    await expect(this.applyModal).toBeVisible();
    await this.applyModal.getByTestId('apply-title').fill(title);
    await this.page.getByTestId('apply-submit').click();
  }
}
