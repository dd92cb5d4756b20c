import { DEMO_FOUNDATION, pngFile } from './pages/negotiate-fixtures.js';
import { NegotiateApi } from './pages/negotiate-api.js';
import { NegotiateInbox, NegotiateNav, NegotiateRoom } from './pages/negotiate-room-page.js';
import type { BoothSummaryDto } from '@yiqia/contracts';
import { LoginPage } from './pages/login-page.js';
import { DEMO, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 4, item 1 (and the chat of item 3): "contact" on a listing opens a direct conversation that every
 * member of both organisations sees; the header's unread badge moves live on any page; replies, typing,
 * read markers and presence arrive live; a message written offline is delivered exactly once; history
 * pages back in order; search; attachments. Several browser contexts, one per person.
 */
test.describe.configure({ timeout: 180_000 });

test('contact from a listing: a live conversation between two organisations, badge, typing, read marker, presence, offline send, attachment', async ({ page, request, baseURL, newContext, loginAs }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const word = `yq${uniqueId()}`;
  // B: a new organisation with a need; A: the demo foundation; A2: A's colleague (invited through the API).
  const b = await n.orgWithListing('长者助餐服务中心', 'need', `社区长者助餐点建设 ${word}`);
  const a = await n.api.login(DEMO_FOUNDATION.email, DEMO_FOUNDATION.password);
  const a2 = await n.colleague(a, '王同事');

  // B waits on another page (the search) before anything happens: its badge must move live.
  const bContext = await newContext({ session: b.session });
  const bPage = await bContext.newPage();
  await bPage.goto('/discover');
  const bNav = new NegotiateNav(bPage);
  await expect(bNav.link).toBeVisible();
  await bNav.expectUnread(0);

  // A opens B's listing and contacts B → the conversation opens.
  await loginAs(a);
  await page.goto(`/listings/${b.listing.id}`);
  await page.getByTestId('listing-contact').click();
  const aRoom = new NegotiateRoom(page);
  await expect(page).toHaveURL(/\/negotiate\/rooms\/[0-9a-f-]{36}$/);
  const roomId = aRoom.roomId();
  await aRoom.expectOpen(roomId);
  await expect(aRoom.title).toHaveText(b.orgName);
  await expect(page.getByTestId('room-side').getByTestId('room-listing')).toContainText(b.listing.title);

  // Contact again: the same conversation (no second room).
  await page.goto(`/listings/${b.listing.id}`);
  await page.getByTestId('listing-contact').click();
  await aRoom.expectOpen(roomId);

  await aRoom.say(`您好，我们基金会关注长者助餐，想了解项目预算 ${word}`);
  await expect(aRoom.withText('想了解项目预算')).toHaveCount(1);
  await expect(aRoom.withText('想了解项目预算')).toHaveAttribute('data-mine', 'true');
  await expect(aRoom.outgoing).toHaveCount(0);

  // B's badge counts it without a reload, on the search page; a second message makes 2.
  await bNav.expectUnread(1);
  await aRoom.say('另外，贵机构是否已有合作的社区食堂？');
  await bNav.expectUnread(2);
  expect(await n.unread(b.session.accessToken)).toEqual({ rooms: 1, messages: 2 });

  // A's colleague sees the conversation in the list and its messages.
  const a2Context = await newContext({ session: a2 });
  const a2Page = await a2Context.newPage();
  const a2Inbox = new NegotiateInbox(a2Page);
  await a2Inbox.goto();
  await expect(a2Inbox.item(roomId)).toContainText(b.orgName);
  await a2Inbox.item(roomId).click();
  const a2Room = new NegotiateRoom(a2Page);
  await a2Room.expectOpen(roomId);
  await expect(a2Room.withText('想了解项目预算')).toHaveCount(1);
  // A's message is A2's organisation's too, but not A2's own: on the left, with A's name.
  await expect(a2Room.withText('想了解项目预算')).toHaveAttribute('data-mine', 'false');

  // B opens 洽谈 from the header: the conversation is listed with 2 unread; opening it clears the badge.
  await bNav.link.click();
  const bInbox = new NegotiateInbox(bPage);
  await expect(bInbox.item(roomId)).toHaveAttribute('data-unread', '2');
  await bInbox.item(roomId).click();
  const bRoom = new NegotiateRoom(bPage);
  await bRoom.expectOpen(roomId);
  await expect(bRoom.withText('想了解项目预算')).toHaveCount(1);
  await bNav.expectUnread(0);
  await expect.poll(async () => (await n.unread(b.session.accessToken)).messages).toBe(0);

  // Presence: A sees B (and A2) online; read marker under A's last message.
  await expect(aRoom.presence.locator(`[data-user-id="${b.session.auth.user.id}"]`)).toHaveCount(1);
  await expect(aRoom.readMarkers).toHaveCount(1);
  await expect(aRoom.withText('是否已有合作的社区食堂').getByTestId('read-marker')).toHaveText('已读');

  // B types: A sees "…正在输入"; B's reply arrives live on both of A's screens.
  await bRoom.input.pressSequentially('您好');
  await expect(aRoom.typing).toContainText(`${b.session.auth.user.displayName} 正在输入`);
  await bRoom.input.fill(`您好！预算约 12 万元，已有两家社区食堂 ${word}`);
  await bRoom.input.press('Enter');
  await expect(aRoom.withText('预算约 12 万元')).toHaveCount(1);
  await expect(aRoom.withText('预算约 12 万元')).toHaveAttribute('data-mine', 'false');
  await expect(a2Room.withText('预算约 12 万元')).toHaveCount(1);
  await expect(aRoom.typing).toHaveCount(0);

  // Shift+Enter is a new line, not a send.
  await aRoom.input.fill('第一行');
  await aRoom.input.press('Shift+Enter');
  await aRoom.input.pressSequentially('第二行');
  await expect(aRoom.input).toHaveValue('第一行\n第二行');
  await aRoom.input.press('Enter');
  await expect(bRoom.withText('第二行')).toHaveCount(1);

  // At most 4,000 characters: the counter turns red and sending is off.
  await aRoom.input.fill('长'.repeat(4001));
  await expect(page.getByTestId('composer-counter')).toHaveText('4001 / 4000');
  await expect(page.getByTestId('composer-too-long')).toBeVisible();
  await expect(aRoom.send).toBeDisabled();
  await aRoom.input.press('Enter');
  await aRoom.input.fill('');
  await expect(page.getByTestId('composer-too-long')).toHaveCount(0);

  // Offline: A writes while the network is down — the message waits (clock), then goes out exactly once.
  await page.context().setOffline(true);
  await expect(aRoom.banner).toBeVisible();
  const offlineText = `断网时写的消息 ${word}`;
  await aRoom.say(offlineText);
  await expect(aRoom.outgoing).toHaveCount(1);
  await expect(aRoom.outgoing).toHaveAttribute('data-state', 'waiting');
  await expect(aRoom.outgoing.getByTestId('outgoing-clock')).toBeVisible();
  await expect(bRoom.withText(offlineText)).toHaveCount(0);
  await page.context().setOffline(false);
  await expect(aRoom.banner).toBeHidden();
  await expect(aRoom.withText(offlineText)).toHaveCount(1);
  await expect(aRoom.outgoing).toHaveCount(0);
  await expect(bRoom.withText(offlineText)).toHaveCount(1);
  await expect(a2Room.withText(offlineText)).toHaveCount(1);
  const stored = await n.allMessages(a.accessToken, roomId);
  expect(stored.filter((m) => m.body === offlineText)).toHaveLength(1);
  // Every screen shows the stored order, without gaps or duplicates.
  const order = stored.map((m) => m.seq);
  await expect.poll(() => aRoom.seqs()).toEqual(order);
  await expect.poll(() => bRoom.seqs()).toEqual(order);
  await expect.poll(() => a2Room.seqs()).toEqual(order);

  // An attachment (PNG) from B shows as an image for everyone.
  await bRoom.fileInput.setInputFiles(pngFile());
  await expect(bPage.getByTestId('composer-attachment')).toHaveAttribute('data-done', 'true');
  await bRoom.input.fill('这是食堂的平面图');
  await bRoom.send.click();
  await expect(aRoom.withText('这是食堂的平面图').getByTestId('attachment-image')).toBeVisible();
  await expect(bRoom.withText('这是食堂的平面图').getByTestId('attachment-image')).toBeVisible();
  const img = aRoom.withText('这是食堂的平面图').locator('img');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(64);

  await page.screenshot({ path: 'tmp/e2e-results/negotiate-chat-a.png' });
  await bPage.screenshot({ path: 'tmp/e2e-results/negotiate-chat-b.png' });
});

test('history: 70 messages page back in order when scrolling up; search within the room finds an old message and jumps to it', async ({ page, request, baseURL, loginAs }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const word = `yq${uniqueId()}`;
  const c = await n.orgWithListing('社区营造中心', 'offer', `社区营造志愿者团队 ${word}`);
  const a = await n.api.login(DEMO_FOUNDATION.email, DEMO_FOUNDATION.password);
  const room = await n.createRoom(c.session.accessToken, { kind: 'direct', participantOrgIds: [a.auth.organization?.id ?? ''], listingIds: [c.listing.id] });
  const bodies = Array.from({ length: 70 }, (_, i) => `历史消息 第 ${i + 1} 条 ${word}`);
  const sent = await n.sendAll(c.session, room.id, bodies);
  expect(sent.map((m) => m.seq)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));

  await loginAs(a);
  await page.goto('/negotiate');
  const nav = new NegotiateNav(page);
  const before = await n.unread(a.accessToken);
  expect(before.messages).toBeGreaterThanOrEqual(70);
  await nav.expectUnread(before.messages);
  await new NegotiateInbox(page).item(room.id).click();
  const r = new NegotiateRoom(page);
  await r.expectOpen(room.id);
  // The latest page first, ending with the last message; reading it clears this room's 70 from the badge.
  await expect(r.messages.last()).toContainText('第 70 条');
  await nav.expectUnread(before.messages - 70);
  const first = await r.seqs();
  expect(first.length).toBeLessThan(70);
  expect(first).toEqual(Array.from({ length: first.length }, (_, i) => 71 - first.length + i));

  // Scrolling up loads the rest, in order, until the beginning.
  await expect(async () => {
    await r.scrollToTop();
    await expect(r.historyStart).toBeVisible({ timeout: 1000 });
  }).toPass();
  expect(await r.seqs()).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  await expect(r.messages.first()).toContainText('第 1 条');

  // Fresh page: search finds an old message that is not loaded yet; choosing it loads history back to it.
  await page.reload();
  await r.expectOpen(room.id);
  await expect(r.messages.last()).toContainText('第 70 条');
  const results = await r.search(`第 5 条 ${word}`);
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('第 5 条');
  await results.click();
  const five = r.list.locator('[data-testid="message"][data-seq="5"]');
  await expect(five).toBeInViewport();
  await expect(five).toContainText('第 5 条');
  const seqs = await r.seqs();
  expect(seqs[seqs.length - 1]).toBe(70);
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0] + i));
  expect(seqs[0]).toBeLessThanOrEqual(5);
  // Nothing matches: an empty state.
  await r.search(`不存在的词 ${word}`);
  await expect(page.getByTestId('room-search').getByText('没有找到包含')).toBeVisible();
  await page.screenshot({ path: 'tmp/e2e-results/negotiate-history.png' });
});

