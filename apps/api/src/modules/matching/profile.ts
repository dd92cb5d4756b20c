import { type ListingKind, type ListingStatus, type OrgType, RESOURCE_TYPES, type ResourceType, SERVICE_DOMAINS, type ServiceDomain, TARGET_GROUPS, type TargetGroup } from '@yiqia/domain';
import { regionCodePath } from '@yiqia/domain/regions';
import { listingBodyText } from '../listings/listing-text.js';
import { segmentText } from '../search/text/analyze.js';

/**
 * What the scorer knows about a listing: its facets, its organisation's trust signals and the words
 * of its text. Built by the `matching` outbox consumer (segmentation is the costly part) and stored
 * in `match_profiles`; every API process keeps all of them in memory (MatchIndex).
 */
export interface MatchProfile {
  id: string;
  version: number;
  /** False once the listing is deleted (kept so other processes see the removal). */
  live: boolean;
  kind: ListingKind;
  status: ListingStatus;
  organizationId: string;
  orgName: string;
  orgType: OrgType;
  creditVerified: boolean;
  expoId: string | null;
  boothId: string | null;
  boothApproved: boolean;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  regionPath: string[];
  amountMin: number | null;
  amountMax: number | null;
  title: string;
  summary: string;
  /** Distinct words of title, summary and the start of the body. */
  terms: string[];
  /** Bit sets of the facets (bit i = i-th code of the domain list): ranking counts shared values with popcount. */
  bits: FacetBits;
}

export interface FacetBits {
  domains: number;
  targetGroups: number;
  resourceTypes: number;
}

const bitsOf = <T>(all: readonly T[], values: readonly T[]) => values.reduce((b, v) => (all.indexOf(v) >= 0 ? b | (1 << all.indexOf(v)) : b), 0);

export function facetBits(p: { domains: readonly ServiceDomain[]; targetGroups: readonly TargetGroup[]; resourceTypes: readonly ResourceType[] }): FacetBits {
  return { domains: bitsOf(SERVICE_DOMAINS, p.domains), targetGroups: bitsOf(TARGET_GROUPS, p.targetGroups), resourceTypes: bitsOf(RESOURCE_TYPES, p.resourceTypes) };
}

/** How much of the body is read for words: the title and summary say what a listing is about. */
export const BODY_TERM_CHARS = 400;

/** Words too common in listings to say anything about a match (they would also read badly as a reason). */
const STOP_WORDS = new Set([
  '需要', '提供', '开展', '进行', '我们', '项目', '服务', '活动', '合作', '支持', '计划', '招募', '公益', '社会', '机构', '组织',
  '希望', '可以', '为了', '以及', '通过', '相关', '每周', '每月', '每天', '目前', '已经', '欢迎', '共同', '寻找', '一个', '一批',
  'the', 'and', 'for', 'with',
]);

/**
 * Distinct words of a text: jieba search-mode words of two or more characters (so 居家养老 also gives
 * 养老, shared with search: text/analyze) and Latin words of three or more letters.
 */
export function textTerms(text: string): string[] {
  const seg = segmentText(text);
  const out = new Set<string>();
  for (const run of seg.runs) if (run.kind === 'latin' && run.text.length >= 3 && !/^\d+$/.test(run.text)) out.add(run.text);
  for (const { segmentation } of seg.han) {
    for (const w of segmentation.searchWords) if (w.end - w.start >= 2) out.add(w.word);
  }
  for (const w of STOP_WORDS) out.delete(w);
  return [...out];
}

export interface ProfileSource {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  organizationId: string;
  orgName: string;
  orgType: OrgType;
  creditVerified: boolean;
  expoId: string | null;
  boothId: string | null;
  boothApproved: boolean;
  domains: ServiceDomain[];
  targetGroups: TargetGroup[];
  resourceTypes: ResourceType[];
  regionCode: string;
  amountMin: number | null;
  amountMax: number | null;
  title: string;
  summary: string;
  bodyHtml: string;
}

export function buildProfile(s: ProfileSource, version = 0): MatchProfile {
  const { bodyHtml, ...rest } = s;
  const body = listingBodyText(bodyHtml).slice(0, BODY_TERM_CHARS);
  return { ...rest, version, live: true, regionPath: regionCodePath(s.regionCode), terms: textTerms(`${s.title}\n${s.summary}\n${body}`), bits: facetBits(s) };
}
