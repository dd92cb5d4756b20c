import i18next, { type i18n as I18nInstance } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { uiTranslations } from './ui-translations.js';

export const LANG_STORAGE_KEY = 'yiqia.lang';
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** 'zh', 'zh-CN', 'zh-Hans' → 'zh'; 'en', 'en-US' → 'en'; anything else → null. */
export function normalizeLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh_')) return 'zh';
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
  return null;
}

function readStoredLang(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The language to start in: the one the user chose before (localStorage), else Chinese — the first
 * language of the interface, whatever the browser's own language (English is one click away).
 */
export function detectInitialLanguage(stored: string | null = readStoredLang()): Lang {
  return normalizeLang(stored) ?? DEFAULT_LANG;
}

export type Translations = Record<string, unknown>;

/** Register (or extend) a namespace in both languages, e.g. addTranslations('booths', { zh, en }). */
export function addTranslations(namespace: string, resources: { zh: Translations; en: Translations }): void {
  i18next.addResourceBundle('zh', namespace, resources.zh, true, true);
  i18next.addResourceBundle('en', namespace, resources.en, true, true);
}

/** The shared i18next instance (the default one, so @yiqia/web-data reads the same language). */
export const i18n: I18nInstance = i18next;

export function initI18n(lng: Lang = detectInitialLanguage()): I18nInstance {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: [...LANGS],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { zh: { ui: uiTranslations.zh }, en: { ui: uiTranslations.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false, bindI18n: 'languageChanged', bindI18nStore: 'added' },
  });
  return i18next;
}

export function getLang(): Lang {
  return normalizeLang(i18next.resolvedLanguage ?? i18next.language) ?? DEFAULT_LANG;
}

/** Switch the interface language everywhere (host and remotes) and remember it. */
export async function setLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not persisted
  }
  await i18next.changeLanguage(lang);
}

/** The current interface language; re-renders on change. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  return normalizeLang(instance.resolvedLanguage ?? instance.language) ?? DEFAULT_LANG;
}

initI18n();
