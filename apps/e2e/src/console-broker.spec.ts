import { ConsoleModApi, DEMO_ORGANIZER } from './pages/console-mod.js';
import { NegotiateInbox, NegotiateRoom } from './pages/negotiate-room-page.js';
import { uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 5, item 3: the organizer introduces a need and an offer whose organisations have not talked
 * (the need prefilled from `?needId=`, the offer found by searching, a note); a negotiation room opens
 * for both organisations with the note as its first message; a member of each sees it.
 */
test.describe.configure({ timeout: 180_000 });

test('organizer brokers a need and an offer with a note → a member of each organisation sees the new room with the note', async ({ page, request, baseURL, newContext, loginAs }) => {
  const c = new ConsoleModApi(request, baseURL ?? '');
  const expo = await c.expo();
  const word = `brk${uniqueId()}`;
  const need = await c.orgInExpo(expo, '社区助老需求方', 'need', `独居长者助浴服务资金 ${word}`);
  const offer = await c.orgInExpo(expo, '助浴服务机构', 'offer', `上门助浴志愿服务队 ${word}`);
  const organizer = await c.n.api.login(DEMO_ORGANIZER.email, DEMO_ORGANIZER.password);

  // The offer's member waits in the inbox (the invitation arrives live).
  const offerCtx = await newContext({ session: offer.session });
  const oPage = await offerCtx.newPage();
  const oInbox = new NegotiateInbox(oPage);
  await oInbox.goto();

  await loginAs(organizer);
  await page.goto(`/console/broker?needId=${need.listing.id}`);
  await expect(page.getByTestId('console-broker-page')).toBeVisible();
  // The strongest pairs load (a list with a broker button per pair, or an empty state saying what to do).
  await expect(page.getByTestId('mod-pairs').or(page.getByTestId('mod-pairs-empty'))).toBeVisible({ timeout: 30_000 });
  // The need comes prefilled from the link.
  const needPicker = page.getByTestId('mod-broker-need');
  await expect(needPicker).toContainText(need.listing.title);

  // Without an offer and a note, the form says what is missing.
  await page.getByTestId('mod-broker-submit').click();
  await expect(page.getByTestId('mod-broker-missing')).toContainText('请选择一条资源');
  await expect(page.getByTestId('mod-broker-note-error')).toContainText('请写下引荐说明');

  // Find the offer by a word of it.
  const offerPicker = page.getByTestId('mod-broker-offer');
  const option = page.locator(`.ant-select-dropdown [data-testid="mod-broker-offer-option"][data-listing-id="${offer.listing.id}"]`);
  await expect(async () => {
    await offerPicker.click();
    await offerPicker.locator('input').fill(word);
    await option.click({ timeout: 3_000 });
    await expect(offerPicker).toContainText(offer.listing.title, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const note = `两家机构都在锦江区服务独居长者，建议就助浴服务的资金和人手聊一聊。${word}`;
  await page.getByTestId('mod-broker-note').fill(note);
  await page.getByTestId('mod-broker-submit').click();

  const created = page.getByTestId('mod-broker-created');
  await expect(created).toContainText('引荐成功');
  await expect(created).toContainText(need.orgName);
  await expect(created).toContainText(offer.orgName);
  const link = page.getByTestId('mod-broker-room-link');
  const roomId = (await link.getAttribute('data-room-id')) ?? '';
  expect(roomId).toMatch(/^[0-9a-f-]{36}$/);

  // The offer's member sees the room appear, opens it and reads the note.
  await expect(oInbox.item(roomId)).toBeVisible();
  await oInbox.item(roomId).click();
  const oRoom = new NegotiateRoom(oPage);
  await oRoom.expectOpen(roomId);
  await expect(oRoom.systemMessages.filter({ hasText: note })).toBeVisible();

  // The need's member too.
  const needCtx = await newContext({ session: need.session });
  const nPage = await needCtx.newPage();
  const nRoom = new NegotiateRoom(nPage);
  await nRoom.goto(roomId);
  await nRoom.expectOpen(roomId);
  await expect(nRoom.systemMessages.filter({ hasText: note })).toBeVisible();
  await expect(nPage.getByTestId('room-party-names')).toContainText(offer.orgName);

  // The organizer follows it in the monitor, and the introduction is in the audit log.
  await link.click();
  await expect(page.getByTestId('console-room-page')).toHaveAttribute('data-room-id', roomId);
  await expect(page.getByTestId('mod-room-parties')).toContainText(need.orgName);
  await expect(page.getByTestId('mod-room-parties')).toContainText(offer.orgName);
  await page.goto('/console/audit?action=introduction.create');
  await expect(page.getByTestId('mod-audit-row').first()).toHaveAttribute('data-action', 'introduction.create');
});

test('a strong pair is brokered from the list: the form takes both listings', async ({ page, request, baseURL, loginAs }) => {
  const c = new ConsoleModApi(request, baseURL ?? '');
  const organizer = await c.n.api.login(DEMO_ORGANIZER.email, DEMO_ORGANIZER.password);
  await loginAs(organizer);
  await page.goto('/console/broker');
  const pairs = page.getByTestId('mod-pair');
  // The demo expo has ≈ 1,200 listings and few rooms: its strongest unconnected pairs are never empty.
  await expect(pairs.first()).toBeVisible({ timeout: 30_000 });
  const first = pairs.first();
  await expect(first.getByTestId('mod-pair-score')).toContainText(/匹配度 \d+/);
  await expect(first.getByTestId('mod-pair-reason').first()).toBeVisible();
  const needId = await first.getAttribute('data-need-id');
  const offerId = await first.getAttribute('data-offer-id');
  await first.getByTestId('mod-pair-broker').click();
  const needTitle = (await first.locator('a').nth(0).textContent()) ?? '';
  const offerTitle = (await first.locator('a').nth(1).textContent()) ?? '';
  await expect(page.getByTestId('mod-broker-need')).toContainText(needTitle);
  await expect(page.getByTestId('mod-broker-offer')).toContainText(offerTitle);
  expect(needId).not.toEqual(offerId);
});
