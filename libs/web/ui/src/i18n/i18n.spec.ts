import { DEFAULT_LANG, addTranslations, detectInitialLanguage, getLang, i18n, normalizeLang, setLanguage } from './i18n.js';

describe('i18n', () => {
  it('normalises language codes', () => {
    expect(normalizeLang('zh')).toBe('zh');
    expect(normalizeLang('zh-CN')).toBe('zh');
    expect(normalizeLang('zh-Hans-CN')).toBe('zh');
    expect(normalizeLang('en-US')).toBe('en');
    expect(normalizeLang('EN')).toBe('en');
    expect(normalizeLang('fr')).toBeNull();
    expect(normalizeLang(null)).toBeNull();
  });

  it('starts in Chinese unless the user chose English', () => {
    expect(DEFAULT_LANG).toBe('zh');
    expect(detectInitialLanguage(null)).toBe('zh');
    expect(detectInitialLanguage('fr')).toBe('zh');
    expect(detectInitialLanguage('en')).toBe('en');
  });

  it('is initialised with the ui namespace in both languages', () => {
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('remote.title', { ns: 'ui', lng: 'zh' })).toBe('该功能暂时无法加载');
    expect(i18n.t('remote.title', { ns: 'ui', lng: 'en' })).toBe('This feature cannot be loaded right now');
  });

  it('lets each remote register its own namespace', async () => {
    addTranslations('booths', { zh: { hello: '你好，{{name}}' }, en: { hello: 'Hello, {{name}}' } });
    expect(i18n.t('hello', { ns: 'booths', name: '益洽' })).toBe('你好，益洽');
    await setLanguage('en');
    expect(getLang()).toBe('en');
    expect(i18n.t('hello', { ns: 'booths', name: 'Yiqia' })).toBe('Hello, Yiqia');
    addTranslations('booths', { zh: { bye: '再见' }, en: { bye: 'Bye' } });
    expect(i18n.t('bye', { ns: 'booths' })).toBe('Bye');
    expect(i18n.t('hello', { ns: 'booths', name: 'x' })).toBe('Hello, x');
    await setLanguage('zh');
    expect(getLang()).toBe('zh');
  });
});
