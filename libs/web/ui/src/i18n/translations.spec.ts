import { uiTranslations } from './ui-translations.js';

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('ui translations', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(keys(uiTranslations.en).sort()).toEqual(keys(uiTranslations.zh).sort());
    for (const lang of [uiTranslations.zh, uiTranslations.en]) {
      for (const key of keys(lang)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], lang);
        expect(typeof value === 'string' && value.trim().length > 0).toBe(true);
      }
    }
  });
});
