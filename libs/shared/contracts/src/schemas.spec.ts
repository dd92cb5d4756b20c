import { creditCodeCheckChar } from '@yiqia/domain';
import { ERROR_MESSAGES, langFromAcceptLanguage } from './errors.js';
import { FIELD_MESSAGES } from './field-messages.js';
import { createExpoRequest, isoDay, registerRequest, updateBoothRequest } from './index.js';

const code17 = '52510104MJ0123456';
const validCode = code17 + creditCodeCheckChar(code17);

const registration = (creditCode: string) => ({
  email: 'Admin@Example.org ',
  password: 'Passw0rd2026',
  displayName: '管理员',
  organization: { name: '锦江区社工中心', type: 'social_org', creditCode, regionCode: '510104' },
});

function messageCodes(result: { success: boolean; error?: { issues: readonly object[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => (i as { params?: { messageCode?: string } }).params?.messageCode ?? '');
}

describe('shared request schemas', () => {
  it('normalises a registration: lower-case email, upper-case credit code', () => {
    const parsed = registerRequest.parse(registration(validCode.toLowerCase()));
    expect(parsed.email).toBe('admin@example.org');
    expect(parsed.organization.creditCode).toBe(validCode);
  });

  it('names the credit-code problem with a message code both languages translate', () => {
    const wrong = validCode.slice(0, 17) + (validCode[17] === 'A' ? 'B' : 'A');
    expect(messageCodes(registerRequest.safeParse(registration(wrong)))).toEqual(['credit_code_checksum']);
    expect(messageCodes(registerRequest.safeParse(registration('123')))).toEqual(['credit_code_length']);
  });

  it('refuses unknown fields at every level', () => {
    const r = registerRequest.safeParse({ ...registration(validCode), role: 'organizer' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].code).toBe('unrecognized_keys');
  });

  it('checks expo dates and slugs', () => {
    const base = { name: '洽谈汇', slug: 'fair-2026', startsAt: '2026-12-01T09:00:00+08:00', endsAt: '2026-12-03T18:00:00+08:00' };
    expect(createExpoRequest.safeParse(base).success).toBe(true);
    expect(messageCodes(createExpoRequest.safeParse({ ...base, endsAt: '2026-11-30T09:00:00+08:00' }))).toEqual(['ends_before_starts']);
    expect(messageCodes(createExpoRequest.safeParse({ ...base, slug: 'Fair 2026' }))).toEqual(['slug_format']);
    expect(createExpoRequest.safeParse({ ...base, slug: 'current' }).success).toBe(false);
  });

  it('accepts only files uploaded here and http(s) video links on booths', () => {
    expect(updateBoothRequest.safeParse({ logoUrl: '/api/uploads/AbC_12-xyz.png', videoUrl: 'https://www.bilibili.com/video/BV1' }).success).toBe(true);
    expect(messageCodes(updateBoothRequest.safeParse({ logoUrl: 'https://evil.example/x.png' }))).toEqual(['upload_url']);
    expect(messageCodes(updateBoothRequest.safeParse({ videoUrl: 'javascript:alert(1)' }))).toEqual(['url_format']);
  });
});

describe('error and field messages', () => {
  it('exist in Chinese and English for every code', () => {
    for (const table of [ERROR_MESSAGES, FIELD_MESSAGES]) {
      for (const label of Object.values(table)) {
        expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(label.en).toMatch(/^[\x20-\x7e]+$/);
      }
    }
  });

  it('answer in Chinese unless English comes first in Accept-Language', () => {
    expect(langFromAcceptLanguage(undefined)).toBe('zh');
    expect(langFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(langFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(langFromAcceptLanguage('fr-FR')).toBe('zh');
  });
});

describe('isoDay', () => {
  it('accepts real days only (no roll-over of 30 February)', () => {
    expect(isoDay.safeParse('2027-02-28').success).toBe(true);
    expect(isoDay.safeParse('2028-02-29').success).toBe(true);
    expect(isoDay.safeParse('2027-02-29').success).toBe(false);
    expect(isoDay.safeParse('2027-02-30').success).toBe(false);
    expect(isoDay.safeParse('2027-13-01').success).toBe(false);
    expect(isoDay.safeParse('2027-1-01').success).toBe(false);
  });
});
