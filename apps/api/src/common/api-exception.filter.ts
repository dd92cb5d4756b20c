import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, type ErrorEnvelope, errorMessage } from '@yiqia/contracts';
import { ApiException } from './api.exception.js';
import { requestLang } from './request-lang.js';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  429: 'RATE_LIMITED',
};

/** Maps any error to the one envelope `{ error: { code, message, details } }`; only real faults are 500. */
export function toEnvelope(error: unknown, req: Pick<FastifyRequest, 'headers'>): { status: number; body: ErrorEnvelope } {
  const lang = requestLang(req);
  if (error instanceof ApiException) {
    const body: ErrorEnvelope = { error: { code: error.code, message: errorMessage(error.code, lang) } };
    if (error.details) body.error.details = error.details;
    return { status: error.getStatus(), body };
  }
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : typeof (error as { statusCode?: unknown })?.statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : 500;
  if (status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'BAD_REQUEST';
    return { status, body: { error: { code, message: errorMessage(code, lang) } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: errorMessage('INTERNAL', lang) } } };
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly log = new Logger('ApiExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const { status, body } = toEnvelope(error, req);
    if (status >= 500) this.log.error({ msg: 'unhandled error', method: req.method, url: req.url, err: String((error as Error)?.stack ?? error) });
    if (status === 429) void reply.header('Retry-After', String((error as ApiException).details?.['retryAfterSeconds'] ?? 60));
    void reply.status(status).send(body);
  }
}
