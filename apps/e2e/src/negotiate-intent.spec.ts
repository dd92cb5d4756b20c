import type { Page } from '@playwright/test';
import { IntentApi } from './pages/negotiate-intent-api.js';
import { IntentPanel } from './pages/negotiate-intent-panel.js';
import { NegotiationSetup } from './pages/negotiate-schedule-api.js';
import { uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

test('three parties negotiate a 合作意向书 live: v1, v2 with a new amount, signatures by each admin, 已签约意向, locked, printable', async ({ page, api, request, newContext, loginAs }) => {
  test.slow(); // three organisations and four browsers
  const setup = new NegotiationSetup(api, request);
  const intents = new IntentApi(api, request);
  const need = await setup.registerOrg('social_org', '成都市锦江区长者关爱服务中心');
  const funder = await setup.registerOrg('foundation', '成都市益桥公益基金会');
  const implementer = await setup.registerOrg('social_org', '成都市青羊区邻里互助社工服务中心');
  const funderMember = await setup.addMember(funder, '项目官员小王');
  const listing = await intents.createListing(need.accessToken, {
    kind: 'need',
    title: `社区长者助餐点建设 ${uniqueId()}`,
    summary: '为锦江区三个社区的独居老人建设助餐点，需要资金、设备与志愿者支持。',
    domains: ['elderly'],
    regionCode: '510104',
  });
  const room = await intents.negotiationRoom(need, [funder, implementer], `长者助餐三方洽谈 ${uniqueId()}`, [listing.id]);

  // Every party has the room open: A (default page), B, C and a member of B.
  await loginAs(need);
  const a = new IntentPanel(page);
  const [b, c, bMember] = await Promise.all(
    [funder, implementer, funderMember].map(async (session) => {
      const context = await newContext({ session });
      return new IntentPanel(await context.newPage());
    }),
  );
  for (const p of [a, b, c, bMember]) await p.gotoRoom(room.id);
  await expect(a.empty).toContainText('还没有意向书');
  await expect(b.root).toHaveAttribute('data-state', 'empty');

  // A drafts v1 through the UI; a role left empty is caught before anything is sent.
  await a.openEditor();
  await expect(a.editor).toContainText('起草第一版合作意向书');
  await a.fill({ parties: [{ orgId: funder.orgId, role: '' }] });
  await a.page.getByTestId('intent-editor-submit').click();
  await expect(a.editor.locator(`[data-testid="intent-party-editor"][data-org="${funder.orgId}"] .ant-form-item-explain-error`)).toHaveText('请选择或填写角色');
  await a.fill({
    title: '社区长者助餐点合作意向书',
    parties: [
      { orgId: need.orgId, role: '需求方', commitments: '提供三个社区的场地与服务对象名单' },
      { orgId: funder.orgId, role: '资助方', commitments: '资助建设与第一年运营经费' },
      { orgId: implementer.orgId, role: '执行方', commitments: '负责助餐点运营与志愿者招募培训' },
    ],
    fundingAmount: 300_000,
    goods: '助餐设备 3 套',
    volunteers: 20,
    venue: '锦江区书院街街道三个社区综合服务中心',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    deliverables: '建成 3 个社区助餐点，服务独居老人 200 名，提交中期与结项报告',
  });
  await expect(a.editor.getByTestId('intent-amount-reading')).toHaveText('即 30 万元');
  await a.page.screenshot({ path: test.info().outputPath('intent-editor.png'), fullPage: true });
  await a.submitEditor();
  await expect(a.openHeading).toContainText('第 1 版 · 待签署 · 已签 0/3');
  await expect(a.notice).toHaveCount(0); // my own proposal is no news to me

  // B and C see v1 live, with a notice naming A.
  for (const p of [b, c]) {
    await expect(p.notice).toContainText(`${need.orgName} 提出了第 1 版意向书`);
    await expect(p.openHeading).toContainText('第 1 版 · 待签署');
    await expect(p.openAmount).toHaveText('300,000 元（30 万元）');
    await expect(p.root.getByTestId('intent-open-title')).toHaveText('社区长者助餐点合作意向书');
  }

  // B proposes v2 with a larger amount; A sees it and the difference live.
  await b.openEditor();
  await expect(b.editor).toContainText('已按第 1 版预填');
  await expect(b.editor.locator('#venue')).toHaveValue('锦江区书院街街道三个社区综合服务中心');
  await b.fill({ fundingAmount: 500_000 });
  await b.submitEditor();
  await expect(a.notice).toContainText(`${funder.orgName} 提出了第 2 版意向书`);
  await expect(a.openHeading).toContainText('第 2 版 · 待签署 · 已签 0/3');
  const amountChange = a.diffRow('fundingAmount');
  await expect(amountChange.getByTestId('intent-diff-before')).toHaveText('300,000 元（30 万元）');
  await expect(amountChange.getByTestId('intent-diff-after')).toHaveText('500,000 元（50 万元）');
  await expect(a.changes.getByTestId('intent-diff-row')).toHaveCount(1); // nothing else changed
  await expect(a.historyItem(1)).toHaveAttribute('data-status', 'superseded');
  await expect(a.historyItem(1)).toContainText('已被替代');
  await expect(a.historyItem(2)).toContainText('待签署');
  // The full view of v2 shows the same difference as a table.
  await a.root.getByTestId('intent-view-open').click();
  await expect(a.versionDrawer.getByTestId('intent-view-amount')).toHaveText('500,000 元（50 万元）');
  await expect(a.versionDrawer.locator('[data-testid="intent-diff-row"][data-field="fundingAmount"]')).toContainText('300,000 元（30 万元）');
  await a.page.screenshot({ path: test.info().outputPath('intent-version-drawer.png') });
  await a.page.keyboard.press('Escape');
  await expect(a.versionDrawer).toBeHidden();

  // A member of B is told an admin must sign — no button — and the API agrees.
  await expect(bMember.openHeading).toContainText('第 2 版');
  await expect(bMember.signBlock).toHaveAttribute('data-block', 'notAdmin');
  await expect(bMember.signBlock).toContainText('需由本机构管理员签署');
  await expect(bMember.sign).toHaveCount(0);
  expect(await intents.signRaw(funderMember.accessToken, room.id, 2)).toEqual({ status: 403, code: 'INTENT_SIGN_NOT_AUTHORISED' });

  // The admins of A, B and C sign v2, each in their own browser; the others see each signature arrive.
  await a.signOpenVersion();
  await expect(b.signature(need.orgId)).toHaveAttribute('data-signed', 'true');
  await expect(a.signBlock).toHaveAttribute('data-block', 'alreadySigned');
  await b.signOpenVersion();
  await expect(c.notice).toContainText(`${funder.orgName} 签署了第 2 版意向书`);
  await expect(c.openHeading).toContainText('已签 2/3');
  await c.page.screenshot({ path: test.info().outputPath('intent-panel-open.png') });
  await c.signOpenVersion();

  // Every browser shows 已签约意向, live: the stamp, the room's banner, and no more new versions.
  for (const p of [a, b, c, bMember]) {
    await expect(p.root).toHaveAttribute('data-state', 'signed');
    await expect(p.signedLabel).toHaveText('已签约意向');
    await expect(p.seal).toBeVisible();
    await expect(p.page.getByTestId('room-signed-banner')).toBeVisible();
    await expect(p.propose).toHaveCount(0);
    await expect(p.locked).toBeVisible();
    await expect(p.root.getByTestId('intent-signed-amount')).toHaveText('500,000 元（50 万元）');
  }
  await expect(a.historyItem(2)).toHaveAttribute('data-status', 'signed');
  await expect(a.history).toHaveCount(2);
  await a.page.screenshot({ path: test.info().outputPath('intent-signed.png') });

  // The listing involved is matched, on its page too.
  expect((await intents.listing(listing.id)).status).toBe('matched');
  const listingPage = await b.page.context().newPage();
  await listingPage.goto(`/listings/${listing.id}`);
  await expect(listingPage.getByTestId('listing-status-notice')).toContainText('该信息已对接成功');

  // The signed version's printable page opens (fetched with the Authorization header) with the parties and the amount.
  const doc: Page = await a.openPrintable();
  const text = await doc.locator('body').innerText();
  for (const org of [need, funder, implementer]) {
    expect(text).toContain(org.orgName);
    expect(text).toContain(org.adminName); // each signer
  }
  expect(text).toContain('社区长者助餐点合作意向书');
  expect(text).toContain('500,000 元');
  expect(text).toContain('伍拾万元整');
  expect(text).toContain('已签约意向');
  await doc.screenshot({ path: test.info().outputPath('intent-document.png'), fullPage: true });
});

test('a withdrawn proposal shows 已撤回 to every party and every version stays in the history', async ({ page, api, request, newContext, loginAs }) => {
  test.slow();
  const setup = new NegotiationSetup(api, request);
  const intents = new IntentApi(api, request);
  const need = await setup.registerOrg('community', '成都市锦江区书院街社区居民委员会');
  const funder = await setup.registerOrg('company', '四川蜀光科技有限公司');
  const room = await intents.negotiationRoom(need, [funder], `社区微更新 ${uniqueId()}`);
  const terms = (amount: number) => ({
    title: '社区微更新合作意向书',
    parties: [
      { organizationId: need.orgId, role: '需求方' },
      { organizationId: funder.orgId, role: '资助方' },
    ],
    fundingAmount: amount,
  });
  await intents.propose(need.accessToken, room.id, terms(80_000));
  await intents.propose(funder.accessToken, room.id, terms(60_000));

  await loginAs(need);
  const a = new IntentPanel(page);
  const context = await newContext({ session: funder });
  const b = new IntentPanel(await context.newPage());
  await a.gotoRoom(room.id);
  await b.gotoRoom(room.id);

  // Only the proposing organisation may withdraw its version.
  await expect(a.openHeading).toContainText('第 2 版');
  await expect(a.withdraw).toHaveCount(0);
  await b.withdraw.click();
  await b.page.getByTestId('intent-withdraw-confirm').click();

  for (const p of [b, a]) {
    await expect(p.root).toHaveAttribute('data-state', 'none-open');
    await expect(p.historyItem(2)).toHaveAttribute('data-status', 'withdrawn');
    await expect(p.historyItem(2)).toContainText('已撤回');
    await expect(p.historyItem(1)).toHaveAttribute('data-status', 'superseded');
    await expect(p.root.getByTestId('intent-no-open')).toContainText(`${funder.orgName} 已撤回第 2 版`);
  }
  await expect(a.notice).toContainText(`${funder.orgName} 撤回了第 2 版意向书`);
  // The withdrawn version can still be read (not signed): its drawer says so and offers no signature.
  await a.historyItem(2).click();
  await expect(a.versionDrawer).toContainText('第 2 版已由提出方撤回');
  await expect(a.versionDrawer.getByTestId('intent-view-amount')).toHaveText('60,000 元（6 万元）');
  await expect(a.page.getByTestId('intent-sign')).toHaveCount(0);
  await a.page.keyboard.press('Escape');

  // Anyone may start again from here: v3, and all three versions stay.
  await a.openEditor();
  await a.fill({ fundingAmount: 70_000 });
  await a.submitEditor();
  await expect(b.openHeading).toContainText('第 3 版');
  await expect(b.history).toHaveCount(3);
  const stored = await intents.intent(funder.accessToken, room.id);
  expect(stored.versions.map((v) => [v.version, v.status])).toEqual([
    [3, 'proposed'],
    [2, 'withdrawn'],
    [1, 'superseded'],
  ]);
});
