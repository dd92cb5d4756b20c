import { createHash } from 'node:crypto';
import type { IntentStatus, IntentTerms } from '@yiqia/contracts';
import { ORG_TYPE_LABELS, type Lang, type OrgType } from '@yiqia/domain';
import { formatAmount, groupDigits } from './money.js';

/** Everything the printable page shows about one version. */
export interface IntentDocumentInput {
  roomId: string;
  roomTitle: string;
  version: number;
  status: IntentStatus;
  /** The version that replaced this one (for superseded versions). */
  latestVersion: number;
  terms: IntentTerms;
  termsSha256: string;
  proposedBy: { orgName: string; displayName: string; at: Date };
  /** Names and types of the organisations in `terms.parties`. */
  organizations: Map<string, { name: string; type: OrgType }>;
  signatures: { orgId: string; displayName: string; signedAt: Date }[];
  generatedAt: Date;
}

/**
 * The page's only style sheet. Allowed by its SHA-256 in the page's own CSP (`style-src 'sha256-…'`),
 * so the page needs no inline styles, no nonce and nothing from another origin.
 */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm; }
* { box-sizing: border-box; }
html { background: #f2f2f2; }
body { margin: 0; color: #1a1a1a; font-family: "Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif;
  font-size: 11pt; line-height: 1.75; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { position: relative; width: 210mm; min-height: 297mm; margin: 12mm auto; padding: 20mm 18mm 22mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
.hint { width: 210mm; margin: 8mm auto 0; font: 10pt/1.6 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #555; }
.brand { margin: 0; font: 9pt/1.4 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #8c8c8c; letter-spacing: .1em; }
h1 { margin: 6mm 0 1mm; text-align: center; font-size: 22pt; font-weight: 700; }
html[lang="zh-CN"] h1 { letter-spacing: .5em; text-indent: .5em; }
.subtitle { margin: 0 0 6mm; text-align: center; font-size: 13pt; }
h2 { margin: 7mm 0 2mm; font-size: 12.5pt; border-bottom: 1px solid #1a1a1a; padding-bottom: 1mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
th, td { border: 1px solid #595959; padding: 1.6mm 2.2mm; vertical-align: top; text-align: left; }
th { background: #f5f5f5; font-weight: 700; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.role { min-width: 5.5em; }
tr { break-inside: avoid; }
.meta { margin: 0; display: grid; grid-template-columns: max-content 1fr; column-gap: 4mm; font-size: 10pt; }
.meta dt { color: #595959; }
.meta dd { margin: 0; }
.terms th { width: 28mm; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.none { color: #8c8c8c; }
.status { display: inline-block; padding: 0 2mm; border: 1px solid currentColor; border-radius: 1mm; font-size: 9.5pt; }
.status-signed { color: #b8000e; }
.status-proposed { color: #0958d9; }
.status-withdrawn, .status-superseded { color: #8c8c8c; }
.notice { margin: 3mm 0; padding: 2mm 3mm; border: 1px dashed #8c8c8c; color: #595959; font-size: 10pt; }
.signing { position: relative; }
.stamp { position: absolute; top: 2mm; right: 6mm; width: 38mm; height: 38mm; border: 1.2mm solid #c8102e; border-radius: 50%;
  color: #c8102e; display: flex; flex-direction: column; align-items: center; justify-content: center; transform: rotate(-14deg);
  font-weight: 700; font-size: 13pt; letter-spacing: .15em; opacity: .85; text-align: center; line-height: 1.3; }
.stamp small { display: block; font-size: 8pt; letter-spacing: 0; font-weight: 400; }
.verify { margin-top: 8mm; font-size: 8.5pt; color: #595959; line-height: 1.55; }
.verify code { font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 8pt; overflow-wrap: anywhere; color: #1a1a1a; }
.sign td { height: 16mm; }
@media print {
  html { background: none; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .hint { display: none; }
}
`;

/** `sha256-…` source expression for the page's CSP. */
export const DOCUMENT_STYLE_HASH = `'sha256-${createHash('sha256').update(DOCUMENT_CSS, 'utf8').digest('base64')}'`;

/** The page's own CSP: its style sheet by hash, nothing else (no script at all). */
export const DOCUMENT_CSP = [
  "default-src 'none'",
  `style-src ${DOCUMENT_STYLE_HASH}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const L = {
  zh: {
    brand: '益洽 · 公益洽谈汇',
    title: '合作意向书',
    hint: '使用浏览器的“打印”（Ctrl+P / ⌘P）可打印本意向书或另存为 PDF。',
    version: '版本',
    versionN: (n: number) => `第 ${n} 版`,
    status: '状态',
    statuses: { proposed: '待签署', signed: '已签约', withdrawn: '已撤回', superseded: '已被新版本取代' } as Record<IntentStatus, string>,
    room: '洽谈室编号',
    proposed: '提出',
    proposedBy: (org: string, person: string, at: string) => `${org}（${person}），${at}`,
    parties: '一、合作各方',
    no: '序号',
    org: '机构名称',
    orgType: '机构类型',
    role: '角色',
    commitments: '承担事项',
    content: '二、合作内容',
    funding: '资助金额',
    goods: '物资支持',
    volunteers: '志愿者',
    volunteersN: (n: number) => `${groupDigits(n)} 人`,
    venue: '地点',
    period: '合作期限',
    deliverables: '交付成果',
    notes: '其他约定',
    none: '未约定',
    from: (d: string) => `自 ${d} 起`,
    until: (d: string) => `至 ${d} 止`,
    signatures: '三、签署',
    signer: '签署人（机构管理员）',
    signedAt: '签署时间',
    unsigned: '未签署',
    stamp: '已签约意向',
    notices: {
      proposed: '本版本尚未经全部参与方签署，不构成已签约的合作意向。',
      withdrawn: '本版本已由提出方撤回，仅供查阅。',
      superseded: (n: number) => `本版本已被第 ${n} 版取代，仅供查阅。`,
      signed: '本版本已经全部参与方签署并锁定，不可再修改。',
    },
    verify: '校验信息',
    verifyText:
      '条款 SHA-256 按以下规则计算：将意向书条款整理为规范 JSON（字段按名称排序，缺省字段记为 null，参与方按机构编号排序并只含 commitments、organizationId、role，UTF-8、无空白），再计算 SHA-256。可通过平台接口 GET /api/rooms/{洽谈室编号}/intent 取得该版本条款自行核对。',
    hash: '条款 SHA-256',
    generated: '生成时间',
    time: (s: string) => `${s}（北京时间）`,
    footer: '本意向书由益洽平台根据洽谈室记录生成，表达各方的合作意向。',
  },
  en: {
    brand: 'Yiqia · Public-welfare matchmaking fair',
    title: 'Letter of Intent for Cooperation',
    hint: 'Use your browser\'s "Print" (Ctrl+P / ⌘P) to print this letter of intent or save it as PDF.',
    version: 'Version',
    versionN: (n: number) => `Version ${n}`,
    status: 'Status',
    statuses: { proposed: 'Awaiting signatures', signed: 'Signed', withdrawn: 'Withdrawn', superseded: 'Superseded' } as Record<IntentStatus, string>,
    room: 'Room ID',
    proposed: 'Proposed by',
    proposedBy: (org: string, person: string, at: string) => `${org} (${person}), ${at}`,
    parties: '1. Parties',
    no: 'No.',
    org: 'Organisation',
    orgType: 'Type',
    role: 'Role',
    commitments: 'Commitments',
    content: '2. Terms',
    funding: 'Funding',
    goods: 'Goods',
    volunteers: 'Volunteers',
    volunteersN: (n: number) => `${groupDigits(n)}`,
    venue: 'Venue',
    period: 'Period',
    deliverables: 'Deliverables',
    notes: 'Other terms',
    none: 'Not agreed',
    from: (d: string) => `from ${d}`,
    until: (d: string) => `until ${d}`,
    signatures: '3. Signatures',
    signer: 'Signed by (organisation admin)',
    signedAt: 'Signed at',
    unsigned: 'Not signed',
    stamp: '已签约意向',
    notices: {
      proposed: 'This version has not been signed by every party; it is not a signed intent.',
      withdrawn: 'This version was withdrawn by its proposer and is shown for reference only.',
      superseded: (n: number) => `This version was superseded by version ${n} and is shown for reference only.`,
      signed: 'This version has been signed by every party and is locked.',
    },
    verify: 'Verification',
    verifyText:
      'The terms SHA-256 is computed over the canonical JSON of the terms (keys sorted by name, missing fields as null, parties sorted by organisation id with only commitments, organizationId and role, UTF-8, no whitespace). The terms of this version can be fetched from GET /api/rooms/{room id}/intent to check it.',
    hash: 'Terms SHA-256',
    generated: 'Generated at',
    time: (s: string) => `${s} (Beijing time)`,
    footer: 'Generated by Yiqia from the records of the negotiation room; it states the parties\' intent to cooperate.',
  },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** "2026-11-23 14:05" in Beijing time (China has no daylight saving: UTC+8 all year). */
export function beijingTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function text(value: string | null | undefined, none: string): string {
  return value ? `<span class="text">${escapeHtml(value)}</span>` : `<span class="none">${escapeHtml(none)}</span>`;
}

/** The printable HTML page of one version (A4, Chinese typography; no script, one hashed style sheet). */
export function renderIntentDocument(input: IntentDocumentInput, lang: Lang = 'zh'): string {
  const t = L[lang];
  const { terms } = input;
  const e = escapeHtml;
  const orgName = (id: string) => input.organizations.get(id)?.name ?? id;
  const signed = input.status === 'signed';
  const signatureOf = new Map(input.signatures.map((s) => [s.orgId, s]));
  const lastSignature = input.signatures.reduce<Date | null>((max, s) => (!max || s.signedAt > max ? s.signedAt : max), null);

  const period =
    terms.startsOn && terms.endsOn
      ? `${terms.startsOn} – ${terms.endsOn}`
      : terms.startsOn
        ? t.from(terms.startsOn)
        : terms.endsOn
          ? t.until(terms.endsOn)
          : null;
  const notice = {
    proposed: t.notices.proposed,
    signed: t.notices.signed,
    withdrawn: t.notices.withdrawn,
    superseded: t.notices.superseded(input.latestVersion),
  }[input.status];

  const partyRows = terms.parties
    .map((p, i) => {
      const org = input.organizations.get(p.organizationId);
      return `<tr><td>${i + 1}</td><td>${e(orgName(p.organizationId))}</td><td class="nowrap">${org ? e(ORG_TYPE_LABELS[org.type][lang]) : ''}</td><td class="role">${e(p.role)}</td><td>${text(p.commitments, t.none)}</td></tr>`;
    })
    .join('\n');
  const signRows = terms.parties
    .map((p) => {
      const s = signatureOf.get(p.organizationId);
      return s
        ? `<tr><td>${e(orgName(p.organizationId))}</td><td>${e(s.displayName)}</td><td class="nowrap">${e(t.time(beijingTime(s.signedAt)))}</td></tr>`
        : `<tr><td>${e(orgName(p.organizationId))}</td><td class="none">${e(t.unsigned)}</td><td></td></tr>`;
    })
    .join('\n');
  const row = (label: string, value: string) => `<tr><th scope="row">${e(label)}</th><td>${value}</td></tr>`;

  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(`${t.title} · ${terms.title} · ${t.versionN(input.version)}`)}</title>
<style>${DOCUMENT_CSS}</style>
</head>
<body>
<p class="hint">${e(t.hint)}</p>
<main class="sheet">
<p class="brand">${e(t.brand)}</p>
<h1>${e(t.title)}</h1>
<p class="subtitle">${e(terms.title)}</p>
<dl class="meta">
<dt>${e(t.version)}</dt><dd>${e(t.versionN(input.version))}</dd>
<dt>${e(t.status)}</dt><dd><span class="status status-${input.status}">${e(t.statuses[input.status])}</span></dd>
<dt>${e(t.room)}</dt><dd>${e(input.roomTitle)} · <code>${e(input.roomId)}</code></dd>
<dt>${e(t.proposed)}</dt><dd>${e(t.proposedBy(input.proposedBy.orgName, input.proposedBy.displayName, t.time(beijingTime(input.proposedBy.at))))}</dd>
</dl>
<p class="notice">${e(notice)}</p>
<h2>${e(t.parties)}</h2>
<table class="parties">
<thead><tr><th>${e(t.no)}</th><th>${e(t.org)}</th><th>${e(t.orgType)}</th><th>${e(t.role)}</th><th>${e(t.commitments)}</th></tr></thead>
<tbody>
${partyRows}
</tbody>
</table>
<h2>${e(t.content)}</h2>
<table class="terms">
<tbody>
${row(t.funding, terms.fundingAmount != null ? e(formatAmount(terms.fundingAmount, lang)) : text(null, t.none))}
${row(t.goods, text(terms.goods, t.none))}
${row(t.volunteers, terms.volunteers != null ? e(t.volunteersN(terms.volunteers)) : text(null, t.none))}
${row(t.venue, text(terms.venue, t.none))}
${row(t.period, text(period, t.none))}
${row(t.deliverables, text(terms.deliverables, t.none))}
${row(t.notes, text(terms.notes, t.none))}
</tbody>
</table>
<section class="signing">
<h2>${e(t.signatures)}</h2>
${signed ? `<div class="stamp" role="img" aria-label="${e(t.stamp)}">${e(t.stamp)}${lastSignature ? `<small>${e(beijingTime(lastSignature).slice(0, 10))}</small>` : ''}</div>` : ''}
<table class="sign">
<thead><tr><th>${e(t.org)}</th><th>${e(t.signer)}</th><th>${e(t.signedAt)}</th></tr></thead>
<tbody>
${signRows}
</tbody>
</table>
</section>
<section class="verify">
<p><strong>${e(t.verify)}</strong> · ${e(t.room)}: <code>${e(input.roomId)}</code> · ${e(t.version)}: ${input.version} · ${e(t.hash)}: <code class="sha256">${e(input.termsSha256)}</code> · ${e(t.generated)}: ${e(t.time(beijingTime(input.generatedAt)))}</p>
<p>${e(t.verifyText)}</p>
<p>${e(t.footer)}</p>
</section>
</main>
</body>
</html>
`;
}
