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
  // Meeting requests and intents; {{placeholders}} are filled in by the API.
  expo_unknown: { zh: '展会不存在', en: 'No such expo' },
  meeting_slot_order: { zh: '第 {{n}} 个时段的结束时间须晚于开始时间', en: 'Slot {{n}}: the end must be after the start' },
  meeting_slot_outside_expo: {
    zh: '第 {{n}} 个时段不在展会时间内（{{start}} 至 {{end}}，北京时间）',
    en: 'Slot {{n}} is outside the expo ({{start}} to {{end}}, Beijing time)',
  },
  meeting_slot_past: { zh: '第 {{n}} 个时段已经过去', en: 'Slot {{n}} is already in the past' },
  meeting_slot_duplicate: { zh: '第 {{n}} 个时段与第 {{m}} 个时段重复', en: 'Slot {{n}} repeats slot {{m}}' },
  meeting_slot_unknown: { zh: '没有第 {{n}} 个时段', en: 'There is no slot {{n}}' },
  meeting_invitee_self: { zh: '不能向本机构发起洽谈预约', en: 'You cannot request a meeting with your own organisation' },
  meeting_invitee_no_booth: { zh: '该机构在本届展会没有审核通过的展位', en: 'This organisation has no approved booth at this expo' },
  meeting_booth_mismatch: { zh: '该展位不是被邀请机构在本届展会的展位', en: 'This booth is not the invited organisation\'s booth at this expo' },
  meeting_listing_mismatch: { zh: '所选需求或资源不属于洽谈双方', en: 'This listing belongs to neither party' },
  intent_party_duplicate: { zh: '同一机构在意向书中只能出现一次', en: 'Each organisation may appear only once in the intent' },
  intent_party_not_in_room: { zh: '该机构不是本洽谈室的参与方', en: 'This organisation is not a party of the room' },
  intent_party_missing: {
    zh: '意向书须列出洽谈室的全部参与方，缺少：{{names}}',
    en: 'The intent must list every party of the room; missing: {{names}}',
  },
} as const satisfies Record<string, I18nLabel>;

export type FieldMessageCode = keyof typeof FIELD_MESSAGES;
