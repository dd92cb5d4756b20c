import { z } from 'zod';
import type { FieldMessageCode } from '../field-messages.js';

/** A custom issue that carries one of our FIELD_MESSAGES codes, translated by whoever shows it. */
export function fieldIssue(messageCode: FieldMessageCode) {
  return { code: 'custom' as const, message: messageCode, params: { messageCode } };
}

export const uuid = z.uuid();
export const isoDate = z.iso.datetime({ offset: true });
export const httpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), fieldIssue('url_format'));
/** Files must be ones uploaded here: their URLs start with /api/uploads/. */
export const uploadUrl = z
  .string()
  .max(300)
  .refine((v) => /^\/api\/uploads\/[A-Za-z0-9_-]+\.(png|jpe?g|webp|pdf)$/.test(v), fieldIssue('upload_url'));

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(24),
});
