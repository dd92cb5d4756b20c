import { ORG_TYPE_LABELS } from '@yiqia/domain';
import type { Locator } from '@playwright/test';
import { BoothPage } from './pages/booth-page.js';
import { ExpoLandingPage } from './pages/expo-landing-page.js';
import { Header } from './pages/header.js';
import { LoginPage } from './pages/login-page.js';
import { RegisterPage } from './pages/register-page.js';
import { CJK, DEMO, newOrg, withWrongCheckChar } from './support/data.js';
import { STORAGE, expect, test } from './support/fixtures.js';

/** The visible text of an element has no Chinese characters (no untranslated UI strings) except `allow`ed lines. */
async function expectNoChinese(locator: Locator, what: string, allow: string[] = []): Promise<void> {
  await expect(locator).toBeVisible();
  const text = await locator.innerText();
  const leftovers = text.split('\n').filter((line) => CJK.test(line) && !allow.includes(line.trim()));
  // Soft: the test goes on and reports every leftover it finds.
  expect.soft(leftovers, `Chinese text left in ${what}`).toEqual([]);
}

test('Chinese by default; English everywhere after the switch (header, expo, booth, forms, API errors), kept across reloads; and back', async ({ page }) => {
  const header = new Header(page);
  const landing = new ExpoLandingPage(page);
  const login = new LoginPage(page);
  const register = new RegisterPage(page);

  // Chinese by default (the browser's locale does not matter: the context is zh-CN, the app's default too).
  await page.goto('/');
  await landing.expectLoaded();
  await expect(header.langSwitch).toHaveAttribute('data-lang', 'zh');
  await expect(header.langSwitch).toHaveText('English');
  await expect(header.navHome).toHaveText('首页');
  await expect(header.navLogin).toHaveText('登录');
  await expect(header.navRegister).toHaveText('注册机构');
  await expect(landing.root).toContainText('参展展位');
  await expect(landing.zoneChips.first()).toContainText('全部展区');
  await expect(landing.resultCount).toHaveText(/^共 \d+ 个展位$/);
  await expect(landing.search).toHaveAttribute('placeholder', '搜索展位、机构名称或服务内容');
  await header.navLogin.click();
  await expect(login.root).toContainText('登录益洽');
  await expect(login.form).toContainText('邮箱');
  await expect(login.submit).toHaveText(/登\s*录/);

  // English: the header and the login page at once, and the server's messages.
  await header.switchLanguage('en');
  await expect(header.langSwitch).toHaveText('中文');
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await expect(header.navHome).toHaveText('Home');
  await expect(header.navLogin).toHaveText('Log in');
  await expect(header.navRegister).toHaveText('Register organisation');
  // The switch offers 中文 (in Chinese, as language switches do).
  await expectNoChinese(header.root, 'the header', ['中文']);
  await expect(login.root).toContainText('Log in to Yiqia');
  await login.login(DEMO.exhibitor.email, 'wrong-password-1');
  await expect(login.formError).toHaveText('Email or password is incorrect');
  await expectNoChinese(login.root, 'the login page');

  // The register form, with its client-side checks.
  await header.navRegister.click();
  await expect(register.root).toContainText('Register your organisation');
  await expect(register.form.getByTestId(`org-type-social_org`)).toHaveText(ORG_TYPE_LABELS.social_org.en);
  await register.fillCreditCode(withWrongCheckChar(newOrg().creditCode));
  await expect(register.creditCodeHelp).toHaveText('The check digit of the credit code is wrong; please check the code');
  await register.submit.click();
  await expect(page.locator('#register_email_help')).toHaveText('Enter a valid email address');
  await expectNoChinese(register.root, 'the register page');

  // The expo landing page (remote): chrome in English, data (names) as entered.
  await header.brand.click();
  await landing.expectLoaded();
  await expect(landing.name).toHaveText(DEMO.expo.name);
  await expect(landing.root).toContainText('Booths');
  await expect(landing.resultCount).toHaveText(/^\d+ booths$/);
  await expect(landing.search).toHaveAttribute('placeholder', 'Search booths, organisations or services');
  await expect(page.getByTestId('expo-phase')).toHaveText('Live now');
  await expectNoChinese(page.getByTestId('expo-dates'), 'the expo dates');
  await expectNoChinese(page.getByTestId('zone-chips'), 'the zone chips');
  await expectNoChinese(landing.filters, 'the booth filters');
  await expectNoChinese(landing.cards.first().getByTestId('org-type-tag'), 'a booth card’s organisation type');
  await expectNoChinese(page.getByTestId('booth-pagination'), 'the pagination');
  await expect(page.getByTestId('app-footer')).toContainText('Yiqia is an online public-welfare matchmaking fair');

  // A booth page.
  const title = await landing.cards.first().getByTestId('booth-card-title').innerText();
  await landing.cards.first().click();
  const booth = new BoothPage(page);
  await expect(booth.title).toHaveText(title);
  await expect(booth.introCard).toContainText('About the organisation and its projects');
  await expect(booth.organization).toContainText('Exhibitor');
  for (const heading of await booth.view.locator('.ant-card-head-title').all()) await expectNoChinese(heading, 'a booth page card title');
  await expectNoChinese(booth.organization.getByTestId('org-type-tag'), 'the organisation type');
  // The zone tag: an English label and the zone's English name ("Zone: Elderly care"), no Chinese punctuation.
  await expect(booth.zone).toContainText('Zone');
  await expectNoChinese(booth.zone, 'the zone tag');
  await expectNoChinese(booth.domains.getByTestId('domain-tag').first(), 'a service domain');
  await expect(page.getByTestId('booth-back')).toContainText('Back to');

  // The choice survives a reload.
  await page.reload();
  await expect(booth.title).toHaveText(title);
  await expect(header.langSwitch).toHaveAttribute('data-lang', 'en');
  expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE.lang)).toBe('en');
  await expect(booth.introCard).toContainText('About the organisation and its projects');
  await expectNoChinese(header.root, 'the header after a reload', ['中文']);

  // And back to Chinese.
  await header.switchLanguage('zh');
  await expect(header.navHome).toHaveText('首页');
  await expect(booth.introCard).toContainText('机构与项目介绍');
  await page.reload();
  await expect(header.langSwitch).toHaveAttribute('data-lang', 'zh');
  await expect(header.navLogin).toHaveText('登录');
});
