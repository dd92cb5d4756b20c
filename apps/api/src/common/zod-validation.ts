import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FIELD_MESSAGES, type FieldError, type FieldMessageCode } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { ValidationFailedException } from './api.exception.js';
import { requestLang } from './request-lang.js';

const locales = { zh: z.locales.zhCN(), en: z.locales.en() };

function issueMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  const code = (issue as { params?: { messageCode?: FieldMessageCode } }).params?.messageCode;
  if (code && FIELD_MESSAGES[code]) return FIELD_MESSAGES[code][lang];
  return issue.message;
}

/** Parses input with a shared zod schema; failures become VALIDATION_FAILED with localised field errors. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, lang: Lang): z.output<S> {
  const result = schema.safeParse(input ?? {}, { error: locales[lang].localeError });
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { path: [...issue.path, ...issue.keys].join('.'), code: issue.code, message: issueMessage(issue, lang) };
    }
    const custom = (issue as { params?: { messageCode?: string } }).params?.messageCode;
    return { path: issue.path.join('.'), code: custom ?? issue.code, message: issueMessage(issue, lang) };
  });
  throw new ValidationFailedException(fields);
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  } catch {
    return { type: 'object' };
  }
}

/** `@ValidBody(schema)`: the request body, validated; also documents the body in OpenAPI. */
export function ValidBody(schema: z.ZodType): ParameterDecorator {
  const param = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    return parseOrThrow(schema, req.body, requestLang(req));
  })();
  return (target, key, index) => {
    param(target, key, index);
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
      ApiBody({ schema: jsonSchema(schema) as never })(target, key, descriptor);
    }
  };
}

/** `@ValidQuery(schema)`: the query string, validated and coerced. */
export function ValidQuery(schema: z.ZodObject): ParameterDecorator {
  const param = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    return parseOrThrow(schema, req.query, requestLang(req));
  })();
  return (target, key, index) => {
    param(target, key, index);
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
      for (const name of Object.keys(schema.shape)) ApiQuery({ name, required: false })(target, key, descriptor);
    }
  };
}

/** UUID path parameters: a malformed id is simply not found (never a database error). */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
