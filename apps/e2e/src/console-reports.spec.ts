import { readFile } from 'node:fs/promises';
import type { ExpoResultsDto } from '@yiqia/contracts';
import { orgWithExpoListing } from './pages/console-live-fixtures.js';
import { NegotiateApi } from './pages/negotiate-api.js';
import { DEMO, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 5, item 6: the printable 成果统计 and the exports (the filters on screen, a preview, CSV and
 * Excel downloads that carry the filters and the bearer token).
 */
test.describe.configure({ timeout: 120_000 });

test('results: totals from the server, tables and charts, a print button, and print styles that keep charts and drop the chrome', async ({ page, request, baseURL, loginAs, newContext }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const organizer = await n.api.login(DEMO.organizer.email, DEMO.organizer.password);
  const expo = await n.api.currentExpo();
  const truth = await n.api.get<ExpoResultsDto>(`/api/console/expos/${expo.id}/results`, organizer.accessToken);
  expect(truth.totals.needs + truth.totals.offers).toBeGreaterThan(500);

  await loginAs(organizer);
  await page.goto('/console/results');
  await expect(page.getByTestId('results-title')).toContainText('成果统计');
  for (const key of ['booths', 'organizations', 'needs', 'offers', 'rooms', 'intentsSigned'] as const) {
    await expect(page.getByTestId(`results-total-${key}`)).toHaveAttribute('data-value', String(truth.totals[key]));
  }
  await expect(page.getByTestId('results-total-needs')).toContainText(truth.totals.needs.toLocaleString('zh-CN'));
  // Tables list every row the server sent; the charts are drawn.
  await expect(page.getByTestId('results-domain')).toHaveAttribute('data-rows', String(truth.byDomain.length));
  await expect(page.getByTestId('results-table-domain').locator('tbody tr.ant-table-row')).toHaveCount(truth.byDomain.length);
  await expect(page.getByTestId('results-table-orgType').locator('tbody tr.ant-table-row')).toHaveCount(truth.byOrgType.length);
  await expect(page.getByTestId('results-table-domain')).toContainText(truth.byDomain[0].label);
  for (const id of ['domain', 'orgType', 'district']) await expect(page.getByTestId(`results-chart-${id}`).locator('canvas')).toBeVisible();

  // The print button prints (window.print is replaced to observe the call in headless Chromium).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByTestId('results-print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // In print: no shell header, no console menu, no buttons; the charts and totals stay.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('app-header')).toBeHidden();
  await expect(page.getByTestId('console-menu-dashboard')).toBeHidden();
  await expect(page.getByTestId('results-print')).toBeHidden();
  await expect(page.getByTestId('results-total-needs')).toBeVisible();
  for (const id of ['domain', 'orgType', 'district']) await expect(page.getByTestId(`results-chart-${id}`).locator('canvas')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('app-header')).toBeVisible();

  // In English: the same numbers, English words, amounts in yuan.
  const en = await (await newContext({ session: await n.api.login(DEMO.organizer.email, DEMO.organizer.password), lang: 'en' })).newPage();
  await en.goto('/console/results');
  await expect(en.getByTestId('results-title')).toHaveText(`Results of ${truth.expo.name}`);
  await expect(en.getByTestId('results-total-needs')).toContainText('Needs');
  await expect(en.getByTestId('results-total-needs')).toContainText(truth.totals.needs.toLocaleString('en-US'));
  await expect(en.getByTestId('results-total-intendedAmount')).toContainText('¥');
  await expect(en.getByTestId('results-print')).toHaveText('Print');
});

test('exports: filters change the preview; CSV holds the filtered rows under Chinese headers; the Excel download starts', async ({ page, request, baseURL, loginAs }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const word = `yq${uniqueId()}`;
  const need = await orgWithExpoListing(request, '导出测试社工站', 'need', `社区助餐需求 ${word}`);
  const offer = await orgWithExpoListing(request, '导出测试志愿队', 'offer', `陪伴志愿服务 ${word}`);
  const organizer = await n.api.login(DEMO.organizer.email, DEMO.organizer.password);
  await loginAs(organizer);
  await page.goto('/console/exports');

  // Booths first: the demo expo has some.
  const total = page.getByTestId('export-total');
  await expect(total).toBeVisible();
  expect(Number(await total.getAttribute('data-value'))).toBeGreaterThan(0);

  await page.getByTestId('export-tab-listings').click();
  await expect.poll(async () => Number(await total.getAttribute('data-value'))).toBeGreaterThan(500);
  await page.getByTestId('export-filter-q').fill(word);
  await expect(total).toHaveAttribute('data-value', '2');
  await expect(total).toContainText('符合条件共 2 行');
  await expect(page.getByTestId('export-preview').locator('tbody tr.ant-table-row')).toHaveCount(2);
  await expect(page.getByTestId('export-preview').locator('thead')).toContainText('标题');

  // Kind = need: one row left.
  await page.getByTestId('export-filter-kind').click();
  await page.locator('.ant-select-dropdown:visible').getByText('需求', { exact: true }).click();
  await expect(total).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('export-preview')).toContainText(need.listing.title);
  await expect(page.getByTestId('export-preview')).not.toContainText(offer.listing.title);

  // CSV: the filtered row only, Chinese headers, a BOM for Excel; named 需求与资源-<date>.csv.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/^需求与资源-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toContain('标题');
  expect(lines[0]).toContain('机构');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(need.listing.title);
  expect(text).not.toContain(offer.listing.title);

  // Excel: the download starts and is a ZIP (XLSX) file named 需求与资源-<date>.xlsx.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^需求与资源-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = await readFile(await xlsx.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // A filter nothing matches: the empty state says what to do, and clearing brings the rows back.
  await page.getByTestId('export-filter-q').fill(`${word}-none`);
  await expect(page.getByTestId('export-empty')).toBeVisible();
  await expect(page.getByTestId('export-download-csv')).toBeDisabled();
  await page.getByTestId('export-empty-reset').click();
  await expect.poll(async () => Number(await total.getAttribute('data-value'))).toBeGreaterThan(500);
});
