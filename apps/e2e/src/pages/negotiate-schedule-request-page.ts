import { expect, type Locator, type Page } from '@playwright/test';

/** /negotiate/meetings/new — the meeting request form (预约洽谈). */
export class MeetingRequestPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly invitee: Locator;
  readonly topic: Locator;
  readonly note: Locator;
  readonly addSlot: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('new-meeting-page');
    this.form = page.getByTestId('new-meeting-form');
    this.invitee = page.getByTestId('new-meeting-invitee');
    this.topic = page.getByTestId('meeting-field-topic');
    this.note = page.getByTestId('meeting-field-note');
    this.addSlot = page.getByTestId('meeting-slot-add');
    this.submit = page.getByTestId('meeting-submit');
    this.error = page.getByTestId('new-meeting-error');
  }

  slot(index: number): Locator {
    return this.page.locator(`[data-testid="meeting-slot-editor"][data-index="${index}"]`);
  }

  /** The open date picker's cell of a day (YYYY-MM-DD). */
  dayCell(day: string): Locator {
    return this.page.locator(`.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) td.ant-picker-cell[title="${day}"]`);
  }

  /** The day input of slot `index` (antd puts the test id on the input itself). */
  dateInput(index: number): Locator {
    return this.slot(index).locator('.ant-picker:not(.ant-picker-range) input');
  }

  /** The start and end inputs of slot `index`. */
  timeInputs(index: number): [Locator, Locator] {
    const range = this.slot(index).locator('.ant-picker-range input');
    return [range.nth(0), range.nth(1)];
  }

  async openDatePicker(index: number): Promise<void> {
    await this.dateInput(index).click();
    await expect(this.page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).toBeVisible();
  }

  /** Types a day and a time range into slot `index` (adds slots as needed). */
  async fillSlot(index: number, day: string, from: string, to: string): Promise<void> {
    while ((await this.page.getByTestId('meeting-slot-editor').count()) <= index) await this.addSlot.click();
    const date = this.dateInput(index);
    await date.click();
    await date.fill(day);
    await date.press('Enter');
    await expect(date).toHaveValue(day);
    const [start, end] = this.timeInputs(index);
    await start.click();
    await start.fill(from);
    await start.press('Enter');
    await end.click();
    await end.fill(to);
    await end.press('Enter');
    await this.page.keyboard.press('Escape');
    await expect(start).toHaveValue(from);
    await expect(end).toHaveValue(to);
  }
}
