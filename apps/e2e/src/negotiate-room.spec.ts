import type { Page } from '@playwright/test';
import { DEMO_FOUNDATION } from './pages/negotiate-fixtures.js';
import { NegotiateApi } from './pages/negotiate-api.js';
import { NegotiateInbox, NegotiateNav, NegotiateRoom } from './pages/negotiate-room-page.js';
import { uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 4, item 3: a negotiation room (洽谈室) about a listing with three organisations — the one in
 * need, a funder and an implementer — opened from the listing; the invitations reach the others live;
 * everyone chats and sees the same order; an organisation that is not a party cannot open it (page and
 * API) until it is invited; closing makes it read-only for everyone.
 */
test.describe.configure({ timeout: 240_000 });

/** Picks an organisation in an OrgPicker by typing a word of its listing. */
async function pickOrg(page: Page, pickerTestId: string, word: string, orgId: string): Promise<void> {
  const picker = page.getByTestId(pickerTestId);
  await picker.click();
  await picker.locator('input').fill(word);
  const option = page.locator(`.ant-select-dropdown [data-testid="org-option"][data-org-id="${orgId}"]`);
  await expect(option).toBeVisible();
  await option.click();
  await page.keyboard.press('Escape');
}

test('a three-way negotiation room from a listing: invitations, everyone chats, a stranger is refused until invited, closing makes it read-only', async ({
  page,
  request,
  baseURL,
  newContext,
  loginAs,
}) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const word = `yq${uniqueId()}`;
  const need = await n.orgWithListing('长者助餐需求方', 'need', `社区长者助餐点建设资金 ${word}`);
  const impl = await n.orgWithListing('助餐执行机构', 'offer', `助餐配送志愿服务队 impl${word}`);
  const stranger = await n.orgWithListing('旁观机构', 'offer', `社区图书角 other${word}`);
  const funder = await n.api.login(DEMO_FOUNDATION.email, DEMO_FOUNDATION.password);

  // The need and the implementer wait on other pages.
  const open = async (session: typeof need.session, path: string) => {
    const ctx = await newContext({ session });
    const p = await ctx.newPage();
    await p.goto(path);
    return p;
  };
  const needPage = await open(need.session, '/discover');
  const implPage = await open(impl.session, '/negotiate');
  await new NegotiateNav(needPage).expectUnread(0);

  // The funder opens the need's listing and starts a negotiation room from it.
  await loginAs(funder);
  await page.goto(`/listings/${need.listing.id}`);
  await page.getByTestId('listing-negotiate').click();
  await expect(page).toHaveURL(new RegExp(`/negotiate/rooms/new\\?listing=${need.listing.id}$`));
  await expect(page.getByTestId('new-room-listing')).toContainText(need.listing.title);
  // Prefilled with the listing's publisher; the implementer is found by searching.
  const parties = page.getByTestId('new-room-party');
  await expect(parties).toHaveCount(2);
  await expect(parties.nth(1)).toContainText(need.orgName);
  await pickOrg(page, 'new-room-orgs', `impl${word}`, impl.orgId);
  await expect(parties).toHaveCount(3);
  await expect(parties.nth(2)).toContainText(impl.orgName);
  const title = `长者助餐三方洽谈 ${word}`;
  await page.getByTestId('new-room-title').fill(title);
  await page.getByTestId('new-room-message').fill('各位好，我们三方一起商量一下助餐点的资金和执行。');
  await page.screenshot({ path: 'tmp/e2e-results/negotiate-new-room.png' });
  await page.getByTestId('new-room-submit').click();

  const fRoom = new NegotiateRoom(page);
  await expect(page).toHaveURL(/\/negotiate\/rooms\/[0-9a-f-]{36}$/);
  const roomId = fRoom.roomId();
  // The invitation pops up for the need's member on the search page.
  const note = needPage.getByTestId('rt-notification').filter({ hasText: title });
  await expect(note).toBeVisible();
  await expect(note).toContainText('洽谈邀请');
  await new NegotiateNav(needPage).expectUnread(2); // "created" note + first message
  expect(await n.unread(need.session.accessToken)).toEqual({ rooms: 1, messages: 2 });
  // Clicking it opens the room.
  await note.click();
  const nRoom = new NegotiateRoom(needPage);
  await nRoom.expectOpen(roomId);
  await new NegotiateNav(needPage).expectUnread(0);
  await fRoom.expectOpen(roomId);
  await expect(fRoom.title).toHaveText(title);
  await expect(fRoom.parties).toHaveCount(3);
  await expect(fRoom.systemMessages.first()).toContainText(`${DEMO_FOUNDATION.orgName} 创建了洽谈室，邀请了`);
  await expect(fRoom.withText('三方一起商量')).toHaveCount(1);

  // The implementer's open list shows it, live.
  const implInbox = new NegotiateInbox(implPage);
  await expect(implInbox.item(roomId)).toContainText(title);
  await expect(implInbox.item(roomId).getByTestId('room-kind')).toHaveText('洽谈室');

  await implInbox.item(roomId).click();
  const iRoom = new NegotiateRoom(implPage);
  await iRoom.expectOpen(roomId);
  for (const r of [nRoom, iRoom]) {
    await expect(r.parties).toHaveCount(3);
    await expect(r.systemMessages.first()).toContainText(need.orgName);
    await expect(r.systemMessages.first()).toContainText(impl.orgName);
    await expect(r.withText('三方一起商量')).toHaveCount(1);
  }
  await expect(nRoom.parties.filter({ hasText: DEMO_FOUNDATION.orgName }).getByTestId('org-type-tag')).toHaveAttribute('data-org-type', 'foundation');

  // Everyone chats; every screen shows the stored order.
  await nRoom.say('我们需要 12 万元建设资金，场地已经落实。');
  await iRoom.say('我们可以负责每日配送，并组织 20 名志愿者。');
  await fRoom.say('基金会可以资助 10 万元，其余由社区配套。');
  for (const r of [fRoom, nRoom, iRoom]) {
    await expect(r.withText('12 万元建设资金')).toHaveCount(1);
    await expect(r.withText('20 名志愿者')).toHaveCount(1);
    await expect(r.withText('资助 10 万元')).toHaveCount(1);
  }
  const order = (await n.allMessages(funder.accessToken, roomId)).map((m) => m.seq);
  expect(order).toEqual([1, 2, 3, 4, 5]);
  for (const r of [fRoom, nRoom, iRoom]) await expect.poll(() => r.seqs()).toEqual(order);
  // Read markers name who read the funder's message.
  await expect(fRoom.withText('资助 10 万元').getByTestId('read-marker')).toContainText('已读');

  // A stranger cannot open it: no-permission page, and 403 from the API.
  const strangerPage = await open(stranger.session, `/negotiate/rooms/${roomId}`);
  const sRoom = new NegotiateRoom(strangerPage);
  await expect(sRoom.forbidden).toBeVisible();
  await expect(sRoom.forbidden).toContainText('无权查看此洽谈');
  await expect(strangerPage.getByText('资助 10 万元')).toHaveCount(0);
  expect((await n.room(stranger.session.accessToken, roomId)).status).toBe(403);
  expect((await n.trySend(stranger.session, roomId, '我也想说一句')).ok).toBe(false);

  // The funder invites it: everyone sees the note, the stranger can now open the room.
  await page.getByTestId('room-more').click();
  await page.getByTestId('room-invite').click();
  await pickOrg(page, 'invite-org-picker', `other${word}`, stranger.orgId);
  await page.getByTestId('invite-submit').click();
  for (const r of [fRoom, nRoom, iRoom]) {
    await expect(r.systemMessages.filter({ hasText: `邀请 ${stranger.orgName} 加入洽谈` })).toHaveCount(1);
    await expect(r.parties).toHaveCount(4);
  }
  await strangerPage.reload();
  await sRoom.expectOpen(roomId);
  await expect(sRoom.withText('资助 10 万元')).toHaveCount(1);
  expect((await n.room(stranger.session.accessToken, roomId)).status).toBe(200);

  // The need closes the room (with confirmation): read-only for everyone.
  await nRoom.closeRoom();
  for (const r of [nRoom, fRoom, iRoom, sRoom]) {
    await expect(r.closedBanner).toBeVisible();
    await expect(r.composer).toHaveCount(0);
    await expect(r.view).toHaveAttribute('data-status', 'closed');
    await expect(r.systemMessages.filter({ hasText: `${need.orgName} 关闭了洽谈` })).toHaveCount(1);
  }
  const refused = await n.trySend(impl.session, roomId, '还能发吗？');
  expect(refused.ok ? null : refused.error.code).toBe('ROOM_CLOSED');
  await implPage.goto('/negotiate?status=closed');
  await expect(implInbox.item(roomId).getByTestId('room-status')).toHaveText('已关闭');
  await page.screenshot({ path: 'tmp/e2e-results/negotiate-room-closed.png' });
});
