import type { FormInstance } from 'antd';
import { isApiError } from '@yiqia/web-data';

export type NamePath = (string | number)[];

/** "organization.creditCode" → ['organization', 'creditCode']; "contacts.0.phone" → ['contacts', 0, 'phone']. */
export function pathToNamePath(path: string): NamePath {
  return path
    .split(/[.[\]]+/)
    .filter((p) => p.length > 0)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export interface FormErrorsOptions {
  /** Error codes without field details that still belong to one field, e.g. { EMAIL_TAKEN: 'email' }. */
  codeFields?: Record<string, string>;
  /** Rename API paths to form names when they differ, e.g. { 'organization.name': 'orgName' }. */
  mapPath?: (path: string) => string | null;
}

type FieldSetter = Pick<FormInstance, 'setFields'>;

/**
 * Put the field errors of an ApiError (VALIDATION_FAILED details, or a code bound to a field) under
 * the fields of an antd Form. Returns true when at least one field got a message; otherwise the
 * caller should show error.message somewhere else (e.g. an Alert).
 */
export function formErrorsFromApi(error: unknown, form: FieldSetter, options: FormErrorsOptions = {}): boolean {
  if (!isApiError(error)) return false;
  const byField = new Map<string, string[]>();
  for (const f of error.fieldErrors) {
    const path = options.mapPath ? options.mapPath(f.path) : f.path;
    if (!path) continue;
    const list = byField.get(path) ?? [];
    if (!list.includes(f.message)) list.push(f.message);
    byField.set(path, list);
  }
  const codeField = options.codeFields?.[error.code];
  if (codeField && !byField.has(codeField)) byField.set(codeField, [error.message]);
  if (byField.size === 0) return false;
  form.setFields([...byField.entries()].map(([path, errors]) => ({ name: pathToNamePath(path), errors })));
  return true;
}
