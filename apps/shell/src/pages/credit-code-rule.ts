import { creditCodeProblem, normalizeCreditCode } from '@yiqia/domain';

/** The i18n key (namespace "shell") of what is wrong with a credit code, or null when it is valid. */
export function creditCodeMessageKey(input: string): string | null {
  const code = normalizeCreditCode(input ?? '');
  if (!code) return 'register.creditCodeRequired';
  const problem = creditCodeProblem(code);
  if (problem === 'length') return 'register.creditCodeLength';
  if (problem === 'charset') return 'register.creditCodeCharset';
  if (problem === 'checksum') return 'register.creditCodeChecksum';
  return null;
}

/** Same rule as the server: at least 8 characters, letters and digits. */
export function isStrongPassword(value: string): boolean {
  return value.length >= 8 && value.length <= 128 && /[A-Za-z]/.test(value) && /\d/.test(value);
}
