import { creditCodeMessageKey, isStrongPassword } from './credit-code-rule.js';

describe('register form rules', () => {
  it('explains what is wrong with a credit code', () => {
    expect(creditCodeMessageKey('')).toBe('register.creditCodeRequired');
    expect(creditCodeMessageKey('91350100M000100Y4')).toBe('register.creditCodeLength');
    expect(creditCodeMessageKey('91350100M000100YO3')).toBe('register.creditCodeCharset');
    expect(creditCodeMessageKey('91350100M000100Y44')).toBe('register.creditCodeChecksum');
    expect(creditCodeMessageKey('91350100m000100y43')).toBeNull();
  });

  it('uses the server password rule', () => {
    expect(isStrongPassword('abc12345')).toBe(true);
    expect(isStrongPassword('abcdefgh')).toBe(false);
    expect(isStrongPassword('12345678')).toBe(false);
    expect(isStrongPassword('a1')).toBe(false);
  });
});
