import type { BoothSummaryDto, RoomDto } from '@yiqia/contracts';
import { BoothPage } from './pages/booth-page.js';
import { DiscoverListingPage } from './pages/discover-listing-page.js';
import { DiscoverSearchPage } from './pages/discover-search-page.js';
import { LoginPage } from './pages/login-page.js';
import { DiscoverApi } from './support/discover-api.js';
import { DEMO, uniqueId } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 3, item 3: a listing page shows the full listing, the organisation card (type, region,
 * verified credit code) and its booth, with a "contact" action the real-time issue will connect.
 * The listing is published through the API by the demo exhibitor (verified code, approved booth).
 */
test('a visitor opens a listing from the results: full listing, verified publisher, booth link; contact asks to log in, then opens the conversation', async ({ page, api, request }) => {
  test.slow(); // three pages, a login and a booth page
  const discover = new DiscoverApi(request);
  const owner = await api.login(DEMO.exhibitor.email, DEMO.exhibitor.password);
  const booth = (await api.get<BoothSummaryDto[]>('/api/me/booths', owner.accessToken)).find((b) => b.status === 'approved');
  if (!booth) throw new Error('the demo exhibitor has no approved booth');
  const expo = await api.get<{ slug: string }>(`/api/expos/${booth.expoId}`);
  // A Latin token no other listing has, so exactly this listing matches it.
  const token = `yq${uniqueId()}`;
  const listing = await discover.createListing(owner.accessToken, {
    kind: 'offer',
    title: `「暖心食堂」长者助餐志愿服务 ${token}`,
    summary: '每周三次为社区长者提供午餐配送与陪餐服务，可提供志愿者团队与社区食堂场地。',
    body: '<p>我们在锦江区运营<strong>社区长者食堂</strong>三年。</p><ul><li>午餐配送</li><li>陪餐聊天</li></ul>',
    domains: ['elderly', 'volunteering'],
    targetGroups: ['elderly', 'community_residents'],
    resourceTypes: ['volunteers', 'venue'],
    regionCode: '510104',
    amountMin: 20_000,
    amountMax: 80_000,
    startsAt: '2026-12-01',
    endsAt: '2027-06-30',
    expoId: booth.expoId,
    boothId: booth.id,
  });

  try {
    expect(listing.organization.creditCodeVerified).toBe(true);
    expect(listing.booth).toMatchObject({ id: booth.id, isPublic: true, title: expect.any(String) });
    const boothTitle = listing.booth?.title ?? '';

    // Found as soon as it is created: the token alone, typed, finds exactly this listing.
    const search = new DiscoverSearchPage(page);
    await search.goto();
    await search.typeQuery(token);
    await expect(search.total).toHaveText('共 1 条');
    await search.expectMatchesApi(discover);
    const card = search.card(listing.id);
    await expect(card.getByTestId('listing-card-title')).toContainText(token);
    await expect(card.getByTestId('listing-card-title').locator('mark')).toContainText(token);
    await expect(card.getByTestId('listing-kind')).toHaveText('资源');
    await expect(card.getByTestId('listing-card-org')).toHaveText(listing.organization.name);
    await expect(card.getByTestId('listing-card-amount')).toHaveText('2 万元 – 8 万元');

    // The card opens the listing page.
    await card.getByTestId('listing-card-link').click();
    await expect(page).toHaveURL(new RegExp(`/listings/${listing.id}$`));
    const view = new DiscoverListingPage(page);
    await expect(view.root).toBeVisible();
    await expect(view.title).toHaveText(listing.title);
    await expect(page).toHaveTitle(new RegExp(`^${listing.title.replace(/[「」]/g, '.')}`));
    await expect(view.kind).toHaveText('资源');
    await expect(view.status).toHaveText('对接中');
    await expect(view.summary).toHaveText(listing.summary);
    await expect(view.body.locator('strong')).toHaveText('社区长者食堂');
    await expect(view.body.locator('li')).toHaveText(['午餐配送', '陪餐聊天']);
    await expect(view.region).toHaveText('四川省成都市锦江区');
    await expect(view.amount).toHaveText('2 万元 – 8 万元');
    await expect(view.period).toHaveText('2026年12月1日 至 2027年6月30日');
    await expect(view.domains).toHaveText(['老年/养老', '志愿服务']);
    await expect(view.targetGroups).toContainText('老年人');
    await expect(view.targetGroups).toContainText('社区居民');
    await expect(view.resourceTypes).toHaveText(['志愿者', '场地']);

    // The organisation card: name, type, region, masked credit code with the verified badge.
    await expect(view.orgName).toHaveText(listing.organization.name);
    await expect(view.org.getByTestId('org-type-tag')).toHaveAttribute('data-org-type', listing.organization.type);
    await expect(view.org.getByTestId('listing-org-region')).toHaveText(listing.organization.regionName);
    await expect(view.orgCredit).toHaveText(listing.organization.creditCodeMasked);
    expect(listing.organization.creditCodeMasked).toContain('****');
    await expect(view.orgVerified).toHaveText('已核验');

    // Anonymous: "contact" is there (no edit link); the booth card leads to the booth page.
    await expect(view.edit).toHaveCount(0);
    await expect(view.booth.getByTestId('listing-booth-title')).toHaveText(boothTitle);
    await expect(view.boothLink).toHaveAttribute('href', `/expos/${expo.slug}/booths/${booth.id}`);
    await view.boothLink.click();
    await expect(page).toHaveURL(new RegExp(`/expos/${expo.slug}/booths/${booth.id}$`));
    await expect(new BoothPage(page).title).toHaveText(boothTitle);
    await page.goBack();
    await expect(view.title).toHaveText(listing.title);

    // Contact as an anonymous visitor → the login page, and back to the listing after logging in.
    await view.contact.click();
    await expect(page).toHaveURL(new RegExp(`/login\\?redirect=${encodeURIComponent(`/listings/${listing.id}`)}$`));
    const member = await api.registerOrg();
    await new LoginPage(page).login(member.org.email, member.org.password);
    await expect(page).toHaveURL(new RegExp(`/listings/${listing.id}$`));
    await expect(view.title).toHaveText(listing.title);
    // Logged in (another organisation): "contact" opens the direct conversation with the publisher, about this listing.
    await expect(view.negotiate).toBeVisible();
    await view.contact.click();
    await expect(page).toHaveURL(/\/negotiate\/rooms\/[0-9a-f-]{36}$/);
    // The room (the negotiate remote's own journeys cover its page): between the two organisations, about this listing.
    const roomId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const room = await api.get<RoomDto>(`/api/rooms/${roomId}`, member.accessToken);
    expect(room.kind).toBe('direct');
    expect(room.parties.map((p) => p.organization.id).sort()).toEqual([listing.organization.id, member.auth.organization?.id].sort());
    expect(room.listings.map((l) => l.id)).toEqual([listing.id]);
  } finally {
    await discover.deleteListing(owner.accessToken, listing.id);
  }
});

