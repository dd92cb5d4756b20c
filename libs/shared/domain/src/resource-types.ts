import type { I18nLabel } from './i18n-label.js';

/** What a need asks for or an offer gives. */
export const RESOURCE_TYPES = ['funding', 'goods', 'volunteers', 'venue', 'expertise', 'policy', 'media'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const RESOURCE_TYPE_LABELS: Record<ResourceType, I18nLabel> = {
  funding: { zh: '资金', en: 'Funding' },
  goods: { zh: '物资', en: 'Goods' },
  volunteers: { zh: '志愿者', en: 'Volunteers' },
  venue: { zh: '场地', en: 'Venue' },
  expertise: { zh: '专业服务', en: 'Expertise' },
  policy: { zh: '政策', en: 'Policy support' },
  media: { zh: '传播', en: 'Media' },
};
