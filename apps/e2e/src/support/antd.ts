import { expect, type Locator, type Page } from '@playwright/test';

/** The open dropdown of an antd Select (there is at most one open at a time). */
export function openSelectDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/**
 * Chooses an option of an antd Select by its visible label (the root element carries the
 * data-testid). Works for single and multiple selects; `search` types the label to narrow long
 * (virtual) lists. A click that lands while the dropdown is still moving (opening animation, the
 * page re-laying out) is not taken by antd: then the dropdown is opened and the option clicked again.
 */
export async function chooseOption(select: Locator, label: string, options: { search?: boolean } = {}): Promise<void> {
  const page = select.page();
  const dropdown = openSelectDropdown(page);
  const option = dropdown.locator('.ant-select-item-option', { hasText: label }).first();
  await expect(async () => {
    if (!(await dropdown.isVisible())) await select.click();
    if (options.search) await select.locator('input').fill(label);
    await option.click({ timeout: 3_000 });
    await expect(select).toContainText(label, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Closes an open dropdown (multiple selects stay open after a choice). */
export async function closeDropdown(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(openSelectDropdown(page)).toHaveCount(0);
}

/** The label(s) a Select shows as its value. */
export function selectedLabels(select: Locator): Locator {
  return select.locator('.ant-select-selection-item, .ant-select-content-value, .ant-select-selection-item-content');
}
