import { expect, type Locator, type Page } from '@playwright/test';

export interface PartyInput {
  orgId: string;
  role?: string;
  commitments?: string;
}

export interface IntentInput {
  title?: string;
  parties?: PartyInput[];
  fundingAmount?: number | null;
  goods?: string;
  volunteers?: number;
  venue?: string;
  startsOn?: string;
  endsOn?: string;
  deliverables?: string;
  notes?: string;
}

/** The 合作意向书 panel in a negotiation room (/negotiate/rooms/:roomId), its drawers and the printable page. */
export class IntentPanel {
  readonly root: Locator;
  readonly empty: Locator;
  readonly open: Locator;
  readonly openHeading: Locator;
  readonly openAmount: Locator;
  readonly changes: Locator;
  readonly signed: Locator;
  readonly signedLabel: Locator;
  readonly seal: Locator;
  readonly locked: Locator;
  readonly propose: Locator;
  readonly sign: Locator;
  readonly withdraw: Locator;
  readonly print: Locator;
  readonly signBlock: Locator;
  readonly notice: Locator;
  readonly history: Locator;
  readonly signatures: Locator;
  readonly editor: Locator;
  readonly versionDrawer: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('intent-panel');
    this.empty = this.root.getByTestId('intent-empty');
    this.open = this.root.getByTestId('intent-open');
    this.openHeading = this.root.getByTestId('intent-open-heading');
    this.openAmount = this.root.getByTestId('intent-open-amount');
    this.changes = this.root.getByTestId('intent-open-changes');
    this.signed = this.root.getByTestId('intent-signed');
    this.signedLabel = this.root.getByTestId('intent-signed-label');
    this.seal = this.root.getByTestId('intent-seal');
    this.locked = this.root.getByTestId('intent-locked');
    this.propose = this.root.getByTestId('intent-propose');
    this.sign = this.root.getByTestId('intent-sign');
    this.withdraw = this.root.getByTestId('intent-withdraw');
    this.print = this.root.getByTestId('intent-print');
    this.signBlock = this.root.getByTestId('intent-sign-block');
    this.notice = this.root.getByTestId('intent-live-notice');
    this.history = this.root.getByTestId('intent-history-item');
    this.signatures = this.root.getByTestId('intent-signature');
    this.editor = page.getByRole('dialog').filter({ has: page.getByTestId('intent-form') });
    this.versionDrawer = page.getByRole('dialog').filter({ has: page.getByTestId('intent-version-view') });
  }

  async gotoRoom(roomId: string): Promise<void> {
    await this.page.goto(`/negotiate/rooms/${roomId}`);
    await expect(this.root).toBeVisible();
    await expect(this.root).not.toHaveAttribute('data-state', 'loading');
  }

  historyItem(version: number): Locator {
    return this.root.locator(`[data-testid="intent-history-item"][data-version="${version}"]`);
  }

  signature(orgId: string): Locator {
    return this.root.locator(`[data-testid="intent-signature"][data-org="${orgId}"]`);
  }

  diffRow(field: string): Locator {
    return this.changes.locator(`[data-testid="intent-diff-row"][data-field="${field}"]`);
  }

  /** Opens the editor (first version or a new one) and waits for it. */
  async openEditor(): Promise<void> {
    await this.propose.click();
    await expect(this.editor).toBeVisible();
  }

  /** Fills the open editor (only the given fields) — the form keeps the rest as prefilled. */
  async fill(input: IntentInput): Promise<void> {
    const d = this.editor;
    if (input.title !== undefined) await d.locator('#title').fill(input.title);
    for (const p of input.parties ?? []) {
      const party = d.locator(`[data-testid="intent-party-editor"][data-org="${p.orgId}"]`);
      if (p.role !== undefined) {
        const role = party.locator('.ant-select input, input.ant-select-input, input[role="combobox"]').first();
        await role.fill(p.role);
        await this.page.keyboard.press('Escape');
      }
      if (p.commitments !== undefined) await party.locator('textarea').fill(p.commitments);
    }
    if (input.fundingAmount !== undefined) await d.locator('#fundingAmount').fill(input.fundingAmount === null ? '' : String(input.fundingAmount));
    if (input.volunteers !== undefined) await d.locator('#volunteers').fill(String(input.volunteers));
    if (input.goods !== undefined) await d.locator('#goods').fill(input.goods);
    if (input.venue !== undefined) await d.locator('#venue').fill(input.venue);
    for (const key of ['startsOn', 'endsOn'] as const) {
      const v = input[key];
      if (v === undefined) continue;
      const field = d.locator(`#${key}`);
      await field.click();
      await field.fill(v);
      await field.press('Enter');
      await expect(field).toHaveValue(v);
    }
    if (input.deliverables !== undefined) await d.locator('#deliverables').fill(input.deliverables);
    if (input.notes !== undefined) await d.locator('#notes').fill(input.notes);
  }

  async submitEditor(): Promise<void> {
    await this.page.getByTestId('intent-editor-submit').click();
    await expect(this.editor).toBeHidden();
  }

  /** Signs the version open for signing, confirming the dialog. */
  async signOpenVersion(): Promise<void> {
    await this.sign.click();
    await this.page.getByTestId('intent-sign-confirm').click();
  }

  /** Opens the printable page of the version shown and answers its tab once loaded. */
  async openPrintable(): Promise<Page> {
    const [popup] = await Promise.all([this.page.waitForEvent('popup'), this.print.click()]);
    await popup.waitForURL(/^blob:/);
    await popup.waitForLoadState('load');
    return popup;
  }
}
