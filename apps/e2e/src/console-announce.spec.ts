import type { Locator } from '@playwright/test';
import { ConsoleModApi, DEMO_EXHIBITOR, DEMO_ORGANIZER } from './pages/console-mod.js';
import { uniqueId } from './support/data.js';
import { STORAGE, expect, test } from './support/fixtures.js';

/**
 * Issue 5, item 4: the organizer writes an announcement (checked, previewed) and sends it; an
 * exhibitor's shell in another browser shows it at once at the top of the page until closed (and
 * keeps it closed after a reload); someone arriving later gets it on load. The console is for
 * organizers only: others get the 403 page and the API refuses them.
 */
test.describe.configure({ timeout: 180_000 });

test('organizer announces → an exhibitor sees the notice live, closes it for good; a later visitor gets it on load', async ({ page, request, baseURL, newContext, loginAs }) => {
  const c = new ConsoleModApi(request, baseURL ?? '');
  const organizer = await c.n.api.login(DEMO_ORGANIZER.email, DEMO_ORGANIZER.password);
  const exhibitor = await c.n.api.login(DEMO_EXHIBITOR.email, DEMO_EXHIBITOR.password);

  const exCtx = await newContext({ session: exhibitor });
  const exPage = await exCtx.newPage();
  await exPage.goto('/discover');
  await expect(exPage.getByTestId('app-header')).toBeVisible();

  await loginAs(organizer);
  await page.goto('/console/announcements');
  await expect(page.getByTestId('console-announcements-page')).toBeVisible();
  // Nothing written: the form says what to fill in.
  await page.getByTestId('mod-announce-send').click();
  await expect(page.getByTestId('mod-announce-title-error')).toContainText('请填写标题');
  await expect(page.getByTestId('mod-announce-body-error')).toContainText('请填写内容');

  const title = `路演专场改到 15:30 ${uniqueId()}`;
  const body = '请参加路演的机构 15:15 前进入主会场直播间，提前调试摄像头和麦克风。';
  await page.getByTestId('mod-announce-title').fill(title);
  await page.getByTestId('mod-announce-body').fill(body);
  await expect(page.getByTestId('mod-announce-preview')).toContainText(title);
  await expect(page.getByTestId('mod-announce-preview')).toContainText(body);
  await page.getByTestId('mod-announce-send').click();
  await page.getByTestId('mod-announce-confirm').click();

  // The sent list shows it with how many connections it reached (the exhibitor's at least).
  const sent = page.getByTestId('mod-announcement').filter({ hasText: title });
  await expect(sent).toBeVisible();
  const delivered = Number(await sent.getByTestId('mod-announcement-delivered').getAttribute('data-count'));
  expect(delivered).toBeGreaterThanOrEqual(1);

  // The exhibitor's page shows it at once, prominently, until closed.
  const notice = exPage.getByTestId('announcement-notice');
  await expect(notice).toBeVisible();
  await expect(notice.getByTestId('announcement-title')).toHaveText(title);
  await expect(notice).toContainText(body);
  await exPage.getByTestId('nav-home').click();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: '关闭公告' }).click();
  await expect(notice).toHaveCount(0);
  await exPage.reload();
  await expect(exPage.getByTestId('app-header')).toBeVisible();
  await exPage.waitForLoadState('networkidle');
  await expect(exPage.getByTestId('announcement-notice')).toHaveCount(0);

  // A visitor arriving later (not logged in) gets the latest announcement on load.
  const laterCtx = await newContext();
  const later = await laterCtx.newPage();
  await later.goto('/');
  await expect(later.getByTestId('announcement-notice').getByTestId('announcement-title')).toHaveText(title);
});

test('a non-organizer visiting /console/rooms sees the 403 page, and the API refuses', async ({ page, request, baseURL, loginAs }) => {
  const c = new ConsoleModApi(request, baseURL ?? '');
  const exhibitor = await c.n.api.login(DEMO_EXHIBITOR.email, DEMO_EXHIBITOR.password);
  const expo = await c.expo();
  await loginAs(exhibitor);
  await page.goto('/console/rooms');
  await expect(page.getByTestId('console-forbidden')).toContainText('控制台仅对展会组织者开放');
  await expect(page.getByTestId('console-rooms-page')).toHaveCount(0);
  for (const path of [`/api/console/rooms?expoId=${expo.id}`, '/api/console/audit', `/api/console/announcements?expoId=${expo.id}`]) {
    const res = await request.get(path, { headers: { authorization: `Bearer ${exhibitor.accessToken}` } });
    expect([path, res.status()]).toEqual([path, 403]);
  }
  const post = await request.post('/api/console/announcements', { headers: { authorization: `Bearer ${exhibitor.accessToken}` }, data: { expoId: expo.id, title: '冒充公告', body: '不应发出' } });
  expect(post.status()).toBe(403);
});

test('the console menu leads to the booth review queue', async ({ page, request, baseURL, loginAs }) => {
  const c = new ConsoleModApi(request, baseURL ?? '');
  await loginAs(await c.n.api.login(DEMO_ORGANIZER.email, DEMO_ORGANIZER.password));
  await page.goto('/console/rooms');
  await page.getByTestId('console-menu-review').click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId('review-queue')).toBeVisible();
});

test('the moderation pages speak English after the switch (no Chinese left in their own strings)', async ({ page, request, baseURL, loginAs }) => {
  const c = new ConsoleModApi(request, baseURL ?? '');
  await loginAs(await c.n.api.login(DEMO_ORGANIZER.email, DEMO_ORGANIZER.password));
  await page.goto('/api/health');
  await page.evaluate((key) => window.localStorage.setItem(key, 'en'), STORAGE.lang);
  const noChinese = async (locator: Locator, what: string) => {
    await expect(locator).toBeVisible();
    const leftovers = (await locator.innerText()).split('\n').filter((line) => /[\u4e00-\u9fff]/.test(line));
    expect.soft(leftovers, `Chinese text left in ${what}`).toEqual([]);
  };
  await page.goto('/console/rooms?q=nothing-matches-this');
  await noChinese(page.getByTestId('mod-rooms-filters'), 'monitor filters');
  await noChinese(page.locator('.ant-table-thead'), 'monitor table header');
  await noChinese(page.getByTestId('mod-rooms-empty'), 'monitor empty state');
  await expect(page.getByTestId('mod-rooms-empty')).toContainText('No room matches these filters');
  await page.goto('/console/audit');
  await noChinese(page.getByTestId('mod-audit-filters'), 'audit filters');
  await noChinese(page.locator('.ant-table-thead'), 'audit table header');
  await page.goto('/console/broker');
  await noChinese(page.getByTestId('mod-broker-form'), 'broker form');
  await page.getByTestId('mod-broker-submit').click();
  await expect(page.getByTestId('mod-broker-missing')).toHaveText('Pick a need first');
  await page.goto('/console/announcements');
  await noChinese(page.getByTestId('mod-announce-compose'), 'announcement form');
});
