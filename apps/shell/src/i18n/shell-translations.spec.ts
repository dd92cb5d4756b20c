import { shellTranslations } from './shell-translations.js';

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('shell translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(shellTranslations.en).sort()).toEqual(keys(shellTranslations.zh).sort());
  });

  it('name the product 益洽 · 公益洽谈汇', () => {
    expect(shellTranslations.zh.brand.title).toBe('益洽 · 公益洽谈汇');
  });
});
