import { HttpException } from '@nestjs/common';
import type { ErrorCode, FieldError } from '@yiqia/contracts';

/** A domain error: a stable code, an HTTP status and optional details; the message is chosen per request language. */
export class ApiException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    status: number,
    readonly details?: Record<string, unknown>,
  ) {
    super(code, status);
  }
}

export const badRequest = (code: ErrorCode, details?: Record<string, unknown>) => new ApiException(code, 400, details);
export const unauthorized = (code: ErrorCode = 'UNAUTHENTICATED') => new ApiException(code, 401);
export const forbidden = () => new ApiException('FORBIDDEN', 403);
export const notFound = (code: ErrorCode = 'NOT_FOUND') => new ApiException(code, 404);
export const conflict = (code: ErrorCode, details?: Record<string, unknown>) => new ApiException(code, 409, details);

/** VALIDATION_FAILED with field errors whose messages are already in the request's language. */
export class ValidationFailedException extends ApiException {
  constructor(readonly fields: FieldError[]) {
    super('VALIDATION_FAILED', 400, { fields });
  }
}
