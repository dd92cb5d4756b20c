import { io } from 'socket.io-client';
import type { Page, WebSocketRoute } from '@playwright/test';
import { CONSOLE_NAMESPACE } from '@yiqia/contracts';
import { orgWithExpoListing } from './pages/console-live-fixtures.js';
import { NegotiateApi } from './pages/negotiate-api.js';
import { NegotiateRoom } from './pages/negotiate-room-page.js';
import { DEMO, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 5, item 1: the organizer's live dashboard at /console, pushed over the `/console` namespace.
 * Numbers move without a reload when others act in other browsers; a reconnection brings a new full
 * snapshot; anyone but an organizer gets the 403 page (and the server refuses them too).
 */
test.describe.configure({ timeout: 180_000 });

/** The raw value of a dashboard number (`data-value` of its card). */
async function value(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

/** Waits until a dashboard number is `expected` (pushes arrive every second or two; no reload). */
async function expectValue(page: Page, testId: string, expected: number, what: string): Promise<void> {
  await expect.poll(() => value(page, testId), { message: what, timeout: 10_000 }).toBe(expected);
}

async function expectAtLeast(page: Page, testId: string, expected: number, what: string): Promise<void> {
  await expect.poll(() => value(page, testId), { message: what, timeout: 10_000 }).toBeGreaterThanOrEqual(expected);
}

test('organizer: live numbers move without reload when an exhibitor comes online, a listing is published and a message is sent', async ({ page, request, baseURL, newContext, loginAs }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const organizer = await n.api.login(DEMO.organizer.email, DEMO.organizer.password);
  await loginAs(organizer);
  await page.goto('/console');

  const dashboard = page.getByTestId('console-dashboard-page');
  await expect(page.getByTestId('live-connection')).toHaveAttribute('data-status', 'live');
  await expect(page.getByTestId('live-connection')).toContainText('实时');
  await expect(dashboard).toHaveAttribute('data-snapshots', '1');
  // The demo expo has listings: the domain chart, the map of China and the funnel are drawn.
  expect(await value(page, 'live-domain')).toBeGreaterThan(500);
  await expect(page.getByTestId('live-chart-domain').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('live-map').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('live-chart-funnel').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('live-chart-messages').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('live-stat-intents')).toBeVisible();
  const unanswered = page.getByTestId('live-unanswered');
  await expect(unanswered).toBeVisible();
  // Oldest first, each linking to its listing and to the broker page with the need.
  const firstNeed = unanswered.getByTestId('live-unanswered-item').first();
  await expect(firstNeed.getByRole('link').first()).toHaveAttribute('href', /^\/listings\/[0-9a-f-]{36}$/);
  await expect(firstNeed.getByTestId('live-unanswered-broker')).toHaveAttribute('href', /^\/console\/broker\?needId=[0-9a-f-]{36}$/);
  const listingsBefore = await value(page, 'live-domain');
  const unansweredBefore = await value(page, 'live-unanswered');
  const onlineBefore = await value(page, 'live-stat-online');
  const versionBefore = Number(await dashboard.getAttribute('data-version'));

  // A new organisation publishes a need (through the API): counted live as a listing and an unanswered need.
  const word = `yq${uniqueId()}`;
  const b = await orgWithExpoListing(request, '社区助餐服务社', 'need', `社区长者助餐点建设 ${word}`);
  await expectValue(page, 'live-domain', listingsBefore + 1, 'listings by domain +1');
  await expectValue(page, 'live-unanswered', unansweredBefore + 1, 'unanswered needs +1');
  expect(Number(await dashboard.getAttribute('data-version'))).toBeGreaterThan(versionBefore);
  await expect(dashboard).toHaveAttribute('data-snapshots', '1'); // deltas, no new snapshot

  // The exhibitor opens the site in another browser: online now +1.
  const exhibitor = await n.api.login(DEMO.exhibitor.email, DEMO.exhibitor.password);
  const ex = await (await newContext({ session: exhibitor })).newPage();
  await ex.goto(`/listings/${b.listing.id}`);
  await expectAtLeast(page, 'live-stat-online', onlineBefore + 1, 'online now +1');

  // … contacts the need and writes: messages this minute and active rooms rise, the need is no longer unanswered.
  const mpmBefore = await value(page, 'live-stat-mpm');
  await ex.getByTestId('listing-contact').click();
  await expect(ex).toHaveURL(/\/negotiate\/rooms\/[0-9a-f-]{36}$/);
  const room = new NegotiateRoom(ex);
  await room.say(`您好，我们想支持这个助餐点 ${word}`);
  await expectAtLeast(page, 'live-stat-mpm', mpmBefore + 1, 'messages per minute +1');
  await expectValue(page, 'live-unanswered', unansweredBefore, 'the contacted need left the unanswered list');
  await expect(page.getByTestId('live-connection')).toHaveAttribute('data-status', 'live');
});

test('organizer: after losing the connection the dashboard shows 重新连接中…, watches again and shows a new full snapshot', async ({ page, request, baseURL, loginAs }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const organizer = await n.api.login(DEMO.organizer.email, DEMO.organizer.password);
  // Every WebSocket of the page passes through here: the test can drop them and refuse new ones (a server away).
  let refuse = false;
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (refuse) {
      void ws.close({ code: 1012, reason: 'server away (test)' });
      return;
    }
    ws.connectToServer();
    sockets.push(ws);
  });
  await loginAs(organizer);
  await page.goto('/console');
  const dashboard = page.getByTestId('console-dashboard-page');
  const status = page.getByTestId('live-connection');
  await expect(status).toHaveAttribute('data-status', 'live');
  await expect(dashboard).toHaveAttribute('data-snapshots', '1');
  const listingsBefore = await value(page, 'live-domain');

  // The server goes away: 重新连接中…, the last numbers stay on screen.
  refuse = true;
  for (const ws of sockets.splice(0)) await ws.close({ code: 1012, reason: 'server restart (test)' });
  await expect(status).toHaveAttribute('data-status', 'reconnecting');
  await expect(status).toContainText('重新连接中…');
  await expect(page.getByTestId('live-retry')).toBeVisible();
  await expect(page.getByTestId('live-stat-online')).toBeVisible();
  await expect(page.getByTestId('live-domain')).toHaveAttribute('data-value', String(listingsBefore));

  // Meanwhile a listing is published (the page cannot hear about it); the server comes back.
  await orgWithExpoListing(request, '重连期间发布的机构', 'offer', `志愿者陪伴服务 yq${uniqueId()}`);
  refuse = false;
  await page.getByTestId('live-retry').click();
  await expect(status).toHaveAttribute('data-status', 'live', { timeout: 15_000 });
  await expect(status).toContainText('实时');
  await expect(dashboard).toHaveAttribute('data-snapshots', '2');
  await expect(page.getByTestId('live-domain')).toHaveAttribute('data-value', String(listingsBefore + 1));

  // The browser goes offline and back: one more snapshot, with what was published meanwhile.
  await page.context().setOffline(true);
  await expect(status).toHaveAttribute('data-status', 'offline');
  await orgWithExpoListing(request, '离线期间发布的机构', 'offer', `志愿者陪伴服务 yq${uniqueId()}`);
  await page.context().setOffline(false);
  await expect(status).toHaveAttribute('data-status', 'live', { timeout: 15_000 });
  await expect(dashboard).toHaveAttribute('data-snapshots', '3');
  await expectValue(page, 'live-domain', listingsBefore + 2, 'the new snapshot counts the listing published while offline');
});

test('an exhibitor at /console sees the 403 page; the server refuses their socket and reports', async ({ page, request, baseURL, loginAs }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const exhibitor = await n.api.login(DEMO.exhibitor.email, DEMO.exhibitor.password);
  const expo = await n.api.currentExpo();
  await loginAs(exhibitor);
  await page.goto('/console');
  await expect(page.getByTestId('console-forbidden')).toBeVisible();
  await expect(page.getByTestId('console-dashboard-page')).toHaveCount(0);

  // The server refuses too: the /console handshake and the reports API.
  const code = await new Promise<string>((resolve) => {
    const s = io(`${baseURL}${CONSOLE_NAMESPACE}`, { auth: { token: exhibitor.accessToken }, transports: ['websocket'], forceNew: true, reconnection: false });
    s.once('connect', () => {
      s.close();
      resolve('CONNECTED');
    });
    s.once('connect_error', (e: Error & { data?: { code?: string } }) => {
      s.close();
      resolve(e.data?.code ?? e.message);
    });
  });
  expect(code).toBe('FORBIDDEN');
  await n.api.get(`/api/console/expos/${expo.id}/results`, exhibitor.accessToken, 403);
});
