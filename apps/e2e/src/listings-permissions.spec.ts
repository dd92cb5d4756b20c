import { ListingEditorPage } from './pages/listing-editor-page.js';
import { MyListingsPage } from './pages/my-listings-page.js';
import { DEMO, newOrg, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';
import { ListingsApi } from './support/listings-api.js';

test('only members of the publishing organisation may edit, close or delete a listing', async ({ page, api, request, loginAs }) => {
  const listings = new ListingsApi(request);
  // Set-up through the API: organisation A publishes a listing; organisation B is a stranger to it.
  const owner = await api.registerOrg(newOrg('青少年发展中心'));
  const stranger = await api.registerOrg(newOrg('社区基金会'));
  const title = `青少年课后托管合作 ${uniqueId()}`;
  const listing = await listings.create(owner.accessToken, {
    kind: 'need',
    title,
    summary: '为外来务工人员子女提供课后托管与作业辅导，寻找场地与志愿者。',
    domains: ['youth'],
    regionCode: '510104',
  });

  // B opens the edit page: a clear no-permission page, not a form.
  await loginAs(stranger);
  const editor = new ListingEditorPage(page);
  await page.goto(`/listings/${listing.id}/edit`);
  await expect(editor.forbidden).toBeVisible();
  await expect(editor.forbidden).toContainText('无法编辑这条供需');
  await expect(editor.forbidden).toContainText('只有发布机构的成员可以编辑、关闭或删除它');
  await expect(editor.form).toHaveCount(0);
  // … and can still read the listing, without an edit button.
  await editor.forbidden.getByTestId('forbidden-view-listing').click();
  await expect(page).toHaveURL(new RegExp(`/listings/${listing.id}$`));
  await expect(page.getByTestId('listing-title')).toHaveText(title);
  await expect(page.getByTestId('listing-edit')).toHaveCount(0);
  // B's own list does not show A's listing.
  const mine = new MyListingsPage(page);
  await mine.goto();
  await expect(mine.row(listing.id)).toHaveCount(0);

  // The API refuses B's changes with 403 (and anonymous ones with 401); nothing changed.
  const patch = await listings.patch(listing.id, { title: '被他人修改的标题' }, stranger.accessToken);
  expect(patch.status).toBe(403);
  expect(patch.body.error?.code).toBe('FORBIDDEN');
  expect((await listings.patch(listing.id, { status: 'closed' }, stranger.accessToken)).status).toBe(403);
  expect((await listings.remove(listing.id, stranger.accessToken)).status).toBe(403);
  expect((await listings.patch(listing.id, { status: 'closed' })).status).toBe(401);
  expect((await listings.remove(listing.id)).status).toBe(401);
  const after = await listings.get(listing.id);
  expect(after.status).toBe(200);
  expect(after.body).toMatchObject({ title, status: 'open', editable: false });

  // A colleague of the owner may: a member invited into A edits it.
  expect(owner.auth.organization).not.toBeNull();
  const invitation = await api.createInvitation(owner.accessToken, owner.auth.organization?.id ?? '');
  const colleagueEmail = `colleague-${uniqueId()}@e2e.yiqia.test`;
  const joined = await api.post<{ accessToken: string }>(
    `/api/invitations/${invitation.token}/accept`,
    { email: colleagueEmail, password: 'Passw0rd2026', displayName: '同事' },
    undefined,
    201,
  );
  const byColleague = await listings.patch(listing.id, { status: 'matched' }, joined.accessToken);
  expect(byColleague.status).toBe(200);
  expect(byColleague.body.status).toBe('matched');
});

test('my listings and the editor ask visitors to log in, and tell an account without an organisation why it cannot publish', async ({ page, api, newContext }) => {
  // Anonymous: to the login page and back.
  await page.goto('/listings/mine');
  await expect(page).toHaveURL(/\/login\?redirect=%2Flistings%2Fmine$/);
  await page.goto('/listings/new?boothId=x');
  await expect(page).toHaveURL(/\/login\?redirect=%2Flistings%2Fnew%3FboothId%3Dx$/);

  // The organizer has no organisation: a clear empty state instead of an empty list.
  const organizer = await api.login(DEMO.organizer.email, DEMO.organizer.password);
  const context = await newContext({ session: organizer });
  const organizerPage = await context.newPage();
  await organizerPage.goto('/listings/mine');
  await expect(organizerPage.getByTestId('listings-no-org')).toBeVisible();
  await expect(organizerPage.getByTestId('listings-no-org')).toContainText('您的账号不属于任何机构');
  await organizerPage.goto('/listings/new');
  await expect(organizerPage.getByTestId('listings-no-org')).toBeVisible();
});
