import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption, closeDropdown } from '../support/antd.js';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** /my/booths/:id/edit — the booth editor with autosave, preview and submit. */
export class BoothEditorPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly status: Locator;
  readonly state: Locator;
  readonly rejectReason: Locator;
  readonly autosave: Locator;
  readonly title: Locator;
  readonly slogan: Locator;
  readonly zone: Locator;
  readonly domains: Locator;
  readonly intro: Locator;
  readonly introContent: Locator;
  readonly bold: Locator;
  readonly logo: Locator;
  readonly banner: Locator;
  readonly video: Locator;
  readonly documents: Locator;
  readonly contactRows: Locator;
  readonly submit: Locator;
  readonly readOnly: Locator;
  readonly submitError: Locator;
  readonly previewButton: Locator;
  readonly previewDrawer: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('booth-editor');
    this.form = page.getByTestId('editor-form');
    this.status = this.root.getByTestId('booth-status');
    this.state = page.getByTestId('editor-state');
    this.rejectReason = page.getByTestId('editor-reject-reason');
    this.autosave = page.getByTestId('autosave-status');
    this.title = page.getByTestId('field-title');
    this.slogan = page.getByTestId('field-slogan');
    this.zone = page.getByTestId('field-zone');
    this.domains = page.getByTestId('field-domains');
    this.intro = page.getByTestId('field-intro');
    this.introContent = page.getByTestId('field-intro-content');
    this.bold = this.intro.getByTestId('rte-bold');
    this.logo = page.getByTestId('field-logo');
    this.banner = page.getByTestId('field-banner');
    this.video = page.getByTestId('field-video');
    this.documents = page.getByTestId('field-documents');
    this.contactRows = page.getByTestId('contact-row');
    this.submit = page.getByTestId('editor-submit');
    this.readOnly = page.getByTestId('editor-readonly');
    this.submitError = page.getByTestId('submit-error');
    this.previewButton = page.getByTestId('editor-preview');
    this.previewDrawer = page.getByTestId('preview-drawer');
  }

  async goto(boothId: string): Promise<void> {
    await this.page.goto(`/my/booths/${boothId}/edit`);
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.introContent).toBeVisible();
  }

  /** Waits until autosave reports "已自动保存" (everything typed so far is on the server). */
  async expectSaved(): Promise<void> {
    await expect(this.autosave).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  }

  /** Types a paragraph: `plain` then `bold` in bold (toolbar button), then `rest` in normal weight. */
  async typeIntro(plain: string, bold: string, rest: string): Promise<void> {
    await this.introContent.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(plain);
    await this.bold.click();
    await expect(this.bold).toHaveAttribute('aria-pressed', 'true');
    await this.page.keyboard.type(bold);
    await this.bold.click();
    await expect(this.bold).toHaveAttribute('aria-pressed', 'false');
    await this.page.keyboard.type(rest);
  }

  private fileInput(field: Locator): Locator {
    return field.locator('input[type=file]');
  }

  async uploadImage(field: Locator, file: FilePayload): Promise<void> {
    await this.fileInput(field).setInputFiles(file);
  }

  preview(field: Locator): Locator {
    return field.locator('[data-testid$="-preview"] img, img[data-testid$="-preview"]').first();
  }

  async uploadDocument(file: FilePayload): Promise<void> {
    await this.fileInput(this.documents).setInputFiles(file);
    await expect(this.documents.getByTestId('field-documents-item').filter({ hasText: file.name })).toBeVisible();
  }

  async chooseZone(label: string): Promise<void> {
    await chooseOption(this.zone, label);
  }

  async chooseDomains(labels: string[]): Promise<void> {
    for (const label of labels) await chooseOption(this.domains, label, { search: true });
    await closeDropdown(this.page);
  }

  /** Adds a contact row and fills it. */
  async addContact(contact: { name: string; role: string; phone: string; email: string }): Promise<void> {
    const before = await this.contactRows.count();
    await this.page.getByTestId('contact-add').click();
    const row = this.contactRows.nth(before);
    await row.getByTestId('contact-name').fill(contact.name);
    await row.getByTestId('contact-role').fill(contact.role);
    await row.getByTestId('contact-phone').fill(contact.phone);
    await row.getByTestId('contact-email').fill(contact.email);
  }

  /** Submit for review and confirm in the dialog. */
  async submitForReview(): Promise<void> {
    await this.submit.click();
    const confirm = this.page.locator('.ant-modal-confirm');
    await expect(confirm).toBeVisible();
    await confirm.locator('.ant-modal-confirm-btns button.ant-btn-primary').click();
    await expect(confirm).toBeHidden();
  }
}
