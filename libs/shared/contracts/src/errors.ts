import type { I18nLabel, Lang } from '@yiqia/domain';

/** Every error the API answers with, as a stable code and a message in each interface language. */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: { zh: '提交的内容有误，请按提示修改', en: 'Some fields are invalid; please correct them' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please log in first' },
  TOKEN_EXPIRED: { zh: '登录已过期，请重新登录', en: 'Your session has expired; please log in again' },
  INVALID_CREDENTIALS: { zh: '邮箱或密码不正确', en: 'Email or password is incorrect' },
  FORBIDDEN: { zh: '没有权限进行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { zh: '找不到该内容', en: 'Not found' },
  ROUTE_NOT_FOUND: { zh: '接口不存在', en: 'No such API route' },
  EMAIL_TAKEN: { zh: '该邮箱已注册', en: 'This email is already registered' },
  CREDIT_CODE_TAKEN: { zh: '该统一社会信用代码的机构已注册', en: 'An organisation with this credit code is already registered' },
  EXPO_SLUG_TAKEN: { zh: '该展会标识已被使用', en: 'This expo slug is already in use' },
  BOOTH_EXISTS: { zh: '本机构在该展会已有展位', en: 'Your organisation already has a booth at this expo' },
  BOOTH_NOT_EDITABLE: { zh: '展位正在审核中，暂不能修改', en: 'The booth is under review and cannot be edited now' },
  BOOTH_INCOMPLETE: { zh: '展位信息不完整，请补充后再提交', en: 'The booth is incomplete; complete it before submitting' },
  BOOTH_NOT_SUBMITTED: { zh: '只能审核已提交的展位', en: 'Only submitted booths can be reviewed' },
  ZONE_UNKNOWN: { zh: '该展区不存在', en: 'No such zone in this expo' },
  REJECT_REASON_REQUIRED: { zh: '驳回时请填写原因', en: 'A reason is required to reject' },
  INVITATION_INVALID: { zh: '邀请链接无效、已使用或已过期', en: 'This invitation link is invalid, used or expired' },
  LAST_ADMIN: { zh: '不能移除机构唯一的管理员', en: 'The only admin of an organisation cannot be removed' },
  UPLOAD_MISSING: { zh: '请选择要上传的文件（字段 file）', en: 'Choose a file to upload (field "file")' },
  UPLOAD_TYPE_NOT_ALLOWED: { zh: '只支持 PNG、JPEG、WebP 图片和 PDF 文档', en: 'Only PNG, JPEG, WebP images and PDF documents are allowed' },
  UPLOAD_TOO_LARGE: { zh: '文件过大：图片不超过 5 MB，PDF 不超过 20 MB', en: 'File too large: images up to 5 MB, PDF up to 20 MB' },
  PAYLOAD_TOO_LARGE: { zh: '请求内容过大', en: 'Request body too large' },
  BAD_REQUEST: { zh: '请求格式有误', en: 'Malformed request' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many attempts; please try again later' },
  LISTING_BOOTH_INVALID: { zh: '只能关联本机构在该展会的展位', en: 'Attach a booth of your own organisation at this expo' },
  SEARCH_UNAVAILABLE: { zh: '搜索服务暂时不可用', en: 'Search is temporarily unavailable' },
  INTENT_LOCKED: { zh: '合作意向书已签约锁定，不能再修改', en: 'The intent has been signed by every party and is locked' },
  INTENT_SIGN_NOT_AUTHORISED: {
    zh: '只有机构管理员可以代表本机构签署合作意向书，请联系本机构管理员签署',
    en: 'Only an admin of your organisation may sign the intent on its behalf; ask an admin to sign',
  },
  INTENT_VERSION_STALE: {
    zh: '这一版本已不是当前待签署的版本，请查看最新版本',
    en: 'This version is no longer the one open for signing; see the latest version',
  },
  INTENT_NOT_PROPOSER: { zh: '只有提出该版本的机构可以撤回', en: 'Only the organisation that proposed this version can withdraw it' },
  INTENT_PARTIES_CHANGED: {
    zh: '洽谈室的参与方已变化，请按当前参与方提出新版本',
    en: 'The parties of the room have changed; propose a new version listing the current parties',
  },
  MEETING_NOT_PENDING: { zh: '该预约已答复或已取消', en: 'This meeting request has already been answered or cancelled' },
  MEETING_NOT_CANCELLABLE: { zh: '只能取消待答复或已接受的预约', en: 'Only pending or accepted meeting requests can be cancelled' },
  MEETING_NOT_SCHEDULED: { zh: '该预约还没有确定的时间，无法导出日历', en: 'This meeting has no agreed time yet, so there is no calendar entry' },
  ROOM_CLOSED: { zh: '洽谈已关闭，只能查看记录', en: 'This conversation is closed; its history is read-only' },
  ROOM_PARTICIPANT_INVALID: { zh: '所选机构不存在，或不能选择本机构', en: 'An organisation chosen does not exist, or is your own' },
  ROOM_DIRECT_PARTIES: { zh: '一对一会话只能选择一个对方机构，也不能再邀请其他机构', en: 'A direct conversation has exactly one other organisation and takes no further invitations' },
  ROOM_LISTING_INVALID: { zh: '关联的需求或资源不存在', en: 'A linked need or offer does not exist' },
  ORIGIN_NOT_ALLOWED: { zh: '不允许从该网站连接', en: 'Connections from this website are not allowed' },
  SHUTTING_DOWN: { zh: '服务器正在重启，请稍后重试', en: 'The server is restarting; please retry in a moment' },
  USER_MUTED: { zh: '您已被组织者禁言，暂时不能在此洽谈室发言', en: 'An organizer has muted you in this room; you cannot send messages for now' },
  TRANSCRIPT_NOT_REPORTED: { zh: '只有参与方举报过的洽谈室才能查看聊天记录', en: 'Transcripts are readable only for rooms a participant has reported' },
  MESSAGE_ALREADY_HIDDEN: { zh: '该消息已被隐藏', en: 'This message is already hidden' },
  INTRODUCTION_LISTINGS_INVALID: {
    zh: '请选择一条需求和一条资源（或一条需求、一个资助方资源和一个执行方资源），且来自不同机构',
    en: 'Choose a need and an offer (or a need, a funder\'s offer and an implementer\'s offer) from different organisations',
  },
  EXPORT_FILTER_INVALID: { zh: '导出筛选条件有误，请检查后重试', en: 'An export filter is invalid; check it and retry' },
  MATCH_LISTING_NOT_OPEN: { zh: '该需求或资源已关闭，不再推荐对接', en: 'This listing is closed and gets no more suggestions' },
  NOT_IMPLEMENTED: { zh: '该功能尚未开放', en: 'This feature is not available yet' },
  INTERNAL: { zh: '服务器开小差了，请稍后再试', en: 'Something went wrong on our side; please try again' },
} as const satisfies Record<string, I18nLabel>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Field-level problems in a VALIDATION_FAILED answer. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldError[] } & Record<string, unknown>;
}

/** The one error envelope of the API. */
export interface ErrorEnvelope {
  error: ErrorBody;
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERROR_MESSAGES[code][lang];
}

/** Pick the interface language from an Accept-Language header; Chinese unless English comes first. */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return 'zh';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
