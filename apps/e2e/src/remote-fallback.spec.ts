import type { Page } from '@playwright/test';
import { ExpoLandingPage } from './pages/expo-landing-page.js';
import { Header } from './pages/header.js';
import { LoginPage } from './pages/login-page.js';
import { RegisterPage } from './pages/register-page.js';
import { DEMO } from './support/data.js';
import { expect, test } from './support/fixtures.js';

const REMOTE_FILES = '**/remotes/booths/**';
const REMOTES_JSON = '**/remotes.json';

/** The shell around a failed remote keeps working: header, language switch, login and register pages. */
async function expectShellStillWorks(page: Page): Promise<void> {
  const header = new Header(page);
  const fallback = page.getByTestId('remote-fallback');
  await expect(header.root).toBeVisible();
  await expect(fallback).toContainText('该功能暂时无法加载');
  await expect(page.getByTestId('remote-retry')).toBeVisible();

  // The language switch works, for the header and the fallback alike.
  await header.switchLanguage('en');
  await expect(header.navLogin).toHaveText('Log in');
  await expect(fallback).not.toContainText('该功能暂时无法加载');
  await header.switchLanguage('zh');
  await expect(fallback).toContainText('该功能暂时无法加载');

  // Login and register pages (shell) work.
  await header.navLogin.click();
  const login = new LoginPage(page);
  await expect(login.root).toBeVisible();
  await expect(login.email).toBeEditable();
  await header.navRegister.click();
  const register = new RegisterPage(page);
  await expect(register.root).toBeVisible();
  await expect(register.orgName).toBeEditable();
}

test('when the booths remote cannot be loaded, its area shows a fallback, the shell keeps working, and retry loads it', async ({ page }) => {
  await page.route(REMOTE_FILES, (route) => route.abort());
  const landing = new ExpoLandingPage(page);

  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}$`));
  await expect(page.getByTestId('remote-area-booths').getByTestId('remote-fallback')).toBeVisible();
  await expect(landing.root).toHaveCount(0);
  await expectShellStillWorks(page);

  // Back to the expo (in the app), still blocked: the fallback again.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}$`));
  await expect(page.getByTestId('remote-fallback')).toBeVisible();

  // The network is back: retry loads the expo page in place.
  await page.unroute(REMOTE_FILES);
  await page.getByTestId('remote-retry').click();
  await landing.expectLoaded();
  await expect(landing.name).toHaveText(DEMO.expo.name);
  await expect(page.getByTestId('remote-fallback')).toHaveCount(0);
});

test('when /remotes.json answers 503, remote areas show the fallback and the rest of the site works', async ({ page }) => {
  await page.route(REMOTES_JSON, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"INTERNAL","message":"unavailable"}}' }));
  const landing = new ExpoLandingPage(page);

  await page.goto(`/expos/${DEMO.expo.slug}`);
  await expect(page.getByTestId('remote-area-booths').getByTestId('remote-fallback')).toBeVisible();
  await expect(landing.root).toHaveCount(0);
  await expectShellStillWorks(page);

  // Once the manifest map answers again, retry loads the remote.
  await new Header(page).brand.click();
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}$`));
  await expect(page.getByTestId('remote-fallback')).toBeVisible();
  await page.unroute(REMOTES_JSON);
  await page.getByTestId('remote-retry').click();
  await landing.expectLoaded();
});
