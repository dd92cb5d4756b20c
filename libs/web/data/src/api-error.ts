import type { ErrorCode, FieldError } from '@yiqia/contracts';
import { localMessage } from './language.js';

/** Codes of the API plus the ones only a client can see. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'HTTP_ERROR';

const HTTP_ERROR_MESSAGE = { zh: '请求失败，请稍后再试', en: 'The request failed; please try again later' };

const CLIENT_MESSAGES: Partial<Record<ApiErrorCode, { zh: string; en: string }>> = {
  NETWORK_ERROR: { zh: '网络连接失败，请检查网络后重试', en: 'Network error; check your connection and try again' },
  HTTP_ERROR: HTTP_ERROR_MESSAGE,
  INTERNAL: { zh: '服务器开小差了，请稍后再试', en: 'Something went wrong on our side; please try again' },
  NOT_FOUND: { zh: '找不到该内容', en: 'Not found' },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many attempts; please try again later' },
  PAYLOAD_TOO_LARGE: { zh: '请求内容过大', en: 'Request body too large' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please log in first' },
  FORBIDDEN: { zh: '没有权限进行此操作', en: 'You are not allowed to do this' },
  BAD_REQUEST: { zh: '请求格式有误', en: 'Malformed request' },
};

export function clientErrorMessage(code: ApiErrorCode): string {
  return localMessage(CLIENT_MESSAGES[code] ?? HTTP_ERROR_MESSAGE);
}

/** An error answered by the API (or a network failure), with the server's message in the request language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly fieldErrors: FieldError[];

  constructor(init: { status: number; code: ApiErrorCode; message: string; details?: Record<string, unknown>; fieldErrors?: FieldError[] }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  /** The message of the first problem with this field path (e.g. "organization.creditCode"). */
  fieldError(path: string): string | undefined {
    return this.fieldErrors.find((f) => f.path === path)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'BAD_REQUEST';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL';
  return 'HTTP_ERROR';
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.message === 'string';
}

/** Turn an error answer (status + parsed body, if any) into an ApiError. Accepts any body shape. */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const envelope = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof envelope === 'object' && envelope !== null) {
    const e = envelope as { code?: unknown; message?: unknown; details?: unknown };
    const code = (typeof e.code === 'string' && e.code ? e.code : codeForStatus(status)) as ApiErrorCode;
    const message = typeof e.message === 'string' && e.message ? e.message : clientErrorMessage(code);
    const details = typeof e.details === 'object' && e.details !== null ? (e.details as Record<string, unknown>) : undefined;
    const rawFields = details && Array.isArray(details.fields) ? details.fields : [];
    const fieldErrors = rawFields.filter(isFieldError).map((f) => ({ path: f.path, code: typeof f.code === 'string' ? f.code : 'invalid', message: f.message }));
    return new ApiError({ status, code, message, details, fieldErrors });
  }
  const code = codeForStatus(status);
  return new ApiError({ status, code, message: clientErrorMessage(code) });
}

/** Read an error Response (JSON envelope or anything else). */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return apiErrorFromBody(response.status, body);
}

export function networkError(cause?: unknown): ApiError {
  const error = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: clientErrorMessage('NETWORK_ERROR') });
  (error as { cause?: unknown }).cause = cause;
  return error;
}
