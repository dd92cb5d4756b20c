import i18next from 'i18next';

export type RequestLang = 'zh' | 'en';

/** The interface language (the shared i18next instance set up by @yiqia/web-ui); Chinese by default. */
export function currentLanguage(): RequestLang {
  const lng = i18next.resolvedLanguage ?? i18next.language ?? 'zh';
  return lng.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Accept-Language header value for API requests: the server answers messages in this language. */
export function acceptLanguageHeader(lang: RequestLang = currentLanguage()): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** Pick the message for the current language (for the few client-side messages of this library). */
export function localMessage(label: { zh: string; en: string }, lang: RequestLang = currentLanguage()): string {
  return lang === 'en' ? label.en : label.zh;
}