test('the publisher sees "edit" instead of "contact" on their own listing; a deleted or unknown listing is not found', async ({ page, api, request, loginAs }) => {
  const discover = new DiscoverApi(request);
  const owner = await api.registerOrg();
  const listing = await discover.createListing(owner.accessToken, {
    kind: 'need',
    title: `社区儿童课后托管志愿者招募 ${uniqueId()}`,
    summary: '为双职工家庭的小学生提供课后作业辅导与安全托管，需要大学生志愿者。',
    domains: ['children'],
    regionCode: '510104',
  });
  expect(listing.editable).toBe(true);
  await loginAs(owner);
  const view = new DiscoverListingPage(page);
  await view.goto(listing.id);
  await expect(view.title).toHaveText(listing.title);
  await expect(view.kind).toHaveText('需求');
  await expect(view.edit).toBeVisible();
  await expect(view.edit).toHaveAttribute('href', `/listings/${listing.id}/edit`);
  await expect(view.contact).toHaveCount(0);
  // No amount, period, body or booth given: the page says so instead of showing blanks.
  await expect(view.amount).toHaveCount(0);
  await expect(page.getByTestId('listing-body-empty')).toBeVisible();
  await expect(view.booth).toHaveCount(0);
  // Unverified? The new organisation's code passes the check too (registration requires it).
  await expect(view.orgVerified).toBeVisible();

  await discover.deleteListing(owner.accessToken, listing.id);
  await page.reload();
  await expect(view.notFound).toBeVisible();
  await expect(view.notFound).toContainText('找不到该信息');
  await page.goto('/listings/00000000-0000-4000-8000-000000000000');
  await expect(view.notFound).toBeVisible();
});
