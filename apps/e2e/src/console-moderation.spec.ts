import { ConsoleModApi, DEMO_ORGANIZER } from './pages/console-mod.js';
import { NegotiateRoom } from './pages/negotiate-room-page.js';
import { chooseOption } from './support/antd.js';
import { uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 5, item 2: a participant reports a room; the organizer sees it flagged in the session
 * monitor, reads the transcript (locked before the report), hides a message (the participants' chat
 * shows it hidden), mutes the writer (their chat shows it at once and the composer is off), closes the room with a
 * reason (both sides see it closed and why); the audit log lists each action with its reason and
 * filters by action.
 */
test.describe.configure({ timeout: 240_000 });

test('report → flagged in the monitor → transcript → hide, mute, close with reasons → participants see each; audit log filters by action', async ({
  page,
  request,
  baseURL,
  newContext,
  loginAs,
}) => {
  const c = new ConsoleModApi(request, baseURL ?? '');
  const expo = await c.expo();
  const word = `mod${uniqueId()}`;
  const reporter = await c.orgInExpo(expo, '长者助餐需求方', 'need', `长者助餐点运营资金 ${word}`);
  const writer = await c.orgInExpo(expo, '推销机构', 'offer', `社区助餐志愿服务 ${word}`);
  const title = `助餐洽谈 ${word}`;
  const room = await c.room(reporter, writer, title);
  const [spam] = await c.n.sendAll(writer.session, room.id, [`加我微信买保健品，限时优惠 ${word}`]);
  await c.n.sendAll(reporter.session, room.id, ['请不要在这里发广告。']);
  const organizer = await c.n.api.login(DEMO_ORGANIZER.email, DEMO_ORGANIZER.password);
  // Reasons carry the run's word: a reused server keeps earlier runs' audit entries.
  const hideReason = `推销广告，与公益洽谈无关 ${word}`;
  const muteReason = `反复发布推销信息 ${word}`;
  const closeReason = `洽谈室被用于推销，已关闭 ${word}`;

  // Before any report the organizer sees the room but not what was said.
  await loginAs(organizer);
  await page.goto(`/console/rooms?q=${encodeURIComponent(word)}`);
  const row = page.locator(`[data-testid="mod-room-row"][data-room-id="${room.id}"]`);
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-reports', '0');
  await expect(row.getByTestId('mod-room-activity')).toHaveText(/刚刚|分钟前/);
  await row.getByTestId('mod-room-link').click();
  await expect(page.getByTestId('console-room-page')).toHaveAttribute('data-room-id', room.id);
  await expect(page.getByTestId('mod-transcript-locked')).toBeVisible();
  await expect(page.getByTestId('mod-hide-message')).toHaveCount(0);
  await expect(page.getByTestId('mod-mute-open')).toBeDisabled();
  await expect(page.getByText(spam.body)).toHaveCount(0);

  // The reporter opens the room and reports it, pointing at the message.
  const reporterCtx = await newContext({ session: reporter.session });
  const rPage = await reporterCtx.newPage();
  const rRoom = new NegotiateRoom(rPage);
  await rRoom.goto(room.id);
  await expect(rRoom.withText(word)).toBeVisible();
  await rPage.getByTestId('room-more').click();
  await rPage.getByTestId('room-report').click();
  await rPage.getByTestId('report-submit').click();
  await expect(rPage.getByTestId('report-modal')).toContainText('请填写举报原因');
  await rPage.getByTestId('report-reason').fill('对方在洽谈室里推销保健品');
  await chooseOption(rPage.getByTestId('report-message'), '加我微信');
  await rPage.getByTestId('report-submit').click();
  await expect(rPage.getByText('举报已提交')).toBeVisible();
  await expect(rPage.getByTestId('report-modal')).toBeHidden();

  // The writer has the room open too.
  const writerCtx = await newContext({ session: writer.session });
  const wPage = await writerCtx.newPage();
  const wRoom = new NegotiateRoom(wPage);
  await wRoom.goto(room.id);
  await expect(wRoom.withText(word)).toBeVisible();

  // The monitor flags it; "reported only" keeps it.
  await page.goto(`/console/rooms?reported=true&q=${encodeURIComponent(word)}`);
  await expect(page.getByTestId('mod-rooms-reported')).toBeChecked();
  await expect(row).toHaveAttribute('data-reports', '1');
  await row.getByTestId('mod-room-link').click();
  await expect(page.getByTestId('mod-report')).toContainText('对方在洽谈室里推销保健品');
  await expect(page.locator('[data-testid="mod-timeline-item"][data-kind="reported"]')).toHaveCount(1);

  // The transcript is readable now: hide the spam, with a reason.
  const spamRow = page.locator(`[data-testid="mod-transcript-message"][data-message-id="${spam.id}"]`);
  await expect(spamRow).toContainText(spam.body);
  await spamRow.getByTestId('mod-hide-message').click();
  await page.getByTestId('mod-hide-modal-ok').click();
  await expect(page.getByTestId('mod-hide-modal')).toContainText('请填写原因');
  await page.getByTestId('mod-hide-modal-reason').fill(hideReason);
  await page.getByTestId('mod-hide-modal-ok').click();
  await expect(spamRow).toHaveAttribute('data-hidden', 'true');

  // Both participants see it hidden, live; the text is gone from their pages.
  for (const p of [rPage, wPage]) {
    const hidden = p.locator(`[data-testid="message"][data-seq="${spam.seq}"]`).getByTestId('message-hidden');
    await expect(hidden).toHaveText('该消息已被组织者隐藏');
    await expect(p.getByText(spam.body)).toHaveCount(0);
  }
  // …and after a reload (the server sends it hidden).
  await wPage.reload();
  await expect(wPage.locator(`[data-testid="message"][data-seq="${spam.seq}"]`).getByTestId('message-hidden')).toBeVisible();

  // The report is handled: it stops counting as open (the transcript stays readable).
  await page.getByTestId('mod-report-resolve').click();
  await expect(page.getByTestId('mod-report')).toHaveAttribute('data-resolved', 'true');
  await expect(page.getByTestId('mod-reports').first()).toHaveAttribute('data-count', '0');

  // Mute the writer (from their message), for 2 hours.
  await spamRow.getByTestId('mod-mute-sender').click();
  await expect(page.getByTestId('mod-mute-user')).toContainText(writer.session.auth.user.displayName);
  await chooseOption(page.getByTestId('mod-mute-minutes'), '2 小时');
  await page.getByTestId('mod-mute-modal-reason').fill(muteReason);
  await page.getByTestId('mod-mute-modal-ok').click();
  const mutedUser = page.locator(`[data-testid="mod-muted-user"][data-user-id="${writer.session.auth.user.id}"]`);
  await expect(mutedUser).toContainText(muteReason);

  // The writer's chat says so at once and the composer is off; a send through the socket is refused.
  await expect(wPage.getByTestId('composer-muted')).toContainText('您已被组织者禁言');
  await expect(wPage.getByTestId('composer-input')).toBeDisabled();
  expect((await c.n.trySend(writer.session, room.id, 'x')).ok).toBe(false);
  // The reporter can still write.
  await rRoom.say('谢谢组织者处理');
  await expect(rRoom.withText('谢谢组织者处理')).toBeVisible();

  // Unmuted, the banner goes at once and the writer writes again.
  await mutedUser.getByTestId('mod-unmute').click();
  await page.getByTestId('mod-unmute-ok').click();
  await expect(mutedUser).toHaveCount(0);
  await expect(wPage.getByTestId('composer-muted')).toHaveCount(0);
  await wRoom.say('我再发一条看看');
  await expect(wRoom.withText('我再发一条看看')).toBeVisible();
  await expect(rRoom.withText('我再发一条看看')).toBeVisible();

  // Close the room with a reason: both sides see it closed, and why.
  await page.getByTestId('mod-close-open').click();
  await page.getByTestId('mod-close-modal-reason').fill(closeReason);
  await page.getByTestId('mod-close-modal-ok').click();
  await expect(page.getByTestId('console-room-page')).toHaveAttribute('data-status', 'closed');
  for (const p of [rPage, wPage]) {
    const banner = p.getByTestId('room-closed-banner');
    await expect(banner).toContainText('组织者已关闭此洽谈');
    await expect(banner).toContainText(closeReason);
    await expect(p.getByTestId('composer-input')).toHaveCount(0);
  }

  // The monitor's status filter lives in the URL: the room is among the closed ones, no longer among the open.
  await page.goto(`/console/rooms?status=closed&q=${encodeURIComponent(word)}`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('mod-room-status')).toHaveAttribute('data-status', 'closed');
  await page.getByTestId('mod-rooms-status').click();
  await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: '进行中' }).click();
  await expect(page).toHaveURL(/status=open/);
  await expect(page.getByTestId('mod-rooms-empty')).toContainText('没有符合筛选条件的洽谈室');
  await page.getByTestId('mod-rooms-empty').getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL(/\/console\/rooms$/);

  // The audit log lists the actions with their reasons (newest first), and filters by action.
  await page.goto('/console/audit');
  const rows = page.getByTestId('mod-audit-row');
  await expect(rows.filter({ hasText: hideReason })).toHaveAttribute('data-action', 'message.hide');
  await expect(rows.filter({ hasText: muteReason })).toHaveAttribute('data-action', 'user.mute');
  await expect(rows.filter({ hasText: closeReason })).toHaveAttribute('data-action', 'room.close');
  await expect(rows.filter({ hasText: title }).and(page.locator('[data-action="user.unmute"]'))).toHaveCount(1);
  await expect(rows.filter({ hasText: title }).and(page.locator('[data-action="room.transcript_read"]')).first()).toBeVisible();
  await chooseOption(page.getByTestId('mod-audit-action-filter'), '禁言');
  await expect(page).toHaveURL(/action=user\.mute/);
  await expect(rows.first()).toContainText(muteReason);
  const actions = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  expect(new Set(actions)).toEqual(new Set(['user.mute']));
  // A date range after today finds nothing, and says how to widen it.
  const tomorrow = new Date(Date.now() + 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await page.goto(`/console/audit?action=user.mute&from=${tomorrow}`);
  await expect(page.getByTestId('mod-audit-empty')).toContainText('没有符合筛选条件的记录');
  // By actor: the organizer's name filters to their actions.
  await page.goto('/console/audit?action=room.close');
  await rows.first().getByTestId('mod-audit-actor').click();
  await expect(page).toHaveURL(new RegExp(`actor=${organizer.auth.user.id}`));
  await expect(page.getByTestId('mod-audit-actor-filter')).toBeVisible();
  await expect(rows.filter({ hasText: closeReason })).toBeVisible();

  // Everything about a room: filter by the room as target (from its close entry) — its own entries and
  // what was done to its messages and members.
  await page.getByTestId('mod-audit-clear').click();
  await expect(page).toHaveURL(/\/console\/audit$/);
  await rows.filter({ hasText: closeReason }).getByRole('button', { name: '只看此对象' }).click();
  await expect(page).toHaveURL(new RegExp(`target=${room.id}`));
  await expect(rows.filter({ hasText: closeReason })).toBeVisible();
  await expect(rows.filter({ hasText: hideReason })).toBeVisible();
  await expect(rows.filter({ hasText: muteReason })).toBeVisible();
});
