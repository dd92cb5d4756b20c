import type { MatchReasonCode, MatchReasonDto } from '@yiqia/contracts';
import { type Lang, RESOURCE_TYPE_LABELS, SERVICE_DOMAIN_LABELS, TARGET_GROUP_LABELS, formatCny } from '@yiqia/domain';
import { regionNames } from '@yiqia/domain/regions';
import type { FeatureHit, ReasonParams } from './scorer.js';

/** Lists in running text: 养老服务、社区治理 / Elderly care, Community services. */
const SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };

/** A region as people say it: 成都市锦江区 (no province for a district), 成都市, 四川省; municipalities once (北京市东城区). */
export function regionLabel(code: string): string {
  const names = regionNames(code);
  const shown = names.length === 3 ? names.slice(1) : names.slice(-1);
  return shown.filter((n, i) => i === 0 || n !== shown[i - 1]).join('');
}

type Texts = Record<MatchReasonCode, (p: ReasonParams, list: (xs: string[]) => string, money: (n: number) => string) => string>;

const TEXTS: Record<Lang, Texts> = {
  zh: {
    shared_domains: (p, list) => `同属${list((p.domains ?? []).map((d) => SERVICE_DOMAIN_LABELS[d].zh))}领域`,
    shared_target_groups: (p, list) => `服务对象都包括${list((p.targetGroups ?? []).map((g) => TARGET_GROUP_LABELS[g].zh))}`,
    same_district: (p) => `同在${regionLabel(p.region ?? '')}`,
    same_city: (p) => `同在${regionLabel(p.region ?? '')}`,
    same_province: (p) => `同在${regionLabel(p.region ?? '')}`,
    amount_fit: (p, _l, money) =>
      p.partial ? `资金部分匹配：可提供${money(p.offerAmount ?? 0)}，需要${money(p.needAmount ?? 0)}` : `资金规模匹配：可提供${money(p.offerAmount ?? 0)}，需要${money(p.needAmount ?? 0)}`,
    resources_answer: (p, list) => `提供所需的${list((p.resourceTypes ?? []).map((r) => RESOURCE_TYPE_LABELS[r].zh))}`,
    similar_text: (p, list) => `内容相近：${list(p.words ?? [])}`,
    verified_org: () => '统一社会信用代码已核验',
    approved_booth: () => '在展会有已审核的展位',
    implementer_delivers: (p, list) => `${p.orgName ?? ''}可提供${list((p.resourceTypes ?? []).map((r) => RESOURCE_TYPE_LABELS[r].zh))}，负责落地执行`,
    past_conversation: (p) => (p.similar ? '贵机构曾与同类机构洽谈过' : '贵机构曾与对方洽谈过'),
    feedback_penalty: () => '与您标记为“不合适”的推荐相似，排序已降低',
  },
  en: {
    shared_domains: (p, list) => `Shared domains: ${list((p.domains ?? []).map((d) => SERVICE_DOMAIN_LABELS[d].en))}`,
    shared_target_groups: (p, list) => `Both serve: ${list((p.targetGroups ?? []).map((g) => TARGET_GROUP_LABELS[g].en))}`,
    same_district: (p) => `Same district: ${regionLabel(p.region ?? '')}`,
    same_city: (p) => `Same city: ${regionLabel(p.region ?? '')}`,
    same_province: (p) => `Same province: ${regionLabel(p.region ?? '')}`,
    amount_fit: (p, _l, money) =>
      p.partial
        ? `Amount partly fits: offers ${money(p.offerAmount ?? 0)}, needs ${money(p.needAmount ?? 0)}`
        : `Amount fits: offers ${money(p.offerAmount ?? 0)}, needs ${money(p.needAmount ?? 0)}`,
    resources_answer: (p, list) => `Provides what is needed: ${list((p.resourceTypes ?? []).map((r) => RESOURCE_TYPE_LABELS[r].en))}`,
    similar_text: (p, list) => `Similar wording: ${list(p.words ?? [])}`,
    verified_org: () => 'Credit code verified',
    approved_booth: () => 'Approved booth at the expo',
    implementer_delivers: (p, list) => `${p.orgName ?? ''} delivers it: ${list((p.resourceTypes ?? []).map((r) => RESOURCE_TYPE_LABELS[r].en))}`,
    past_conversation: (p) => (p.similar ? 'Your organisation has talked with a similar organisation before' : 'Your organisation has talked with them before'),
    feedback_penalty: () => 'Similar to a suggestion you marked as not a fit; moved down',
  },
};

export function reasonText(hit: Pick<FeatureHit, 'code' | 'params'>, lang: Lang): string {
  return TEXTS[lang][hit.code](hit.params, (xs) => xs.join(SEPARATOR[lang]), (n) => formatCny(n, lang));
}

export function toReasons(hits: readonly FeatureHit[], lang: Lang): MatchReasonDto[] {
  return hits.map((h) => ({ code: h.code, text: reasonText(h, lang), points: h.points }));
}
