import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from './credit-code.js';

describe('统一社会信用代码 check (GB 32100-2015)', () => {
  // Codes published by the organisations themselves.
  const realCodes = ['91350100M000100Y43', '53100000500021676K', '91110000802100433B'];

  it.each(realCodes)('accepts the real code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('checksum');
  });

  it('refuses a wrong length', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
  });

  it('refuses letters the standard never uses (I, O, S, V, Z)', () => {
    expect(creditCodeProblem('91350100M000100YO3')).toBe('charset');
  });

  it('computes the check character that completes a code', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('53100000500021676')).toBe('K');
  });
});
