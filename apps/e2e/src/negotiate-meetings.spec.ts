import { MeetingRequestPage } from './pages/negotiate-schedule-request-page.js';
import { NegotiationSetup, expoLastDay, icsUtc } from './pages/negotiate-schedule-api.js';
import { SchedulePage } from './pages/negotiate-schedule-page.js';
import { uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/** ICS content lines are folded at 75 octets (CRLF + space); unfold before looking for a value. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

test('a foundation requests a meeting from a booth with three slots; the exhibitor accepts slot 2 live; both download it as ICS', async ({ page, api, request, newContext, loginAs }) => {
  test.slow(); // several organisations, booths and browsers
  const setup = new NegotiationSetup(api, request);
  const expo = await api.currentExpo();
  const { day, dayAfter, at } = expoLastDay(expo);
  const exhibitor = await setup.registerOrg('social_org', '成都市锦江区长者关爱服务中心');
  const booth = await setup.approvedBooth(exhibitor, expo, `长者助餐与上门探访 ${uniqueId()}`);
  const foundation = await setup.registerOrg('foundation', '成都市益桥公益基金会');
  const topic = `社区助餐点资助洽谈 ${uniqueId()}`;

  // The exhibitor has "my schedule" open before anything is asked: nothing to answer yet.
  const exhibitorContext = await newContext({ session: exhibitor });
  const exhibitorPage = await exhibitorContext.newPage();
  const exhibitorSchedule = new SchedulePage(exhibitorPage);
  await exhibitorSchedule.goto();
  await expect(exhibitorSchedule.empty).toContainText('还没有洽谈预约');

  // The foundation finds the booth and asks for a meeting.
  await loginAs(foundation);
  await page.goto(`/expos/${expo.slug}/booths/${booth.id}`);
  await page.getByTestId('booth-request-meeting').click();
  await expect(page).toHaveURL(new RegExp(`/negotiate/meetings/new\\?boothId=${booth.id}&orgId=${exhibitor.orgId}&expoId=${expo.id}$`));
  const form = new MeetingRequestPage(page);
  await expect(form.invitee).toContainText(exhibitor.orgName);
  await expect(form.invitee).toContainText(expo.name);

  // Client side: a day after the expo is not offered, and typing it is not taken.
  await form.openDatePicker(0);
  await expect(form.dayCell(day)).not.toHaveClass(/ant-picker-cell-disabled/);
  await expect(form.dayCell(dayAfter)).toHaveClass(/ant-picker-cell-disabled/);
  const dateInput = form.dateInput(0);
  await dateInput.fill(dayAfter);
  await dateInput.press('Enter');
  await page.keyboard.press('Escape');
  await expect(dateInput).not.toHaveValue(dayAfter);
  // … and a slot left empty is refused before anything is sent.
  await form.topic.fill(topic);
  await form.submit.click();
  await expect(form.slot(0).locator('.ant-form-item-explain-error').first()).toHaveText('请选择日期');

  await form.fillSlot(0, day, '10:00', '11:00');
  await form.fillSlot(1, day, '14:00', '15:00');
  await form.fillSlot(2, day, '16:00', '17:00');
  await expect(form.addSlot).toHaveCount(0); // three at most
  await form.note.fill('希望了解助餐点的运营成本与志愿者排班。');
  await page.screenshot({ path: test.info().outputPath('meeting-request.png'), fullPage: true });
  await form.submit.click();

  await expect(page).toHaveURL(/\/negotiate\/schedule\?tab=outgoing$/);
  const schedule = new SchedulePage(page);
  const sent = schedule.cardByTopic(topic);
  await expect(sent.status).toHaveText('等待对方答复');
  await expect(sent.counterpart).toHaveText(exhibitor.orgName);
  await expect(sent.slots).toHaveCount(3);
  const stored = (await setup.meetings(foundation.accessToken)).find((m) => m.topic === topic);
  expect(stored?.slots).toEqual([
    { startsAt: at('10:00'), endsAt: at('11:00') },
    { startsAt: at('14:00'), endsAt: at('15:00') },
    { startsAt: at('16:00'), endsAt: at('17:00') },
  ]);
  const meetingId = stored?.id ?? '';

  // The server refuses a slot outside the expo as well (not only the picker).
  const refused = await setup.createMeetingRaw(foundation.accessToken, {
    expoId: expo.id,
    inviteeOrgId: exhibitor.orgId,
    topic,
    slots: [{ startsAt: `${dayAfter}T10:00:00+08:00`, endsAt: `${dayAfter}T11:00:00+08:00` }],
  });
  expect(refused.status).toBe(400);
  expect(refused.body.error?.details?.fields).toEqual([expect.objectContaining({ path: 'slots.0.startsAt', code: 'meeting_slot_outside_expo' })]);

  // The exhibitor, without reloading: a live notice and the request under 待我答复.
  await expect(exhibitorSchedule.liveNotice).toContainText(`${foundation.orgName} 向贵机构发起洽谈预约`);
  const incoming = exhibitorSchedule.card(meetingId);
  await expect(incoming.root).toBeVisible();
  await expect(exhibitorPage.getByTestId('schedule-tab-incoming')).toContainText('1');
  await expect(incoming.status).toHaveText('待我答复');
  await expect(incoming.root).toContainText('希望了解助餐点的运营成本与志愿者排班。');
  await expect(incoming.slots).toHaveCount(3);
  await expect(incoming.accept).toBeDisabled();
  await exhibitorPage.screenshot({ path: test.info().outputPath('schedule-incoming.png'), fullPage: true });
  await incoming.acceptSlot(1);
  await expect(incoming.status).toHaveText('已确认');
  await expect(incoming.agreed).toContainText('14:00–15:00');

  // The requester sees it confirmed, with slot 2, live.
  await expect(schedule.liveNotice).toContainText(`${exhibitor.orgName} 接受了洽谈预约`);
  await expect(sent.status).toHaveText('已确认');
  await expect(sent.agreed).toContainText('14:00–15:00');
  await expect(sent.slot(1).getByTestId('meeting-slot-accepted')).toBeVisible();
  await expect(sent.slot(0).getByTestId('meeting-slot-accepted')).toHaveCount(0);
  // … in the agenda on that day, and under 已确认.
  const agendaItem = schedule.agenda.locator(`[data-testid="agenda-item"][data-meeting-id="${meetingId}"]`);
  await expect(agendaItem).toContainText(topic);
  await expect(agendaItem).toContainText('14:00–15:00');
  await schedule.openTab('accepted');
  await expect(schedule.card(meetingId).root).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('schedule-accepted.png'), fullPage: true });

  // Both download it: the one meeting and the whole calendar, each with slot 2 in UTC.
  const dtstart = `DTSTART:${icsUtc(at('14:00'))}`;
  const dtend = `DTEND:${icsUtc(at('15:00'))}`;
  for (const [p, s] of [
    [page, schedule],
    [exhibitorPage, exhibitorSchedule],
  ] as const) {
    const one = await s.download(s.card(meetingId).ics);
    expect(one.name).toBe(`yiqia-meeting-${meetingId}.ics`);
    const text = unfold(one.text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain(topic);
    expect(text).toContain(`\r\n${dtstart}\r\n`);
    expect(text).toContain(`\r\n${dtend}\r\n`);
    expect(text).toContain('STATUS:CONFIRMED');
    const all = await s.download(s.downloadAll);
    expect(all.name).toBe('yiqia-meetings.ics');
    expect(unfold(all.text)).toContain(`UID:meeting-${meetingId}@yiqia`);
    expect(unfold(all.text)).toContain(`\r\n${dtstart}\r\n`);
    expect(p.url()).toContain('/negotiate/schedule');
  }
});

test('a request overlapping a confirmed meeting warns of the clash on both sides, and a decline’s reason reaches the requester', async ({ page, api, request, newContext, loginAs }) => {
  test.slow(); // several organisations, booths and browsers
  const setup = new NegotiationSetup(api, request);
  const expo = await api.currentExpo();
  const { day, at } = expoLastDay(expo);
  const elderly = await setup.registerOrg('social_org', '成都市锦江区长者关爱服务中心');
  const elderlyBooth = await setup.approvedBooth(elderly, expo, `长者助餐 ${uniqueId()}`);
  const youth = await setup.registerOrg('social_org', '成都市青羊区青少年成长服务中心');
  const youthBooth = await setup.approvedBooth(youth, expo, `四点半课堂 ${uniqueId()}`);
  const foundation = await setup.registerOrg('foundation', '成都市益桥公益基金会');
  const company = await setup.registerOrg('company', '四川蜀光科技有限公司');

  // Already agreed: the foundation meets the elderly-care centre at 14:00–15:00.
  const first = await setup.createMeeting(foundation.accessToken, {
    expoId: expo.id,
    inviteeOrgId: elderly.orgId,
    boothId: elderlyBooth.id,
    topic: `助餐点资助 ${uniqueId()}`,
    slots: [{ startsAt: at('14:00'), endsAt: at('15:00') }],
  });
  await api.post(`/api/meetings/${first.id}/answer`, { decision: 'accept', slotIndex: 0 }, elderly.accessToken);

  // 1. The foundation asks the youth centre for 14:30–15:30: the form warns before sending.
  const youthContext = await newContext({ session: youth });
  const youthPage = await youthContext.newPage();
  const youthSchedule = new SchedulePage(youthPage);
  await youthSchedule.goto();

  await loginAs(foundation);
  await page.goto(`/negotiate/meetings/new?boothId=${youthBooth.id}&orgId=${youth.orgId}&expoId=${expo.id}`);
  const form = new MeetingRequestPage(page);
  const topic = `四点半课堂志愿者合作 ${uniqueId()}`;
  await form.topic.fill(topic);
  await form.fillSlot(0, day, '14:30', '15:30');
  const warning = form.slot(0).getByTestId('meeting-slot-clash');
  await expect(warning).toContainText('时段 1 与已确认的洽谈时间冲突');
  await expect(warning).toContainText(first.topic);
  await expect(warning).toContainText(elderly.orgName);
  await form.fillSlot(1, day, '15:00', '16:00'); // back to back with 14:00–15:00: no clash
  await expect(form.slot(1).getByTestId('meeting-slot-clash')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('meeting-clash.png'), fullPage: true });
  await form.submit.click();
  await expect(page.locator('.ant-modal-confirm')).toContainText('有 1 个时段与已确认的洽谈冲突');
  await page.getByTestId('meeting-clash-confirm').click();
  await expect(page).toHaveURL(/\/negotiate\/schedule\?tab=outgoing$/);
  const schedule = new SchedulePage(page);
  const sent = schedule.cardByTopic(topic);
  await expect(sent.status).toHaveText('等待对方答复');
  // The server's clashes (for the foundation) mark slot 1, not slot 2.
  await expect(sent.slot(0).getByTestId('meeting-clash')).toContainText(first.topic);
  await expect(sent.slot(1).getByTestId('meeting-clash')).toHaveCount(0);

  // 2. The youth centre declines, with a reason (required) — the foundation reads it, live.
  const incoming = youthSchedule.cardByTopic(topic);
  await expect(incoming.status).toHaveText('待我答复');
  const reason = '本周展会期间人手已排满，欢迎展会结束后到中心实地交流。';
  await incoming.declineWith(reason);
  await expect(incoming.status).toHaveText('已婉拒');
  await expect(schedule.liveNotice).toContainText(`${youth.orgName} 婉拒了洽谈预约`);
  await expect(sent.status).toHaveText('已婉拒');
  await expect(sent.declineReason).toHaveText(reason);
  await expect(sent.root.getByTestId('meeting-declined')).toContainText(`${youth.orgName} 婉拒了预约`);
  await expect(sent.accept).toHaveCount(0);

  // 3. The elderly-care centre is asked by a company for 14:30–15:00: its card warns of the clash with its confirmed meeting.
  const overlapping = await setup.createMeeting(company.accessToken, {
    expoId: expo.id,
    inviteeOrgId: elderly.orgId,
    topic: `员工志愿服务对接 ${uniqueId()}`,
    slots: [
      { startsAt: at('09:00'), endsAt: at('10:00') },
      { startsAt: at('14:30'), endsAt: at('15:00') },
    ],
  });
  const elderlyContext = await newContext({ session: elderly });
  const elderlyPage = await elderlyContext.newPage();
  const elderlySchedule = new SchedulePage(elderlyPage);
  await elderlySchedule.goto('incoming');
  const card = elderlySchedule.card(overlapping.id);
  await expect(card.slot(1)).toHaveAttribute('data-clash', 'true');
  await expect(card.slot(1).getByTestId('meeting-clash')).toContainText(first.topic);
  await expect(card.slot(0)).toHaveAttribute('data-clash', 'false');
  await elderlyPage.screenshot({ path: test.info().outputPath('schedule-clash.png'), fullPage: true });
});
