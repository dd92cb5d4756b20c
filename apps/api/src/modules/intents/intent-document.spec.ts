import { createHash } from 'node:crypto';
import { DOCUMENT_CSP, DOCUMENT_CSS, beijingTime, renderIntentDocument, type IntentDocumentInput } from './intent-document.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const input = (over: Partial<IntentDocumentInput> = {}): IntentDocumentInput => ({
  roomId: '33333333-3333-4333-8333-333333333333',
  roomTitle: '助老 <洽谈>',
  version: 2,
  status: 'proposed',
  latestVersion: 2,
  terms: {
    title: '<script>alert("x")</script> & 共建',
    parties: [
      { organizationId: A, role: '需求方', commitments: '第一行\n第二行 <b>粗</b>' },
      { organizationId: B, role: '资助方' },
    ],
    fundingAmount: 50_000,
    startsOn: '2027-01-01',
    endsOn: null,
  },
  termsSha256: 'a'.repeat(64),
  proposedBy: { orgName: '乐邻', displayName: '张"三"', at: new Date('2026-11-23T16:30:00Z') },
  organizations: new Map([
    [A, { name: '乐邻 & 伙伴', type: 'social_org' }],
    [B, { name: '蓝天基金会', type: 'foundation' }],
  ]),
  signatures: [{ orgId: A, displayName: '王<管理员>', signedAt: new Date('2026-11-23T17:05:00Z') }],
  generatedAt: new Date('2026-11-24T00:00:00Z'),
  ...over,
});

describe('printable intent page', () => {
  it('escapes every user-provided text', () => {
    const html = renderIntentDocument(input());
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 共建');
    expect(html).toContain('乐邻 &amp; 伙伴');
    expect(html).toContain('王&lt;管理员&gt;');
    expect(html).toContain('张&quot;三&quot;');
    expect(html).toContain('助老 &lt;洽谈&gt;');
    // Line breaks in texts are kept by CSS (pre-wrap), not by markup.
    expect(html).toContain('<span class="text">第一行\n第二行 &lt;b&gt;粗&lt;/b&gt;</span>');
  });

  it('allows its one style sheet by hash in its CSP, and nothing else', () => {
    const html = renderIntentDocument(input());
    expect(html).toContain(`<style>${DOCUMENT_CSS}</style>`);
    const hash = createHash('sha256').update(DOCUMENT_CSS, 'utf8').digest('base64');
    expect(DOCUMENT_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(DOCUMENT_CSP).toContain("default-src 'none'");
    expect(DOCUMENT_CSP).not.toMatch(/script-src|unsafe/);
  });

  it('shows the stamp only on a signed version, with the date of the last signature (Beijing time)', () => {
    expect(renderIntentDocument(input())).not.toContain('class="stamp"');
    const signed = renderIntentDocument(input({ status: 'signed' }));
    expect(signed).toContain('<div class="stamp" role="img" aria-label="已签约意向">已签约意向<small>2026-11-24</small></div>');
    expect(beijingTime(new Date('2026-11-23T17:05:00Z'))).toBe('2026-11-24 01:05');
    expect(signed).toContain('<td>王&lt;管理员&gt;</td><td class="nowrap">2026-11-24 01:05（北京时间）</td>');
    expect(signed).toContain('<td>蓝天基金会</td><td class="none">未签署</td>');
  });

  it('formats amount and period, and marks what was not agreed', () => {
    const html = renderIntentDocument(input());
    expect(html).toContain('50,000 元（5 万元；大写：伍万元整）');
    expect(html).toContain('自 2027-01-01 起');
    expect(html).toMatch(/物资支持<\/th><td><span class="none">未约定<\/span>/);
    const en = renderIntentDocument(input(), 'en');
    expect(en).toContain('from 2027-01-01');
    expect(en).toContain('Not agreed');
    // English labels throughout (the user's own texts stay as written).
    for (const label of ['资助金额', '未约定', '合作各方', '签署时间', '北京时间']) expect(en).not.toContain(label);
  });
});