test('contact from a booth page: a visitor logs in first and comes back; the organizer is told why it cannot; a member opens the conversation', async ({ page, request, baseURL, newContext }) => {
  const n = new NegotiateApi(request, baseURL ?? '');
  const exhibitor = await n.api.login(DEMO.exhibitor.email, DEMO.exhibitor.password);
  const booth = (await n.api.get<BoothSummaryDto[]>('/api/me/booths', exhibitor.accessToken)).find((b) => b.status === 'approved');
  if (!booth) throw new Error('the demo exhibitor has no approved booth');
  const boothPath = `/expos/${DEMO.expo.slug}/booths/${booth.id}`;
  const exhibitorOrg = exhibitor.auth.organization?.name ?? '';

  // Anonymous: to the login page, then back to the booth, where contact opens the conversation.
  await page.goto(boothPath);
  await page.getByTestId('booth-contact-org').click();
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await new LoginPage(page).login(DEMO_FOUNDATION.email, DEMO_FOUNDATION.password);
  await expect(page).toHaveURL(new RegExp(`${boothPath}$`));
  await page.getByTestId('booth-contact-org').click();
  const room = new NegotiateRoom(page);
  await expect(page).toHaveURL(/\/negotiate\/rooms\/[0-9a-f-]{36}$/);
  await expect(room.title).toHaveText(exhibitorOrg);
  const roomId = room.roomId();
  const a = await n.api.login(DEMO_FOUNDATION.email, DEMO_FOUNDATION.password);
  expect((await n.room(a.accessToken, roomId)).body).toMatchObject({ kind: 'direct' });
  // The exhibitor's members see it too.
  expect((await n.rooms(exhibitor.accessToken)).map((r) => r.id)).toContain(roomId);

  // The organizer has no organisation: an explanation, no conversation.
  const organizer = await n.api.login(DEMO.organizer.email, DEMO.organizer.password);
  const orgCtx = await newContext({ session: organizer });
  const orgPage = await orgCtx.newPage();
  await orgPage.goto(boothPath);
  await orgPage.getByTestId('booth-contact-org').click();
  await expect(orgPage.getByTestId('booth-contact-no-org')).toContainText('主办方账号没有所属机构');
  await expect(orgPage).toHaveURL(new RegExp(`${boothPath}$`));
});
