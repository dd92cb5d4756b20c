import { ListingEditorPage } from './pages/listing-editor-page.js';
import { MyListingsPage } from './pages/my-listings-page.js';
import { CJK, newOrg, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { ListingsApi } from './support/listings-api.js';

test('the editor explains what is wrong in Chinese before anything is saved: a short summary, a maximum below the minimum, missing fields', async ({
  page,
  api,
  request,
  loginAs,
}) => {
  const listings = new ListingsApi(request);
  const owner = await api.registerOrg(newOrg('环保志愿者协会'));
  await loginAs(owner);
  const editor = new ListingEditorPage(page);
  await editor.gotoNew();

  // Nothing filled: the required fields say so.
  await editor.save.click();
  await expect(editor.fieldError(editor.title)).toHaveText('请输入标题');
  await expect(editor.fieldError(editor.summary)).toHaveText('请输入摘要');
  await expect(editor.fieldError(editor.domains)).toHaveText('请至少选择一个服务领域');
  await expect(editor.fieldError(editor.region)).toHaveText('请选择服务地区');

  // A summary under 10 characters and a maximum below the minimum.
  const title = `社区垃圾分类宣传 ${uniqueId()}`;
  await editor.kindOffer.click();
  await editor.title.fill(title);
  await editor.summary.fill('宣传活动');
  await editor.chooseMany(editor.domains, ['环境保护/垃圾分类']);
  await editor.pickRegion(['四川省']);
  await editor.fillAmount(200_000, 50_000);
  await editor.save.click();
  await expect(editor.fieldError(editor.summary)).toHaveText('摘要需 10–300 个字');
  await expect(editor.fieldError(editor.amountMax)).toHaveText('最高金额不能低于最低金额');
  await expect(editor.fieldError(editor.title)).toHaveCount(0);
  await expect(editor.fieldError(editor.region)).toHaveCount(0);
  await expect(page).toHaveURL(/\/listings\/new$/);
  expect((await api.get<{ total: number }>('/api/listings?mine=true', owner.accessToken)).total).toBe(0);

  // Fixed, it saves; a province alone is a valid region.
  await editor.summary.fill('每月在社区开展两次垃圾分类宣传与入户指导，可提供志愿者与宣传物资。');
  await editor.fillAmount(50_000, 200_000);
  await expect(editor.fieldError(editor.amountMax)).toHaveCount(0);
  const id = await editor.saveAndOpen();
  const stored = await listings.get(id, owner.accessToken);
  expect(stored.body).toMatchObject({ kind: 'offer', title, regionCode: '510000', regionName: '四川省', amountMin: 50_000, amountMax: 200_000 });
});

test('what only the server can check comes back under the field it concerns, in Chinese', async ({ page, api, loginAs }) => {
  const owner = await api.registerOrg(newOrg('社区服务中心'));
  const stranger = await api.registerOrg(newOrg('另一家机构'));
  const expo = await api.currentExpo();
  const strangersBooth = await api.createBooth(stranger.accessToken, expo.id, `他人展位${uniqueId().slice(-5)}`);
  await loginAs(owner);
  const editor = new ListingEditorPage(page);
  // A link naming someone else's booth preselects nothing; one naming an expo that does not exist (a
  // stale link) is refused by the server, and the form says so under the booth field.
  await editor.gotoNew(`?boothId=${strangersBooth.id}&expoId=00000000-0000-4000-8000-000000000000`);
  await expect(editor.booth).toContainText('不关联展位');
  await expect(editor.booth).not.toContainText(strangersBooth.id);
  await editor.title.fill(`社区长者健康讲座 ${uniqueId()}`);
  await editor.summary.fill('每月一次社区长者健康讲座，寻找医务志愿者合作。');
  await editor.chooseMany(editor.domains, ['医务']);
  await editor.pickRegion(['四川省', '成都市']);
  await editor.save.click();
  await expect(editor.fieldError(editor.booth)).toHaveText('展会不存在');
  await expect(editor.error).toContainText('请先修正标出的内容');
  await expect(page).toHaveURL(/\/listings\/new\?/);
  expect((await api.get<{ total: number }>('/api/listings?mine=true', owner.accessToken)).total).toBe(0);
});

test('leaving the editor with unsaved changes asks first; staying keeps what was typed', async ({ page, api, loginAs }) => {
  const owner = await api.registerOrg(newOrg('社区发展中心'));
  await loginAs(owner);
  const editor = new ListingEditorPage(page);
  await editor.gotoNew();
  // An untouched form leaves without a question.
  await page.getByTestId('editor-cancel').click();
  const mine = new MyListingsPage(page);
  await expect(mine.root).toBeVisible();

  await mine.publish.click();
  await editor.expectLoaded();
  await editor.title.fill('尚未保存的标题');
  await page.getByTestId('nav-my-listings').click();
  const dialog = page.locator('.ant-modal-confirm');
  await expect(dialog).toContainText('离开此页？');
  await page.getByTestId('leave-cancel').click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/listings\/new$/);
  await expect(editor.title).toHaveValue('尚未保存的标题');

  await page.getByTestId('editor-cancel').click();
  await expect(dialog).toContainText('您的修改还没有保存');
  await page.getByTestId('leave-confirm').click();
  await expect(mine.root).toBeVisible();
  await expect(mine.empty).toBeVisible();
});

test('in English the editor, its checks and my listings have no Chinese left (only what users typed)', async ({ api, request, newContext }) => {
  const owner = await api.registerOrg(newOrg('社区发展基金会'));
  const listings = new ListingsApi(request);
  const title = `乡村儿童阅读角 ${uniqueId()}`;
  await listings.create(owner.accessToken, {
    kind: 'need',
    title,
    summary: '为五所乡村小学建设阅读角，需要图书与志愿者。',
    domains: ['rural_education'],
    regionCode: '510100',
    amountMin: 10_000,
    amountMax: 60_000,
  });
  const context = await newContext({ session: owner, lang: 'en' });
  const page = await context.newPage();
  const typed = (line: string) => line.includes(title) || line.includes('为五所乡村小学') || line.includes(owner.org.name) || /四川省|成都市/.test(line);

  const mine = new MyListingsPage(page);
  await mine.goto();
  await expect(mine.rows).toHaveCount(1);
  await expect(mine.root).toContainText('My listings');
  await expect(mine.rows.first()).toContainText('Mark as matched');
  const mineLines = (await mine.root.innerText()).split('\n').filter((l) => CJK.test(l) && !typed(l));
  expect(mineLines).toEqual([]);

  const editor = new ListingEditorPage(page);
  await editor.gotoNew();
  await editor.save.click();
  await expect(editor.fieldError(editor.summary)).toHaveText('Enter a summary');
  await editor.summary.fill('short');
  await editor.fillAmount(9, 1);
  await editor.save.click();
  await expect(editor.fieldError(editor.summary)).toHaveText('Use 10–300 characters for the summary');
  await expect(editor.fieldError(editor.amountMax)).toHaveText('The maximum amount must not be below the minimum');
  const editorLines = (await editor.root.innerText()).split('\n').filter((l) => CJK.test(l));
  expect(editorLines).toEqual([]);
});
