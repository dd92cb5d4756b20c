import dayjs from 'dayjs';
import { createListingRequest, updateListingRequest, type ListingDto } from '@yiqia/contracts';
import { RESOURCE_TYPES, SERVICE_DOMAINS, TARGET_GROUPS } from '@yiqia/domain';
import {
  LISTING_LIMITS,
  createRequestFrom,
  emptyValues,
  fieldsDiffer,
  fieldsFromValues,
  isEmptyHtml,
  patchRequestFrom,
  valuesFromListing,
  type ListingFormValues,
} from './listing-form.js';

const BOOTH = '3b241101-e2bb-4255-8caf-4136c566a962';
const EXPO = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ctx = { boothExpoId: (id: string) => (id === BOOTH ? EXPO : null) };

function full(): ListingFormValues {
  return {
    kind: 'need',
    title: '  社区养老助餐点建设  ',
    summary: '为锦江区独居老人建设三个社区助餐点，需要资金与志愿者支持。',
    body: '<p>项目<strong>急需</strong>支持</p>',
    domains: ['elderly'] as ListingFormValues['domains'],
    targetGroups: ['elderly', 'low_income'],
    resourceTypes: ['funding', 'volunteers'],
    regionCode: '510104',
    amountMin: 50_000,
    amountMax: 200_000,
    period: [dayjs('2026-06-01'), dayjs('2026-12-31')],
    boothId: BOOTH,
  };
}

const base = createRequestFrom(fieldsFromValues({ ...full(), domains: [SERVICE_DOMAINS[0]] }, ctx));

describe('LISTING_LIMITS are the contract’s', () => {
  const ok = (patch: object) => createListingRequest.safeParse({ ...base, ...patch }).success;

  it('title and summary lengths (trimmed)', () => {
    expect(ok({ title: '字'.repeat(LISTING_LIMITS.titleMin) })).toBe(true);
    expect(ok({ title: '字'.repeat(LISTING_LIMITS.titleMin - 1) })).toBe(false);
    expect(ok({ title: `  ${'字'.repeat(LISTING_LIMITS.titleMin - 1)}  ` })).toBe(false);
    expect(ok({ title: '字'.repeat(LISTING_LIMITS.titleMax) })).toBe(true);
    expect(ok({ title: '字'.repeat(LISTING_LIMITS.titleMax + 1) })).toBe(false);
    expect(ok({ summary: '字'.repeat(LISTING_LIMITS.summaryMin) })).toBe(true);
    expect(ok({ summary: '字'.repeat(LISTING_LIMITS.summaryMin - 1) })).toBe(false);
    expect(ok({ summary: '字'.repeat(LISTING_LIMITS.summaryMax) })).toBe(true);
    expect(ok({ summary: '字'.repeat(LISTING_LIMITS.summaryMax + 1) })).toBe(false);
    expect(ok({ body: 'x'.repeat(LISTING_LIMITS.bodyMax) })).toBe(true);
    expect(ok({ body: 'x'.repeat(LISTING_LIMITS.bodyMax + 1) })).toBe(false);
  });

  it('list sizes', () => {
    expect(ok({ domains: [] })).toBe(false);
    expect(ok({ domains: SERVICE_DOMAINS.slice(0, LISTING_LIMITS.domainsMax) })).toBe(true);
    expect(ok({ domains: SERVICE_DOMAINS.slice(0, LISTING_LIMITS.domainsMax + 1) })).toBe(false);
    expect(ok({ targetGroups: TARGET_GROUPS.slice(0, LISTING_LIMITS.targetGroupsMax) })).toBe(true);
    expect(ok({ targetGroups: TARGET_GROUPS.slice(0, LISTING_LIMITS.targetGroupsMax + 1) })).toBe(false);
    expect(RESOURCE_TYPES.length).toBe(LISTING_LIMITS.resourceTypesMax);
    expect(ok({ resourceTypes: [...RESOURCE_TYPES] })).toBe(true);
  });

  it('amounts: whole yuan up to the limit, max not below min', () => {
    expect(ok({ amountMin: 0, amountMax: LISTING_LIMITS.amountMax })).toBe(true);
    expect(ok({ amountMax: LISTING_LIMITS.amountMax + 1 })).toBe(false);
    expect(ok({ amountMin: 10.5 })).toBe(false);
    expect(ok({ amountMin: 100, amountMax: 99 })).toBe(false);
  });
});

