import { SERVICE_DOMAIN_LABELS } from '@yiqia/domain';
import { BoothEditorPage } from './pages/booth-editor-page.js';
import { BoothPage } from './pages/booth-page.js';
import { ExpoLandingPage } from './pages/expo-landing-page.js';
import { MyBoothsPage } from './pages/my-booths-page.js';
import { DEMO, SVG_DISGUISED_AS_PNG, pdfBuffer, pngBuffer, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

const VIDEO = 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7';

test('a new exhibitor builds a booth: rich text, uploads, contacts; the draft survives a reload; preview; submit locks it', async ({ page, api, loginAs }) => {
  // The bilibili player is an allowed frame source; answer it locally (no internet in tests).
  await page.route('https://player.bilibili.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }));
  const exhibitor = await api.registerOrg();
  const expo = await api.currentExpo();
  const zone = expo.zones.find((z) => z.code === 'elderly') ?? expo.zones[0];
  await loginAs(exhibitor);

  // Apply from the expo page: "我要参展" opens the apply dialog with this expo chosen.
  const landing = new ExpoLandingPage(page);
  await landing.goto(DEMO.expo.slug);
  await landing.applyCta.click();
  await expect(page).toHaveURL(/\/my\/booths\?apply=/);
  const myBooths = new MyBoothsPage(page);
  const title = `长者关爱服务站${uniqueId().slice(-5)}`;
  await myBooths.applyWithTitle(title, DEMO.expo.name);
  const boothId = /\/my\/booths\/([0-9a-f-]+)\/edit$/.exec(page.url())?.[1] ?? '';

  const editor = new BoothEditorPage(page);
  await editor.expectLoaded();
  await expect(editor.status).toHaveText('草稿');
  await expect(editor.title).toHaveValue(title);

  // Fill everything.
  const slogan = '让每一位独居老人都有人陪伴';
  await editor.slogan.fill(slogan);
  await editor.typeIntro('我们为社区长者提供', '上门探访与助餐服务', '，正在寻找场地与志愿者合作。');
  await expect(editor.introContent.locator('strong')).toHaveText('上门探访与助餐服务');

  await editor.uploadImage(editor.logo, { name: 'logo.png', mimeType: 'image/png', buffer: pngBuffer(120, 120, [212, 56, 13]) });
  await expect(editor.preview(editor.logo)).toHaveAttribute('src', /^\/api\/uploads\/[^/]+\.png$/);
  const logoSrc = await editor.preview(editor.logo).getAttribute('src');
  await editor.uploadImage(editor.banner, { name: 'banner.png', mimeType: 'image/png', buffer: pngBuffer(600, 150, [31, 95, 168]) });
  await expect(editor.preview(editor.banner)).toHaveAttribute('src', /^\/api\/uploads\/[^/]+\.png$/);
  const bannerSrc = await editor.preview(editor.banner).getAttribute('src');
  expect(bannerSrc).not.toBe(logoSrc);

  await editor.uploadDocument({ name: '项目方案.pdf', mimeType: 'application/pdf', buffer: pdfBuffer() });
  await editor.video.fill(VIDEO);
  await editor.addContact({ name: '李老师', role: '项目主管', phone: '028-8888 6666', email: 'li@e2e.yiqia.test' });
  await editor.chooseZone(zone.name);
  await expect(editor.zone).toContainText(zone.name);
  await editor.chooseDomains([SERVICE_DOMAIN_LABELS.elderly.zh, SERVICE_DOMAIN_LABELS.volunteering.zh]);
  await expect(editor.domains).toContainText(SERVICE_DOMAIN_LABELS.elderly.zh);
  await expect(editor.domains).toContainText(SERVICE_DOMAIN_LABELS.volunteering.zh);

  await editor.expectSaved();
  await expect(editor.autosave).toContainText('已自动保存');
  // The submit checklist is complete.
  for (const item of await page.getByTestId('checklist-item').all()) await expect(item).toHaveAttribute('data-ok', 'true');

  // Reload: the draft is on the server.
  await page.reload();
  await editor.expectLoaded();
  await expect(editor.title).toHaveValue(title);
  await expect(editor.slogan).toHaveValue(slogan);
  await expect(editor.introContent).toContainText('我们为社区长者提供上门探访与助餐服务，正在寻找场地与志愿者合作。');
  await expect(editor.introContent.locator('strong')).toHaveText('上门探访与助餐服务');
  await expect(editor.preview(editor.logo)).toHaveAttribute('src', logoSrc ?? '');
  await expect(editor.preview(editor.banner)).toHaveAttribute('src', bannerSrc ?? '');
  await expect(editor.documents.getByTestId('field-documents-item')).toHaveCount(1);
  await expect(editor.documents.getByTestId('field-documents-item')).toContainText('项目方案.pdf');
  await expect(editor.video).toHaveValue(VIDEO);
  await expect(editor.contactRows).toHaveCount(1);
  await expect(editor.contactRows.getByTestId('contact-name')).toHaveValue('李老师');
  await expect(editor.contactRows.getByTestId('contact-role')).toHaveValue('项目主管');
  await expect(editor.contactRows.getByTestId('contact-phone')).toHaveValue('028-8888 6666');
  await expect(editor.contactRows.getByTestId('contact-email')).toHaveValue('li@e2e.yiqia.test');
  await expect(editor.zone).toContainText(zone.name);
  await expect(editor.domains).toContainText(SERVICE_DOMAIN_LABELS.elderly.zh);
  await expect(editor.domains).toContainText(SERVICE_DOMAIN_LABELS.volunteering.zh);
  await expect(editor.status).toHaveText('草稿');

  // Preview: the public rendering of the draft.
  await editor.previewButton.click();
  const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('booth-view') });
  const preview = new BoothPage(page, drawer);
  await expect(preview.view).toBeVisible();
  await expect(preview.title).toHaveText(title);
  await expect(preview.slogan).toHaveText(slogan);
  await expect(preview.intro.locator('strong')).toHaveText('上门探访与助餐服务');
  await expect(preview.zone).toContainText(zone.name);
  await expect(preview.domains.getByTestId('domain-tag')).toHaveText([SERVICE_DOMAIN_LABELS.elderly.zh, SERVICE_DOMAIN_LABELS.volunteering.zh]);
  await expect(preview.banner).toHaveCSS('background-image', new RegExp(bannerSrc ?? 'none'));
  await expect(preview.view.locator(`img[src="${logoSrc}"]`)).toBeVisible();
  await expect(preview.documents).toHaveCount(1);
  await expect(preview.documents).toContainText('项目方案.pdf');
  await expect(preview.documents).toHaveAttribute('href', /^\/api\/uploads\/[^/]+\.pdf$/);
  await expect(preview.view.getByTestId('booth-video-embed')).toHaveAttribute('src', /^https:\/\/player\.bilibili\.com\/player\.html\?bvid=BV1GJ411x7h7/);
  await expect(preview.contacts).toHaveCount(1);
  await expect(preview.contacts).toContainText('李老师');
  await expect(preview.contacts).toContainText('028-8888 6666');
  await expect(preview.organization).toContainText(exhibitor.org.name);
  await page.keyboard.press('Escape');
  await expect(preview.view).toBeHidden();

  // An SVG named .png: the server checks the content and says no; the logo stays as it was.
  await editor.uploadImage(editor.logo, { name: 'fake.png', mimeType: 'image/png', buffer: SVG_DISGUISED_AS_PNG });
  await expect(editor.logo.getByTestId('field-logo-error')).toHaveText('只支持 PNG、JPEG、WebP 图片和 PDF 文档');
  await expect(editor.preview(editor.logo)).toHaveAttribute('src', logoSrc ?? '');

  // Submit for review: 审核中, and the editor is read-only.
  await editor.submitForReview();
  await expect(editor.status).toHaveText('审核中');
  await expect(editor.state).toHaveAttribute('data-state', 'submitted');
  await expect(editor.readOnly).toBeVisible();
  await expect(editor.submit).toHaveCount(0);
  await expect(editor.title).toBeDisabled();
  await expect(editor.slogan).toBeDisabled();
  await expect(editor.introContent).toHaveAttribute('contenteditable', 'false');
  await expect(editor.bold).toBeDisabled();
  await expect(editor.logo.getByTestId('field-logo-replace')).toBeDisabled();
  await expect(page.getByTestId('contact-add')).toBeDisabled();

  // Still locked after a reload, and listed as 审核中 in my booths.
  await page.reload();
  await editor.expectLoaded();
  await expect(editor.status).toHaveText('审核中');
  await expect(editor.title).toBeDisabled();
  await myBooths.goto();
  await expect(myBooths.status(boothId)).toHaveText('审核中');
});
