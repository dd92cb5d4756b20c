import dayjs from 'dayjs';
import { intentTerms, type IntentDto, type IntentTerms, type IntentVersionDto, type RoomDto } from '@yiqia/contracts';
import {
  INTENT_LIMITS,
  canonicalTerms,
  changeRows,
  formPathOf,
  groupDigits,
  intentState,
  noticeFor,
  sameTerms,
  signBlock,
  termsFromValues,
  valuesFromTerms,
  wanReading,
  type IntentFormValues,
} from './intent-form.js';

const A = '3b241101-e2bb-4255-8caf-4136c566a962';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const C = '9f1c2e4a-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

function room(parties = [A, B, C], status: RoomDto['status'] = 'open'): RoomDto {
  return {
    id: 'room',
    kind: 'negotiation',
    title: '社区助餐',
    status,
    expoId: null,
    parties: parties.map((id, i) => ({ organization: { id, name: `机构${i + 1}`, type: 'social_org' }, role: i === 0 ? '需求方' : null, joinedAt: '2026-11-20T00:00:00Z' })),
    listings: [],
    createdBy: { userId: 'u', orgId: A },
    lastMessage: null,
    lastSeq: 0,
    readSeq: 0,
    unread: 0,
    intent: null,
    createdAt: '2026-11-20T00:00:00Z',
    updatedAt: '2026-11-20T00:00:00Z',
  };
}

function full(): IntentFormValues {
  return {
    title: '  社区助餐点合作意向书  ',
    parties: [
      { organizationId: A, role: ' 需求方 ', commitments: '提供场地与服务对象  ' },
      { organizationId: B, role: '资助方', commitments: '   ' },
      { organizationId: C, role: '执行方' },
    ],
    fundingAmount: 300_000,
    goods: ' 助餐设备 3 套 ',
    volunteers: 20,
    venue: '',
    startsOn: dayjs('2027-01-01'),
    endsOn: dayjs('2027-06-30'),
    deliverables: '建成 3 个助餐点',
    notes: undefined,
  };
}

const base: IntentTerms = termsFromValues(full());

describe('INTENT_LIMITS are the contract’s', () => {
  const ok = (patch: Partial<IntentTerms>) => intentTerms.safeParse({ ...base, ...patch }).success;
  const str = (n: number) => '字'.repeat(n);
  const party = (patch: object) => [{ ...base.parties[0], ...patch }, ...base.parties.slice(1)];

  it('accepts the limits and refuses one beyond', () => {
    expect(ok({})).toBe(true);
    expect([ok({ title: str(INTENT_LIMITS.titleMin) }), ok({ title: str(INTENT_LIMITS.titleMin - 1) })]).toEqual([true, false]);
    expect([ok({ title: str(INTENT_LIMITS.titleMax) }), ok({ title: str(INTENT_LIMITS.titleMax + 1) })]).toEqual([true, false]);
    expect([ok({ fundingAmount: INTENT_LIMITS.fundingMax }), ok({ fundingAmount: INTENT_LIMITS.fundingMax + 1 })]).toEqual([true, false]);
    expect([ok({ volunteers: INTENT_LIMITS.volunteersMax }), ok({ volunteers: INTENT_LIMITS.volunteersMax + 1 })]).toEqual([true, false]);
    expect([ok({ goods: str(INTENT_LIMITS.goodsMax) }), ok({ goods: str(INTENT_LIMITS.goodsMax + 1) })]).toEqual([true, false]);
    expect([ok({ venue: str(INTENT_LIMITS.venueMax) }), ok({ venue: str(INTENT_LIMITS.venueMax + 1) })]).toEqual([true, false]);
    expect([ok({ deliverables: str(INTENT_LIMITS.deliverablesMax) }), ok({ deliverables: str(INTENT_LIMITS.deliverablesMax + 1) })]).toEqual([true, false]);
    expect([ok({ notes: str(INTENT_LIMITS.notesMax) }), ok({ notes: str(INTENT_LIMITS.notesMax + 1) })]).toEqual([true, false]);
    expect([ok({ parties: party({ role: str(INTENT_LIMITS.roleMax) }) }), ok({ parties: party({ role: str(INTENT_LIMITS.roleMax + 1) }) })]).toEqual([true, false]);
    expect([ok({ parties: party({ commitments: str(INTENT_LIMITS.commitmentsMax) }) }), ok({ parties: party({ commitments: str(INTENT_LIMITS.commitmentsMax + 1) }) })]).toEqual([
      true,
      false,
    ]);
    expect(ok({ parties: base.parties.slice(0, INTENT_LIMITS.partiesMin - 1) })).toBe(false);
  });
});