describe('form values → requests', () => {
  it('a complete form is a valid create request, trimmed, with the booth’s expo', () => {
    const request = createRequestFrom(fieldsFromValues(full(), ctx));
    expect(createListingRequest.safeParse(request).success).toBe(true);
    expect(request).toMatchObject({
      title: '社区养老助餐点建设',
      startsAt: '2026-06-01',
      endsAt: '2026-12-31',
      boothId: BOOTH,
      expoId: EXPO,
      amountMin: 50_000,
      amountMax: 200_000,
    });
  });

  it('a minimal form leaves optional parts out (no empty body, no nulls)', () => {
    const values: ListingFormValues = { ...emptyValues(), title: '招募助老志愿者', summary: '周末陪伴社区老人，每次两小时。', domains: ['elderly'] as never, regionCode: '510000' };
    values.body = '<p></p>';
    const request = createRequestFrom(fieldsFromValues(values, ctx));
    expect(request).toEqual({ kind: 'need', title: '招募助老志愿者', summary: '周末陪伴社区老人，每次两小时。', domains: ['elderly'], regionCode: '510000' });
    expect(createListingRequest.safeParse(request).success).toBe(true);
  });

  it('without a booth the expo is the fallback (?expoId=)', () => {
    const fields = fieldsFromValues({ ...full(), boothId: null }, { ...ctx, fallbackExpoId: EXPO });
    expect(fields.boothId).toBeNull();
    expect(fields.expoId).toBe(EXPO);
  });

  it('a patch holds only changes; cleared values are null; nothing changed → empty', () => {
    const before = fieldsFromValues(full(), ctx);
    expect(patchRequestFrom(before, fieldsFromValues(full(), ctx))).toEqual({});
    expect(fieldsDiffer(before, fieldsFromValues(full(), ctx))).toBe(false);
    const after = fieldsFromValues({ ...full(), title: '新标题：社区助餐', amountMax: null, period: null, boothId: null, status: 'closed' }, ctx);
    const patch = patchRequestFrom(before, after);
    expect(patch).toEqual({ title: '新标题：社区助餐', amountMax: null, startsAt: null, endsAt: null, boothId: null, expoId: null, status: 'closed' });
    expect(updateListingRequest.safeParse(patch).success).toBe(true);
    expect(fieldsDiffer(before, after)).toBe(true);
  });

  it('a stored listing round-trips through the form unchanged', () => {
    const listing = {
      id: 'x',
      kind: 'offer',
      title: '企业志愿者服务队',
      summary: '每月可提供二十名员工志愿者参与社区服务。',
      body: '<p>可<strong>长期</strong>合作</p>',
      domains: ['community'],
      targetGroups: [],
      resourceTypes: ['volunteers'],
      regionCode: '510100',
      regionName: '四川省成都市',
      amountMin: null,
      amountMax: 30_000,
      startsAt: '2026-03-01',
      endsAt: null,
      status: 'matched',
      expoId: EXPO,
      booth: { id: BOOTH, expoId: EXPO, title: '展位', logoUrl: null, isPublic: true },
    } as unknown as ListingDto;
    const values = valuesFromListing(listing);
    const fields = fieldsFromValues(values, ctx);
    expect(fields).toMatchObject({ kind: 'offer', startsAt: '2026-03-01', endsAt: null, amountMin: null, amountMax: 30_000, boothId: BOOTH, expoId: EXPO, status: 'matched' });
    expect(patchRequestFrom(fields, fieldsFromValues(valuesFromListing(listing), ctx))).toEqual({});
  });
});

describe('isEmptyHtml', () => {
  it.each([
    ['', true],
    ['<p></p>', true],
    ['<p> &nbsp; </p>', true],
    ['<p>字</p>', false],
    ['<p><img src="/api/uploads/a.png"></p>', false],
  ])('%s → %s', (html, empty) => expect(isEmptyHtml(html)).toBe(empty));
});
