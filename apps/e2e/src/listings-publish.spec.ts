import { ListingEditorPage } from './pages/listing-editor-page.js';
import { MyListingsPage } from './pages/my-listings-page.js';
import { newOrg, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { ListingsApi } from './support/listings-api.js';

test('a member publishes a need with every field, edits it, marks it matched, closes, reopens and deletes it; search follows each step', async ({
  page,
  api,
  request,
  loginAs,
}) => {
  test.setTimeout(120_000);
  const listings = new ListingsApi(request);
  // Set-up: a new organisation with a booth in the current expo (a draft is enough to attach to).
  const owner = await api.registerOrg(newOrg('助老服务中心'));
  const expo = await api.currentExpo();
  const boothTitle = `长者助餐展位${uniqueId().slice(-5)}`;
  const booth = await api.createBooth(owner.accessToken, expo.id, boothTitle);
  // A word no other listing has, so search results are about this one only.
  const token = `yq${uniqueId()}`;
  const title = `锦江区社区长者助餐点建设 ${token}`;
  const summary = '为社区三百位独居老人建设三个助餐点，需要启动资金和每周十名志愿者。';

  // My listings starts empty and says what to do next.
  await loginAs(owner);
  const mine = new MyListingsPage(page);
  await mine.goto();
  await expect(mine.empty).toBeVisible();
  await expect(mine.empty).toContainText('还没有发布供需');
  await expect(mine.emptyPublish).toHaveText(/发布第一条需求或资源/);
  await mine.emptyPublish.click();

  // The editor: every field through the UI.
  const editor = new ListingEditorPage(page);
  await editor.expectLoaded();
  await expect(page).toHaveURL(/\/listings\/new$/);
  await expect(editor.kindNeed).toBeChecked();
  await editor.kindOffer.click();
  await expect(editor.resourceTypesLabel).toHaveText('可提供的资源');
  await editor.kindNeed.click();
  await expect(editor.kindNeed).toBeChecked();
  await expect(editor.resourceTypesLabel).toHaveText('需要的资源');

  await editor.title.fill(title);
  await editor.summary.fill(summary);
  await editor.typeBody('助餐点选址在', '锦江区三个社区', '，每天供应午餐和晚餐。');
  await editor.chooseMany(editor.domains, ['老年/养老', '社区服务']);
  await editor.chooseMany(editor.targetGroups, ['老年人', '低收入群体']);
  await editor.checkResourceTypes(['资金', '志愿者']);
  await editor.pickRegion(['四川省', '成都市']);
  await editor.fillAmount(50_000, 200_000);
  await expect(page.getByTestId('amount-reading')).toHaveText(['约 5 万元', '约 20 万元']);
  await editor.fillPeriod('2026-06-01', '2026-12-31');
  await editor.chooseBooth(boothTitle);

  const id = await editor.saveAndOpen();
  await expect(page.locator('.ant-message')).toContainText('已发布');

  // The listing page shows it all.
  await expect(page.getByTestId('listing-page')).toBeVisible();
  await expect(page.getByTestId('listing-title')).toHaveText(title);
  await expect(page.getByTestId('listing-summary')).toHaveText(summary);
  await expect(page.getByTestId('listing-header').getByTestId('listing-kind')).toHaveAttribute('data-kind', 'need');
  await expect(page.getByTestId('listing-body').locator('strong')).toHaveText('锦江区三个社区');
  await expect(page.getByTestId('listing-body')).toContainText('助餐点选址在锦江区三个社区，每天供应午餐和晚餐。');
  await expect(page.getByTestId('listing-domains')).toContainText('老年/养老');
  await expect(page.getByTestId('listing-domains')).toContainText('社区服务');
  await expect(page.getByTestId('listing-target-groups')).toContainText('老年人');
  await expect(page.getByTestId('listing-target-groups')).toContainText('低收入群体');
  await expect(page.getByTestId('listing-resource-types')).toContainText('资金');
  await expect(page.getByTestId('listing-resource-types')).toContainText('志愿者');
  await expect(page.getByTestId('listing-region').first()).toContainText('四川省成都市');
  await expect(page.getByTestId('listing-amount').first()).toContainText('5 万元 – 20 万元');
  await expect(page.getByTestId('listing-period').first()).toContainText('2026年6月1日 至 2026年12月31日');
  await expect(page.getByTestId('listing-booth')).toContainText(boothTitle);
  await expect(page.getByTestId('listing-org-name')).toContainText(owner.org.name);

  // What was stored is what was typed.
  const stored = await listings.get(id, owner.accessToken);
  expect(stored.status).toBe(200);
  expect(stored.body).toMatchObject({
    kind: 'need',
    title,
    summary,
    domains: ['elderly', 'community_service'],
    targetGroups: ['elderly', 'low_income'],
    resourceTypes: ['funding', 'volunteers'],
    regionCode: '510100',
    amountMin: 50_000,
    amountMax: 200_000,
    startsAt: '2026-06-01',
    endsAt: '2026-12-31',
    status: 'open',
    expoId: expo.id,
    booth: { id: booth.id },
    editable: true,
  });
  expect(stored.body.body).toContain('<strong>锦江区三个社区</strong>');

  // Search finds it right after saving: the API and the discover page.
  expect(await listings.searchIds(token)).toContain(id);
  await page.goto(`/discover?q=${encodeURIComponent(token)}`);
  const card = page.locator(`[data-testid="listing-card"][data-listing-id="${id}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('listing-card-title')).toContainText('锦江区社区长者助餐点建设');

  // Edit: the title change shows on the listing page, in my listings and in search.
  const newTitle = `锦江区长者助餐与探访项目 ${token}`;
  await mine.goto();
  await expect(mine.rows).toHaveCount(1);
  await expect(mine.title(id)).toHaveText(title);
  await expect(mine.status(id)).toHaveText('对接中');
  await expect(mine.row(id).getByTestId('my-listing-booth')).toHaveText(boothTitle);
  await mine.action(id, 'edit');
  await editor.expectLoaded();
  await expect(page).toHaveURL(new RegExp(`/listings/${id}/edit$`));
  await expect(editor.kindFixed).toHaveAttribute('data-kind', 'need');
  await expect(editor.kindNeed).toHaveCount(0);
  await expect(editor.title).toHaveValue(title);
  await expect(editor.region).toContainText('四川省 / 成都市');
  await expect(editor.booth).toContainText(boothTitle);
  await editor.title.fill(newTitle);
  expect(await editor.saveAndOpen()).toBe(id);
  await expect(page.locator('.ant-message')).toContainText('已保存');
  await expect(page.getByTestId('listing-title')).toHaveText(newTitle);
  await mine.goto();
  await expect(mine.title(id)).toHaveText(newTitle);
  const afterEdit = await listings.search({ q: token, perPage: 100 });
  expect(afterEdit.hits.find((h) => h.id === id)?.title).toBe(newTitle);

  // Mark matched: still found by search (open and matched are searched by default).
  await mine.action(id, 'matched');
  await expect(mine.status(id)).toHaveText('已对接');
  await expect(mine.count('matched')).toHaveText('1');
  expect(await listings.searchIds(token)).toContain(id);

  // Close: gone from default search, still in my listings as 已关闭.
  await mine.action(id, 'close');
  await expect(mine.status(id)).toHaveText('已关闭');
  await expect(mine.count('closed')).toHaveText('1');
  await expect(mine.count('open')).toHaveText('0');
  expect(await listings.searchIds(token)).not.toContain(id);
  await mine.tab('closed').click();
  await expect(page).toHaveURL(/status=closed/);
  await expect(mine.rows).toHaveCount(1);
  await expect(mine.row(id)).toBeVisible();
  await mine.tab('open').click();
  await expect(page.getByTestId('my-listings-empty-filtered')).toBeVisible();
  await mine.tab('all').click();
  await expect(page).not.toHaveURL(/status=/);

  // Reopen: searchable again.
  await mine.action(id, 'reopen');
  await expect(mine.status(id)).toHaveText('对接中');
  await expect(mine.count('open')).toHaveText('1');
  await expect(mine.count('closed')).toHaveText('0');
  expect(await listings.searchIds(token)).toContain(id);

  // Delete (soft): gone from my listings, its page is not found, search no longer finds it.
  await mine.delete(id);
  await expect(page.locator('.ant-message')).toContainText('已删除');
  await expect(mine.row(id)).toHaveCount(0);
  await expect(mine.empty).toBeVisible();
  expect(await listings.searchIds(token)).not.toContain(id);
  expect((await listings.get(id, owner.accessToken)).status).toBe(404);
  await page.goto(`/listings/${id}`);
  await expect(page.getByTestId('listing-not-found')).toBeVisible();
  await page.goto(`/listings/${id}/edit`);
  await expect(page.getByTestId('listing-edit-not-found')).toBeVisible();
});