describe('termsFromValues', () => {
  it('trims, leaves out empty optional texts and formats the days', () => {
    expect(base).toEqual({
      title: '社区助餐点合作意向书',
      parties: [
        { organizationId: A, role: '需求方', commitments: '提供场地与服务对象' },
        { organizationId: B, role: '资助方' },
        { organizationId: C, role: '执行方' },
      ],
      fundingAmount: 300_000,
      goods: '助餐设备 3 套',
      volunteers: 20,
      startsOn: '2027-01-01',
      endsOn: '2027-06-30',
      deliverables: '建成 3 个助餐点',
    });
    expect(intentTerms.parse(base)).toEqual(base);
  });

  it('sends null for cleared amounts and dates', () => {
    const t = termsFromValues({ ...full(), fundingAmount: null, volunteers: undefined, startsOn: null, endsOn: undefined });
    expect([t.fundingAmount, t.volunteers, t.startsOn, t.endsOn]).toEqual([null, null, null, null]);
    expect(intentTerms.safeParse(t).success).toBe(true);
  });
});

describe('valuesFromTerms', () => {
  it('takes the parties of the room now, keeping what the terms said about each', () => {
    const v = valuesFromTerms({ ...base, parties: base.parties.slice(0, 2) }, room().parties, '默认');
    expect(v.parties).toEqual([
      { organizationId: A, role: '需求方', commitments: '提供场地与服务对象' },
      { organizationId: B, role: '资助方', commitments: undefined },
      { organizationId: C, role: undefined, commitments: undefined },
    ]);
    expect(v.startsOn?.format('YYYY-MM-DD')).toBe('2027-01-01');
    expect(termsFromValues(valuesFromTerms(base, room().parties, 'x'))).toEqual(base);
  });

  it('starts a blank document with the room’s recorded roles and a title', () => {
    const v = valuesFromTerms(null, room().parties, '社区助餐合作意向书');
    expect(v.title).toBe('社区助餐合作意向书');
    expect(v.parties.map((p) => p.role)).toEqual(['需求方', undefined, undefined]);
    expect([v.fundingAmount, v.startsOn]).toEqual([null, null]);
  });
});

describe('formPathOf', () => {
  it('maps server paths to form names', () => {
    expect(formPathOf('terms.fundingAmount')).toBe('fundingAmount');
    expect(formPathOf('terms.parties.1.role')).toBe('parties.1.role');
    expect(formPathOf('terms.parties.2.organizationId')).toBe('parties.2.role');
    expect(formPathOf('terms.endsOn')).toBe('endsOn');
    expect(formPathOf('roomId')).toBeNull();
  });
});

describe('amounts', () => {
  it('groups digits and reads 万元 exactly', () => {
    expect(groupDigits(1_234_567)).toBe('1,234,567');
    expect(groupDigits(999)).toBe('999');
    expect(wanReading(1_234_567)).toBe('123.4567');
    expect(wanReading(300_000)).toBe('30');
    expect(wanReading(12_500)).toBe('1.25');
  });
});

describe('canonicalTerms / sameTerms', () => {
  it('ignores party order and missing-vs-null, sees real changes', () => {
    const reordered: IntentTerms = { ...base, parties: [...base.parties].reverse(), notes: undefined, venue: undefined };
    expect(sameTerms(base, reordered)).toBe(true);
    expect(sameTerms(base, { ...base, fundingAmount: 300_001 })).toBe(false);
    expect(canonicalTerms(base)).toContain('"fundingAmount":300000');
  });
});

