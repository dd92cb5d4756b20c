import { FIELD_MESSAGES, type FieldError, type FieldMessageCode } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';

/** A field error whose message is one of FIELD_MESSAGES with its {{placeholders}} filled in. */
export function fieldError(path: string, code: FieldMessageCode, lang: Lang, vars: Record<string, string | number> = {}): FieldError {
  const message = FIELD_MESSAGES[code][lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  return { path, code, message };
}
