import { BoothPage } from './pages/booth-page.js';
import { ListingEditorPage } from './pages/listing-editor-page.js';
import { MyBoothsPage } from './pages/my-booths-page.js';
import { DEMO, newOrg, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { ListingsApi } from './support/listings-api.js';

test('a listing published from my booths appears on the booth’s public page and links to the listing; closed ones leave it', async ({
  page,
  api,
  request,
  loginAs,
  newContext,
}) => {
  const listings = new ListingsApi(request);
  // Set-up through the API: a new organisation with an approved (public) booth.
  const owner = await api.registerOrg(newOrg('企业公益基金会'));
  const expo = await api.currentExpo();
  const boothTitle = `企业志愿服务展位${uniqueId().slice(-5)}`;
  const booth = await api.completeBooth(owner, expo, boothTitle, { submit: true });
  const organizer = await api.login(DEMO.organizer.email, DEMO.organizer.password);
  await api.reviewBooth(organizer.accessToken, booth.id, 'approve');
  const boothUrl = `/expos/${DEMO.expo.slug}/booths/${booth.id}`;

  // Before: the booth page says it has no listings yet.
  const visitorContext = await newContext();
  const visitor = await visitorContext.newPage();
  const publicBooth = new BoothPage(visitor);
  await visitor.goto(boothUrl);
  await expect(publicBooth.title).toHaveText(boothTitle);
  await expect(visitor.getByTestId('booth-listings')).toContainText('供需信息');
  await expect(visitor.getByTestId('booth-listings-empty')).toBeVisible();

  // The owner publishes an offer from 我的展位 → 发布供需: the booth is preselected.
  await loginAs(owner);
  const myBooths = new MyBoothsPage(page);
  await myBooths.goto();
  await myBooths.booth(booth.id).getByTestId('my-booth-publish-listing').click();
  await expect(page).toHaveURL(new RegExp(`/listings/new\\?boothId=${booth.id}&expoId=${expo.id}$`));
  const editor = new ListingEditorPage(page);
  await editor.expectLoaded();
  await expect(editor.booth).toContainText(boothTitle);
  const title = `企业员工志愿服务队 ${uniqueId()}`;
  await editor.kindOffer.click();
  await editor.title.fill(title);
  await editor.summary.fill('每月可派出二十名员工志愿者，参与社区探访、活动组织和物资分发。');
  await editor.chooseMany(editor.domains, ['志愿服务']);
  await editor.checkResourceTypes(['志愿者']);
  await editor.pickRegion(['四川省', '成都市', '锦江区']);
  await editor.fillAmount(null, 30_000);
  const id = await editor.saveAndOpen();
  await expect(page.getByTestId('listing-booth')).toContainText(boothTitle);
  const stored = await listings.get(id);
  expect(stored.body).toMatchObject({ booth: { id: booth.id, isPublic: true }, expoId: expo.id, regionCode: '510104' });

  // A visitor sees it on the booth page and follows it to the listing.
  await visitor.reload();
  const card = visitor.locator(`[data-testid="booth-listing"][data-listing-id="${id}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId('booth-listing-kind')).toHaveText('资源');
  await expect(card.getByTestId('booth-listing-title')).toHaveText(title);
  await expect(card.getByTestId('booth-listing-summary')).toContainText('二十名员工志愿者');
  await expect(card.getByTestId('booth-listing-amount')).toHaveText('最高 3 万元');
  await expect(visitor.getByTestId('booth-listings-total')).toHaveText('共 1 条');
  await card.click();
  await expect(visitor).toHaveURL(new RegExp(`/listings/${id}$`));
  await expect(visitor.getByTestId('listing-title')).toHaveText(title);

  // The booth editor offers 发布供需 for this booth too.
  await page.goto(`/my/booths/${booth.id}/edit`);
  await expect(page.getByTestId('editor-publish-listing')).toHaveAttribute('href', `/listings/new?boothId=${booth.id}&expoId=${expo.id}`);

  // Closed listings are not shown on the booth page.
  expect((await listings.patch(id, { status: 'closed' }, owner.accessToken)).status).toBe(200);
  await visitor.goto(boothUrl);
  await expect(publicBooth.title).toHaveText(boothTitle);
  await expect(visitor.getByTestId('booth-listings-empty')).toBeVisible();
  await expect(visitor.locator('[data-testid="booth-listing"]')).toHaveCount(0);
});
