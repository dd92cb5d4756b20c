import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { Api, type Session } from './api.js';

export { expect };

/** localStorage keys of the web app (libs/web/data). */
export const STORAGE = { refreshToken: 'yiqia.refreshToken', lang: 'yiqia.lang', visitorId: 'yiqia.visitorId' } as const;

export interface ContextOptions {
  /** Start logged in with this session (its refresh token is put in localStorage; the app restores it). */
  session?: Session;
  /** Interface language stored before the first page loads. */
  lang?: 'zh' | 'en';
}

interface Fixtures {
  /** Page errors and CSP violations seen in any page of the test; the test fails if there are any. */
  problems: string[];
  /** Messages matching these are expected in this test (e.g. a remote that is blocked on purpose). */
  allowedProblems: RegExp[];
  api: Api;
  /** A further browser (another user): same base URL, locale and time zone; watched for problems too. */
  newContext: (options?: ContextOptions) => Promise<BrowserContext>;
  /** The default `page`, watched; `loginAs` puts a session into its storage before the first navigation. */
  loginAs: (session: Session) => Promise<void>;
}

/** Records uncaught page errors and Content-Security-Policy violations of every page of a context. */
async function watchContext(context: BrowserContext, problems: string[]): Promise<void> {
  const attach = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP on ${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  // Also report violations the browser might not log (e.g. from workers): the event reaches the document.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

function storageState(baseURL: string, options: ContextOptions): BrowserContextOptions['storageState'] {
  const localStorage: { name: string; value: string }[] = [];
  if (options.session) localStorage.push({ name: STORAGE.refreshToken, value: options.session.refreshToken });
  if (options.lang) localStorage.push({ name: STORAGE.lang, value: options.lang });
  return { cookies: [], origins: localStorage.length ? [{ origin: new URL(baseURL).origin, localStorage }] : [] };
}

export const test = base.extend<Fixtures>({
  allowedProblems: [[], { option: true }],

  problems: [
    async ({ context, allowedProblems }, use, testInfo) => {
      const problems: string[] = [];
      await watchContext(context, problems);
      await use(problems);
      const unexpected = problems.filter((p) => !allowedProblems.some((re) => re.test(p)));
      if (unexpected.length) await testInfo.attach('page-problems', { body: unexpected.join('\n'), contentType: 'text/plain' });
      expect(unexpected, 'page errors or CSP violations during the test').toEqual([]);
    },
    { auto: true },
  ],

  api: async ({ request }, use) => {
    await use(new Api(request));
  },

  newContext: async ({ browser, baseURL, problems }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        baseURL,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        storageState: storageState(baseURL ?? '', options),
      });
      await watchContext(context, problems);
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },

  loginAs: async ({ page }, use) => {
    await use(async (session) => {
      // Only once (an init script would re-insert a rotated, dead token on every navigation).
      await page.goto('/api/health');
      await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORAGE.refreshToken, session.refreshToken] as const);
    });
  },
});
