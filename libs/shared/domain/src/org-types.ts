import type { I18nLabel } from './i18n-label.js';

export const ORG_TYPES = ['government', 'foundation', 'company', 'social_org', 'community', 'university', 'other'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const ORG_TYPE_LABELS: Record<OrgType, I18nLabel> = {
  government: { zh: '政府部门', en: 'Government department' },
  foundation: { zh: '基金会', en: 'Foundation' },
  company: { zh: '企业', en: 'Company' },
  social_org: { zh: '社会组织', en: 'Social organisation' },
  community: { zh: '社区', en: 'Community' },
  university: { zh: '高校', en: 'University' },
  other: { zh: '其他', en: 'Other' },
};
