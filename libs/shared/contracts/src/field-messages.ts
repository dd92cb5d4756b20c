import type { I18nLabel } from '@yiqia/domain';

/** Messages for our own validation checks (zod's own issues use its zh/en locales). */
export const FIELD_MESSAGES = {
  credit_code_length: { zh: '统一社会信用代码应为 18 位', en: 'The unified social credit code has 18 characters' },
  credit_code_charset: {
    zh: '统一社会信用代码含有无效字符（不使用 I、O、S、V、Z）',
    en: 'The credit code contains invalid characters (I, O, S, V, Z are never used)',
  },
  credit_code_checksum: {
    zh: '统一社会信用代码校验位不正确，请核对后重新输入',
    en: 'The check digit of the credit code is wrong; please check the code',
  },
  region_not_leaf: { zh: '请选择到区县一级的行政区划', en: 'Choose a region down to the district' },
  password_weak: { zh: '密码至少 8 位，且需同时包含字母和数字', en: 'Use at least 8 characters with letters and digits' },
  ends_before_starts: { zh: '结束时间不能早于开始时间', en: 'The end must not be before the start' },
  slug_format: { zh: '标识只能包含小写字母、数字和连字符', en: 'Use lower-case letters, digits and hyphens only' },
  url_format: { zh: '请输入以 http:// 或 https:// 开头的链接', en: 'Enter a link starting with http:// or https://' },
  date_format: { zh: '请输入有效日期（YYYY-MM-DD）', en: 'Enter a valid date (YYYY-MM-DD)' },
  amount_max_below_min: { zh: '最高金额不能低于最低金额', en: 'The maximum amount must not be below the minimum' },
  region_unknown: { zh: '没有这个行政区划代码', en: 'No such region code' },
  upload_url: { zh: '请使用本平台上传的文件', en: 'Use a file uploaded to this platform' },
} as const satisfies Record<string, I18nLabel>;

export type FieldMessageCode = keyof typeof FIELD_MESSAGES;
