import { Header } from './pages/header.js';
import { InvitePage } from './pages/invite-page.js';
import { LoginPage } from './pages/login-page.js';
import { MyBoothsPage } from './pages/my-booths-page.js';
import { OrgPage } from './pages/org-page.js';
import { RegisterPage } from './pages/register-page.js';
import { DEMO, JINJIANG, PASSWORD, newOrg, uniqueId, withWrongCheckChar } from './support/data.js';
import { expect, test } from './support/fixtures.js';

test('an organisation registers, its admin logs out and in, invites a colleague, then removes them', async ({ page, newContext }) => {
  const org = newOrg('阳光社工服务中心');
  const header = new Header(page);
  const register = new RegisterPage(page);

  // Register: a wrong check character is caught on the field, by name.
  await register.goto();
  await register.chooseOrgType('social_org');
  await register.orgName.fill(org.name);
  await register.fillCreditCode(withWrongCheckChar(org.creditCode));
  await expect(register.creditCodeHelp).toContainText('校验位');
  await register.fillCreditCode(org.creditCode);
  await expect(register.creditCodeHelp).toHaveCount(0);
  await register.pickRegion(JINJIANG.path);
  await register.fillAccount(org.adminName, org.email, org.password);
  await register.submit.click();

  // Logged in, on my booths.
  await expect(page).toHaveURL(/\/my\/booths$/);
  await expect(new MyBoothsPage(page).root).toBeVisible();
  await header.expectLoggedInAs(org.adminName);
  const identity = await header.openUserMenu();
  await expect(identity).toContainText(org.email);
  await expect(identity).toContainText(`${org.name} · 社会组织 · 管理员`);
  await page.keyboard.press('Escape');

  // Log out (stays logged out after a reload), then log in again.
  await header.logout();
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}$`));
  await page.reload();
  await header.expectLoggedOut();
  // Logging in from the expo page comes back to it.
  await header.navLogin.click();
  await expect(page).toHaveURL(/\/login\?redirect=/);
  const login = new LoginPage(page);
  await login.login(org.email, org.password);
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}$`));
  await header.expectLoggedInAs(org.adminName);

  // The admin creates an invitation link.
  await header.navOrg.click();
  const orgPage = new OrgPage(page);
  await expect(orgPage.root).toBeVisible();
  await expect(orgPage.orgName).toHaveText(org.name);
  await expect(orgPage.memberRows).toHaveCount(1);
  await expect(orgPage.member(org.email)).toBeVisible();
  const inviteUrl = await orgPage.createInvitationLink();
  const invitePath = new URL(inviteUrl).pathname;
  expect(new URL(inviteUrl).origin).toBe(new URL(page.url()).origin);
  await expect(page.getByTestId('invitation-row')).toHaveCount(1);

  // A colleague (another browser) opens it, sees the organisation and joins.
  const colleagueContext = await newContext();
  const colleaguePage = await colleagueContext.newPage();
  const colleague = { name: `同事${uniqueId().slice(-4)}`, email: `colleague-${uniqueId()}@e2e.yiqia.test` };
  const invite = new InvitePage(colleaguePage);
  await invite.goto(invitePath);
  await expect(invite.orgName).toHaveText(org.name);
  await expect(invite.role).toHaveText('成员');
  await invite.accept(colleague.name, colleague.email, PASSWORD);
  await expect(colleaguePage).toHaveURL(/\/my\/booths$/);
  const colleagueHeader = new Header(colleaguePage);
  await colleagueHeader.expectLoggedInAs(colleague.name);
  await expect(colleagueHeader.navOrg).toBeVisible();
  await colleagueHeader.navOrg.click();
  const colleagueOrg = new OrgPage(colleaguePage);
  await expect(colleagueOrg.orgName).toHaveText(org.name);
  await expect(colleagueOrg.memberRows).toHaveCount(2);
  await expect(colleagueOrg.invitations).toHaveCount(0);

  // The admin sees the colleague (the used invitation is no longer pending) and removes them.
  await page.reload();
  await expect(orgPage.memberRows).toHaveCount(2);
  await expect(orgPage.member(colleague.email)).toContainText(colleague.name);
  await expect(orgPage.member(colleague.email)).toContainText('成员');
  await expect(page.getByTestId('invitation-row')).toHaveCount(0);
  await orgPage.removeMember(colleague.email);
  await expect(orgPage.memberRows).toHaveCount(1);

  // The colleague's session has ended: the server closes their real-time connection and its refresh is
  // refused, so they are shown logged out at once, without a click, and asked to log in (back to /org);
  // so does a fresh visit.
  await colleagueHeader.expectLoggedOut();
  await expect(colleaguePage.getByTestId('login-page')).toBeVisible();
  await expect(colleaguePage).toHaveURL(/\/login\?redirect=%2Forg$/);
  await colleaguePage.goto('/org');
  await expect(colleaguePage).toHaveURL(/\/login\?redirect=%2Forg$/);
  await colleagueHeader.expectLoggedOut();

  // The used invitation link is now invalid.
  await invite.goto(invitePath);
  await expect(invite.invalid).toBeVisible();
  await expect(invite.invalid).toContainText('邀请链接不可用');
  await expect(invite.form).toHaveCount(0);
});
