import { BoothEditorPage } from './pages/booth-editor-page.js';
import { BoothPage } from './pages/booth-page.js';
import { ExpoLandingPage } from './pages/expo-landing-page.js';
import { Header } from './pages/header.js';
import { MyBoothsPage } from './pages/my-booths-page.js';
import { ReviewQueuePage } from './pages/review-queue-page.js';
import { DEMO, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

test('an organizer rejects a submitted booth with a reason, the exhibitor fixes and resubmits, the organizer approves and it goes public', async ({
  page,
  api,
  loginAs,
  newContext,
}) => {
  // Set-up through the API: a new organisation with a complete, submitted booth.
  const exhibitor = await api.registerOrg();
  const expo = await api.currentExpo();
  const title = `社区互助食堂${uniqueId().slice(-5)}`;
  const booth = await api.completeBooth(exhibitor, expo, title, { submit: true });
  expect(booth.status).toBe('submitted');
  const reason = '请补充项目服务成果，并写明联系人的办公电话。';

  // Before review the booth is not public.
  const visitorContext = await newContext();
  const visitor = await visitorContext.newPage();
  const publicBooth = new BoothPage(visitor);
  await visitor.goto(`/expos/${DEMO.expo.slug}/booths/${booth.id}`);
  await expect(publicBooth.notFound).toBeVisible();
  await expect(publicBooth.notFound).toContainText('该展位尚未公开');

  // The organizer (own browser) finds it in the review queue and rejects it with a reason.
  const organizerContext = await newContext({ session: await api.login(DEMO.organizer.email, DEMO.organizer.password) });
  const organizer = await organizerContext.newPage();
  await organizer.goto('/');
  await new Header(organizer).navReview.click();
  const review = new ReviewQueuePage(organizer);
  await expect(review.root).toBeVisible();
  await expect(review.item(booth.id)).toBeVisible();
  await expect(review.item(booth.id)).toContainText(title);
  await expect(review.item(booth.id)).toContainText(exhibitor.org.name);
  await review.open(booth.id);
  await expect(review.panel.getByTestId('booth-title')).toHaveText(title);
  await review.reject(reason);
  await expect(review.item(booth.id)).toHaveCount(0);

  // The exhibitor sees 已驳回 and the reason in 我的展位.
  await loginAs(exhibitor);
  const myBooths = new MyBoothsPage(page);
  await myBooths.goto();
  await expect(myBooths.status(booth.id)).toHaveText('已驳回');
  await expect(myBooths.rejectReason(booth.id)).toContainText(reason);

  // … fixes it in the editor (the reason stays on screen) and resubmits.
  await myBooths.booth(booth.id).getByTestId('my-booth-edit').click();
  const editor = new BoothEditorPage(page);
  await editor.expectLoaded();
  await expect(editor.state).toHaveAttribute('data-state', 'rejected');
  await expect(editor.rejectReason).toContainText(reason);
  await expect(editor.status).toHaveText('已驳回');
  await editor.introContent.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('服务成果：2025 年累计上门探访 3200 人次。办公电话 028-8888 6666。');
  await editor.expectSaved();
  await expect(editor.status).toHaveText('草稿');
  await expect(editor.rejectReason).toContainText(reason);
  await editor.submitForReview();
  await expect(editor.status).toHaveText('审核中');
  await expect(editor.readOnly).toBeVisible();
  await myBooths.goto();
  await expect(myBooths.status(booth.id)).toHaveText('审核中');
  await expect(myBooths.rejectReason(booth.id)).toHaveCount(0);

  // The organizer sees it again (refresh), checks the fix and approves.
  await review.refresh.click();
  await expect(review.item(booth.id)).toBeVisible();
  await review.open(booth.id);
  await expect(review.panel.getByTestId('booth-intro')).toContainText('累计上门探访 3200 人次');
  await review.approve();
  await expect(review.item(booth.id)).toHaveCount(0);

  // The exhibitor's booth is approved and public.
  await page.reload();
  await expect(myBooths.status(booth.id)).toHaveText('已通过');
  await expect(myBooths.booth(booth.id).getByTestId('my-booth-public')).toBeVisible();

  // An anonymous visitor finds it in the expo's booth list and opens it.
  const landing = new ExpoLandingPage(visitor);
  await landing.goto(DEMO.expo.slug);
  await landing.searchFor(title);
  await expect(landing.card(booth.id)).toBeVisible();
  await expect(landing.card(booth.id).getByTestId('booth-card-title')).toHaveText(title);
  await expect(landing.card(booth.id).getByTestId('booth-card-org')).toHaveText(exhibitor.org.name);
  await landing.card(booth.id).click();
  await expect(visitor).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}/booths/${booth.id}$`));
  await expect(publicBooth.title).toHaveText(title);
  await expect(publicBooth.organization).toContainText(exhibitor.org.name);
  await expect(publicBooth.intro).toContainText('累计上门探访 3200 人次');
  await expect(publicBooth.contacts).toContainText('李老师');
});
