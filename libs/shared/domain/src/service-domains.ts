import type { I18nLabel } from './i18n-label.js';

/** Service domains (领域) named in the fair reports; codes are stable and stored in the database. */
export const SERVICE_DOMAINS = [
  'social_assistance',
  'community_service',
  'family',
  'children',
  'youth',
  'women',
  'elderly',
  'disability',
  'school',
  'medical',
  'disaster',
  'corrections',
  'veterans',
  'workplace',
  'environment',
  'rural_education',
  'community_building',
  'volunteering',
] as const;
export type ServiceDomain = (typeof SERVICE_DOMAINS)[number];

export const SERVICE_DOMAIN_LABELS: Record<ServiceDomain, I18nLabel> = {
  social_assistance: { zh: '社会救助', en: 'Social assistance' },
  community_service: { zh: '社区服务', en: 'Community services' },
  family: { zh: '家庭', en: 'Family' },
  children: { zh: '儿童', en: 'Children' },
  youth: { zh: '青少年', en: 'Youth' },
  women: { zh: '妇女', en: 'Women' },
  elderly: { zh: '老年/养老', en: 'Elderly care' },
  disability: { zh: '残障', en: 'Disability' },
  school: { zh: '学校', en: 'School social work' },
  medical: { zh: '医务', en: 'Medical social work' },
  disaster: { zh: '灾害', en: 'Disaster relief' },
  corrections: { zh: '司法矫正', en: 'Community corrections' },
  veterans: { zh: '优抚安置', en: 'Veterans and resettlement' },
  workplace: { zh: '企业社工', en: 'Workplace social work' },
  environment: { zh: '环境保护/垃圾分类', en: 'Environment and waste sorting' },
  rural_education: { zh: '乡村教育', en: 'Rural education' },
  community_building: { zh: '社区营造', en: 'Community building' },
  volunteering: { zh: '志愿服务', en: 'Volunteering' },
};
