import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { CreateListingRequest, ListingDto, MatchDto, MatchesResponse, RecommendationsResponse, RoomDto } from '@yiqia/contracts';
import { NegotiateRoom } from './pages/negotiate-room-page.js';
import { LoginPage } from './pages/login-page.js';
import { Api, type Session } from './support/api.js';
import { DiscoverApi } from './support/discover-api.js';
import { CJK, newOrg, uniqueId, type NewOrg } from './support/data.js';
import { expect, test } from './support/fixtures.js';

/**
 * Issue 6 (the user-facing part): matchmaking. Listing pages show ranked counterpart listings with a
 * score and reasons (zh and en); a member sees "recommended for your organisation" on /discover, each
 * saying which own listing it answers; "not a fit" (with a reason) hides a suggestion at once, stays
 * hidden after a reload and can be undone; "contact" opens the conversation; a three-way suggestion
 * opens a three-party negotiation room; anonymous visitors see matches but are asked to log in for feedback.
 *
 * The organisations and listings are made for each test (fresh organisations in 锦江区, the same
 * domain, target group and region, amounts that fit, a shared unusual word), so the pair ranks high
 * among the 1,221 demo listings; what the page shows is compared with the API's answer for the same caller.
 */
test.describe.configure({ timeout: 120_000 });

const LISTING_LIMIT = 8;

interface Org {
  session: Session & { org: NewOrg };
  orgId: string;
  orgName: string;
}

class Matching {
  readonly api: Api;
  readonly discover: DiscoverApi;

  constructor(private readonly request: APIRequestContext) {
    this.api = new Api(request);
    this.discover = new DiscoverApi(request);
  }

  async org(label: string): Promise<Org> {
    const session = await this.api.registerOrg(newOrg(label));
    return { session, orgId: session.auth.organization?.id ?? '', orgName: session.auth.organization?.name ?? '' };
  }

  /** A listing in 锦江区. */
  listing(org: Org, body: Omit<CreateListingRequest, 'regionCode'>): Promise<ListingDto> {
    return this.discover.createListing(org.session.accessToken, { regionCode: '510104', ...body });
  }

