import type { IntentTerms } from '@yiqia/contracts';
import { canonicalTermsJson, diffTerms, normalizeTerms, sameTerms, termsSha256 } from './intent-terms.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

const base: IntentTerms = {
  title: '社区助老食堂共建',
  parties: [
    { organizationId: B, role: '资助方', commitments: '资助 20 万元' },
    { organizationId: A, role: '执行方' },
  ],
  fundingAmount: 200000,
  venue: '锦江区某社区',
};

describe('intent terms', () => {
  it('normalises: trims, drops empty texts, nulls for missing nullable fields', () => {
    const n = normalizeTerms({
      title: '  社区助老食堂共建 ',
      goods: '   ',
      notes: ' 每月对账 ',
      parties: [{ organizationId: B.toUpperCase(), role: ' 资助方 ', commitments: '' }, base.parties[1]],
    });
    expect(n).toStrictEqual({
      title: '社区助老食堂共建',
      parties: [
        { organizationId: B, role: '资助方' },
        { organizationId: A, role: '执行方' },
      ],
      fundingAmount: null,
      volunteers: null,
      startsOn: null,
      endsOn: null,
      notes: '每月对账',
    });
  });

  it('has a canonical JSON independent of key order, party order and absent-vs-null', () => {
    const json = canonicalTermsJson(base);
    expect(json).toBe(
      '{"deliverables":null,"endsOn":null,"fundingAmount":200000,"goods":null,"notes":null,' +
        `"parties":[{"commitments":null,"organizationId":"${A}","role":"执行方"},{"commitments":"资助 20 万元","organizationId":"${B}","role":"资助方"}],` +
        '"startsOn":null,"title":"社区助老食堂共建","venue":"锦江区某社区","volunteers":null}',
    );
    const reordered: IntentTerms = { venue: '锦江区某社区', fundingAmount: 200000, parties: [...base.parties].reverse(), title: base.title, volunteers: null, goods: '' };
    expect(canonicalTermsJson(reordered)).toBe(json);
    expect(sameTerms(base, reordered)).toBe(true);
    expect(termsSha256(reordered)).toBe(termsSha256(base));
    expect(termsSha256(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(sameTerms(base, { ...base, fundingAmount: 200001 })).toBe(false);
  });

  it('diffs fields, and parties by organisation (order is no change)', () => {
    expect(diffTerms(null, base)).toEqual([]);
    expect(diffTerms(base, { ...base, parties: [...base.parties].reverse() })).toEqual([]);
    const next: IntentTerms = {
      ...base,
      fundingAmount: 300000,
      venue: undefined,
      volunteers: 12,
      parties: [
        { organizationId: A, role: '执行方', commitments: '每周三次送餐' },
        { organizationId: B, role: '主要资助方', commitments: '资助 20 万元' },
        { organizationId: C, role: '场地方' },
      ],
    };
    expect(diffTerms(base, next)).toEqual([
      { field: 'fundingAmount', before: 200000, after: 300000 },
      { field: 'volunteers', before: null, after: 12 },
      { field: 'venue', before: '锦江区某社区', after: null },
      { field: `parties.${A}.commitments`, before: null, after: '每周三次送餐' },
      { field: `parties.${B}.role`, before: '资助方', after: '主要资助方' },
      { field: `parties.${C}`, before: null, after: { organizationId: C, role: '场地方' } },
    ]);
    expect(diffTerms(next, base)).toContainEqual({ field: `parties.${C}`, before: { organizationId: C, role: '场地方' }, after: null });
  });
});
