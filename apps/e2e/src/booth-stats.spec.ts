import { BoothPage } from './pages/booth-page.js';
import { BoothStatsPage } from './pages/booth-stats-page.js';
import { MyBoothsPage } from './pages/my-booths-page.js';
import { DEMO, uniqueId } from './support/data.js';
import { STORAGE, expect, test } from './support/fixtures.js';

test('visits by two visitors (one comes back) show as 3 views / 2 visitors with a chart on the owner’s stats page', async ({ page, api, loginAs, newContext }) => {
  // Set-up through the API: a new organisation's booth, approved, with no visits yet.
  const exhibitor = await api.registerOrg();
  const expo = await api.currentExpo();
  const title = `青少年成长驿站${uniqueId().slice(-5)}`;
  const booth = await api.completeBooth(exhibitor, expo, title, { submit: true });
  const organizer = await api.login(DEMO.organizer.email, DEMO.organizer.password);
  await api.reviewBooth(organizer.accessToken, booth.id, 'approve');
  expect((await api.stats(exhibitor.accessToken, booth.id)).totals).toEqual({ views: 0, uniqueVisitors: 0 });

  // Two anonymous visitors (own browsers, own visitor ids); the first one comes back.
  const visitorIds: string[] = [];
  for (const visits of [2, 1]) {
    const context = await newContext();
    const visitor = await context.newPage();
    const boothPage = new BoothPage(visitor);
    for (let i = 0; i < visits; i++) {
      const recorded = visitor.waitForResponse((r) => r.url().endsWith(`/api/booths/${booth.id}/visits`) && r.request().method() === 'POST');
      await (i === 0 ? boothPage.goto(DEMO.expo.slug, booth.id) : visitor.reload());
      await expect(boothPage.title).toHaveText(title);
      expect((await recorded).status()).toBe(204);
    }
    visitorIds.push(await visitor.evaluate((key) => window.localStorage.getItem(key) ?? '', STORAGE.visitorId));
  }
  expect(visitorIds[0]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  expect(visitorIds[1]).not.toBe(visitorIds[0]);

  // The owner opens the stats from 我的展位.
  await loginAs(exhibitor);
  const myBooths = new MyBoothsPage(page);
  await myBooths.goto();
  await myBooths.booth(booth.id).getByTestId('my-booth-stats').click();
  await expect(page).toHaveURL(new RegExp(`/my/booths/${booth.id}/stats$`));
  const stats = new BoothStatsPage(page);
  await expect(stats.root).toBeVisible();
  await expect(stats.root).toContainText(title);
  await expect(stats.totalViews).toHaveText('3');
  await expect(stats.totalVisitors).toHaveText('2');
  await expect(stats.empty).toHaveCount(0);
  await stats.expectChartDrawn();
  await expect(stats.chart).toHaveAttribute('aria-label', /3.*2/);
});