function version(v: number, status: IntentVersionDto['status'], by: string, signedBy: string[] = [], changes: IntentVersionDto['changes'] = []): IntentVersionDto {
  return {
    version: v,
    terms: base,
    status,
    proposedBy: { userId: 'u', orgId: by, displayName: '张三' },
    proposedAt: '2026-11-24T06:00:00Z',
    signatures: signedBy.map((orgId) => ({ orgId, userId: 'u', displayName: '李四', signedAt: '2026-11-24T07:00:00Z' })),
    changes,
  };
}

describe('changeRows', () => {
  it('orders fields as the document does and reads party changes by organisation', () => {
    const rows = changeRows([
      { field: `parties.${B}.role`, before: '执行方', after: '资助方' },
      { field: 'notes', before: null, after: '按季度汇报' },
      { field: 'fundingAmount', before: 300_000, after: 500_000 },
      { field: `parties.${C}`, before: null, after: { organizationId: C, role: '场地方', commitments: null } },
      { field: `parties.${A}.commitments`, before: 'x', after: null },
      { field: 'something.else', before: 1, after: 2 },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['fundingAmount', 'notes', `parties.${B}.role`, `parties.${C}`, `parties.${A}.commitments`]);
    expect(rows[0]).toMatchObject({ kind: 'field', before: 300_000, after: 500_000 });
    expect(rows[3]).toMatchObject({ kind: 'partyAdded', orgId: C, party: { role: '场地方' } });
    expect(rows[4]).toMatchObject({ kind: 'partyCommitments', orgId: A, before: 'x', after: null });
  });
});

describe('intentState / signBlock', () => {
  it('finds the open, signed and latest versions', () => {
    const s = intentState([version(3, 'withdrawn', A), version(2, 'superseded', B), version(1, 'superseded', A)]);
    expect([s.latest?.version, s.open, s.signed]).toEqual([3, null, null]);
  });

  it('explains why the caller cannot sign', () => {
    const open = version(2, 'proposed', B, [B]);
    expect(signBlock(room(), open, A, true)).toBeNull();
    expect(signBlock(room(), open, A, false)).toBe('notAdmin');
    expect(signBlock(room(), open, B, true)).toBe('alreadySigned');
    expect(signBlock(room(), version(1, 'superseded', A), A, true)).toBe('notOpen');
    expect(signBlock(room(), version(1, 'signed', A), A, true)).toBe('signed');
    expect(signBlock(room([A, B, C], 'closed'), open, A, true)).toBe('roomClosed');
    expect(signBlock(room([A, B, C, '11111111-2222-4333-8444-555555555555']), open, A, true)).toBe('partiesChanged');
    expect(signBlock(room(), open, '11111111-2222-4333-8444-555555555555', true)).toBe('notParty');
  });
});

describe('noticeFor', () => {
  const intent = (versions: IntentVersionDto[], signedVersion: number | null = null): IntentDto => ({ roomId: 'room', versions, signedVersion });
  const v1 = version(1, 'proposed', A);

  it('announces other parties’ proposals, signatures, withdrawals and the signed intent — not my own', () => {
    expect(noticeFor(intent([]), intent([v1]), B, 1)).toEqual({ kind: 'proposed', version: 1, orgId: A, at: 1 });
    expect(noticeFor(intent([]), intent([v1]), A, 1)).toBeNull();
    expect(noticeFor(intent([v1]), intent([version(1, 'proposed', A, [C])]), A, 1)).toEqual({ kind: 'signed', version: 1, orgId: C, at: 1 });
    expect(noticeFor(intent([v1]), intent([version(1, 'proposed', A, [A])]), A, 1)).toBeNull();
    expect(noticeFor(intent([v1]), intent([version(1, 'withdrawn', A)]), B, 1)).toEqual({ kind: 'withdrawn', version: 1, orgId: A, at: 1 });
    expect(noticeFor(intent([version(1, 'proposed', A, [A, B])]), intent([version(1, 'signed', A, [A, B, C])], 1), A, 1)).toEqual({ kind: 'fullySigned', version: 1, at: 1 });
  });
});
