import { ORG_TYPE_LABELS, SERVICE_DOMAIN_LABELS } from '@yiqia/domain';
import { BoothPage } from './pages/booth-page.js';
import { ExpoLandingPage } from './pages/expo-landing-page.js';
import { Header } from './pages/header.js';
import { DEMO } from './support/data.js';
import { expect, test } from './support/fixtures.js';

test('a visitor browses the current expo, filters and searches booths, and opens a booth (the visit is counted)', async ({ page, api }) => {
  const expo = await api.currentExpo();
  expect(expo.slug).toBe(DEMO.expo.slug);
  const landing = new ExpoLandingPage(page);
  const header = new Header(page);

  // `/` lands on the current expo.
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}$`));
  await landing.expectLoaded();
  await header.expectLoggedOut();
  await expect(landing.name).toHaveText(DEMO.expo.name);
  const boothCount = Number(await landing.boothCount.innerText());
  expect(boothCount).toBeGreaterThanOrEqual(150);
  expect(await landing.resultTotal()).toBe(boothCount);
  await expect(landing.resultCount).toHaveText(`共 ${boothCount} 个展位`);
  await expect(landing.cards).toHaveCount(24);
  // "全部展区" + one chip per zone.
  await expect(landing.zoneChips).toHaveCount(expo.zones.length + 1);
  await expect(landing.zoneChips.first()).toHaveAttribute('data-active', 'true');
  const allIds = await landing.cardIds();

  // Zone: the smallest zone that has booths, so all of them fit on one page.
  const zone = [...expo.zones].filter((z) => z.boothCount > 0).sort((a, b) => a.boothCount - b.boothCount)[0];
  const chip = landing.zoneChip(zone.code);
  await expect(chip).toContainText(zone.name);
  const zoneCount = await landing.zoneChipCount(zone.code);
  expect(zoneCount).toBeGreaterThan(0);
  expect(zoneCount).toBeLessThan(boothCount);
  await chip.click();
  await expect(page).toHaveURL(new RegExp(`[?&]zone=${zone.code}(&|$)`));
  await expect(chip).toHaveAttribute('data-active', 'true');
  await expect(landing.resultCount).toHaveText(`符合条件的展位 ${zoneCount} 个`);
  await expect(landing.cards).toHaveCount(Math.min(zoneCount, 24));
  const zoneIds = await landing.cardIds();
  expect(zoneIds).not.toEqual(allIds.slice(0, zoneIds.length));
  const expectedZoneIds = (await api.listBooths(expo.id, { zone: zone.code, pageSize: 24 })).items.map((b) => b.id);
  expect(zoneIds.sort()).toEqual(expectedZoneIds.sort());

  // The URL carries the state: a reload shows the same selection.
  await page.reload();
  await landing.expectLoaded();
  await expect(page).toHaveURL(new RegExp(`[?&]zone=${zone.code}(&|$)`));
  await expect(landing.zoneChip(zone.code)).toHaveAttribute('data-active', 'true');
  await expect(landing.resultCount).toHaveText(`符合条件的展位 ${zoneCount} 个`);
  expect((await landing.cardIds()).sort()).toEqual(zoneIds.sort());

  // Back to all zones, then service domain + organisation type.
  await landing.clearFilters.click();
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}$`));
  await expect(landing.resultCount).toHaveText(`共 ${boothCount} 个展位`);

  await landing.filterDomain(SERVICE_DOMAIN_LABELS.elderly.zh);
  await expect(page).toHaveURL(/[?&]domain=elderly(&|$)/);
  const expectedDomain = await api.listBooths(expo.id, { domain: 'elderly', pageSize: 24 });
  await expect(landing.resultCount).toHaveText(`符合条件的展位 ${expectedDomain.total} 个`);
  const domainTotal = await landing.resultTotal();
  expect(domainTotal).toBeGreaterThan(0);
  expect(domainTotal).toBeLessThan(boothCount);
  expect((await landing.cardIds()).sort()).toEqual(expectedDomain.items.map((b) => b.id).sort());

  await landing.filterOrgType(ORG_TYPE_LABELS.foundation.zh);
  await expect(page).toHaveURL(/[?&]domain=elderly&orgType=foundation(&|$)/);
  const expectedBoth = await api.listBooths(expo.id, { domain: 'elderly', orgType: 'foundation', pageSize: 24 });
  await expect(landing.resultCount).toHaveText(`符合条件的展位 ${expectedBoth.total} 个`);
  expect(expectedBoth.total).toBeLessThan(domainTotal);
  if (expectedBoth.total > 0) {
    await expect(landing.cards).toHaveCount(Math.min(expectedBoth.total, 24));
    // Every card is a foundation's.
    for (const type of await landing.cards.getByTestId('org-type-tag').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-org-type')))) {
      expect(type).toBe('foundation');
    }
  } else {
    await expect(landing.empty).toBeVisible();
  }
  await page.reload();
  await landing.expectLoaded();
  await expect(landing.domainFilter).toContainText(SERVICE_DOMAIN_LABELS.elderly.zh);
  await expect(landing.orgTypeFilter).toContainText(ORG_TYPE_LABELS.foundation.zh);
  await expect(landing.resultCount).toHaveText(`符合条件的展位 ${expectedBoth.total} 个`);
  await landing.clearFilters.click();
  await expect(landing.resultCount).toHaveText(`共 ${boothCount} 个展位`);

  // Keyword: an organisation's name finds its booth.
  const target = (await api.listBooths(expo.id, { page: 2, pageSize: 24 })).items[5];
  await landing.searchFor(target.organization.name);
  await expect(landing.card(target.id)).toBeVisible();
  const keywordTotal = await landing.resultTotal();
  expect(keywordTotal).toBeGreaterThanOrEqual(1);
  expect(keywordTotal).toBeLessThan(boothCount);
  await expect(landing.card(target.id).getByTestId('booth-card-org')).toHaveText(target.organization.name);

  // Nonsense keyword: the empty state with a way out.
  await landing.searchFor('zqxj无此机构7781');
  await expect(landing.empty).toBeVisible();
  await expect(landing.empty).toContainText('没有找到符合条件的展位');
  await expect(landing.cards).toHaveCount(0);
  await page.getByTestId('widen-q').click();
  await expect(landing.resultCount).toHaveText(`共 ${boothCount} 个展位`);
  await expect(landing.search).toHaveValue('');

  // Open a booth page; the visit is counted.
  const organizer = await api.login(DEMO.organizer.email, DEMO.organizer.password);
  const viewsBefore = (await api.stats(organizer.accessToken, target.id)).totals.views;
  const visitRequests: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/api/booths/${target.id}/visits`)) visitRequests.push(r.url());
  });
  await landing.searchFor(target.organization.name);
  await landing.card(target.id).click();
  await expect(page).toHaveURL(new RegExp(`/expos/${DEMO.expo.slug}/booths/${target.id}$`));
  const booth = new BoothPage(page);
  await expect(booth.root).toBeVisible();
  await expect(booth.title).toHaveText(target.title);
  await expect(booth.organization).toContainText(target.organization.name);
  await expect(booth.intro).toBeVisible();
  expect((await booth.intro.innerText()).trim().length).toBeGreaterThan(10);
  await expect(booth.contacts.first()).toBeVisible();
  await expect(booth.contacts.first()).not.toBeEmpty();
  await expect
    .poll(async () => (await api.stats(organizer.accessToken, target.id)).totals.views, { message: 'the booth page visit is counted' })
    .toBe(viewsBefore + 1);
  // One page view, one visit (no double counting by re-renders).
  expect(visitRequests).toHaveLength(1);
});

test('a filter chosen right after a search keeps the keyword, and the keyword keeps the filter', async ({ page }) => {
  const landing = new ExpoLandingPage(page);
  await landing.goto(DEMO.expo.slug);
  // A quick visitor: search with Enter, then at once pick a zone (inside the search box's typing pause).
  await landing.searchAndEnter('社区');
  await landing.zoneChip('elderly').click();
  // Past the 500 ms typing pause of the search box: nothing may undo the visitor's choices.
  await page.waitForTimeout(800);
  expect(landing.query()).toEqual({ zone: 'elderly', q: '社区' });
  await expect(landing.zoneChip('elderly')).toHaveAttribute('data-active', 'true');
  await expect(landing.search).toHaveValue('社区');
});