  private async get<T>(path: string, token: string | undefined, lang: 'zh' | 'en'): Promise<T> {
    const res = await this.request.get(path, { headers: { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    if (res.status() !== 200) throw new Error(`GET ${path}: HTTP ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  }

  matches(listingId: string, token?: string, lang: 'zh' | 'en' = 'zh'): Promise<MatchesResponse> {
    return this.get<MatchesResponse>(`/api/listings/${listingId}/matches?limit=${LISTING_LIMIT}`, token, lang);
  }

  recommendations(token: string, lang: 'zh' | 'en' = 'zh'): Promise<RecommendationsResponse> {
    return this.get<RecommendationsResponse>('/api/recommendations?limit=20', token, lang);
  }

  async room(token: string, roomId: string): Promise<RoomDto> {
    return this.get<RoomDto>(`/api/rooms/${roomId}`, token, 'zh');
  }
}

/**
 * A need and two offers of another organisation that answer it (funding, same district, amounts that
 * fit). Their texts share four words no other listing has, so the pair is the most similar in text
 * too: listings of earlier tests, equal in every other feature, rank below it instead of tying.
 */
async function needWithOffers(m: Matching) {
  const words = Array.from({ length: 4 }, (_, i) => `yq${uniqueId()}${'abcd'[i]}`);
  const text = words.join(' ');
  const needOrg = await m.org('长者助餐需求方');
  const offerOrg = await m.org('长者助餐资助方');
  const need = await m.listing(needOrg, {
    kind: 'need',
    title: `锦江区长者助餐点建设资金 ${words[0]}`,
    summary: `为社区独居长者建设助餐点 ${text}`,
    domains: ['elderly'],
    targetGroups: ['elderly'],
    resourceTypes: ['funding'],
    amountMin: 50_000,
    amountMax: 80_000,
  });
  const offer = await m.listing(offerOrg, {
    kind: 'offer',
    title: `长者助餐点建设资助计划 ${words[0]}`,
    summary: `资助社区长者助餐点建设 ${text}`,
    domains: ['elderly'],
    targetGroups: ['elderly'],
    resourceTypes: ['funding'],
    amountMin: 50_000,
    amountMax: 200_000,
  });
  const second = await m.listing(offerOrg, {
    kind: 'offer',
    title: `长者助餐配送小额资助 ${words[0]}`,
    summary: `小额资助长者助餐配送 ${text}`,
    domains: ['elderly'],
    targetGroups: ['elderly'],
    resourceTypes: ['funding'],
    amountMin: 30_000,
    amountMax: 100_000,
  });
  return { words, needOrg, offerOrg, need, offer, second };
}

const ids = (matches: MatchDto[]) => matches.map((x) => x.listing.id);

/**
 * Matching profiles follow listings through the outbox (asynchronously, unlike search), so a listing
 * published a moment ago may be missing from others' matches for a short while: wait until the need's
 * matches (for `token`'s caller) contain these listings before the page is opened.
 */
async function untilMatched(m: Matching, needId: string, listingIds: string[], token?: string): Promise<void> {
  await expect
    .poll(async () => ids((await m.matches(needId, token)).matches), { message: 'the new listings reach the need’s matches', timeout: 20_000 })
    .toEqual(expect.arrayContaining(listingIds));
}

function matchCard(scope: Locator | Page, listingId: string): Locator {
  return scope.locator(`[data-testid="match-card"][data-listing-id="${listingId}"]`);
}

/** The cards of a list show the API's matches, in its order, with its score and reasons. */
async function expectShowsApi(list: Locator, matches: MatchDto[]): Promise<void> {
  const cards = list.getByTestId('match-card');
  await expect(cards).toHaveCount(matches.length);
  expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-listing-id')))).toEqual(ids(matches));
  for (const match of matches.slice(0, 3)) {
    const card = matchCard(list, match.listing.id);
    await expect(card.getByTestId('match-title')).toHaveText(match.listing.title);
    await expect(card.getByTestId('match-score-value')).toHaveText(`${Math.round(match.score)}%`);
    await expect(card.getByTestId('match-reason')).toHaveText(match.reasons.map((r) => r.text));
    await expect(card.getByTestId('match-link')).toHaveAttribute('href', `/listings/${match.listing.id}`);
  }
}

test('a listing page shows ranked counterpart listings with score and reasons, in Chinese and in English', async ({ page, request, newContext }) => {
  const m = new Matching(request);
  const { need, offer, offerOrg } = await needWithOffers(m);
  await untilMatched(m, need.id, [offer.id]);
  const zh = await m.matches(need.id);
  // Ranked: strongest first, each with its reasons strongest first.
  const scores = zh.matches.map((x) => x.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  await page.goto(`/listings/${need.id}`);
  const section = page.getByTestId('listing-matches');
  await expect(section.getByTestId('listing-matches-title')).toHaveText('匹配的资源');
  await expect(section).toHaveAttribute('data-own', 'false');
  await expectShowsApi(section, zh.matches);
  const card = matchCard(section, offer.id);
  await expect(card.getByTestId('match-org')).toHaveText(offerOrg.orgName);
  await expect(card.getByTestId('match-region')).toHaveText('四川省成都市锦江区');
  await expect(card.getByTestId('match-score')).toContainText('匹配度');
  const codes = await card.getByTestId('match-reason').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(codes).toEqual(expect.arrayContaining(['shared_domains', 'same_district', 'amount_fit', 'resources_answer']));
  await expect(card.locator('[data-code="same_district"]')).toHaveText('同在成都市锦江区');
  await expect(card.locator('[data-code="shared_domains"]')).toContainText('领域');

  // The counterpart's page lists the need among its matching needs.
  await card.getByTestId('match-link').click();
  await expect(page).toHaveURL(new RegExp(`/listings/${offer.id}$`));
  await expect(page.getByTestId('listing-matches-title')).toHaveText('匹配的需求');
  await expect(matchCard(page.getByTestId('listing-matches'), need.id)).toBeVisible();

  // English: the chrome in English, the reasons in the server's English.
  const en = await m.matches(need.id, undefined, 'en');
  expect(ids(en.matches)).toEqual(ids(zh.matches));
  const ctx = await newContext({ lang: 'en' });
  const enPage = await ctx.newPage();
  await enPage.goto(`/listings/${need.id}`);
  const enSection = enPage.getByTestId('listing-matches');
  await expect(enSection.getByTestId('listing-matches-title')).toHaveText('Matching offers');
  await expectShowsApi(enSection, en.matches);
  const enCard = matchCard(enSection, offer.id);
  await expect(enCard.locator('[data-code="same_district"]')).toHaveText('Same district: 成都市锦江区');
  await expect(enCard.locator('[data-code="shared_domains"]')).toHaveText(/^Shared domains: /);
  await expect(enCard.getByTestId('match-not-fit')).toHaveText('Not a fit');
  await expect(enCard.getByTestId('match-contact')).toHaveText('Contact');
  // No Chinese in the section's own words (names and region names are data).
  for (const part of [enSection.locator('.ant-card-head'), enSection.locator('.ant-card-body > .ant-typography').first(), enCard.getByTestId('match-score'), enCard.locator('.ant-btn')]) {
    for (const text of await part.allInnerTexts()) expect.soft(CJK.test(text), `Chinese left in "${text}"`).toBe(false);
  }
});

test('anonymous visitors see matches, but "not a fit" asks them to log in and brings them back', async ({ page, request }) => {
  const m = new Matching(request);
  const { need, offer, needOrg } = await needWithOffers(m);
  await untilMatched(m, need.id, [offer.id]);
  await page.goto(`/listings/${need.id}`);
  const card = matchCard(page.getByTestId('listing-matches'), offer.id);
  await expect(card).toBeVisible();
  await card.getByTestId('match-not-fit').click();
  await expect(page.getByTestId('match-login-required')).toHaveText('标记“不合适”会调整贵机构看到的推荐，请先登录机构账号。');
  await expect(page.getByTestId('not-fit-modal-body')).toHaveCount(0);
  // "Contact" asks too; cancelling leaves them where they were.
  await page.getByRole('button', { name: /^取\s*消$/ }).click();
  await expect(page.getByTestId('match-login-required')).toHaveCount(0);
  await card.getByTestId('match-contact').click();
  await expect(page.getByTestId('match-login-required')).toHaveText('联系对方需要机构账号，请先登录。');
  await page.getByRole('button', { name: /^取\s*消$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/listings/${need.id}$`));
  await card.getByTestId('match-not-fit').click();
  await page.getByRole('button', { name: '去登录' }).click();
  await expect(page).toHaveURL(new RegExp(`/login\\?redirect=${encodeURIComponent(`/listings/${need.id}`)}$`));
  const login = new LoginPage(page);
  await login.login(needOrg.session.org.email, needOrg.session.org.password);
  await expect(page).toHaveURL(new RegExp(`/listings/${need.id}$`));
  // Back on their own listing: the owner's wording, and now feedback opens the reason dialog.
  await expect(page.getByTestId('listing-matches-title')).toHaveText('为您推荐的对接方');
  await matchCard(page, offer.id).getByTestId('match-not-fit').click();
  await expect(page.getByTestId('not-fit-modal-body')).toBeVisible();
  await page.getByTestId('not-fit-cancel').click();
  await expect(matchCard(page, offer.id)).toBeVisible();
});

test('a member sees recommendations for the organisation on /discover, each saying which own listing it answers', async ({ page, request, loginAs, newContext }) => {
  const m = new Matching(request);
  const { need, offer, needOrg } = await needWithOffers(m);
  await untilMatched(m, need.id, [offer.id], needOrg.session.accessToken);
  const rec = await m.recommendations(needOrg.session.accessToken);
  expect(ids(rec.matches)).toContain(offer.id);
  expect(rec.matches.every((x) => x.forListing?.id === need.id)).toBe(true);

  await loginAs(needOrg.session);
  // Compare the page with the answer it received: listings other journeys published meanwhile may
  // enter the ranking between our own API call and the page's.
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/recommendations' && r.request().method() === 'GET');
  await page.goto('/discover');
  const seen = (await (await answered).json()) as typeof rec;
  expect(ids(seen.matches)).toContain(offer.id);
  const box = page.getByTestId('recommendations');
  await expect(box.getByTestId('recommendations-title')).toHaveText(`为${needOrg.orgName}推荐`);
  await expectShowsApi(box.getByTestId('recommendations-matches'), seen.matches.slice(0, 4));
  if (seen.matches.length > 4) {
    await box.getByTestId('recommendations-more').click();
    await expectShowsApi(box.getByTestId('recommendations-matches'), seen.matches);
  }
  const card = matchCard(box, offer.id);
  await expect(card.getByTestId('match-for-listing')).toHaveText(`对应我们的需求：${need.title}`);
  await expect(card.getByTestId('match-for-listing-link')).toHaveAttribute('href', `/listings/${need.id}`);

  // Folded away for those who came to search, and still folded after a reload; unfolding brings it back.
  await box.getByTestId('recommendations-fold').click();
  await expect(card).toBeHidden();
  const reloaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/recommendations' && r.request().method() === 'GET');
  await page.reload();
  const again = (await (await reloaded).json()) as typeof rec;
  await expect(box).toHaveAttribute('data-folded', 'true');
  await expect(box.getByTestId('recommendations-fold')).toHaveText(`展开 ${again.matches.length + again.triads.length} 条推荐`);
  await expect(box.getByTestId('match-card').first()).toBeHidden();
  await box.getByTestId('recommendations-fold').click();
  await expect(box).toHaveAttribute('data-folded', 'false');
  await expect(box.getByTestId('match-card').first()).toBeVisible();

  // A search replaces the recommendations by results; clearing it brings them back.
  await page.goto(`/discover?q=${encodeURIComponent('助餐')}`);
  await expect(page.getByTestId('search-results')).toBeVisible();
  await expect(page.getByTestId('recommendations')).toHaveCount(0);

  // An organisation with nothing published is told what to do next.
  const empty = await m.org('新成立的社工机构');
  const p2 = await (await newContext({ session: empty.session })).newPage();
  await p2.goto('/discover');
  await expect(p2.getByTestId('recommendations-empty')).toContainText('发布需求或资源，获取专属推荐');
  await expect(p2.getByTestId('recommendations-publish')).toHaveAttribute('href', '/listings/new');
});

test('"not a fit" with a reason hides a suggestion at once, moves similar ones down, survives a reload, and can be undone', async ({ page, request, loginAs }) => {
  const m = new Matching(request);
  const { need, offer, second, needOrg } = await needWithOffers(m);
  const token = needOrg.session.accessToken;
  await untilMatched(m, need.id, [offer.id, second.id], token);
  const before = await m.recommendations(token);
  expect(ids(before.matches)).toEqual(expect.arrayContaining([offer.id, second.id]));

  await loginAs(needOrg.session);
  await page.goto('/discover');
  const box = page.getByTestId('recommendations');
  if (before.matches.length > 4) await box.getByTestId('recommendations-more').click();
  const card = matchCard(box, offer.id);
  await card.getByTestId('match-not-fit').click();
  const modal = page.getByTestId('not-fit-modal-body');
  await expect(modal).toContainText(offer.title);
  await modal.locator('[data-testid="not-fit-quick"][data-code="region"]').click();
  await expect(modal.getByTestId('not-fit-reason')).toHaveValue('地区不合适');
  await modal.getByTestId('not-fit-reason').fill('我们只接受锦江区以外的资助');
  await page.getByTestId('not-fit-submit').click();

  // Hidden at once, in its place an undo row.
  await expect(card).toHaveCount(0);
  const dismissed = box.locator(`[data-testid="match-dismissed"][data-listing-id="${offer.id}"]`);
  await expect(dismissed).toContainText(`已隐藏「${offer.title}」`);
  // The server agrees, and moved the same organisation's other offer down with a reason saying so.
  await expect.poll(async () => ids((await m.recommendations(token)).matches)).not.toContain(offer.id);
  const after = await m.recommendations(token);
  const similar = after.matches.find((x) => x.listing.id === second.id);
  const penalty = similar?.reasons.find((r) => r.code === 'feedback_penalty');
  expect(penalty?.points).toBeLessThan(0);
  expect(similar?.score).toBeLessThan(before.matches.find((x) => x.listing.id === second.id)?.score ?? 0);
  if (after.matches.slice(0, 4).some((x) => x.listing.id === second.id) || before.matches.length > 4) {
    await expect(matchCard(box, second.id).locator('[data-code="feedback_penalty"]')).toHaveText('与您标记为“不合适”的推荐相似，排序已降低');
  }
  // The listing page of the need (its owner) leaves the pair out too.
  expect(ids((await m.matches(need.id, token)).matches)).not.toContain(offer.id);

  // Undo: back at once, and for the server.
  await dismissed.getByTestId('match-undo').click();
  await expect(matchCard(box, offer.id)).toBeVisible();
  await expect(dismissed).toHaveCount(0);
  await expect.poll(async () => ids((await m.recommendations(token)).matches)).toContain(offer.id);

  // Not a fit again (no reason this time), then a reload: still hidden, no undo row left.
  await matchCard(box, offer.id).getByTestId('match-not-fit').click();
  await page.getByTestId('not-fit-submit').click();
  await expect(matchCard(box, offer.id)).toHaveCount(0);
  await expect.poll(async () => ids((await m.recommendations(token)).matches)).not.toContain(offer.id);
  await page.reload();
  await expect(box.getByTestId('match-card').first()).toBeVisible();
  if ((await box.getByTestId('recommendations-more').count()) > 0) await box.getByTestId('recommendations-more').click();
  await expect(box.getByTestId('match-card')).toHaveCount((await m.recommendations(token)).matches.length);
  await expect(matchCard(box, offer.id)).toHaveCount(0);
  await expect(box.getByTestId('match-dismissed')).toHaveCount(0);
});

test('"contact" on a match opens the conversation with its organisation', async ({ page, request, loginAs }) => {
  const m = new Matching(request);
  const { need, offer, needOrg, offerOrg } = await needWithOffers(m);
  await untilMatched(m, need.id, [offer.id], needOrg.session.accessToken);
  await loginAs(needOrg.session);
  await page.goto(`/listings/${need.id}`);
  await expect(page.getByTestId('listing-matches-title')).toHaveText('为您推荐的对接方');
  await matchCard(page, offer.id).getByTestId('match-contact').click();
  const room = new NegotiateRoom(page);
  await expect(page).toHaveURL(/\/negotiate\/rooms\/[0-9a-f-]{36}$/);
  await expect(room.view).toBeVisible();
  const dto = await m.room(needOrg.session.accessToken, room.roomId());
  expect(dto.kind).toBe('direct');
  expect(dto.parties.map((p) => p.organization.id).sort()).toEqual([needOrg.orgId, offerOrg.orgId].sort());
  expect(dto.listings.map((l) => l.id).sort()).toEqual([need.id, offer.id].sort());
  await expect(room.title).toContainText(offerOrg.orgName);
});

test('a three-way suggestion (need, funder, implementer) shows its parts and reasons and opens a three-party room', async ({ page, request, loginAs }) => {
  const m = new Matching(request);
  const { needOrg, need, words } = await needWithOffers(m);
  const implOrg = await m.org('长者助餐执行机构');
  const impl = await m.listing(implOrg, {
    kind: 'offer',
    title: `长者助餐配送志愿服务队 ${words[0]}`,
    summary: `志愿者为长者送餐陪餐 ${words.join(' ')}`,
    domains: ['elderly'],
    targetGroups: ['elderly'],
    resourceTypes: ['volunteers', 'expertise'],
  });
  // The new implementer reaches the three-way suggestions (profiles follow listings asynchronously).
  await expect
    .poll(async () => (await m.recommendations(needOrg.session.accessToken)).triads.map((t) => t.implementer.id), { timeout: 20_000 })
    .toContain(impl.id);
  const rec = await m.recommendations(needOrg.session.accessToken);
  const triad = rec.triads[0];
  expect(triad.need.id).toBe(need.id);

  await loginAs(needOrg.session);
  await page.goto('/discover');
  const section = page.getByTestId('recommendations-triads');
  await expect(section).toContainText('三方组合推荐');
  const card = section.getByTestId('triad-card').first();
  await expect(card).toHaveAttribute('data-funder-id', triad.funder.id);
  await expect(card).toHaveAttribute('data-implementer-id', triad.implementer.id);
  await expect(card.getByTestId('triad-part')).toHaveCount(3);
  await expect(card.locator('[data-testid="triad-part"][data-role="need"]')).toContainText('需求方');
  await expect(card.locator('[data-testid="triad-part"][data-role="need"] [data-testid="triad-own"]')).toHaveText('贵机构');
  await expect(card.locator('[data-testid="triad-part"][data-role="funder"]')).toContainText(triad.funder.title);
  await expect(card.locator('[data-testid="triad-part"][data-role="implementer"]')).toContainText(triad.implementer.organization.name);
  await expect(card.getByTestId('match-reason')).toHaveText(triad.reasons.map((r) => r.text));
  await expect(card.locator('[data-code="implementer_delivers"]')).toBeVisible();
  await expect(card.getByTestId('match-score-value')).toHaveText(`${Math.round(triad.score)}%`);

  await card.getByTestId('triad-open-room').click();
  const confirm = page.getByTestId('triad-confirm');
  await expect(confirm.getByTestId('triad-confirm-org')).toHaveText([triad.funder.organization.name, triad.implementer.organization.name]);
  await page.getByRole('button', { name: '发起洽谈' }).click();
  const room = new NegotiateRoom(page);
  await expect(page).toHaveURL(/\/negotiate\/rooms\/[0-9a-f-]{36}$/);
  await expect(room.view).toBeVisible();
  const dto = await m.room(needOrg.session.accessToken, room.roomId());
  expect(dto.kind).toBe('negotiation');
  expect(dto.parties.map((p) => p.organization.id).sort()).toEqual([needOrg.orgId, triad.funder.organization.id, triad.implementer.organization.id].sort());
  expect(dto.listings.map((l) => l.id).sort()).toEqual([triad.need.id, triad.funder.id, triad.implementer.id].sort());
  expect(dto.title).toBe(`三方洽谈：${need.title}`);
  await expect(room.title).toHaveText(dto.title);
});

test('when the matches cannot be loaded the section says so, and "retry" brings them', async ({ page, request }) => {
  const m = new Matching(request);
  const { need, offer } = await needWithOffers(m);
  await untilMatched(m, need.id, [offer.id]);
  // The first answer fails (as a restarting server would); the next ones go through.
  let failed = 0;
  await page.route(`**/api/listings/${need.id}/matches*`, async (route) => {
    if (failed++ < 2) await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后重试' } }) });
    else await route.continue();
  });
  await page.goto(`/listings/${need.id}`);
  const section = page.getByTestId('listing-matches');
  await expect(section.getByTestId('listing-matches-error')).toBeVisible();
  await expect(section.getByTestId('match-card')).toHaveCount(0);
  await section.getByTestId('listing-matches-error').getByRole('button').first().click();
  await expect(matchCard(section, offer.id)).toBeVisible();
  await expect(section.getByTestId('listing-matches-error')).toHaveCount(0);
});
